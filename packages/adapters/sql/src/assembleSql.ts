import type { PeriodGrain } from '@aftersales/core';
import type { GroupDimension } from '@aftersales/kpi';
import { sqlString } from './dialect';
import { dateLiteral, periodEndSql } from './periodSql';
import { localDateOf } from './sqlExpr';
import type { PlanContext, SqlPlacement } from './sqlPlan';
import { columnName, snakeCase, tableName } from './tableLayout';

/** The output column of each dimension (`payType` → `pay_type`). */
export const dimensionColumn = (dimension: GroupDimension): string => snakeCase(dimension);

interface KpiSelect {
  readonly kpi: { readonly id: string };
  readonly select: {
    readonly n: string;
    readonly d: string | undefined;
    readonly value: string;
    readonly np: number;
    readonly dp: number;
    readonly missing: string;
    readonly precision: number;
  };
}

interface AssembleInput {
  readonly plan: PlanContext;
  readonly schema: string | undefined;
  readonly grain: PeriodGrain | undefined;
  readonly dimensions: readonly GroupDimension[];
  readonly period: { readonly from: string; readonly to: string } | undefined;
  readonly currency: string;
  readonly kpis: readonly KpiSelect[];
}

/**
 * The query: one CTE of rows per placement (`r<i>`, windowed `w<i>`), their aggregates per group
 * (`a<i>`), the keyed measures (sets, quantiles, levels), every group any placement saw
 * (`groups`), one wide row per group (`cells`), then one SELECT per KPI, UNION ALL.
 */
export function assembleSql(input: AssembleInput): string {
  const { plan, grain, period } = input;
  const { ops } = plan;
  const ctes: string[] = [];
  const windowed = plan.placements.filter((placement) => placement.window !== undefined);
  for (const placement of plan.placements) {
    ctes.push(`r${placement.id} AS ${ops.materialized}(${rowsSql(input, placement)})`);
  }
  if (windowed.length > 0 && grain !== undefined) {
    ctes.push(`bounds AS (${boundsSql(input)})`);
    const start = 'CAST(s.ps AS DATE)';
    const lo = ops.periodStart('first_day', grain);
    const hi = ops.periodStart('last_day', grain);
    const series = `SELECT ${start} AS g_period, ${periodEndSql(ops, start, grain)} AS period_end FROM (SELECT ${lo} AS lo, ${hi} AS hi FROM bounds WHERE first_day IS NOT NULL AND last_day IS NOT NULL) b CROSS JOIN ${ops.periodSeries('b.lo', 'b.hi', grain)}`;
    const within =
      period === undefined
        ? ''
        : ` WHERE p.period_end >= ${dateLiteral(period.from)} AND p.g_period <= ${dateLiteral(period.to)}`;
    ctes.push(`periods AS (SELECT p.g_period, p.period_end FROM (${series}) p${within})`);
    for (const placement of windowed) {
      const window = placement.window as { months: number; offsetMonths?: number };
      const offset = window.offsetMonths ?? 0;
      const upper = offset === 0 ? 'p.period_end' : ops.addMonths('p.period_end', -offset);
      const lower = ops.addMonths('p.period_end', -(offset + window.months));
      // Rows read only by distinct counts are deduplicated first: each is repeated per period of
      // its window (12–36), and equal rows (same keys, day and read columns) count once anyway.
      const rows = placement.multiset ? `r${placement.id}` : `(SELECT DISTINCT * FROM r${placement.id})`;
      ctes.push(
        `w${placement.id} AS (SELECT t.*, p.g_period FROM ${rows} t JOIN periods p ON t.row_day > ${lower} AND t.row_day <= ${upper})`,
      );
    }
  }
  const keys = plan.keys.join(', ');
  for (const placement of plan.placements) {
    const aggregates = placement.aggregates
      .map((aggregate) => `, ${aggregate.sql} AS ${aggregate.name}`)
      .join('');
    const rows = `${placement.window === undefined ? 'r' : 'w'}${placement.id}`;
    ctes.push(`a${placement.id} AS (SELECT ${keys}${aggregates} FROM ${rows} t GROUP BY ${keys})`);
  }
  for (const keyed of plan.keyed) ctes.push(`${keyed.name} AS (${keyed.sql})`);
  // One row per group: every keyed CTE (one row per group each) stacked, then grouped. A GROUP
  // BY treats null keys as one group, as the engine does, and hashes in every database, where a
  // chain of LEFT JOINs on IS NOT DISTINCT FROM would run as nested loops.
  const sources = [
    ...plan.placements.map((p) => ({ name: `a${p.id}`, columns: p.aggregates.map((a) => [a.name, a.name]) })),
    ...plan.keyed
      .filter((keyed) => keyed.column !== '')
      .map((keyed) => ({ name: keyed.name, columns: [[keyed.value, keyed.column]] })),
  ];
  const all = sources.flatMap((source) => source.columns.map(([, column]) => column as string));
  const stacked = sources.map((source) => {
    const own = new Map(source.columns.map(([value, column]) => [column as string, value as string]));
    const values = all.map((column) => `${own.get(column) ?? ops.wide('NULL')} AS ${column}`);
    return `SELECT ${keys}${values.map((value) => `, ${value}`).join('')} FROM ${source.name}`;
  });
  const maxima = all.map((column) => `, MAX(${column}) AS ${column}`).join('');
  ctes.push(`cells AS (SELECT ${keys}${maxima} FROM (${stacked.join(' UNION ALL ')}) u GROUP BY ${keys})`);
  // UNION ALL gives a column one type: each KPI's decimals are cast to the widest places of all.
  const widest = {
    n: Math.max(...input.kpis.map((kpi) => kpi.select.np)),
    d: Math.max(...input.kpis.map((kpi) => kpi.select.dp)),
    v: Math.max(...input.kpis.map((kpi) => kpi.select.precision)),
  };
  const selects = input.kpis.map((kpi) => kpiSelect(input, kpi, widest));
  return `WITH\n${ctes.join(',\n')}\n${selects.join('\nUNION ALL\n')}`;
}

