import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AftersalesError } from '../errors/AftersalesError';
import { money } from './createMoney';
import { Money } from './Money';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

describe('Money.fromMinor', () => {
  it('returns the amount in major units when given fen, yen or fils', () => {
    expect(Money.fromMinor(128050).toDecimalString()).toBe('1280.50'); // 128050 fen = ¥1280.50
    expect(Money.fromMinor(-5n).toDecimalString()).toBe('-0.05');
    expect(Money.fromMinor(1500n, 'JPY').toDecimalString()).toBe('1500'); // yen has no minor unit
    expect(Money.fromMinor(1234, 'KWD').toDecimalString()).toBe('1.234'); // 1000 fils = 1 dinar
  });

  it('throws when the units are not an integer', () => {
    expect(() => Money.fromMinor(1.5)).toThrow(coded('money.float', ['units']));
    expect(() => Money.fromMinor('12' as never)).toThrow(coded('input.invalid_type', ['units']));
  });
});

describe('Money.zero', () => {
  it('returns zero in the currency', () => {
    expect(Money.zero('JPY').toString()).toBe('0 JPY');
    expect(Money.zero().isZero()).toBe(true);
  });
});

describe('add / subtract', () => {
  it('returns exact sums where floats drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floats; in decimals it is 0.3.
    expect(money('0.1').add(money('0.2')).equals(money('0.3'))).toBe(true);
    // 1280.50 + 345.20 = 1625.70
    expect(money('1280.50').add(money('345.20')).toDecimalString()).toBe('1625.70');
    // 100 − 0.01 = 99.99
    expect(money('100').subtract(money('0.01')).toDecimalString()).toBe('99.99');
  });

  it('throws money.currency_mismatch naming both currencies', () => {
    try {
      money('1', 'CNY').add(money('1', 'USD'));
      expect.unreachable();
    } catch (error) {
      expect((error as AftersalesError).issues).toEqual([
        {
          code: 'money.currency_mismatch',
          path: ['other'],
          message: { en: 'other cannot combine CNY with USD', zh: 'other 不能将 CNY 与 USD 混合计算' },
          params: { left: 'CNY', right: 'USD' },
        },
      ]);
    }
  });

  it('throws input.invalid_type when the other value is not Money', () => {
    expect(() => money('1').subtract({ amount: '1', currency: 'CNY' } as never)).toThrow(
      coded('input.invalid_type', ['other']),
    );
  });
});

describe('multiply', () => {
  it('returns the exact product without rounding', () => {
    // 99.90 × 0.85 = 84.915 (100 × 0.85 = 85, minus 0.10 × 0.85 = 0.085)
    expect(money('99.90').multiply('0.85').toDecimalString()).toBe('84.915');
    // 1280.50 × 13 % VAT = 166.465
    expect(money('1280.50').multiply(new Decimal('0.13')).toDecimalString()).toBe('166.465');
    expect(money('2.5').multiply(3).toDecimalString()).toBe('7.50');
    expect(money('2.5').multiply(-2n).toDecimalString()).toBe('-5.00');
  });

  it('throws money.float when the factor is a fractional JS number', () => {
    expect(() => money('10').multiply(0.13)).toThrow(coded('money.float', ['factor']));
  });
});

describe('negate / abs / isZero / isPositive / isNegative', () => {
  it('returns the sign facts of the amount', () => {
    expect(money('5').negate().toDecimalString()).toBe('-5.00');
    expect(money('-5').abs().toDecimalString()).toBe('5.00');
    expect(money('0').negate().toDecimalString()).toBe('0.00');
    expect([money('0').isZero(), money('0').isPositive(), money('0').isNegative()]).toEqual([
      true,
      false,
      false,
    ]);
    expect([money('0.01').isPositive(), money('-0.01').isNegative()]).toEqual([true, true]);
  });
});

describe('compare / equals / lessThan / greaterThan', () => {
  it('returns the order of two amounts', () => {
    expect(money('1').compare(money('2'))).toBe(-1);
    expect(money('2.0').compare(money('2'))).toBe(0);
    expect(money('-1').compare(money('-2'))).toBe(1);
    expect(money('1').lessThan(money('1.01'))).toBe(true);
    expect(money('1').lessThanOrEqual(money('1.00'))).toBe(true);
    expect(money('1').greaterThan(money('1'))).toBe(false);
    expect(money('1').greaterThanOrEqual(money('1'))).toBe(true);
  });

  it('returns equality by value and currency, not by scale', () => {
    expect(money('1.5').equals(money('1.50'))).toBe(true);
    expect(money('1', 'CNY').equals(money('1', 'USD'))).toBe(false);
  });

  it('throws money.currency_mismatch when ordering two currencies', () => {
    expect(() => money('1', 'CNY').lessThan(money('1', 'JPY'))).toThrow(
      coded('money.currency_mismatch', ['other']),
    );
  });
});

