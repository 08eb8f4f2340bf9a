import {
  addExact,
  compareExact,
  type ExactDecimal,
  fixedUnitsOf,
  formatExact,
  multiplyExact,
  parseExact,
  subtractExact,
} from '@aftersales/core';

/**
 * Exact arithmetic on decimal strings already checked by the schemas (`'1260.00'`). Comparisons
 * take core's fixed units (integers × 10⁴) when both sides have at most four places, the common
 * case, and core's BigInt `ExactDecimal` otherwise; products and differences always take the
 * latter. Never a float.
 */

const exact = (value: string): ExactDecimal => parseExact(value) as ExactDecimal;

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compareDecimalText(a: string, b: string): -1 | 0 | 1 {
  const x = fixedUnitsOf(a);
  const y = fixedUnitsOf(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  return compareExact(exact(a), exact(b));
}

// Results are exact (no digit dropped but trailing zeros), padded to `minPlaces` (2 for money).

/** `a + b` as a decimal string. */
export const addText = (a: string, b: string, minPlaces = 0): string =>
  formatExact(addExact(exact(a), exact(b)), minPlaces);

/** `a − b` as a decimal string. */
export const subtractText = (a: string, b: string, minPlaces = 0): string =>
  formatExact(subtractExact(exact(a), exact(b)), minPlaces);

/** `a × b` as a decimal string: `multiplyText('1.2', '120.00', 2)` is `'144.00'`. */
export const multiplyText = (a: string, b: string, minPlaces = 0): string =>
  formatExact(multiplyExact(exact(a), exact(b)), minPlaces);
