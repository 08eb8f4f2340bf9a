import { AftersalesError } from '../errors/AftersalesError';
import { describeValue, typeName } from '../errors/guards';
import { type CurrencyCode, checkCurrency } from './currency';

import { checkRounding, type RoundingMode } from './rounding';

// Same grammar as `money()`: plain decimal, optional minus, spaces around ignored.
const AMOUNT = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;
const NON_ZERO = /[1-9]/;

/** Whether dropping `dropped` (not all zeros) moves the kept magnitude one unit away from zero. */
function roundsAway(mode: RoundingMode, negative: boolean, dropped: string, lastKept: string): boolean {
  const first = dropped.charAt(0);
  const tie = first === '5' && !NON_ZERO.test(dropped.slice(1));
  const aboveHalf = first > '5' || (first === '5' && !tie);
  switch (mode) {
    case 'up':
      return true;
    case 'down':
      return false;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    case 'half-up':
      return aboveHalf || tie;
    case 'half-down':
      return aboveHalf;
    case 'half-even':
      return aboveHalf || (tie && Number(lastKept) % 2 === 1);
  }
}

/**
 * Turns a decimal string amount into integer minor units (fen for CNY), by string manipulation
 * only: no Decimal object, no float. This is how a file or DMS export of amounts enters the bulk
 * path (`createMinorUnitSum`, `sumMinorUnits`).
 *
 * An amount finer than the minor unit (`'12.345'` in CNY) is refused unless a rounding mode is
 * given. The result is a JS number, so it must be a safe integer (|units| ≤ 2^53 − 1, i.e. up to
 * ¥90 trillion in fen); beyond that use `money(amount).toMinorUnits()`, which returns a bigint.
 *
 * @param amount - a plain decimal string, e.g. `'12.34'`, `'-0.5'`
 * @param currency - ISO 4217 code, `'CNY'` by default
 * @param rounding - how to round extra decimals; without it they throw
 * @returns the amount in minor units, a safe integer
 * @throws AftersalesError `money.invalid_amount`, `money.not_minor_units`, `money.unsafe_integer`,
 *   `money.float` (a fractional JS number), `input.invalid_type`, `money.invalid_currency`,
 *   `money.invalid_rounding`
 * @example
 * minorUnitsOf('12.34', 'CNY');              // 1234
 * minorUnitsOf('12.5', 'CNY');               // 1250
 * minorUnitsOf('1500', 'JPY');               // 1500
 * minorUnitsOf('2.345', 'CNY', 'half-even'); // 234
 */
export function minorUnitsOf(
  amount: string,
  currency: CurrencyCode = 'CNY',
  rounding?: RoundingMode,
): number {
  if (typeof amount !== 'string') {
    if (typeof amount === 'number' && Number.isFinite(amount) && !Number.isInteger(amount)) {
      throw AftersalesError.of('money.float', ['amount'], { value: String(amount) });
    }
    const received = typeName(amount);
    throw AftersalesError.of('input.invalid_type', ['amount'], { expected: 'decimal string', received });
  }
  const digits = checkCurrency(currency, ['currency']);
  if (rounding !== undefined) checkRounding(rounding, ['rounding']);
  const match = AMOUNT.exec(amount);
  if (match === null)
    throw AftersalesError.of('money.invalid_amount', ['amount'], { value: describeValue(amount) });
  const negative = match[1] === '-';
  const fraction = match[3] ?? '';
  const text = (match[2] ?? '') + fraction.slice(0, digits).padEnd(digits, '0');
  let bump = false;
  const dropped = fraction.slice(digits);
  if (NON_ZERO.test(dropped)) {
    if (rounding === undefined) {
      throw AftersalesError.of('money.not_minor_units', ['amount'], {
        value: `${amount.trim()} ${currency}`,
      });
    }
    bump = roundsAway(rounding, negative, dropped, text.charAt(text.length - 1));
  }
  // Up to 15 digits a decimal string converts to a number exactly (10^15 < 2^53); longer ones
  // go through BigInt so that the range check itself is exact.
  let units = text.length <= 15 ? Number(text) : BigInt(text);
  if (bump) units = typeof units === 'bigint' ? units + 1n : units + 1;
  if (units > Number.MAX_SAFE_INTEGER) {
    throw AftersalesError.of('money.unsafe_integer', ['amount'], { value: describeValue(amount.trim()) });
  }
  const magnitude = Number(units);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}
