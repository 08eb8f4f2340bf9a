import { AftersalesError } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';

import { amountOf, checkMoney, type Money } from './Money';

function pick(values: readonly Money[], keep: (order: number) => boolean): Money {
  if (!Array.isArray(values)) {
    throw AftersalesError.of('input.invalid_type', ['values'], {
      expected: 'array',
      received: typeName(values),
    });
  }
  if (values.length === 0)
    throw AftersalesError.of('input.too_small', ['values'], { minimum: 1, inclusive: true });
  let best = checkMoney(values[0], ['values', 0]);
  for (let index = 1; index < values.length; index += 1) {
    const value = checkMoney(values[index], ['values', index]);
    if (value.currency !== best.currency) {
      throw AftersalesError.of('money.currency_mismatch', ['values', index], {
        left: best.currency,
        right: value.currency,
      });
    }
    if (keep(amountOf(value).comparedTo(amountOf(best)))) best = value;
  }
  return best;
}

/**
 * The smallest of a non-empty list of Money in one currency (the first of equal ones).
 *
 * @throws AftersalesError `input.too_small` for an empty list, `money.currency_mismatch`, `input.invalid_type`
 * @example
 * minMoney([money('3'), money('1.5'), money('2')]).toDecimalString(); // '1.50'
 */
export function minMoney(values: readonly Money[]): Money {
  return pick(values, (order) => order < 0);
}

/**
 * The largest of a non-empty list of Money in one currency (the first of equal ones).
 *
 * @throws AftersalesError `input.too_small` for an empty list, `money.currency_mismatch`, `input.invalid_type`
 * @example
 * maxMoney([money('3'), money('1.5'), money('2')]).toDecimalString(); // '3.00'
 */
export function maxMoney(values: readonly Money[]): Money {
  return pick(values, (order) => order > 0);
}
