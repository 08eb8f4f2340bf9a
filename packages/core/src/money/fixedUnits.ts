import { AftersalesError } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';
/**
 * Exact decimals for bulk work: a quantity or amount with up to four decimal places is held as the
 * integer `value × 10⁴` in a plain number. Sums of such integers are exact, and so merge in any
 * order, while they stay safe integers; the KPI engine and the parts rules spill to BigInt beyond
 * that. This is how millions of DMS rows are summed without a Decimal object per row.
 */

/** 10⁴: the scale of a fixed-unit integer (four decimal places). */
export const FIXED_UNIT_SCALE = 10_000;
const FIXED_DIGITS = 4;

const MAX_UNITS = 2 ** 53 / 1024;

/**
 * The fixed-unit integer (`value × 10⁴`) of a decimal string (`'12.5'`, `'-0.25'`) or a JS number with at most
 * four decimal places, or `undefined` when it is neither (too many places, not a number, beyond 2⁴³ units).
 *
 * @example
 * fixedUnitsOf('12.5'); // 125_000
 * fixedUnitsOf('-0.25'); // -2_500
 * fixedUnitsOf('0.00001'); // undefined: a fifth place cannot be held
 */
export function fixedUnitsOf(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const units = Math.round(value * FIXED_UNIT_SCALE);
    // A number like 0.1 is not exactly 1/10 in binary: accept it when `value × 10⁴` is an integer up
    // to float error (a few units in the last place). A tolerance relative to 10⁻⁶ took 450.00001 as
    // 450.0000: a fifth place dropped without a word.
    const scaled = value * FIXED_UNIT_SCALE;
    if (Math.abs(units - scaled) > Math.abs(scaled) * 2 ** -50) return undefined;
    return Math.abs(units) <= MAX_UNITS ? units : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const length = value.length;
  if (length === 0 || length > 20) return undefined;
  let at = 0;
  let sign = 1;
  if (value.charCodeAt(0) === 45) {
    sign = -1;
    at = 1;
  }
  let whole = 0;
  let digits = 0;
  while (at < length) {
    const code = value.charCodeAt(at);
    if (code < 48 || code > 57) break;
    whole = whole * 10 + (code - 48);
    digits += 1;
    at += 1;
  }
  if (digits === 0) return undefined;
  let fraction = 0;
  let places = 0;
  if (at < length) {
    if (value.charCodeAt(at) !== 46) return undefined;
    at += 1;
    if (at === length) return undefined;
    while (at < length) {
      const code = value.charCodeAt(at);
      if (code < 48 || code > 57) return undefined;
      if (places === FIXED_DIGITS) {
        if (code !== 48) return undefined; // a fifth place that is not a zero cannot be held exactly
      } else {
        fraction = fraction * 10 + (code - 48);
        places += 1;
      }
      at += 1;
    }
  }
  while (places < FIXED_DIGITS) {
    fraction *= 10;
    places += 1;
  }
  const units = whole * FIXED_UNIT_SCALE + fraction;
  if (units > MAX_UNITS) return undefined;
  return sign === -1 ? (units === 0 ? 0 : -units) : units;
}

/**
 * The decimal string of a fixed-unit integer (or BigInt), without trailing zeros.
 *
 * @example
 * formatFixedUnits(125_000); // '12.5'
 * formatFixedUnits(-2_500n); // '-0.25'
 * @throws AftersalesError `input.invalid_type` for anything but a safe integer or a BigInt
 */
export function formatFixedUnits(units: number | bigint): string {
  if (typeof units !== 'bigint' && !Number.isSafeInteger(units)) {
    throw AftersalesError.of('input.invalid_type', ['units'], {
      expected: 'a safe integer or BigInt of fixed units',
      received: typeName(units),
    });
  }
  const big = typeof units === 'bigint' ? units : BigInt(units);
  const negative = big < 0n;
  const magnitude = negative ? -big : big;
  const whole = magnitude / BigInt(FIXED_UNIT_SCALE);
  const fraction = (magnitude % BigInt(FIXED_UNIT_SCALE))
    .toString()
    .padStart(FIXED_DIGITS, '0')
    .replace(/0+$/, '');
  const text = fraction === '' ? whole.toString() : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}
