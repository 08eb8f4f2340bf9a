import type Decimal from 'decimal.js';
import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { describeValue, typeName } from '../errors/guards';
import { zhTerm } from '../errors/zhTerms';
import {
  assertSafeInteger,
  checkDecimalPlaces,
  type DecimalInput,
  MoneyDecimal,
  toMoneyDecimal,
} from './decimal';
import { amountOf, checkMoney, type Money, moneyOf } from './Money';

/**
 * Options of {@link allocate}.
 *
 * @example
 * const wholeYuan: AllocateOptions = { decimals: 0 };
 */
export interface AllocateOptions {
  /** The unit to allocate in, as decimals: the currency's minor digits by default (fen for CNY). */
  readonly decimals?: number;
}

function invalidRatios(path: IssuePath, reason: string, reasonZh: string): AftersalesError {
  return AftersalesError.of('money.invalid_ratios', path, { reason, reasonZh });
}

function ratioAt(value: unknown, index: number): Decimal {
  const path = ['ratios', index];
  // A fractional ratio such as 0.3 is a float like any other: same code as for amounts.
  if (typeof value === 'number' && Number.isFinite(value)) assertSafeInteger(value, path);
  let ratio: Decimal;
  try {
    ratio = toMoneyDecimal(value, path);
  } catch {
    const shown = describeValue(value);
    throw invalidRatios(path, `'${shown}' is not a decimal`, `“${shown}”不是十进制数`);
  }
  if (ratio.isNegative() && !ratio.isZero()) throw invalidRatios(path, 'a ratio is negative', '比例为负数');
  return ratio;
}

/** Exact integer weights proportional to the ratios: every ratio scaled by the same power of ten. */
function weightsOf(ratios: unknown): bigint[] {
  if (!Array.isArray(ratios)) {
    const received = typeName(ratios);
    // typeName's words (string, object, …) have their Chinese in core's term table; null, undefined
    // and NaN are written as they are, after a space as Latin text is.
    throw invalidRatios(
      ['ratios'],
      `expected a list, received ${received}`,
      `应为列表，实际为${zhTerm(received) ?? ` ${received}`}`,
    );
  }
  if (ratios.length === 0) throw invalidRatios(['ratios'], 'the list is empty', '列表为空');
  const decimals = ratios.map((value: unknown, index) => ratioAt(value, index));
  // A loop, not Math.max(...list): spreading a million ratios overflows the call stack.
  const places = decimals.reduce((most, ratio) => Math.max(most, ratio.decimalPlaces()), 0);
  return decimals.map((ratio) => BigInt(ratio.toFixed(places).replace('.', '')));
}

/**
 * Splits `total` into parts proportional to `ratios` so that the parts add up **exactly** to the
 * total, fen for fen: a ¥100.00 job shared by three technicians is 33.34 + 33.33 + 33.33, never
 * 99.99 nor 100.01.
 *
 * Method (largest remainder, a.k.a. Hamilton): each part first gets its exact share rounded toward
 * zero to a whole minor unit; the minor units left over go one each to the parts with the largest
 * dropped remainders, the earlier part first on a tie. So every part is within one minor unit of
 * its exact share, a zero ratio gets exactly zero, and equal ratios differ by at most one unit.
 * A negative total (a credit note) is split as its absolute value, then negated, so a refund
 * mirrors the charge it reverses.
 *
 * @param total - the Money to split; a whole number of minor units (round it first otherwise)
 * @param ratios - non-negative weights with a positive sum: decimal strings, bigints, Decimals or
 *   safe integers (`['0.6', '0.4']`, `[1, 1, 1]`, `[3n, 2n]`); never fractional JS numbers
 * @param options - the unit to allocate in; see {@link AllocateOptions}
 * @returns one Money per ratio, in order, in the total's currency
 * @throws AftersalesError `money.invalid_ratios` (not a list, empty, not a decimal, negative, zero
 *   sum; path `['ratios', i]`), `money.float`, `money.not_minor_units` (`['total']`),
 *   `input.invalid_type`
 * @example
 * allocate(money('100.00'), [1, 1, 1]).map(String); // ['33.34 CNY', '33.33 CNY', '33.33 CNY']
 * allocate(money('-0.05'), ['0.5', '0.5']).map(String); // ['-0.03 CNY', '-0.02 CNY']
 */
export function allocate(
  total: Money,
  ratios: readonly DecimalInput[],
  options: AllocateOptions = {},
): Money[] {
  const amount = amountOf(checkMoney(total, ['total']));
  if (typeof options !== 'object' || options === null) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const places = checkDecimalPlaces(options.decimals ?? total.minorDigits, ['options', 'decimals']);
  const weights = weightsOf(ratios);
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw invalidRatios(['ratios'], 'the ratios sum to zero', '比例之和为零');
  if (amount.decimalPlaces() > places) {
    throw AftersalesError.of('money.not_minor_units', ['total'], { value: total.toString() });
  }
  const units = BigInt(amount.toFixed(places).replace('.', ''));
  const negative = units < 0n;
  const whole = negative ? -units : units;

  const parts = weights.map((weight) => (whole * weight) / sum);
  const remainders = weights.map((weight) => (whole * weight) % sum);
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  // Largest remainder first, then the earlier part: a stable, documented tie-break.
  const order = remainders
    .map((_, index) => index)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const index of order) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((part) =>
    moneyOf(new MoneyDecimal(`${negative ? -part : part}e-${places}`), total.currency, total.minorDigits),
  );
}
