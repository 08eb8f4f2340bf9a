/**
 * The KPI expression language: a small tree of JSON nodes over the fields of one fact row. It is
 * data, not code, so that one definition runs in memory (compiled to closures here) and in a
 * database (compiled to SQL by adapter-sql), and can be stored, diffed and shown to an auditor.
 *
 * Semantics follow SQL's: a missing field is `null`; arithmetic and comparisons with `null` give
 * `null`; `and`/`or`/`not` are three-valued; a filter keeps a row only when it is `true`. Numbers
 * are exact decimals with up to four places (money, hours, quantities); a division is rounded
 * half-even to four places.
 */

/** The type of a field or an expression. `number` and `money` are exact decimals. */
export type ValueType = 'number' | 'money' | 'string' | 'boolean' | 'instant' | 'date';

/** A part of a date, read on the dealer's calendar. `yearMonth` is `year × 100 + month`. */
export type DatePart = 'year' | 'quarter' | 'month' | 'yearMonth' | 'day' | 'weekday';

/** A literal: a decimal as a string (`'1.5'`) or a safe integer, a string, or a boolean. */
export type Literal = string | number | boolean;

/** An expression over the fields of a fact row (see the `Expr` builders for each node). */
export type Expr =
  | { readonly field: string }
  | { readonly const: Literal; readonly type?: 'number' | 'money' | 'string' }
  | { readonly param: string }
  | { readonly op: 'add' | 'sub' | 'mul' | 'div'; readonly args: readonly [Expr, Expr] }
  | { readonly op: 'abs' | 'neg'; readonly arg: Expr }
  | { readonly op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; readonly args: readonly [Expr, Expr] }
  | { readonly op: 'in'; readonly arg: Expr; readonly values: readonly Literal[] }
  | { readonly op: 'and' | 'or'; readonly args: readonly Expr[] }
  | { readonly op: 'not'; readonly arg: Expr }
  | { readonly op: 'isSet'; readonly arg: Expr }
  | { readonly op: 'if'; readonly cond: Expr; readonly whenTrue: Expr; readonly whenFalse: Expr }
  | { readonly op: 'coalesce'; readonly args: readonly Expr[] }
  | { readonly op: 'datePart'; readonly part: DatePart; readonly arg: Expr }
  | { readonly op: 'daysBetween'; readonly from: Expr; readonly to: Expr }
  | { readonly op: 'hoursBetween'; readonly from: Expr; readonly to: Expr };

/**
 * A trailing window for "as of" KPIs (customer base, retention): a row counts in every period
 * whose last day `L` satisfies `L − (offsetMonths + months) < day ≤ L − offsetMonths`.
 */
export interface TrailingWindow {
  readonly months: number;
  readonly offsetMonths?: number;
}

/** Where a distinct-count set takes its rows from (for `intersect` / `except`). */
export interface DistinctSet {
  readonly source?: string;
  readonly periodBy?: string;
  readonly of: Expr;
  readonly where?: Expr;
  readonly window?: TrailingWindow;
}

/** Where a measure takes its rows from, and which of them it counts. */
export interface MeasureScope {
  /** The fact source the rows come from (default: the KPI's `source`). */
  readonly source?: string;
  /** The instant or date field that places a row in a period (default: the KPI's `periodBy`). */
  readonly periodBy?: string;
  /** Rows counted: only those for which this is `true` (and the KPI's `where`, for its own source). */
  readonly where?: Expr;
  /** Count rows in later periods too (see {@link TrailingWindow}). */
  readonly window?: TrailingWindow;
}

/**
 * An aggregate over the rows of one group and period. Every kind merges exactly: sums and counts
 * add, sets unite, histograms add, `last` keeps the latest row.
 *
 * - `count`: rows · `sum`: Σ of an expression (rows where it is `null` add nothing)
 * - `countDistinct`: distinct non-null values, optionally `intersect`-ed with or `except` another set
 * - `quantile`: the `q`-quantile (nearest rank) on a histogram of `resolution`-wide bins
 * - `last`: the value on the row latest by `periodBy` (a stock level at period end)
 * - `workingDays` / `days`: working days (dealer calendar) / calendar days of the period: no rows
 */
export type Measure =
  | (MeasureScope & { readonly agg: 'count' })
  | (MeasureScope & { readonly agg: 'sum'; readonly of: Expr })
  | (MeasureScope & {
      readonly agg: 'countDistinct';
      readonly of: Expr;
      readonly intersect?: DistinctSet;
      readonly except?: DistinctSet;
    })
  | (MeasureScope & {
      readonly agg: 'quantile';
      readonly of: Expr;
      readonly q: number;
      readonly resolution: string;
    })
  | (MeasureScope & { readonly agg: 'last'; readonly of: Expr })
  | { readonly agg: 'workingDays' | 'days' };

/** The kind of a measure. */
export type MeasureKind = Measure['agg'];

/**
 * A formula over a KPI's named measures, evaluated exactly once per cell:
 * a measure name, a constant (decimal string or integer), or `add`/`sub`/`mul` of two formulas.
 */
export type MeasureFormula =
  | string
  | { readonly const: string | number }
  | { readonly op: 'add' | 'sub' | 'mul'; readonly args: readonly [MeasureFormula, MeasureFormula] };
