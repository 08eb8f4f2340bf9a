/**
 * Exact decimals for the stocktake sheet: `units × 10^-scale` with BigInt units. A quantity
 * (litres, `187.5`) times a unit cost (`62.00`) is exact at any number of places, and sums never
 * round, so the sheet's totals are the DMS's to the fen. Only a percentage is rounded, where it is
 * shown; decisions compare exact values.
 */

/** An exact decimal: `units / 10^scale`. */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The zero of any scale. */
export const ZERO: ExactDecimal = { units: 0n, scale: 0 };

/**
 * Reads a decimal string as validated by core's decimal schemas (`'-4.5'`, `'62.00'`); anything
 * else is a programming error here, since every value comes out of a schema.
 */
export function parseExact(text: string): ExactDecimal {
  const match = DECIMAL.exec(text);
  if (!match) throw new TypeError(`not a decimal string: ${text}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

function align(a: ExactDecimal, b: ExactDecimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

/** `a + b`, exact. */
export function addExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

/** `a − b`, exact. */
export function subtractExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

/** `a × b`, exact. */
export function multiplyExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** `|a|`. */
export function absExact(a: ExactDecimal): ExactDecimal {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compareExact(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sign of `a`: −1, 0 or 1. */
export function signOf(a: ExactDecimal): -1 | 0 | 1 {
  return a.units < 0n ? -1 : a.units > 0n ? 1 : 0;
}

/**
 * The decimal string of `a`, with trailing zeros dropped down to `minPlaces` places (the
 * currency's minor digits for money: `-93.000` → `'-93.00'`; `0.41625` stays `'0.41625'`).
 */
export function formatExact(a: ExactDecimal, minPlaces = 0): string {
  let { units, scale } = a;
  while (scale > minPlaces && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  if (scale < minPlaces) {
    units *= 10n ** BigInt(minPlaces - scale);
    scale = minPlaces;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const text = scale === 0 ? whole : `${whole}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * `part ÷ whole × 100`, rounded half-even to `places` places, trailing zeros dropped
 * (`123 ÷ 11,975` → `'1.0271'`). `whole` must not be zero.
 */
export function percentOf(part: ExactDecimal, whole: ExactDecimal, places = 4): string {
  const [p, w] = align(part, whole);
  const negative = p < 0n !== w < 0n && p !== 0n;
  const numerator = (p < 0n ? -p : p) * 100n * 10n ** BigInt(places);
  const denominator = w < 0n ? -w : w;
  let quotient = numerator / denominator;
  const twice = (numerator % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) quotient += 1n;
  return formatExact({ units: negative ? -quotient : quotient, scale: places });
}
