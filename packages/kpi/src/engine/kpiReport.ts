import type { AftersalesIssue, LocalizedText, PeriodGrain } from '@aftersales/core';
import type { KpiUnit } from '../definition/kpiDefinition';
import type { GroupDimension } from '../facts/kpiSources';

/** What `groupBy` takes: dimensions and at most one calendar grain. */
export type GroupKey = GroupDimension | PeriodGrain;

/** The period of a cell: its grain, label (`2024-03`, `2024-Q1`, …) and first and last dates. */
export interface CellPeriod {
  readonly grain: PeriodGrain;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

/**
 * One KPI for one group and period. `numerator`, `denominator` and `value` are exact decimal
 * strings (the value rounded half-even to the KPI's precision); with no denominator to divide
 * by, `status` is `no_data`, `value` is `null` and `reason` says why.
 */
export interface KpiCell {
  readonly kpi: string;
  /** The group's dimension values (`null`: the rows had none, e.g. a line with no technician). */
  readonly group: Readonly<Partial<Record<GroupDimension, string | null>>>;
  readonly period?: CellPeriod;
  readonly status: 'value' | 'no_data';
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  readonly unit: KpiUnit;
  /** The currency of a money value (the report's). */
  readonly currency?: string;
  readonly reason?: LocalizedText;
}

/** A record that could not be read: which input, its row (0-based) and why. */
export interface KpiRejection {
  readonly input: string;
  readonly row: number;
  readonly issues: readonly AftersalesIssue[];
}

/** Per input: records read, used and rejected (read = accepted + rejected). */
export interface KpiInputCount {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
}

/**
 * The result of `computeKpis`: one cell per KPI per group seen, the KPIs that could not be
 * computed for this grouping (and why), and every record in, counted or rejected.
 */
export interface KpiReport {
  readonly groupBy: readonly GroupKey[];
  readonly timeZone: string;
  readonly currency: string;
  readonly cells: readonly KpiCell[];
  readonly skipped: readonly { readonly kpi: string; readonly reason: LocalizedText }[];
  readonly inputs: Readonly<Record<string, KpiInputCount>>;
  readonly rejected: readonly KpiRejection[];
}
