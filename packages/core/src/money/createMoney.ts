import { attempt, type Result } from '../errors/Result';
import type { CurrencyCode } from './currency';
import { checkCurrency } from './currency';
import { type DecimalInput, toMoneyDecimal } from './decimal';
import { isBranded, type Money, moneyOf } from './Money';

/**
 * Makes Money from an amount and a currency. The one door for amounts: a fractional JS number is
 * refused (`money.float`), because `0.1 + 0.2` has already gone wrong before it arrives.
 *
 * Accepted amounts: a plain decimal string `^-?\d+(\.\d+)?$` (spaces around are ignored; no
 * exponent, no `+`, no thousands separators), a bigint, a Decimal, a safe-integer number.
 *
 * @param amount - e.g. `'1280.50'`, `'-3'`, `42n`, `new Decimal('0.5')`, `42`
 * @param currency - ISO 4217 code, `'CNY'` by default
 * @throws AftersalesError `money.invalid_amount` (`'abc'`, `'1e5'`, NaN, null, objects),
 *   `money.float` (`12.5`), `money.unsafe_integer` (`2 ** 60`), `money.invalid_currency`
 * @example
 * money('1280.50');          // ¥1280.50
 * money(3n, 'USD');          // $3.00
 * money(12.5);               // throws money.float: pass '12.5'
 */
export function money(amount: DecimalInput, currency: CurrencyCode = 'CNY'): Money {
  const value = toMoneyDecimal(amount, ['amount']);
  return moneyOf(value, currency, checkCurrency(currency, ['currency']));
}

/**
 * {@link money} for untrusted input: a result instead of an exception.
 *
 * @example
 * const result = safeMoney(form.amount, 'CNY');
 * if (!result.ok) show(result.issues[0].message.zh);
 */
export function safeMoney(amount: unknown, currency?: unknown): Result<Money> {
  return attempt(() => money(amount as DecimalInput, currency as CurrencyCode));
}

/**
 * True when `value` is a {@link Money}, made by this copy of the package or another one (the ESM
 * and CommonJS builds loaded side by side): every function here accepts both.
 *
 * @example
 * isMoney(money('1')); // true
 * isMoney({ amount: '1', currency: 'CNY' }); // false: that is MoneyJSON, see moneyFromJSON
 */
export function isMoney(value: unknown): value is Money {
  return isBranded(value);
}
