import type { Expr, KpiDefinition, KpiSource, Literal, Measure, TrailingWindow } from '@aftersales/kpi';
import { kpiSources } from '@aftersales/kpi';
import type { DialectOps } from './dialect';
import { distinctOfSets, lastMeasure, quantileMeasure } from './keyedMeasures';
import { compileSqlExpr, type SqlExprContext, Unsupported } from './sqlExpr';

/**
 * The SQL plan of a report: like the engine's, measures are fed by *placements* (a source, the
 * field that places its rows in a period, an optional trailing window). Each placement scans its
 * table once (a row CTE) and aggregates counts, sums and distinct counts in one GROUP BY; sets
 * that are intersected, quantiles and "last" levels get a CTE of their own.
 */

/** One scan of a fact table: its rows placed in groups, and the aggregates read from them. */
export interface SqlPlacement {
  readonly id: number;
  readonly source: KpiSource;
  readonly periodBy: string;
  readonly periodIsDate: boolean;
  readonly window: TrailingWindow | undefined;
  /** The fields its measures read (the scan selects only these, the period field and the keys). */
  readonly columns: Set<string>;
  /** Aggregates over the placement's rows: `SUM(…)` as column `c3`, … */
  readonly aggregates: { readonly sql: string; readonly name: string }[];
  /**
   * Whether a measure counts its rows with repeats (count, sum, quantile, last). When none does,
   * only distinct counts read the rows, and a windowed placement may drop duplicate rows before
   * repeating each per period.
   */
  multiset: boolean;
}

/** A CTE keyed by the group columns, LEFT JOINed to the groups. */
export interface KeyedCte {
  readonly name: string;
  readonly sql: string;
  /** The CTE's value column, and the cell column it becomes. */
  readonly value: string;
  readonly column: string;
}

/**
 * The kind of a measure, as a compiled KPI lists it in `nullableMeasures`: it picks the reason a
 * cell gives when that measure has no value (no row for a percentile or a level, …).
 */
export type MeasureKindCode = 'count' | 'sum' | 'distinct' | 'quantile' | 'last' | 'days' | 'workingDays';

/** How a measure's value is read from a cell row: a column or an expression, with its places. */
export interface SqlMeasure {
  readonly kind: MeasureKindCode;
  /** SQL over the `cells` row (alias `c`) giving whole units of `10^-places`, or null. */
  readonly sql: string;
  readonly places: number;
  /** Whether the value can be null (no rows for a quantile or a level; no period for days). */
  readonly nullable: boolean;
}

/** What measures compile against: the report's grouping and the shared plan. */
export interface PlanContext {
  readonly ops: DialectOps;
  readonly timeZone: string;
  /** The key columns of a group (`g_dealer`, …, `g_period` or `g_all`). */
  readonly keys: readonly string[];
  readonly placements: SqlPlacement[];
  readonly keyed: KeyedCte[];
  /** Days of a cell's period clipped to the report's (`first`, `last` SQL), or undefined without any. */
  readonly periodDays: { readonly first: string; readonly last: string } | undefined;
  readonly calendarTable: string | undefined;
  nextColumn: number;
}

const placementKey = (source: string, periodBy: string, window: TrailingWindow | undefined) =>
  `${source}|${periodBy}|${window?.months ?? ''}|${window?.offsetMonths ?? ''}`;
const keysOf = new WeakMap<SqlPlacement, string>();

/** The placement of a measure's rows (shared with every measure of the same source, field and window). */
export function placementFor(
  plan: PlanContext,
  kpi: KpiDefinition,
  scope: { source?: string; periodBy?: string; window?: TrailingWindow },
): SqlPlacement {
  const name = scope.source ?? kpi.source;
  const source = kpiSources[name] as KpiSource;
  const periodBy = scope.periodBy ?? (name === kpi.source ? kpi.periodBy : '');
  const window = scope.window;
  const key = placementKey(name, periodBy, window);
  const existing = plan.placements.find((placement) => keysOf.get(placement) === key);
  if (existing !== undefined) return existing;
  const placement: SqlPlacement = {
    id: plan.placements.length,
    source,
    periodBy,
    periodIsDate: source.fields[periodBy]?.type === 'date',
    window,
    columns: new Set(),
    aggregates: [],
    multiset: false,
  };
  keysOf.set(placement, key);
  plan.placements.push(placement);
  return placement;
}