describe('round', () => {
  it('returns 四舍五入 for half-up and banker’s rounding for half-even', () => {
    // 2.345: the dropped digit is exactly 5. half-up → 2.35; half-even keeps the even 4 → 2.34.
    expect(money('2.345').round('half-up').toDecimalString()).toBe('2.35');
    expect(money('2.345').round('half-even').toDecimalString()).toBe('2.34');
    // 2.355: the kept digit 5 is odd, so half-even goes up to the even 6 → 2.36, like half-up.
    expect(money('2.355').round('half-up').toDecimalString()).toBe('2.36');
    expect(money('2.355').round('half-even').toDecimalString()).toBe('2.36');
    expect(money('2.345').round('half-down').toDecimalString()).toBe('2.34');
    // Ties go away from zero for negatives too: −2.345 → −2.35.
    expect(money('-2.345').round('half-up').toDecimalString()).toBe('-2.35');
  });

  it('returns directed rounding for up, down, ceil and floor', () => {
    expect(money('2.341').round('up').toDecimalString()).toBe('2.35');
    expect(money('-2.341').round('up').toDecimalString()).toBe('-2.35');
    expect(money('2.349').round('down').toDecimalString()).toBe('2.34');
    expect(money('-2.349').round('ceil').toDecimalString()).toBe('-2.34');
    expect(money('-2.341').round('floor').toDecimalString()).toBe('-2.35');
  });

  it('returns the currency’s minor unit by default: none for JPY, three for KWD', () => {
    expect(money('1234.5', 'JPY').round('half-up').toDecimalString()).toBe('1235');
    expect(money('1.2345', 'KWD').round('half-up').toDecimalString()).toBe('1.235');
    expect(money('1234.5').round('half-up', 0).toDecimalString()).toBe('1235.00');
  });

  it('throws when the mode or the decimals are wrong', () => {
    expect(() => money('1').round('HALF_UP' as never)).toThrow(coded('money.invalid_rounding', ['mode']));
    expect(() => money('1').round(undefined as never)).toThrow(coded('money.invalid_rounding', ['mode']));
    expect(() => money('1').round('up', -1)).toThrow(coded('input.too_small', ['decimals']));
    expect(() => money('1').round('up', 1.5)).toThrow(coded('input.invalid_type', ['decimals']));
  });
});

describe('toDecimalString', () => {
  it('returns plain notation for tiny and huge values', () => {
    expect(money('0.00000000000000000001').toDecimalString()).toBe('0.00000000000000000001');
    expect(money('123456789012345678901234567890').toDecimalString()).toBe(
      '123456789012345678901234567890.00',
    );
    expect(money('-0.0000001').toDecimalString()).toBe('-0.0000001');
  });
});

describe('toMinorUnits', () => {
  it('returns fen as a bigint when the amount is whole in fen', () => {
    expect(money('1280.50').toMinorUnits()).toBe(128050n);
    expect(money('-0.05').toMinorUnits()).toBe(-5n);
    expect(money('7', 'JPY').toMinorUnits()).toBe(7n);
    expect(money('12345678901234567890.12').toMinorUnits()).toBe(1234567890123456789012n);
  });

  it('returns rounded fen when a mode is given', () => {
    // 0.125 yuan = 12.5 fen: half-even → 12, half-up → 13, −12.5 half-up → −13.
    expect(money('0.125').toMinorUnits('half-even')).toBe(12n);
    expect(money('0.125').toMinorUnits('half-up')).toBe(13n);
    expect(money('-0.125').toMinorUnits('half-up')).toBe(-13n);
  });

  it('throws money.not_minor_units when the amount is finer than a fen and no mode is given', () => {
    expect(() => money('0.125').toMinorUnits()).toThrow(coded('money.not_minor_units', []));
  });
});

describe('toJSON / toString', () => {
  it('returns the amount as a string, never a number', () => {
    expect(JSON.stringify({ total: money('1280.5') })).toBe(
      '{"total":{"amount":"1280.50","currency":"CNY"}}',
    );
    expect(String(money('3', 'KWD'))).toBe('3.000 KWD');
  });
});

describe('Money and the global Decimal', () => {
  const saved = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg };
  afterEach(() => {
    Decimal.set(saved);
  });

  it('returns exact results when the host has set the global Decimal to 3 digits, rounding down', () => {
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN, toExpNeg: -1 });
    // 1000 + 1.2345 = 1001.2345 needs 8 digits; 3-digit rounding down would give 1000.
    expect(money('1000').add(money('1.2345')).toDecimalString()).toBe('1001.2345');
    expect(money('0.001').toDecimalString()).toBe('0.001');
  });

  it('leaves the global Decimal as it found it', () => {
    money('1').multiply('3').round('half-even');
    expect({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg }).toEqual(
      saved,
    );
  });

  it('returns frozen values', () => {
    const value = money('1');
    expect(Object.isFrozen(value)).toBe(true);
  });
});
