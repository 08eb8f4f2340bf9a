import { isCurrencyCode } from '@aftersales/core';

/**
 * Internal: quick checks that agree with core's field schemas on the values the cell readers
 * produce (trimmed ids, decimals already in `-?\d+(\.\d+)?` form, non-blank text). Anything they
 * do not recognise is left to zod.
 */

// `idSchema` is /^\S(?:.*\S)?$/: `.` stops at line terminators, so an id may not contain one.
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

const SPACE = /\s/;

export const isId = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  // Printable ASCII at both ends is never whitespace; anything else asks the regular expression.
  const endsOk = first > 32 && first < 127 && last > 32 && last < 127;
  if (!endsOk && (SPACE.test(value[0] as string) || SPACE.test(value[value.length - 1] as string)))
    return false;
  return !LINE_TERMINATOR.test(value);
};

export const isOptionalId = (value: unknown): boolean => value === undefined || isId(value);

/** Text the reader kept (never blank) of at most `max` characters. */
export const isOptionalText = (value: unknown, max: number): boolean =>
  value === undefined || (typeof value === 'string' && value.length <= max && /\S/.test(value));

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const ZERO = /^-?0+(?:\.0+)?$/;

export const isDecimal = (value: unknown): value is string =>
  typeof value === 'string' && DECIMAL.test(value);
export const isNonNegative = (value: unknown): boolean => isDecimal(value) && value.charCodeAt(0) !== 45;
export const isOptionalNonNegative = (value: unknown): boolean => value === undefined || isNonNegative(value);
export const isPositive = (value: unknown): boolean => isNonNegative(value) && !ZERO.test(value as string);

/** -1, 0 or 1 for a decimal string already checked. */
export const signOf = (value: string): number => (ZERO.test(value) ? 0 : value.charCodeAt(0) === 45 ? -1 : 1);

// The runtime's currency list is asked once per code.
const currencies = new Map<string, boolean>();

/** Fills the default `CNY` and says whether the currency is one the runtime knows. */
export function currencyOk(record: Record<string, unknown>): boolean {
  const code = record.currency;
  if (code === undefined) {
    record.currency = 'CNY';
    return true;
  }
  if (typeof code !== 'string') return false;
  let known = currencies.get(code);
  if (known === undefined) {
    known = isCurrencyCode(code);
    if (currencies.size < 1000) currencies.set(code, known);
  }
  return known;
}

/**
 * An instant cell is either written by the reader (always valid) or passed through as typed, which
 * marks the row for zod; so a string here needs no second look.
 */
export const isOptionalInstant = (value: unknown): boolean =>
  value === undefined || typeof value === 'string';
