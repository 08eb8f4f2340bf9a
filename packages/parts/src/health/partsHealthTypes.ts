import type {
  AftersalesIssue,
  CalendarDate,
  Citation,
  Decision,
  ErrorCode,
  IssuePath,
  LocalizedText,
} from '@aftersales/core';
import type {
  GroupDimension,
  KpiTarget,
  KpiUnit,
  ScorecardStatus,
  TargetProfile,
  TargetScope,
} from '@aftersales/kpi';

/**
 * The records a health check reads, as the KPI engine's fact rows (`kpiSources`): stock movements
 * (core `StockMovement`, plus `dealerId` to group by dealer), stocktake lines (core `StockCount`,
 * plus `dealerId`), part request lines, inventory snapshots at cost, stock positions and purchase
 * lines.
 *
 * @example
 * const records: PartsHealthRecords = {
 *   partRequests: [{ id: 'RQ-1', dealerId: 'D1', partNumber: 'P1', requestedAt: '2024-03-01T09:00:00+08:00', filledFromStock: true }],
 * };
 */
export interface PartsHealthRecords {
  readonly stockMovements?: readonly unknown[];
  readonly stockCounts?: readonly unknown[];
  readonly partRequests?: readonly unknown[];
  readonly inventorySnapshots?: readonly unknown[];
  readonly stockPositions?: readonly unknown[];
  readonly purchaseLines?: readonly unknown[];
}

/** The key of one input of {@link PartsHealthRecords}. */
export type PartsHealthInput = keyof PartsHealthRecords;

/**
 * Options of `checkPartsHealth`.
 *
 * @example
 * const options: PartsHealthOptions = {
 *   timeZone: 'Asia/Shanghai',
 *   period: { from: '2024-01-01', to: '2024-03-31' },
 *   groupBy: ['dealer'],
 *   params: { 'parts.slow.share': { months: 12 } },
 * };
 */
export interface PartsHealthOptions {
  /** The dealer's IANA time zone: records are placed in the period by their local date. */
  readonly timeZone: string;
  /** The calendar dates checked, both included. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /**
   * Target profiles layered over the manuals' defaults (`defaultTargetProfile(partsKpis)`), by
   * `resolveTargets`: a profile replaces the targets it names and applies when its scope matches
   * the group (its dealer) and `scope`. Default: the manuals' defaults alone.
   */
  readonly targets?: TargetProfile | readonly TargetProfile[];
  /** The OEM and brand (and, when not grouping by dealer, the dealer) targets are resolved for. */
  readonly scope?: TargetScope;
  /** The currency money is summed in (default `CNY`); records in another are rejected. */
  readonly currency?: string;
  /** Dimensions to group by (`dealer`, `channel`, …); none: one group for all records. */
  readonly groupBy?: readonly GroupDimension[];
  /** Per KPI id, parameters replacing the definition's (`{ 'parts.slow.share': { months: 12 } }`). */
  readonly params?: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
}

/**
 * One KPI of one group, computed by the KPI engine and scored against the targets in force.
 * `status` is `met`, `at_risk`, `missed`, `no_data` (no value: `reason` says why; never met) or
 * `no_target`. `gap` is `value − bound`, negative on the wrong side. The decision has one step of
 * the rule `parts.health.<kpi>`: passed (met, at risk), failed (missed) or not applicable.
 */
export interface PartsHealthKpi {
  readonly kpi: string;
  readonly name: LocalizedText;
  readonly rule: string;
  readonly cite: Citation;
  readonly unit: KpiUnit;
  readonly status: ScorecardStatus;
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  readonly target: KpiTarget | null;
  readonly gap: string | null;
  readonly reason: LocalizedText | null;
  readonly message: LocalizedText;
  readonly decision: Decision<ScorecardStatus>;
}

/** The KPIs of one group (its dimension values) and the id of the target profiles applied. */
export interface PartsHealthGroup {
  readonly group: Readonly<Partial<Record<GroupDimension, string | null>>>;
  readonly targetProfile: string;
  readonly kpis: readonly PartsHealthKpi[];
}

/** `major`: a target missed; `minor`: met, but within the at-risk margin. */
export type PartsHealthSeverity = 'major' | 'minor';

/**
 * A target missed (or nearly): the rule, the KPI, the group, the value against the target and by
 * how much (`gap`), where the KPI (`cite`) and the figure (`targetCite`) come from, and a sentence.
 */
export interface PartsHealthFinding {
  readonly rule: string;
  readonly kpi: string;
  readonly group: PartsHealthGroup['group'];
  readonly severity: PartsHealthSeverity;
  readonly status: 'missed' | 'at_risk';
  readonly value: string;
  readonly unit: KpiUnit;
  readonly target: KpiTarget;
  readonly gap: string;
  readonly cite: Citation;
  readonly targetCite: Citation;
  readonly message: LocalizedText;
}

/** A record the KPI engine could not read: its input, row, first issue's path, code and message. */
export interface PartsHealthRejection {
  readonly input: string;
  readonly row: number;
  readonly path: IssuePath;
  readonly code: ErrorCode;
  readonly message: LocalizedText;
  readonly issues: readonly AftersalesIssue[];
}

/** Per input: records read, accepted and rejected (`read = accepted + rejected`). */
export interface PartsHealthCount {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** The result of `checkPartsHealth`: plain JSON. */
export interface PartsHealthReport {
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly timeZone: string;
  readonly currency: string;
  readonly groupBy: readonly GroupDimension[];
  readonly groups: readonly PartsHealthGroup[];
  readonly findings: readonly PartsHealthFinding[];
  /** How many group × KPI rows have each status. */
  readonly summary: Readonly<Record<ScorecardStatus, number>>;
  /** KPIs not computed for this grouping or period, and why. */
  readonly skipped: readonly { readonly kpi: string; readonly reason: LocalizedText }[];
  readonly counts: Readonly<Record<PartsHealthInput, PartsHealthCount>>;
  readonly rejected: readonly PartsHealthRejection[];
}
