import type Decimal from 'decimal.js';
import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';
import { type CurrencyCode, checkCurrency } from './currency';
import {
  assertSafeInteger,
  checkDecimalPlaces,
  type DecimalInput,
  MoneyDecimal,
  toMoneyDecimal,
} from './decimal';
import { checkRounding, type RoundingMode } from './rounding';

/**
 * The JSON form of {@link Money}: the amount as a plain decimal string, never a JS number.
 *
 * @example
 * const json: MoneyJSON = { amount: '1280.50', currency: 'CNY' };
 */
export interface MoneyJSON {
  readonly amount: string;
  readonly currency: CurrencyCode;
}

/**
 * Marks Money across copies of this package. A DMS that loads the CommonJS build and a plugin
 * that loads the ESM build hold two `Money` classes; `instanceof` fails across them, so Money from
 * the other copy is recognised by this registry-wide symbol and read back through its JSON form.
 */
const BRAND = Symbol.for('@aftersales/core/Money');

// Filled in by Money's static block: the only way to reach its private constructor and amount,
// so the sibling modules of this folder can build and read Money without re-validating it.
let construct: (amount: Decimal, currency: CurrencyCode, digits: number) => Money;
let read: (value: Money) => Decimal;

/**
 * An amount of money in one currency: an immutable decimal value. Arithmetic is exact (50
 * significant digits, no binary floats) and never rounds; rounding happens only in
 * {@link Money.round}, {@link Money.toMinorUnits} and formatting, with a mode the caller names.
 *
 * Make one with {@link money}, {@link Money.fromMinor} or {@link Money.zero}. Combining two
 * currencies throws `money.currency_mismatch`.
 *
 * @example
 * const labour = money('1280.50');            // CNY by default
 * const parts = money('345.20');
 * labour.add(parts).toDecimalString();        // '1625.70'
 * labour.multiply('0.13').round('half-up');   // VAT at 13 %: ¥166.47 (166.465 rounded half up)
 */
export class Money {
  /** The ISO 4217 code, e.g. `'CNY'`. */
  readonly currency: CurrencyCode;
  /** Decimals of the currency's minor unit: 2 for CNY (fen), 0 for JPY, 3 for KWD. */
  readonly minorDigits: number;
  readonly #amount: Decimal;

  static {
    construct = (amount, currency, digits) => new Money(amount, currency, digits);
    read = (value) => value.#amount;
  }

  /** Always true: see {@link isMoney}. */
  get [BRAND](): true {
    return true;
  }

  private constructor(amount: Decimal, currency: CurrencyCode, digits: number) {
    // One zero only: a signed zero would print as '-0.00' and make equal JSON documents differ.
    this.#amount = amount.isZero() && amount.isNegative() ? new MoneyDecimal(0) : amount;
    this.currency = currency;
    this.minorDigits = digits;
    Object.freeze(this);
  }

  /**
   * Money from a count of minor units (fen for CNY): the natural form of integer columns in a DMS.
   *
   * @param units - a bigint, or a JS number that is a safe integer
   * @param currency - ISO 4217 code, `'CNY'` by default
   * @throws AftersalesError `money.float` / `money.unsafe_integer` for other numbers,
   *   `input.invalid_type` for non-numbers, `money.invalid_currency`
   * @example
   * Money.fromMinor(128050).toDecimalString();      // '1280.50'
   * Money.fromMinor(1500n, 'JPY').toDecimalString(); // '1500'
   */
  static fromMinor(units: bigint | number, currency: CurrencyCode = 'CNY'): Money {
    let text: string;
    if (typeof units === 'bigint') text = units.toString();
    else if (typeof units === 'number') {
      assertSafeInteger(units, ['units']);
      text = String(units);
    } else {
      const received = typeName(units);
      throw AftersalesError.of('input.invalid_type', ['units'], {
        expected: 'a bigint or safe integer',
        received,
      });
    }
    const digits = checkCurrency(currency, ['currency']);
    return construct(new MoneyDecimal(`${text}e-${digits}`), currency, digits);
  }

  /**
   * Zero in `currency`: the start of a sum.
   *
   * @throws AftersalesError `money.invalid_currency`
   * @example
   * Money.zero('USD').toDecimalString(); // '0.00'
   */
  static zero(currency: CurrencyCode = 'CNY'): Money {
    return construct(new MoneyDecimal(0), currency, checkCurrency(currency, ['currency']));
  }

