import { AftersalesError } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';
import { type CurrencyCode, checkCurrency } from './currency';
import { MoneyDecimal } from './decimal';
import { amountOf, checkMoney, type Money, moneyOf } from './Money';

/**
 * The exact sum of many Money values, over decimal.js: the right tool for a repair order's lines
 * or an invoice. For millions of lines (KPI work) use the integer path,
 * `createMinorUnitSum` / `sumMinorUnits`, which gives the same total many times faster.
 *
 * @param values - Money of one currency
 * @param currency - the expected currency; required when `values` may be empty
 * @returns the sum; zero of `currency` for an empty list
 * @throws AftersalesError `money.currency_mismatch` naming the first odd value (`['values', i]`),
 *   `input.required` (`['currency']`) for an empty list without a currency, `input.invalid_type`
 * @example
 * sumMoney([money('0.10'), money('0.20')]).toDecimalString(); // '0.30'
 * sumMoney([], 'CNY').toDecimalString();                      // '0.00'
 */
export function sumMoney(values: readonly Money[], currency?: CurrencyCode): Money {
  if (!Array.isArray(values)) {
    throw AftersalesError.of('input.invalid_type', ['values'], {
      expected: 'array',
      received: typeName(values),
    });
  }
  let code: CurrencyCode | undefined;
  let digits = 0;
  if (currency !== undefined) {
    digits = checkCurrency(currency, ['currency']);
    code = currency;
  }
  let total = new MoneyDecimal(0);
  for (let index = 0; index < values.length; index += 1) {
    const value = checkMoney(values[index], ['values', index]);
    if (code === undefined) {
      code = value.currency;
      digits = value.minorDigits;
    } else if (value.currency !== code) {
      throw AftersalesError.of('money.currency_mismatch', ['values', index], {
        left: code,
        right: value.currency,
      });
    }
    total = total.plus(amountOf(value));
  }
  if (code === undefined) throw AftersalesError.of('input.required', ['currency']);
  return moneyOf(total, code, digits);
}
