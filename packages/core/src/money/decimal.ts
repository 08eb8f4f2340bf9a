import Decimal from 'decimal.js';
import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { describeValue, typeName } from '../errors/guards';

/**
 * The Decimal constructor every Money computation uses: 50 significant digits, ties rounded half
 * up. `defaults: true` matters: without it `clone` copies the settings of the global `Decimal` at
 * import time, so a host that called `Decimal.set({ precision: 5 })` before importing us would
 * silently change our sums. The global constructor is never read nor written after this line.
 *
 * 50 digits means exact results for any amount a dealership will see (10^30 with 20 decimals);
 * beyond that, sums and products round at the 50th significant digit.
 */
export const MoneyDecimal = Decimal.clone({ defaults: true, precision: 50, rounding: Decimal.ROUND_HALF_UP });

/**
 * What Money accepts as an amount or a factor: a plain decimal string (`'1280.50'`, `'-3'`), a
 * bigint, a Decimal, or a JS number that is a safe integer. A fractional JS number is already a
 * binary approximation (0.1 is 0.1000000000000000055…), so it never enters.
 *
 * @example
 * const inputs: DecimalInput[] = ['1280.50', 3n, 42, new Decimal('0.13')];
 */
export type DecimalInput = string | bigint | number | Decimal;

// Plain notation only: '1e5' and '0x10' are legal JS number text but not how an amount is written
// on an invoice, and accepting them would let a typo ('1e5' for '105') pass silently.
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

// A Decimal instance may carry any exponent up to 9e15; printing such a value plainly would need
// petabytes. No amount of money, ratio or factor is outside 10^±1000.
const MAX_EXPONENT = 1000;

/**
 * Rejects every JS number that is not a safe integer, with the code that explains why: a fraction
 * is a float (`money.float`), a huge integer has already lost digits (`money.unsafe_integer`),
 * and NaN or Infinity is no amount at all (`money.invalid_amount`).
 */
export function assertSafeInteger(value: number, path: IssuePath): void {
  if (Number.isSafeInteger(value)) return;
  if (!Number.isFinite(value))
    throw AftersalesError.of('money.invalid_amount', path, { value: String(value) });
  if (Number.isInteger(value))
    throw AftersalesError.of('money.unsafe_integer', path, { value: String(value) });
  throw AftersalesError.of('money.float', path, { value: String(value) });
}

function fromPlain(text: string): Decimal {
  const parsed = new MoneyDecimal(text);
  return parsed.isZero() ? new MoneyDecimal(0) : parsed;
}

function fromDecimalInstance(value: object, path: IssuePath): Decimal {
  try {
    const copy = new MoneyDecimal(value as Decimal);
    if (copy.isFinite() && Math.abs(copy.e) <= MAX_EXPONENT) {
      // Re-read through the plain text: decimal.js trusts the fields of anything tagged as a
      // Decimal, so a look-alike object must not smuggle malformed digits into Money.
      const text = copy.toFixed();
      if (PLAIN_DECIMAL.test(text)) return fromPlain(text);
    }
  } catch {
    // A look-alike object that only pretends to be a Decimal: reported below like any bad amount.
  }
  let shown = 'Decimal';
  try {
    shown = String((value as Decimal).toString());
  } catch {
    // keep the generic name
  }
  throw AftersalesError.of('money.invalid_amount', path, { value: describeValue(shown) });
}

/**
 * Turns a {@link DecimalInput} into a MoneyDecimal, or throws a coded error naming `path`.
 * Surrounding spaces of a string are ignored; `-0` becomes `0` (a signed zero would print `-0.00`).
 */
export function toMoneyDecimal(value: unknown, path: IssuePath): Decimal {
  if (typeof value === 'string') {
    const text = value.trim();
    if (PLAIN_DECIMAL.test(text)) return fromPlain(text);
    throw AftersalesError.of('money.invalid_amount', path, { value: describeValue(value) });
  }
  if (typeof value === 'number') {
    assertSafeInteger(value, path);
    return new MoneyDecimal(value === 0 ? 0 : value);
  }
  if (typeof value === 'bigint') return new MoneyDecimal(value.toString());
  if (typeof value === 'object' && value !== null && MoneyDecimal.isDecimal(value)) {
    return fromDecimalInstance(value, path);
  }
  throw AftersalesError.of('money.invalid_amount', path, { value: describeValue(value) });
}

/** The most decimals a caller may round, format or allocate to: the working precision. */
const MAX_DECIMALS = 50;

/** Checks a count of decimal places (an integer 0‥`max`) or throws an `input.*` issue naming `path`. */
export function checkDecimalPlaces(value: unknown, path: IssuePath, max = MAX_DECIMALS): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw AftersalesError.of('input.invalid_type', path, {
      expected: 'an integer',
      received: typeName(value),
    });
  }
  if (value < 0) throw AftersalesError.of('input.too_small', path, { minimum: 0, inclusive: true });
  if (value > max) throw AftersalesError.of('input.too_big', path, { maximum: max, inclusive: true });
  return value;
}
