import { isCurrencyCode, isValidVin } from '@aftersales/core';

/**
 * Field checks for the hot paths (eligibility at 500,000 requests a second, claim audits of a
 * million claims), each accepting only what core's schema accepts AND in the form the schema
 * would output it (no padding, no numbers for decimals, upper-case VINs). A value that fails here
 * is not necessarily wrong: the caller falls back to the schema, which decides and says why.
 */

const ID = /^\S(?:.*\S)?$/;
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type Bag = Record<string, unknown>;

/** A plain object whose own keys all pass `isKey`. */
export function isPlainWith(value: unknown, isKey: (key: string) => boolean): value is Bag {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    return false;
  }
  for (const key in value) if (!isKey(key) || !Object.hasOwn(value, key)) return false;
  return true;
}

/**
 * An identifier as `idSchema` takes it: 1–64 characters, no surrounding white space, no line
 * break. Printable ASCII is decided character by character; anything else by the pattern.
 */
export function isId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length === 0 || length > 64) return false;
  for (let at = 0; at < length; at++) {
    const code = value.charCodeAt(at);
    if (code > 32 && code < 127) continue;
    if (code === 32 && at > 0 && at < length - 1) continue;
    return ID.test(value);
  }
  return true;
}
export const isShortText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 200 && /\S/.test(value);
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 4000 && /\S/.test(value);
/**
 * A non-negative decimal as the schema outputs it (`'12'`, `'0.50'`, `'007'`: digits, then
 * optionally a point and digits), read character by character (a claim has a dozen).
 */
export function isNonNegativeDecimal(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  let at = 0;
  while (at < length && isDigit(value.charCodeAt(at))) at++;
  if (at === 0) return false;
  if (at === length) return true;
  if (value.charCodeAt(at) !== 46 || at === length - 1) return false;
  for (at++; at < length; at++) if (!isDigit(value.charCodeAt(at))) return false;
  return true;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Whole km as the schema outputs them: not -0, which the schema reads as 0 (`1 / -0` is -Infinity). */
export const isKm = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5_000_000 && 1 / value > 0;
export const isVin = (value: unknown): value is string =>
  typeof value === 'string' && VIN.test(value) && isValidVin(value);
export const isCurrency = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z]{3}$/.test(value) && isCurrencyCode(value);

/**
 * The day number (days since 1970-01-01) of a real calendar date `YYYY-MM-DD` as zod's
 * `iso.date()` accepts it (no 02-30), or NaN. Reads the digits directly: requests carry five dates.
 */
export function dayOfDate(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return Number.NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  // Each digit as 0–9; `>>> 0` turns a character below '0' into a large number, so one test each.
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return Number.NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS[month - 1] as number))) return Number.NaN;
  // Days from civil (Hinnant), as core's day numbers; y ≥ −1 here, so `| 0` floors.
  const y = month <= 2 ? year - 1 : year;
  const era = y >= 0 ? (y / 400) | 0 : -1;
  const yoe = y - era * 400;
  const doy = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
  return era * 146_097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719_468;
}

/** A real calendar date `YYYY-MM-DD` (no 02-30), as zod's `iso.date()` accepts. */
export const isDate = (value: unknown): value is string => !Number.isNaN(dayOfDate(value));

/** `undefined`, or passing `check`. */
export const optional = (value: unknown, check: (value: unknown) => boolean): boolean =>
  value === undefined || check(value);
