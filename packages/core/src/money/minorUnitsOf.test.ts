import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitsOf } from './minorUnitsOf';
import { type RoundingMode, roundingModes } from './rounding';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

describe('minorUnitsOf', () => {
  it('returns fen for CNY, yen for JPY and fils for KWD', () => {
    expect(minorUnitsOf('12.34', 'CNY')).toBe(1234);
    expect(minorUnitsOf('12.5')).toBe(1250);
    expect(minorUnitsOf('-0.05')).toBe(-5);
    expect(minorUnitsOf(' 7 ')).toBe(700);
    expect(minorUnitsOf('1500', 'JPY')).toBe(1500);
    expect(minorUnitsOf('1.234', 'KWD')).toBe(1234);
    expect(minorUnitsOf('12.3400')).toBe(1234); // trailing zeros are not extra precision
    expect(minorUnitsOf('-0.00')).toBe(0);
    expect(Object.is(minorUnitsOf('-0.00'), -0)).toBe(false);
  });

  it('returns rounded fen when a mode is given', () => {
    // 2.345 → 234.5 fen: half-up 235, half-even 234 (4 is even), half-down 234.
    expect(minorUnitsOf('2.345', 'CNY', 'half-up')).toBe(235);
    expect(minorUnitsOf('2.345', 'CNY', 'half-even')).toBe(234);
    expect(minorUnitsOf('2.355', 'CNY', 'half-even')).toBe(236);
    expect(minorUnitsOf('2.345', 'CNY', 'half-down')).toBe(234);
    // 2.3451 is above the half: 235 for every "half" mode.
    expect(minorUnitsOf('2.3451', 'CNY', 'half-down')).toBe(235);
    expect(minorUnitsOf('-2.341', 'CNY', 'floor')).toBe(-235);
    expect(minorUnitsOf('-2.349', 'CNY', 'ceil')).toBe(-234);
    expect(minorUnitsOf('0.999', 'CNY', 'up')).toBe(100);
    expect(minorUnitsOf('-0.001', 'CNY', 'down')).toBe(0);
    expect(minorUnitsOf('1234.5', 'JPY', 'half-up')).toBe(1235);
  });

  it('returns up to the largest safe integer', () => {
    expect(minorUnitsOf('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(minorUnitsOf('-90071992547409.91')).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('throws money.unsafe_integer one fen beyond it', () => {
    expect(() => minorUnitsOf('90071992547409.92')).toThrow(coded('money.unsafe_integer', ['amount']));
    expect(() => minorUnitsOf('90071992547409.911', 'CNY', 'up')).toThrow(
      coded('money.unsafe_integer', ['amount']),
    );
  });

  it('throws money.not_minor_units when the amount is finer than the currency and no mode is given', () => {
    expect(() => minorUnitsOf('12.345')).toThrow(coded('money.not_minor_units', ['amount']));
    expect(() => minorUnitsOf('1.5', 'JPY')).toThrow(coded('money.not_minor_units', ['amount']));
  });

  it('throws on inputs that are not decimal strings', () => {
    expect(() => minorUnitsOf('1e3')).toThrow(coded('money.invalid_amount', ['amount']));
    expect(() => minorUnitsOf(12.34 as never)).toThrow(coded('money.float', ['amount']));
    expect(() => minorUnitsOf(1234 as never)).toThrow(coded('input.invalid_type', ['amount']));
    expect(() => minorUnitsOf('1', 'XYZ')).toThrow(coded('money.invalid_currency', ['currency']));
    expect(() => minorUnitsOf('1', 'CNY', 'round' as never)).toThrow(
      coded('money.invalid_rounding', ['rounding']),
    );
  });
});

// A second method: decimal.js rounding to 0 places after shifting by the currency's digits.
const Reference = Decimal.clone({ defaults: true, precision: 100 });
const referenceModes: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

describe('minorUnitsOf (properties)', () => {
  it('returns what decimal.js gives for every mode and currency', () => {
    const amount = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.stringMatching(/^\d{0,6}$/))
      .map(
        ([negative, whole, fraction]) =>
          `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`,
      );
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('CNY', 'JPY', 'KWD'),
        fc.constantFrom(...roundingModes),
        (text, currency, mode) => {
          const digits = { CNY: 2, JPY: 0, KWD: 3 }[currency];
          const expected = new Reference(text)
            .times(new Reference(10).pow(digits))
            .toDecimalPlaces(0, referenceModes[mode]);
          expect(minorUnitsOf(text, currency, mode)).toBe(expected.isZero() ? 0 : expected.toNumber());
        },
      ),
    );
  });
});
