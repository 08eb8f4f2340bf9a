import { epochMsOfInstant, fixedUnitsOf } from '@aftersales/core';
import { isNonNegativeDecimal } from '../fastChecks';

/**
 * Field checks the claim audit adds to `../fastChecks` for its hot path. Like those, each accepts
 * only what core's schema accepts, in the form the schema outputs it; anything else goes to the
 * schema, which decides and says why.
 */

/**
 * An instant as `instantSchema` takes it (`2024-03-08T23:30:00+08:00`), with at most three
 * fraction digits: core's reader and `Date.parse` (which the schema's order checks use) then read
 * the same millisecond.
 */
export function isFastInstant(value: unknown): value is string {
  return !Number.isNaN(fastInstantMs(value));
}

/** The epoch milliseconds of an instant {@link isFastInstant} takes, else NaN. */
export function fastInstantMs(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const length = value.length;
  const body = value.charCodeAt(length - 1) === 90 ? length - 1 : length - 6; // 'Z'
  if (body !== 19 && (body < 21 || body > 23 || value.charCodeAt(19) !== 46)) return Number.NaN;
  return epochMsOfInstant(value) ?? Number.NaN;
}

/** Milliseconds of an instant that passed {@link isFastInstant}. */
export const msOf = (instant: string): number => epochMsOfInstant(instant) as number;

/** True when `later` is not before `earlier` (both absent or either absent: true). */
export function inOrder(earlier: unknown, later: unknown): boolean {
  return earlier === undefined || later === undefined || msOf(later as string) >= msOf(earlier as string);
}

/** An optional non-negative decimal with at most four places, as fixed units (`undefined` absent). */
export function fixedOrAbsent(value: unknown): number | undefined | false {
  if (value === undefined) return undefined;
  if (!isNonNegativeDecimal(value)) return false;
  return fixedUnitsOf(value) ?? false;
}

/** The number of enumerable keys of an object (own and inherited, as `for … in` sees them). */
export function keyCount(value: object): number {
  let count = 0;
  for (const _ in value) count++;
  return count;
}

/** A plain object (`{}` literal or `JSON.parse`), not an array, a class instance or null. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const BAD = -10_000;

/**
 * For an optional field: 0 when absent, 1 when present and passing `check`, a large negative
 * number when present and failing. The fast readers add these up and compare the sum with the
 * object's key count: one pass decides both the fields and that no unknown key is present
 * (a key holding `undefined` counts as a key, not a field: the schema decides such a row).
 */
export const present = (value: unknown, check: (value: unknown) => boolean): number =>
  value === undefined ? 0 : check(value) ? 1 : BAD;

/** An integer in `min … max`. */
export const isIntIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** A boolean. */
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Every item of an array passes `check`. */
export function isListOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (!check(value[index])) return false;
  return true;
}
