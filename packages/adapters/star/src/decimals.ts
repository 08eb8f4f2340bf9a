import {
  addExact,
  compareExact,
  divideExact,
  type ExactDecimal,
  exactDecimal,
  formatExact,
  multiplyExact,
  parseExact,
} from '@aftersales/core';

/** Exact decimal arithmetic on the decimal strings STAR and core records carry. Internal. */

const ZERO = exactDecimal(0n, 0);

/**
 * The exact sum of decimal strings, as a decimal string with at least `minPlaces` places;
 * `undefined` when one is not a decimal.
 */
export function sumDecimals(values: readonly string[], minPlaces = 0): string | undefined {
  let sum: ExactDecimal = ZERO;
  for (const value of values) {
    const parsed = parseExact(value);
    if (parsed === undefined) return undefined;
    sum = addExact(sum, parsed);
  }
  return formatExact(sum, minPlaces);
}

/** True when two decimal strings are the same number (`'2.50'` and `'2.5'`). */
export function sameDecimal(left: string, right: string): boolean {
  const a = parseExact(left);
  const b = parseExact(right);
  return a !== undefined && b !== undefined && compareExact(a, b) === 0;
}

/** True when a decimal string is zero. */
export function isZeroDecimal(value: string): boolean {
  return sameDecimal(value, '0');
}

/** The international mile (1959): exactly 1.609344 km. */
const KM_PER_MILE = exactDecimal(1609344n, 6);

/**
 * Miles to whole kilometres: × 1.609344 exactly, then rounded half up to the kilometre (core
 * keeps whole km). `undefined` when `miles` is not a non-negative decimal.
 *
 * @example
 * milesToKm('45281.5'); // 72874 (45281.5 × 1.609344 = 72873.510336)
 */
export function milesToKm(miles: string): number | undefined {
  const parsed = parseExact(miles);
  if (parsed === undefined || parsed.units < 0n) return undefined;
  return roundHalfUp(multiplyExact(parsed, KM_PER_MILE));
}

/** A non-negative exact decimal rounded half up to an integer (as a number). */
export function roundHalfUp(value: ExactDecimal): number {
  const scale = 10n ** BigInt(value.places);
  const whole = value.units / scale;
  const rest = value.units % scale;
  return Number(rest * 2n >= scale && value.places > 0 ? whole + 1n : whole);
}

/**
 * STAR `standard_repair_sec` as hours, to 4 places (half-even); `exact` false when rounded.
 *
 * @example
 * secondsToHours(1800); // { hours: '0.5', exact: true }
 */
export function secondsToHours(seconds: number): { hours: string; exact: boolean } {
  const quotient = divideExact(exactDecimal(BigInt(seconds), 0), exactDecimal(3600n, 0), 4);
  const back = multiplyExact(quotient, exactDecimal(3600n, 0));
  return { hours: formatExact(quotient), exact: compareExact(back, exactDecimal(BigInt(seconds), 0)) === 0 };
}

/** Hours as whole seconds, or `undefined` when they are not a whole number of seconds. */
export function hoursToSeconds(hours: string): number | undefined {
  const parsed = parseExact(hours);
  if (parsed === undefined) return undefined;
  const seconds = multiplyExact(parsed, exactDecimal(3600n, 0));
  const scale = 10n ** BigInt(seconds.places);
  if (seconds.units % scale !== 0n) return undefined;
  const whole = seconds.units / scale;
  return whole <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(whole) : undefined;
}
