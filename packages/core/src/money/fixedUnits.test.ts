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

  it('refuses a JS number with a fifth place at any size, and takes float noise on four places', () => {
    // 450.00001 × 10⁴ = 4 500 000.1: a tenth of a unit off an integer, not float error.
    for (const fifth of [450.00001, 100.00001, 12_000.12345, 879_609_302.22075, -50.00005]) {
      expect(fixedUnitsOf(fifth)).toBeUndefined();
    }
    expect(fixedUnitsOf(0.1 + 0.2)).toBe(3_000); // 0.30000000000000004: float noise on 0.3
    expect(fixedUnitsOf(1.2345)).toBe(12_345);
    expect(fixedUnitsOf(-450.0001)).toBe(-4_500_001);
    expect(fixedUnitsOf(879_609_302.2207)).toBe(2 ** 43 - 1); // four places at the top of the range
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
