import type { IssuePath } from '../errors/AftersalesError';
import { raise, requireObject, typeName } from '../errors/guards';
import { checkDecimalPlaces } from './decimal';

/**
 * Exact decimals: `units × 10^−places` with BigInt units. A quantity (litres, `187.5`) times a unit
 * cost (`62.00`) is exact at any number of places, and sums never round, so totals are the DMS's
 * to the fen and a KPI's numerator and denominator are exactly its measures. The one rounding is a
 * quotient's, half-even to the precision asked for (`divideExact`).
 *
 * Plain immutable records, no class: cheap enough for a KPI cell's final arithmetic or a
 * stocktake line. Every function checks its arguments and answers bad input with an
 * `AftersalesError`; `places` is an integer from 0 to 1,000,000 (a bound on BigInt sizes, not a
 * business limit).
 */

/**
 * An exact decimal: `units × 10^−places` (`{ units: 1875n, places: 1 }` is 187.5). Values with
 * different places compare and add exactly; `62.00` keeps its two places until formatted.
 *
 * @example
 * const litres: ExactDecimal = { units: 1875n, places: 1 }; // 187.5
 * formatExact(litres); // '187.5'
 */
export interface ExactDecimal {
  readonly units: bigint;
  readonly places: number;
}

const TEN = 10n;
const MAX_PLACES = 1_000_000;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function isExactDecimal(value: unknown): value is ExactDecimal {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { units, places } = value as { units?: unknown; places?: unknown };
  return (
    typeof units === 'bigint' &&
    typeof places === 'number' &&
    Number.isInteger(places) &&
    places >= 0 &&
    places <= MAX_PLACES
  );
}

/** `value` as an exact decimal, or an `input.*` issue naming `path` (or its `units` / `places`). */
function checkExact(value: unknown, path: IssuePath): ExactDecimal {
  if (isExactDecimal(value)) return value;
  const record = requireObject(value, path);
  if (typeof record.units !== 'bigint') {
    raise('input.invalid_type', [...path, 'units'], {
      expected: 'a bigint',
      received: typeName(record.units),
    });
  }
  checkDecimalPlaces(record.places, [...path, 'places'], MAX_PLACES);
  return raise('input.invalid_type', path, { expected: 'an exact decimal', received: 'object' });
}

function checkPlaces(places: number, path: IssuePath): number {
  return checkDecimalPlaces(places, path, MAX_PLACES);
}

/** The units of `a` and `b` at their common (larger) number of places. */
function aligned(a: ExactDecimal, b: ExactDecimal): [bigint, bigint, number] {
  if (a.places === b.places) return [a.units, b.units, a.places];
  if (a.places > b.places) return [a.units, b.units * TEN ** BigInt(a.places - b.places), a.places];
  return [a.units * TEN ** BigInt(b.places - a.places), b.units, b.places];
}

/**
 * An exact decimal from BigInt units and a number of decimal places: `units × 10^−places`.
 *
 * @throws AftersalesError `input.invalid_type` (units not a bigint, places not an integer),
 *   `input.too_small` / `input.too_big` (places outside 0‥1,000,000)
 * @example
 * exactDecimal(1875n, 1); // 187.5
 * exactDecimal(-3n, 2); // -0.03
 */
export function exactDecimal(units: bigint, places: number): ExactDecimal {
  return checkExact({ units, places }, []);
}

/**
 * Reads a plain decimal string (`'-4.5'`, `'62.00'`, the grammar of core's decimal schemas) or a
 * safe integer, keeping every digit it was written with; `undefined` when it is neither (`'1e3'`,
 * `'.5'`, `' 1'`, `0.1`, more than 1,000,000 places).
 *
 * @example
 * parseExact('62.00'); // { units: 6200n, places: 2 }
 * parseExact(-7); // { units: -7n, places: 0 }
 * parseExact('1e3'); // undefined
 */
export function parseExact(value: string | number): ExactDecimal | undefined {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' && Number.isSafeInteger(value)
        ? String(value)
        : undefined;
  if (text === undefined) return undefined;
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const fraction = match[3] ?? '';
  if (fraction.length > MAX_PLACES) return undefined;
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] === '-' ? -units : units, places: fraction.length };
}

/**
 * `a + b`, exact, at the larger number of places.
 *
 * @throws AftersalesError `input.*` when `a` or `b` is not an exact decimal
 * @example
 * formatExact(addExact(parseExact('0.1') as ExactDecimal, parseExact('0.2') as ExactDecimal)); // '0.3'
 */
export function addExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const [x, y, places] = aligned(checkExact(a, ['a']), checkExact(b, ['b']));
  return { units: x + y, places };
}

/**
 * `a − b`, exact, at the larger number of places.
 *
 * @throws AftersalesError `input.*` when `a` or `b` is not an exact decimal
 * @example
 * formatExact(subtractExact(exactDecimal(186n, 0), exactDecimal(1875n, 1))); // '-1.5'
 */
export function subtractExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const [x, y, places] = aligned(checkExact(a, ['a']), checkExact(b, ['b']));
  return { units: x - y, places };
}