  /** Checks `other` is Money of this currency; the error names the argument. */
  #same(value: unknown, name: string): Money {
    const other = checkMoney(value, [name]);
    if (other.currency !== this.currency) {
      throw AftersalesError.of('money.currency_mismatch', [name], {
        left: this.currency,
        right: other.currency,
      });
    }
    return other;
  }

  #with(amount: Decimal): Money {
    return construct(amount, this.currency, this.minorDigits);
  }

  /**
   * The exact sum.
   *
   * @throws AftersalesError `money.currency_mismatch`, `input.invalid_type` when `other` is not Money
   * @example
   * money('0.10').add(money('0.20')).equals(money('0.30')); // true (no 0.30000000000000004)
   */
  add(other: Money): Money {
    return this.#with(this.#amount.plus(this.#same(other, 'other').#amount));
  }

  /**
   * The exact difference.
   *
   * @throws AftersalesError `money.currency_mismatch`, `input.invalid_type`
   * @example
   * money('100').subtract(money('0.01')).toDecimalString(); // '99.99'
   */
  subtract(other: Money): Money {
    return this.#with(this.#amount.minus(this.#same(other, 'other').#amount));
  }

  /**
   * The exact product with a decimal factor (a rate, a quantity, a discount). Not rounded: call
   * {@link Money.round} where the document you produce says how.
   *
   * @param factor - a decimal string, bigint, Decimal or safe-integer number; never a float
   * @throws AftersalesError `money.float` for `0.13`-style numbers, `money.invalid_amount`
   * @example
   * money('99.90').multiply('0.85').toDecimalString(); // '84.915'
   */
  multiply(factor: DecimalInput): Money {
    return this.#with(this.#amount.times(toMoneyDecimal(factor, ['factor'])));
  }

  /** @example money('5').negate().toDecimalString(); // '-5.00' */
  negate(): Money {
    return this.#with(this.#amount.negated());
  }

  /** @example money('-5').abs().toDecimalString(); // '5.00' */
  abs(): Money {
    return this.#with(this.#amount.abs());
  }

  /** @example money('0.00').isZero(); // true */
  isZero(): boolean {
    return this.#amount.isZero();
  }

  /** Strictly above zero. @example money('0').isPositive(); // false */
  isPositive(): boolean {
    return this.#amount.isPositive() && !this.#amount.isZero();
  }

  /** Strictly below zero. @example money('-0.01').isNegative(); // true */
  isNegative(): boolean {
    return this.#amount.isNegative() && !this.#amount.isZero();
  }

  /**
   * -1, 0 or 1 as this is less than, equal to or greater than `other`; a comparator for `sort`.
   *
   * @throws AftersalesError `money.currency_mismatch`, `input.invalid_type`
   * @example
   * [money('3'), money('1')].sort((a, b) => a.compare(b)); // ¥1, ¥3
   */
  compare(other: Money): -1 | 0 | 1 {
    const order = this.#amount.comparedTo(this.#same(other, 'other').#amount);
    return order < 0 ? -1 : order > 0 ? 1 : 0;
  }

  /**
   * Same currency and same value; the scale does not count (`'1.5'` equals `'1.50'`). Money of
   * another currency is simply not equal (no error).
   *
   * @throws AftersalesError `input.invalid_type` when `other` is not Money
   * @example
   * money('1.5').equals(money('1.50')); // true
   * money('1', 'CNY').equals(money('1', 'USD')); // false
   */
  equals(value: Money): boolean {
    const other = checkMoney(value, ['other']);
    return other.currency === this.currency && this.#amount.equals(other.#amount);
  }

  /** @example money('1').lessThan(money('2')); // true */
  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  /** @example money('2').lessThanOrEqual(money('2')); // true */
  lessThanOrEqual(other: Money): boolean {
    return this.compare(other) <= 0;
  }

  /** @example money('2').greaterThan(money('1')); // true */
  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  /** @example money('2').greaterThanOrEqual(money('3')); // false */
  greaterThanOrEqual(other: Money): boolean {
    return this.compare(other) >= 0;
  }

  /**
   * Rounds to `decimals` places (the currency's minor unit by default) with a named mode.
   *
   * @param mode - see {@link RoundingMode}; `'half-up'` is 四舍五入 as on Chinese invoices
   * @param decimals - an integer 0‥50; default {@link Money.minorDigits}
   * @throws AftersalesError `money.invalid_rounding`, `input.invalid_type` / `input.too_small` / `input.too_big`
   * @example
   * money('2.345').round('half-up').toDecimalString();   // '2.35'
   * money('2.345').round('half-even').toDecimalString(); // '2.34'
   * money('1234.5').round('half-up', 0).toDecimalString(); // '1235.00'
   */
  round(mode: RoundingMode, decimals: number = this.minorDigits): Money {
    const rounding = checkRounding(mode, ['mode']);
    return this.#with(this.#amount.toDecimalPlaces(checkDecimalPlaces(decimals, ['decimals']), rounding));
  }

  /**
   * The amount in plain notation (never an exponent), with at least the currency's decimals and
   * more only when the value has them.
   *
   * @example
   * money('1280.5').toDecimalString();    // '1280.50'
   * money('0.125').toDecimalString();     // '0.125'
   * money('1500', 'JPY').toDecimalString(); // '1500'
   */
  toDecimalString(): string {
    return this.#amount.toFixed(Math.max(this.#amount.decimalPlaces(), this.minorDigits));
  }

  /**
   * The amount in minor units (fen) as a bigint.
   *
   * @param mode - how to round a value finer than a minor unit; without it such a value throws
   * @throws AftersalesError `money.not_minor_units` (finer than a fen, no mode), `money.invalid_rounding`
   * @example
   * money('1280.50').toMinorUnits();            // 128050n
   * money('0.125').toMinorUnits('half-even');   // 12n
   */
  toMinorUnits(mode?: RoundingMode): bigint {
    const rounding = mode === undefined ? undefined : checkRounding(mode, ['mode']);
    const digits = this.minorDigits;
    if (rounding === undefined && this.#amount.decimalPlaces() > digits) {
      throw AftersalesError.of('money.not_minor_units', [], { value: this.toString() });
    }
    // Through the string, not a multiplication: toFixed is exact whatever the number of digits.
    const rounded = rounding === undefined ? this.#amount : this.#amount.toDecimalPlaces(digits, rounding);
    return BigInt(rounded.toFixed(digits).replace('.', ''));
  }

  /**
   * A copy of the amount as a decimal.js value, for computations Money does not offer.
   *
   * @example
   * money('12.5').toDecimal().toFixed(3); // '12.500'
   */
  toDecimal(): Decimal {
    return new MoneyDecimal(this.#amount);
  }

  /** `JSON.stringify` uses this. @example JSON.stringify(money('1.5')); // '{"amount":"1.50","currency":"CNY"}' */
  toJSON(): MoneyJSON {
    return { amount: this.toDecimalString(), currency: this.currency };
  }

  /** For logs, not for users (see formatMoney). @example String(money('1.5')); // '1.50 CNY' */
  toString(): string {
    return `${this.toDecimalString()} ${this.currency}`;
  }
}

