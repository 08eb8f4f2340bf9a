import { parseExact } from '@aftersales/core';
import type { KpiDefinition, MeasureFormula } from '@aftersales/kpi';
import type { DialectOps } from './dialect';
import { halfEvenDiv } from './halfEven';
import { Unsupported } from './sqlExpr';
import type { SqlMeasure } from './sqlPlan';

/**
 * A KPI's numerator, denominator and value in SQL, exactly as the engine's result stage computes
 * them with core's exact decimals: a formula is an integer with a known number of decimal places
 * (adding aligns the places, multiplying adds them); the value is `numerator × scale ÷
 * denominator`, rounded half-even to the KPI's precision.
 */

/** An exact decimal in SQL: whole units of `10^-places`. */
export interface SqlDecimal {
  readonly sql: string;
  readonly places: number;
}

const pow10 = (n: number): string => `1${'0'.repeat(n)}`;

function align(ops: DialectOps, value: SqlDecimal, places: number): string {
  return value.places === places ? value.sql : `(${ops.wide(value.sql)} * ${pow10(places - value.places)})`;
}

/** A measure formula over the measures of a cell; `used` collects the measures in the order read. */
export function formulaSql(
  ops: DialectOps,
  formula: MeasureFormula,
  measures: Readonly<Record<string, SqlMeasure>>,
  used: string[],
): SqlDecimal {
  if (typeof formula === 'string') {
    const measure = measures[formula];
    if (measure === undefined) throw new Unsupported(`no measure ${formula}`);
    if (!used.includes(formula)) used.push(formula);
    return { sql: ops.wide(measure.sql), places: measure.places };
  }
  if ('const' in formula) {
    const exact = parseExact(formula.const);
    if (exact === undefined) throw new Unsupported(`the constant ${String(formula.const)}`);
    return { sql: exact.units < 0n ? `(${exact.units})` : String(exact.units), places: exact.places };
  }
  const left = formulaSql(ops, formula.args[0], measures, used);
  const right = formulaSql(ops, formula.args[1], measures, used);
  if (formula.op === 'mul')
    return { sql: `(${left.sql} * ${right.sql})`, places: left.places + right.places };
  const places = Math.max(left.places, right.places);
  const sign = formula.op === 'add' ? '+' : '-';
  return { sql: `(${align(ops, left, places)} ${sign} ${align(ops, right, places)})`, places };
}

/** The SQL of a KPI's cell columns over `x` (holding `n` and `d`, the formulas' units). */
export function valueSql(
  ops: DialectOps,
  kpi: KpiDefinition,
  numerator: SqlDecimal,
  denominator: SqlDecimal,
): string {
  const precision = kpi.precision ?? 2;
  const scale = kpi.scale ?? 1;
  // divideExact: n × scale × 10^(dPlaces + precision) ÷ (d × 10^nPlaces), half-even.
  const n = `${ops.wide('x.n')} * ${scale} * ${pow10(denominator.places + precision)}`;
  const d = `NULLIF(x.d, 0) * ${pow10(numerator.places)}`;
  return `CASE WHEN x.n IS NULL OR x.d IS NULL OR x.d = 0 THEN NULL ELSE ${ops.scaleDown(halfEvenDiv(ops, n, d), precision)} END`;
}
