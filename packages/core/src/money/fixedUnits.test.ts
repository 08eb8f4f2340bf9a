import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXED_UNIT_SCALE, fixedUnitsOf, formatFixedUnits } from './fixedUnits';

describe('fixedUnitsOf', () => {
  it('holds up to four places as an integer × 10⁴', () => {
    expect(FIXED_UNIT_SCALE).toBe(10_000);
    expect(fixedUnitsOf('12.5')).toBe(125_000);
    expect(fixedUnitsOf('-0.25')).toBe(-2_500);
    expect(fixedUnitsOf('4.5000')).toBe(45_000);
    expect(fixedUnitsOf('0.00010')).toBe(1); // a trailing zero past the fourth place is harmless
    expect(fixedUnitsOf(0.1)).toBe(1_000);
    expect(fixedUnitsOf('-0')).toBe(0);
  });

  it('refuses what it cannot hold exactly', () => {
    for (const bad of [
      '0.00001',
      '1e3',
      '',
      '-',
      '.5',
      '5.',
      '+1',
      ' 1',
      '1,5',
      'NaN',
      0.00001,
      Number.NaN,
      Infinity,
    ]) {
      expect(fixedUnitsOf(bad)).toBeUndefined();
    }
    expect(fixedUnitsOf('879609302.2208')).toBe(2 ** 43); // the largest quantity held
    expect(fixedUnitsOf('879609302.2209')).toBeUndefined();
    expect(fixedUnitsOf(null)).toBeUndefined();
  });

  it('agrees with decimal.js on any four-place decimal, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 43), max: 2 ** 43 }), (units) => {
        const text = new Decimal(units).div(10_000).toFixed();
        expect(fixedUnitsOf(text)).toBe(units);
        expect(formatFixedUnits(units)).toBe(text);
        expect(formatFixedUnits(BigInt(units))).toBe(text);
      }),
    );
  });
});

describe('formatFixedUnits', () => {
  it('refuses what is not a whole number of units, with a coded error', () => {
    for (const bad of [1.5, Number.NaN, 2 ** 53, '12', null]) {
      expect(() => formatFixedUnits(bad as number)).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ code: 'input.invalid_type', path: ['units'] })],
        }),
      );
    }
  });
});
