/**
 * Exact decimals for bulk sums: a number with up to four decimal places is held as the integer
 * `value × 10⁴`. Sums of such integers are exact (and so merge in any order) while they stay safe
 * integers; accumulators spill to BigInt beyond that.
 */

/** 10⁴: the fixed-point scale of every number and money value the KPI engine reads. */
export const SCALE = 10_000;
/** The number of decimal places {@link SCALE} holds. */
export const SCALE_DIGITS = 4;

// The largest magnitude a single value may have (so that a few thousand of them still add safely).
const MAX_UNITS = 2 ** 53 / 1024;

/**
 * The fixed-point integer of a decimal string (`'12.5'`, `'-0.25'`) or a JS number with at most
 * four decimal places, or `undefined` when it is neither (too many places, not a number, too big).
 */
export function toFixedUnits(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const units = Math.round(value * SCALE);
    // A number like 0.1 is not exactly 1/10 in binary: accept it if it rounds to 4 places.
    if (Math.abs(units - value * SCALE) > 1e-6 * Math.max(1, Math.abs(value * SCALE))) return undefined;
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
      if (places === SCALE_DIGITS) {
        if (code !== 48) return undefined; // a fifth place that is not a zero cannot be held exactly
      } else {
        fraction = fraction * 10 + (code - 48);
        places += 1;
      }
      at += 1;
    }
  }
  while (places < SCALE_DIGITS) {
    fraction *= 10;
    places += 1;
  }
  const units = whole * SCALE + fraction;
  if (units > MAX_UNITS) return undefined;
  return sign === -1 ? (units === 0 ? 0 : -units) : units;
}

/** The decimal string of a fixed-point integer (or BigInt), without trailing zeros. */
export function formatUnits(units: number | bigint): string {
  const big = typeof units === 'bigint' ? units : BigInt(units);
  const negative = big < 0n;
  const magnitude = negative ? -big : big;
  const whole = magnitude / BigInt(SCALE);
  const fraction = (magnitude % BigInt(SCALE)).toString().padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
  const text = fraction === '' ? whole.toString() : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

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