/** The rows a placement's measures read: `r<id>`, or `w<id>` (each row once per window period). */
export const rowsOf = (placement: SqlPlacement): string =>
  `${placement.window === undefined ? 'r' : 'w'}${placement.id}`;

export function exprContext(
  plan: PlanContext,
  placement: SqlPlacement,
  params: Readonly<Record<string, Literal>>,
) {
  return {
    source: placement.source,
    params,
    ops: plan.ops,
    timeZone: plan.timeZone,
    alias: 't',
    used: placement.columns,
  } satisfies SqlExprContext;
}

/** The filter of a measure: the KPI's `where` (for its own source) and the measure's. */
export function filterOf(
  plan: PlanContext,
  kpi: KpiDefinition,
  placement: SqlPlacement,
  where: Expr | undefined,
  params: Readonly<Record<string, Literal>>,
): string {
  const source = placement.source;
  const filters = [...(source.name === kpi.source && kpi.where !== undefined ? [kpi.where] : [])];
  if (where !== undefined) filters.push(where);
  if (filters.length === 0) return 'TRUE';
  return compileSqlExpr(
    filters.length === 1 ? (filters[0] as Expr) : { op: 'and', args: filters },
    exprContext(plan, placement, params),
  ).sql;
}

export function column(plan: PlanContext): string {
  const name = `c${plan.nextColumn}`;
  plan.nextColumn += 1;
  return name;
}

export const keyList = (plan: PlanContext, alias?: string) =>
  plan.keys.map((key) => (alias === undefined ? key : `${alias}.${key}`)).join(', ');

/** Compiles one measure into the plan and returns how a cell reads it. */
export function planMeasure(
  plan: PlanContext,
  kpi: KpiDefinition,
  measure: Measure,
  params: Readonly<Record<string, Literal>>,
): SqlMeasure {
  if (measure.agg === 'days' || measure.agg === 'workingDays') return daysMeasure(plan, measure.agg);
  const scoped = measure as Exclude<Measure, { agg: 'days' | 'workingDays' }>;
  const placement = placementFor(plan, kpi, scoped);
  const context = exprContext(plan, placement, params);
  const where = filterOf(plan, kpi, placement, scoped.where, params);
  if (scoped.agg !== 'countDistinct') placement.multiset = true;
  switch (scoped.agg) {
    case 'count': {
      const name = column(plan);
      placement.aggregates.push({ sql: `SUM(CASE WHEN ${where} THEN 1 ELSE 0 END)`, name });
      return { kind: 'count', sql: `COALESCE(c.${name}, 0)`, places: 0, nullable: false };
    }
    case 'sum': {
      const name = column(plan);
      const of = compileSqlExpr(scoped.of, context).sql;
      placement.aggregates.push({ sql: `SUM(CASE WHEN ${where} THEN ${plan.ops.wide(of)} END)`, name });
      return { kind: 'sum', sql: `COALESCE(c.${name}, 0)`, places: 4, nullable: false };
    }
    case 'countDistinct': {
      if (scoped.intersect === undefined && scoped.except === undefined) {
        const name = column(plan);
        const of = compileSqlExpr(scoped.of, context).sql;
        placement.aggregates.push({ sql: `COUNT(DISTINCT CASE WHEN ${where} THEN ${of} END)`, name });
        return { kind: 'distinct', sql: `COALESCE(c.${name}, 0)`, places: 0, nullable: false };
      }
      return distinctOfSets(plan, kpi, scoped, params);
    }
    case 'quantile':
      return quantileMeasure(plan, placement, compileSqlExpr(scoped.of, context), where, scoped);
    case 'last':
      return lastMeasure(plan, placement, compileSqlExpr(scoped.of, context), where);
    default:
      throw new Unsupported(`the aggregate '${String((scoped as { agg?: unknown }).agg)}'`);
  }
}

function daysMeasure(plan: PlanContext, kind: 'days' | 'workingDays'): SqlMeasure {
  const days = plan.periodDays;
  if (days === undefined) return { kind, sql: 'NULL', places: 0, nullable: true };
  if (kind === 'workingDays' && plan.calendarTable !== undefined) {
    return {
      kind,
      sql: `(SELECT COUNT(*) FROM ${plan.calendarTable} cd WHERE cd.day BETWEEN ${days.first} AND ${days.last} AND cd.is_working)`,
      places: 0,
      nullable: false,
    };
  }
  return { kind, sql: `(${plan.ops.daysBetween(days.first, days.last)} + 1)`, places: 0, nullable: false };
}
