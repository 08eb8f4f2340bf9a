import type { DialectOps } from './dialect';

/**
 * `n ÷ d` of integers rounded half-even to an integer, in SQL: the truncated quotient, moved one
 * away from zero when the remainder is past half of `d`, or exactly half and the quotient odd.
 * This is the engine's one rounding (`divideHalfEven`); PostgreSQL's `round()` on NUMERIC (and
 * DuckDB's on DECIMAL) rounds half away from zero, so neither is used. `d` must not be 0 (wrap
 * it in `NULLIF(d, 0)` when it may be). With `positive` set, `d` is known to be above 0.
 */
export function halfEvenDiv(ops: DialectOps, n: string, d: string, positive = false): string {
  const quotient = ops.truncDiv(n, d);
  const twiceRest = `2 * ABS(${ops.mod(n, d)})`;
  const size = positive ? d : `ABS(${d})`;
  const away = positive ? `SIGN(${n})` : `SIGN(${n}) * SIGN(${d})`;
  return (
    `(CASE WHEN ${twiceRest} > ${size} OR (${twiceRest} = ${size} AND ${ops.mod(quotient, '2')} <> 0) ` +
    `THEN ${quotient} + ${away} ELSE ${quotient} END)`
  );
}

/** `floor(n ÷ d)` of integers for a constant `d` above 0 (a histogram bin). */
export function floorDiv(ops: DialectOps, n: string, d: string): string {
  return `(CASE WHEN ${n} >= 0 THEN ${ops.truncDiv(n, d)} ELSE -${ops.truncDiv(`-(${n}) + ${d} - 1`, d)} END)`;
}
