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
  const n = denominator < 0 ? -numerator : numerator;
  const d = Math.abs(denominator);
  let floor = Math.floor(n / d);
  let rest = n - floor * d;
  // The float quotient can be one off for large operands; the integer remainder settles it.
  if (rest < 0) {
    floor -= 1;
    rest += d;
  } else if (rest >= d) {
    floor += 1;
    rest -= d;
  }
  if (2 * rest > d) return floor + 1;
  if (2 * rest < d) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
