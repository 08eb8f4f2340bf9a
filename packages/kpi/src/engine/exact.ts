/**
 * Exact decimals for a cell's final arithmetic: `units × 10^−places`, BigInt units. Measures and
 * formulas are exact; the one rounding is the value's, half-even to the KPI's precision.
 */
export interface Exact {
  readonly units: bigint;
  readonly places: number;
}

const TEN = 10n;

/** An exact decimal from BigInt units and decimal places. */
export const exact = (units: bigint, places: number): Exact => ({ units, places });

function aligned(a: Exact, b: Exact): [bigint, bigint, number] {
  if (a.places === b.places) return [a.units, b.units, a.places];
  if (a.places > b.places) return [a.units, b.units * TEN ** BigInt(a.places - b.places), a.places];
  return [a.units * TEN ** BigInt(b.places - a.places), b.units, b.places];
}

/** `a + b`. */
export function addExact(a: Exact, b: Exact): Exact {
  const [x, y, places] = aligned(a, b);
  return { units: x + y, places };
}

/** `a − b`. */
export function subtractExact(a: Exact, b: Exact): Exact {
  const [x, y, places] = aligned(a, b);
  return { units: x - y, places };
}

/** `a × b`. */
export function multiplyExact(a: Exact, b: Exact): Exact {
  return { units: a.units * b.units, places: a.places + b.places };
}

/** True when the value is zero. */
export const isZero = (a: Exact): boolean => a.units === 0n;

/** The decimal string, without trailing zeros (`'12.5'`, `'-0.03'`, `'0'`). */
export function formatExact(a: Exact): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.places + 1, '0');
  const whole = digits.slice(0, digits.length - a.places);
  const fraction = digits.slice(digits.length - a.places).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** `a ÷ b` rounded half-even to `precision` places, as a decimal string (`b` not zero). */
export function divideExact(a: Exact, b: Exact, precision: number): string {
  // a/b = (aU / 10^aP) / (bU / 10^bP); scaled by 10^precision: aU × 10^(bP + precision) / (bU × 10^aP).
  let numerator = a.units * TEN ** BigInt(b.places + precision);
  let denominator = b.units * TEN ** BigInt(a.places);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  let quotient = numerator / denominator;
  let rest = numerator - quotient * denominator;
  if (rest < 0n) {
    quotient -= 1n;
    rest += denominator;
  }
  const twice = 2n * rest;
  if (twice > denominator || (twice === denominator && quotient % 2n !== 0n)) quotient += 1n;
  return formatExact({ units: quotient, places: precision });
}

/** An exact decimal from a decimal string or safe integer (`undefined` if it is neither). */
export function parseExact(value: string | number): Exact | undefined {
  const text = typeof value === 'number' ? (Number.isSafeInteger(value) ? String(value) : '') : value;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] === '-' ? -units : units, places: fraction.length };
}