function rowsSql(input: AssembleInput, placement: SqlPlacement): string {
  const { plan, grain, period } = input;
  const { ops } = plan;
  const source = placement.source;
  const at = {
    sql: `t.${columnName(placement.periodBy)}`,
    type: placement.periodIsDate ? 'date' : 'instant',
  } as const;
  const day = localDateOf(at, { source, params: {}, ops, timeZone: plan.timeZone, alias: 't' });
  const keys = input.dimensions.map((dimension) => {
    const field = source.dimensions[dimension] as string;
    return `t.${columnName(field)} AS g_${dimension}`;
  });
  if (plan.keys.includes('g_all')) keys.push('1 AS g_all');
  if (grain !== undefined && placement.window === undefined) {
    keys.push(`${ops.periodStart('t.row_day', grain)} AS g_period`);
  }
  // The local day is null exactly when the period field is: testing the field keeps the filter
  // (which the optimizer pushes below the projection) from converting every row a second time.
  const filters = [`${at.sql} IS NOT NULL`];
  if (period !== undefined) {
    filters.push(
      placement.window === undefined
        ? `t.row_day BETWEEN ${dateLiteral(period.from)} AND ${dateLiteral(period.to)}`
        : `t.row_day <= ${dateLiteral(period.to)}`,
    );
  }
  if (source.currency !== undefined) {
    const currency = `t.${columnName(source.currency)}`;
    filters.push(`(${currency} IS NULL OR ${currency} = ${sqlString(input.currency)})`);
  }
  const table = tableName(source, input.schema);
  // Only the columns the measures read travel on (a windowed row is repeated per period); the
  // period field is read by "last" levels, and not at all by a deduplicated windowed placement.
  const dedup = placement.window !== undefined && !placement.multiset;
  const columns = [...new Set([...(dedup ? [] : [placement.periodBy]), ...placement.columns])].map(
    (name) => `t.${columnName(name)}`,
  );
  const selected = ['t.row_day', ...columns, ...keys].join(', ');
  return `SELECT ${selected} FROM (SELECT t.*, ${day} AS row_day FROM ${table} t) t WHERE ${filters.join(' AND ')}`;
}

/** The last day any placement placed a row on (within the report's period) and the first windowed day. */
function boundsSql(input: AssembleInput): string {
  const from = input.period === undefined ? undefined : dateLiteral(input.period.from);
  const parts = input.plan.placements.map((placement) => {
    const r = `r${placement.id}`;
    if (placement.window === undefined)
      return `SELECT MAX(row_day) AS hi, CAST(NULL AS DATE) AS lo FROM ${r}`;
    const hi = from === undefined ? 'MAX(row_day)' : `MAX(CASE WHEN row_day >= ${from} THEN row_day END)`;
    return `SELECT ${hi} AS hi, MIN(row_day) AS lo FROM ${r}`;
  });
  return `SELECT MAX(hi) AS last_day, MIN(lo) AS first_day FROM (${parts.join(' UNION ALL ')}) b`;
}

function kpiSelect(
  input: AssembleInput,
  { kpi, select }: KpiSelect,
  widest: { readonly n: number; readonly d: number; readonly v: number },
): string {
  const { ops } = input.plan;
  const decimal = (sql: string, places: number) => `CAST(${sql} AS DECIMAL(38,${places}))`;
  const columns = [
    `${sqlString(kpi.id)} AS kpi`,
    ...input.dimensions.map((dimension) => `x.g_${dimension} AS ${dimensionColumn(dimension)}`),
    ...(input.grain === undefined ? [] : [`${ops.dateText('x.g_period')} AS period_start`]),
    `${decimal(ops.scaleDown('x.n', select.np), widest.n)} AS numerator`,
    `${decimal(select.d === undefined ? 'NULL' : ops.scaleDown('x.d', select.dp), widest.d)} AS denominator`,
    `${decimal(select.value, widest.v)} AS value`,
    `${select.missing === 'NULL' ? `CAST(NULL AS ${ops.types.string})` : 'x.m'} AS missing_measure`,
  ];
  const missing = select.missing === 'NULL' ? '' : `, ${select.missing} AS m`;
  return `SELECT ${columns.join(', ')} FROM (SELECT c.*, ${select.n} AS n, ${select.d ?? '1'} AS d${missing} FROM cells c) x`;
}
