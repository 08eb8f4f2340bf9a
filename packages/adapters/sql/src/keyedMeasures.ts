import type { DistinctSet, KpiDefinition, Literal, Measure } from '@aftersales/kpi';
import { floorDiv } from './halfEven';
import { compileSqlExpr, type SqlExpr, Unsupported } from './sqlExpr';
import {
  column,
  exprContext,
  filterOf,
  keyList,
  type PlanContext,
  placementFor,
  rowsOf,
  type SqlMeasure,
  type SqlPlacement,
} from './sqlPlan';
import { columnName } from './tableLayout';

/**
 * The measures that need a CTE of their own, keyed by group: a distinct count intersected with or
 * excepting another set, a quantile (nearest rank on a histogram) and a "last" level.
 */

/** A distinct set of values as a CTE of `(keys, v)`. */
function setCte(
  plan: PlanContext,
  kpi: KpiDefinition,
  set: DistinctSet,
  params: Readonly<Record<string, Literal>>,
): { name: string; type: SqlExpr['type'] } {
  const placement = placementFor(plan, kpi, set);
  const of = compileSqlExpr(set.of, exprContext(plan, placement, params));
  const where = filterOf(plan, kpi, placement, set.where, params);
  const name = `s${plan.nextColumn}`;
  plan.nextColumn += 1;
  plan.keyed.push({
    name,
    value: '',
    column: '',
    sql: `SELECT DISTINCT ${keyList(plan, 't')}, ${of.sql} AS v FROM ${rowsOf(placement)} t WHERE (${where}) AND ${of.sql} IS NOT NULL`,
  });
  return { name, type: of.type };
}

const classOf = (type: string) => (type === 'money' ? 'number' : type);

export function distinctOfSets(
  plan: PlanContext,
  kpi: KpiDefinition,
  measure: Measure & { agg: 'countDistinct' },
  params: Readonly<Record<string, Literal>>,
): SqlMeasure {
  const main = setCte(plan, kpi, measure, params);
  const keys = keyList(plan);
  // Each set's values flagged, grouped by (keys, value): a GROUP BY treats null keys as one group,
  // as the engine does, and hashes, where EXISTS … IS NOT DISTINCT FROM would loop.
  const parts = [`SELECT ${keys}, v, 1 AS in_main, 0 AS in_other, 0 AS in_except FROM ${main.name}`];
  const conditions = ['in_main = 1'];
  for (const [set, flag, wanted] of [
    [measure.intersect, 'in_other', 1],
    [measure.except, 'in_except', 0],
  ] as const) {
    if (set === undefined) continue;
    const other = setCte(plan, kpi, set, params);
    if (classOf(other.type) !== classOf(main.type)) {
      throw new Unsupported(`sets of ${main.type} and ${other.type} values are compared`);
    }
    const flags = ['in_other', 'in_except'].map((name) => `${name === flag ? 1 : 0} AS ${name}`).join(', ');
    parts.push(`SELECT ${keys}, v, 0 AS in_main, ${flags} FROM ${other.name}`);
    conditions.push(`${flag} = ${wanted}`);
  }
  const flagged = `SELECT ${keys}, v, MAX(in_main) AS in_main, MAX(in_other) AS in_other, MAX(in_except) AS in_except FROM (${parts.join(' UNION ALL ')}) u GROUP BY ${keys}, v`;
  const name = column(plan);
  plan.keyed.push({
    name: `d${name}`,
    value: 'v',
    column: name,
    sql: `SELECT ${keys}, COUNT(*) AS v FROM (${flagged}) f WHERE ${conditions.join(' AND ')} GROUP BY ${keys}`,
  });
  return { kind: 'distinct', sql: `COALESCE(c.${name}, 0)`, places: 0, nullable: false };
}

export function quantileMeasure(
  plan: PlanContext,
  placement: SqlPlacement,
  of: SqlExpr,
  where: string,
  measure: Measure & { agg: 'quantile' },
): SqlMeasure {
  const { ops } = plan;
  const width = Number(measure.resolution) * 10_000;
  const keys = keyList(plan);
  const partition = `PARTITION BY ${keys}`;
  const name = column(plan);
  const values = `SELECT ${keyList(plan, 't')}, ${of.sql} AS v FROM ${rowsOf(placement)} t WHERE ${where}`;
  const bins = `SELECT ${keys}, ${floorDiv(ops, 'x.v', String(width))} AS bin FROM (${values}) x WHERE x.v IS NOT NULL`;
  const counted = `SELECT ${keys}, bin, COUNT(*) AS n FROM (${bins}) y GROUP BY ${keys}, bin`;
  const running =
    `SELECT ${keys}, bin, SUM(n) OVER (${partition} ORDER BY bin ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS seen, ` +
    `SUM(n) OVER (${partition}) AS total FROM (${counted}) z`;
  // Nearest rank: the smallest bin holding ceil(q × n) values; q × n in doubles, as the engine's Math.ceil.
  plan.keyed.push({
    name: `q${name}`,
    value: 'v',
    column: name,
    sql: `SELECT ${keys}, MIN(bin) * ${width} AS v FROM (${running}) w WHERE seen >= CEIL(CAST('${String(measure.q)}' AS ${ops.types.double}) * total) GROUP BY ${keys}`,
  });
  return { kind: 'quantile', sql: `c.${name}`, places: 4, nullable: true };
}

export function lastMeasure(
  plan: PlanContext,
  placement: SqlPlacement,
  of: SqlExpr,
  where: string,
): SqlMeasure {
  if (of.type !== 'number' && of.type !== 'money') {
    throw new Unsupported(`a "last" measure of a ${of.type} (the engine reads no level from it)`);
  }
  const keys = keyList(plan);
  const name = column(plan);
  const at = `t.${columnName(placement.periodBy)}`;
  const values = `SELECT ${keyList(plan, 't')}, ${at} AS placed_at, ${of.sql} AS v FROM ${rowsOf(placement)} t WHERE ${where}`;
  // The latest row wins; on a tie the larger value, so that row order never matters (as in the engine).
  const ranked = `SELECT ${keys}, v, ROW_NUMBER() OVER (PARTITION BY ${keys} ORDER BY placed_at DESC, v DESC) AS rn FROM (${values}) x WHERE x.v IS NOT NULL`;
  plan.keyed.push({
    name: `l${name}`,
    value: 'v',
    column: name,
    sql: `SELECT ${keys}, v FROM (${ranked}) y WHERE rn = 1`,
  });
  return { kind: 'last', sql: `c.${name}`, places: 4, nullable: true };
}