/** Checks that `value` is Money, or throws `input.invalid_type` naming `path`. For sibling modules. */
export function checkMoney(value: unknown, path: IssuePath): Money {
  if (value instanceof Money) return value;
  if (isBranded(value)) return adopt(value, path);
  throw AftersalesError.of('input.invalid_type', path, { expected: 'Money', received: typeName(value) });
}

/** Money from an already-checked decimal and currency. For sibling modules only. */
export function moneyOf(amount: Decimal, currency: CurrencyCode, digits: number): Money {
  return construct(amount, currency, digits);
}

/** The decimal inside Money, shared, not copied. For sibling modules only: never expose it. */
export function amountOf(value: Money): Decimal {
  return read(value);
}

/** True for Money from this or another copy of the package. */
export function isBranded(value: unknown): boolean {
  return (
    value instanceof Money ||
    (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true)
  );
}

/** Money from another copy of the package, re-read and re-checked through its JSON form. */
function adopt(value: unknown, path: IssuePath): Money {
  let json: Partial<MoneyJSON> | undefined;
  try {
    json = (value as { toJSON(): Partial<MoneyJSON> }).toJSON();
  } catch {
    json = undefined;
  }
  if (typeof json?.amount !== 'string' || typeof json.currency !== 'string') {
    throw AftersalesError.of('input.invalid_type', path, { expected: 'Money', received: 'object' });
  }
  const digits = checkCurrency(json.currency, [...path, 'currency']);
  return construct(toMoneyDecimal(json.amount, [...path, 'amount']), json.currency, digits);
}
