import type Decimal from 'decimal.js';
import { AftersalesError, type AftersalesIssue, createIssue } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';
import { attempt, type Result } from '../errors/Result';
import { checkCurrency } from './currency';
import { toMoneyDecimal } from './decimal';
import { type Money, moneyOf } from './Money';

function collect<T>(issues: AftersalesIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof AftersalesError) issues.push(...error.issues);
    else throw error;
    return undefined;
  }
}

/**
 * Reads the JSON form written by `Money.toJSON()`: `{ amount: '1280.50', currency: 'CNY' }`.
 *
 * Both fields are required and `amount` must be a decimal **string** (a JSON number would
 * already have passed through a binary float). Other fields are ignored. Every problem is
 * reported, not only the first: a bad amount and a bad currency give two issues.
 *
 * @param input - parsed JSON of unknown shape
 * @returns the Money it describes
 * @throws AftersalesError `input.invalid_type` (not an object, amount not a string),
 *   `input.required`, `money.invalid_amount`, `money.invalid_currency`
 * @example
 * moneyFromJSON({ amount: '1280.50', currency: 'CNY' }).toDecimalString(); // '1280.50'
 * moneyFromJSON(JSON.parse(JSON.stringify(money('3', 'USD')))); // round trip
 */
export function moneyFromJSON(input: unknown): Money {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw AftersalesError.of('input.invalid_type', [], { expected: 'object', received: typeName(input) });
  }
  const { amount, currency } = input as { readonly amount?: unknown; readonly currency?: unknown };
  const issues: AftersalesIssue[] = [];
  let value: Decimal | undefined;
  if (amount === undefined) issues.push(createIssue('input.required', ['amount']));
  else if (typeof amount !== 'string') {
    issues.push(
      createIssue('input.invalid_type', ['amount'], {
        expected: 'decimal string',
        received: typeName(amount),
      }),
    );
  } else value = collect(issues, () => toMoneyDecimal(amount, ['amount']));
  let digits: number | undefined;
  if (currency === undefined) issues.push(createIssue('input.required', ['currency']));
  else digits = collect(issues, () => checkCurrency(currency, ['currency']));
  if (value === undefined || digits === undefined) throw new AftersalesError(issues);
  return moneyOf(value, currency as string, digits);
}

/**
 * {@link moneyFromJSON} for untrusted input: a result with every issue instead of an exception.
 *
 * @example
 * const result = safeMoneyFromJSON(JSON.parse(body));
 * if (!result.ok) return reply(400, result.issues);
 */
export function safeMoneyFromJSON(input: unknown): Result<Money> {
  return attempt(() => moneyFromJSON(input));
}
