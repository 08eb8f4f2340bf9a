/**
 * Exact arithmetic on decimal strings (`'2.4'`, `'-0.01'`, `'95'`) with BigInt, for comparing a
 * KPI value with its target and taking the gap. Never a JS float: `0.1 + 0.2` must not decide
 * whether a dealer met a target.
 */

/** A decimal as an integer and a number of decimal places: `'2.40'` is `{ units: 240n, places: 2 }`. */
interface Decimal {
  readonly units: bigint;
  readonly places: number;
}

// Plain decimals only: no exponent, no leading '+', no blanks; at most 30 digits each side.
const DECIMAL = /^-?\d{1,30}(?:\.\d{1,30})?$/;

/** The decimal of a decimal string, or `undefined` when `text` is not one. */
function readDecimal(text: string): Decimal | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const point = text.indexOf('.');
  const places = point === -1 ? 0 : text.length - point - 1;
  return { units: BigInt(point === -1 ? text : text.slice(0, point) + text.slice(point + 1)), places };
}

/**
 * True when `value` is a plain decimal string (`'98'`, `'-0.25'`, `'1.500'`).
 *
 * @example
 * isDecimalText('98.5'); // true
 * isDecimalText('1e3'); // false
 */
export function isDecimalText(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

function decimalOf(text: string): Decimal {
  const decimal = readDecimal(text);
  // Callers check their input with isDecimalText first; this is a programming error.
  if (!decimal) throw new RangeError(`not a decimal string: ${text}`);
  return decimal;
}

function aligned(a: string, b: string): [bigint, bigint, number] {
  const x = decimalOf(a);
  const y = decimalOf(b);
  const places = Math.max(x.places, y.places);
  return [x.units * 10n ** BigInt(places - x.places), y.units * 10n ** BigInt(places - y.places), places];
}

/** The decimal string of `units / 10^places`, without trailing zeros (and never `-0`). */
function formatDecimal(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * −1, 0 or 1 as `a` is less than, equal to or greater than `b`.
 *
 * @example
 * compareDecimals('2.40', '2.4'); // 0
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `a − b`, exact and normalized.
 *
 * @example
 * subtractDecimals('94.99', '95'); // '-0.01'
 */
export function subtractDecimals(a: string, b: string): string {
  const [x, y, places] = aligned(a, b);
  return formatDecimal(x - y, places);
}

/**
 * `|a|`, normalized.
 *
 * @example
 * absDecimal('-0.40'); // '0.4'
 */
export function absDecimal(a: string): string {
  const { units, places } = decimalOf(a);
  return formatDecimal(units < 0n ? -units : units, places);
}

/**
 * `|a| × percent ÷ 100`, exact; `percent` is a whole number.
 *
 * @example
 * percentOfMagnitude('95', 5); // '4.75'
 */
export function percentOfMagnitude(a: string, percent: number): string {
  const { units, places } = decimalOf(a);
  return formatDecimal((units < 0n ? -units : units) * BigInt(percent), places + 2);
}

/**
 * The normalized form of a decimal string: no trailing zeros, never `-0`.
 *
 * @example
 * normalizeDecimal('2.40'); // '2.4'
 */
export function normalizeDecimal(a: string): string {
  const { units, places } = decimalOf(a);
  return formatDecimal(units, places);
}
