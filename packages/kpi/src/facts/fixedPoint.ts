/**
 * Exact decimals for bulk sums: every number and money value the KPI engine reads is held as a
 * core fixed-unit integer (`value × 10⁴`). Sums of such integers are exact (and so merge in any
 * order) while they stay safe integers; accumulators spill to BigInt beyond that.
 */
import { FIXED_UNIT_SCALE, fixedUnitsOf, formatFixedUnits } from '@aftersales/core';

/** 10⁴: the fixed-point scale of every number and money value the KPI engine reads. */
export const SCALE = FIXED_UNIT_SCALE;

/** The fixed-point integer of a decimal string or number with at most four places; see core's `fixedUnitsOf`. */
export const toFixedUnits = fixedUnitsOf;

/** The decimal string of a fixed-point integer (or BigInt); see core's `formatFixedUnits`. */
export const formatUnits = formatFixedUnits;

/** Rounds `numerator ÷ denominator` (safe integers, denominator not 0) half-even to an integer. */
export function divideHalfEven(numerator: number, denominator: number): number {
  // On magnitudes: the remainder of two doubles is exact, and so is `n − rest`, a multiple of d. A
  // float quotient with a product check was one off for negative numerators near −2⁵³.
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const rest = n % d;
  const floor = (n - rest) / d;
  const rounded = 2 * rest > d || (2 * rest === d && floor % 2 !== 0) ? floor + 1 : floor;
  return numerator < 0 !== denominator < 0 && rounded !== 0 ? -rounded : rounded;
}
