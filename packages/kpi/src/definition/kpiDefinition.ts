import type { Citation, LocalizedText } from '@aftersales/core';
import type { Expr, Literal, Measure, MeasureFormula } from './expr';

/** The unit a KPI's value is in. */
export type KpiUnit =
  | 'count'
  | 'percent'
  | 'money'
  | 'hours'
  | 'days'
  | 'ratio'
  | 'count/day'
  | 'money/hour'
  | 'turns/year'
  | 'points';

/** Which way is better: `higher` (↑), `lower` (↓) or `none` (a band, or only watched). */
export type KpiDirection = 'higher' | 'lower' | 'none';

/** The part of the after-sales business a KPI belongs to (the catalog's sections). */
export type KpiArea = 'service' | 'care' | 'parts' | 'warranty' | 'network';

/**
 * A target: any of four bounds, in the KPI's unit, as decimal strings. `atLeast: '98'` is ≥ 98;
 * `below: '2'` is < 2; `atLeast` and `atMost` together are a band (`'0.8'`–`'1.2'`).
 */
export interface KpiTarget {
  readonly atLeast?: string;
  readonly above?: string;
  readonly atMost?: string;
  readonly below?: string;
  /**
   * How close to a bound (in the KPI's unit) a value that meets the target is still "at risk";
   * default 5 % of the bound. `'0'` for a share that cannot go past its target (100 % coverage).
   */
  readonly atRisk?: string;
  /** Where the figure comes from (a manual key, an OEM policy field, an industry source). */
  readonly cite: Citation;
  /** A remark shown with the target (e.g. "dealer's posted labor rate × 0.9"). */
  readonly note?: LocalizedText;
}

/**
 * An opaque aggregate, the plugin escape hatch for what the expression language cannot say. Runs
 * in memory only: a KPI using one must set `inMemoryOnly`, and adapter-sql refuses it. Its state
 * must be plain data, and `merge` must give the same result as adding the rows of both.
 */
export interface CustomMeasure<State = unknown> {
  readonly agg: 'custom';
  readonly source?: string;
  readonly periodBy?: string;
  readonly where?: Expr;
  init(): State;
  /** Adds one row; `read(field)` gives a field's value (numbers as decimal strings). */
  add(state: State, read: (field: string) => string | boolean | undefined): State;
  merge(a: State, b: State): State;
  /** The measure's value, a decimal string. */
  result(state: State): string;
}

/**
 * A KPI as data: what it counts, over which fact source, placed in a period by which timestamp,
 * with which unit and direction, and where its formula comes from.
 *
 * `value = numerator ÷ denominator × scale` (no denominator: `numerator × scale`), where the
 * numerator and denominator are formulas over `measures`. A zero or empty denominator gives "no
 * data" with the reason `noData`, never 0 or NaN.
 *
 * @example
 * const frft = defineKpi({
 *   id: 'ro.frft', area: 'service', source: 'repairOrder', periodBy: 'openedAt',
 *   name: { en: 'First-time fix rate', zh: '一次修复率' },
 *   formula: { en: '1 − comeback rate', zh: '1 − 返修率' },
 *   measures: { comebacks: { agg: 'count', where: field('isComeback') }, ros: { agg: 'count' } },
 *   numerator: { op: 'sub', args: ['ros', 'comebacks'] }, denominator: 'ros', scale: 100,
 *   unit: 'percent', direction: 'higher', cite: 'manual:ro.comeback',
 * });
 */
export interface KpiDefinition {
  /** Stable id, e.g. `labor.elr`. */
  readonly id: string;
  readonly name: LocalizedText;
  /** The formula in words, as the catalog states it. */
  readonly formula: LocalizedText;
  readonly area: KpiArea;
  /** The default fact source of the measures (see `kpiSources`). */
  readonly source: string;
  /** The default field that places a row in a period (an instant or date field). */
  readonly periodBy: string;
  /** A filter for every measure over `source` (e.g. "not cancelled or voided"). */
  readonly where?: Expr;
  readonly measures: Readonly<Record<string, Measure | CustomMeasure>>;
  readonly numerator: MeasureFormula;
  readonly denominator?: MeasureFormula;
  /** Multiplies the value: `100` for a percentage (default 1). */
  readonly scale?: number;
  readonly unit: KpiUnit;
  readonly direction: KpiDirection;
  /** Decimal places of the value, rounded half-even (default 2). */
  readonly precision?: number;
  /**
   * Named settings read by `{ param }` nodes, with their defaults (overridable per report). A number
   * is a number (`1.5`, `30`); a string is a string, never read as a decimal.
   */
  readonly params?: Readonly<Record<string, Literal>>;
  readonly cite: Citation;
  /** Why there is no value when the denominator is zero (default: "nothing to divide by"). */
  readonly noData?: LocalizedText;
  /** The default target (from the dealer manuals where they give one). */
  readonly target?: KpiTarget;
  /** Fields of `source` a drill-down shows for each row (e.g. the earlier RO a comeback repeats). */
  readonly drill?: readonly string[];
  /** Set when a measure is a {@link CustomMeasure}: the KPI cannot be compiled to SQL. */
  readonly inMemoryOnly?: boolean;
}