/**
 * `a × b`, exact: the places add up (`187.5 × 62.00` has three).
 *
 * @throws AftersalesError `input.*` when `a` or `b` is not an exact decimal; `input.too_big` when
 *   the product would have more than 1,000,000 places
 * @example
 * formatExact(multiplyExact(exactDecimal(1875n, 1), exactDecimal(6200n, 2)), 2); // '11625.00'
 */
export function multiplyExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const x = checkExact(a, ['a']);
  const y = checkExact(b, ['b']);
  return { units: x.units * y.units, places: checkPlaces(x.places + y.places, []) };
}

/**
 * `|a|`: `a` itself when it is not negative.
 *
 * @throws AftersalesError `input.*` when `a` is not an exact decimal
 * @example
 * formatExact(absExact(exactDecimal(-25n, 2))); // '0.25'
 */
export function absExact(a: ExactDecimal): ExactDecimal {
  const x = checkExact(a, ['a']);
  return x.units < 0n ? { units: -x.units, places: x.places } : x;
}

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b`, whatever their places (`0.30` equals `0.3`).
 *
 * @throws AftersalesError `input.*` when `a` or `b` is not an exact decimal
 * @example
 * compareExact(exactDecimal(30n, 2), exactDecimal(3n, 1)); // 0
 * compareExact(exactDecimal(-1n, 0), exactDecimal(0n, 0)); // -1
 */
export function compareExact(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const [x, y] = aligned(checkExact(a, ['a']), checkExact(b, ['b']));
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The sign of `a`: −1, 0 or 1.
 *
 * @throws AftersalesError `input.*` when `a` is not an exact decimal
 * @example
 * signOfExact(exactDecimal(-45n, 1)); // -1
 * signOfExact(exactDecimal(0n, 3)); // 0
 */
export function signOfExact(a: ExactDecimal): -1 | 0 | 1 {
  const { units } = checkExact(a, ['a']);
  return units < 0n ? -1 : units > 0n ? 1 : 0;
}

/**
 * True when `a` is zero, at any number of places.
 *
 * @throws AftersalesError `input.*` when `a` is not an exact decimal
 * @example
 * isZeroExact(exactDecimal(0n, 2)); // true
 * isZeroExact(exactDecimal(1n, 4)); // false
 */
export function isZeroExact(a: ExactDecimal): boolean {
  return checkExact(a, ['a']).units === 0n;
}

/**
 * The decimal string of `a`, trailing zeros dropped down to `minPlaces` places and padded up to
 * them (the currency's minor digits for money: `-93.000` → `'-93.00'`, `7` → `'7.00'`; `0.41625`
 * stays `'0.41625'`). Never `'-0'`.
 *
 * @throws AftersalesError `input.*` when `a` is not an exact decimal or `minPlaces` not an integer
 *   from 0 to 1,000,000
 * @example
 * formatExact(exactDecimal(-93000n, 3), 2); // '-93.00'
 * formatExact(exactDecimal(1250n, 2)); // '12.5'
 * formatExact(exactDecimal(0n, 4)); // '0'
 */
export function formatExact(a: ExactDecimal, minPlaces = 0): string {
  let { units, places } = checkExact(a, ['a']);
  checkPlaces(minPlaces, ['minPlaces']);
  while (places > minPlaces && units % TEN === 0n) {
    units /= TEN;
    places -= 1;
  }
  if (places < minPlaces) {
    units *= TEN ** BigInt(minPlaces - places);
    places = minPlaces;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const text = places === 0 ? whole : `${whole}.${digits.slice(digits.length - places)}`;
  return negative ? `-${text}` : text;
}

/**
 * `a ÷ b` rounded half-even to `precision` places (a tie goes to the even last digit), with
 * exactly `precision` places; `formatExact` drops its trailing zeros.
 *
 * @throws AftersalesError `input.invalid` when `b` is zero; `input.*` when `a` or `b` is not an
 *   exact decimal or `precision` not an integer from 0 to 1,000,000
 * @example
 * formatExact(divideExact(exactDecimal(1n, 0), exactDecimal(3n, 0), 4)); // '0.3333'
 * formatExact(divideExact(exactDecimal(125n, 1), exactDecimal(1n, 0), 0)); // '12' (12.5 → even)
 * formatExact(divideExact(exactDecimal(-63n, 0), exactDecimal(11975n, 0), 6)); // '-0.005261'
 */
export function divideExact(a: ExactDecimal, b: ExactDecimal, precision: number): ExactDecimal {
  const x = checkExact(a, ['a']);
  const y = checkExact(b, ['b']);
  checkPlaces(precision, ['precision']);
  if (y.units === 0n)
    raise('input.invalid', ['b'], { detail: 'cannot divide by zero', detailZh: '除数不能为零' });
  // a/b = (aU / 10^aP) / (bU / 10^bP); scaled by 10^precision: aU × 10^(bP + precision) / (bU × 10^aP).
  let numerator = x.units * TEN ** BigInt(y.places + precision);
  let denominator = y.units * TEN ** BigInt(x.places);
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
  return { units: quotient, places: precision };
}
