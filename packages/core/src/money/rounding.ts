import Decimal from 'decimal.js';
import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { describeValue } from '../errors/guards';

/**
 * How to round, named and always chosen by the caller; Money never rounds on its own. Examples
 * round to 2 decimals.
 *
 * - `'half-up'`: to the nearest; a tie goes away from zero (2.345 → 2.35, −2.345 → −2.35). This is
 *   四舍五入, what Chinese invoices and 增值税 (VAT) amounts use.
 * - `'half-even'`: to the nearest; a tie goes to the even neighbour (2.345 → 2.34, 2.355 → 2.36).
 *   Banker's rounding: over many ties it adds no upward bias.
 * - `'half-down'`: to the nearest; a tie goes toward zero (2.345 → 2.34).
 * - `'up'`: away from zero (2.341 → 2.35, −2.341 → −2.35).
 * - `'down'`: toward zero, i.e. truncate (2.349 → 2.34, −2.349 → −2.34).
 * - `'ceil'`: toward +∞ (2.341 → 2.35, −2.349 → −2.34).
 * - `'floor'`: toward −∞ (2.349 → 2.34, −2.341 → −2.35).
 *
 * @example
 * const mode: RoundingMode = 'half-up';
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

const decimalModes: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * Every {@link RoundingMode}, for pickers and exhaustive tests.
 *
 * @example
 * roundingModes.includes('half-even'); // true
 */
export const roundingModes: readonly RoundingMode[] = Object.freeze(
  Object.keys(decimalModes) as RoundingMode[],
);

/**
 * True when `value` is one of the {@link RoundingMode} names.
 *
 * @example
 * isRoundingMode('half-up'); // true
 * isRoundingMode('HALF_UP'); // false
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && Object.hasOwn(decimalModes, value);
}

/** Checks a rounding mode and returns decimal.js's constant for it; `money.invalid_rounding` otherwise. */
export function checkRounding(value: unknown, path: IssuePath): Decimal.Rounding {
  if (!isRoundingMode(value))
    throw AftersalesError.of('money.invalid_rounding', path, { rounding: describeValue(value) });
  return decimalModes[value];
}
