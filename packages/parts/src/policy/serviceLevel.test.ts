import { describe, expect, it } from 'vitest';
import { thrown } from '../testing';
import { safetyFactor } from './serviceLevel';

// The standard normal CDF by a second method: Φ(z) = ½·erfc(−z/√2), erfc by its continued
// fraction / series (W. J. Cody's rational fits are what tables are printed from; here the
// Taylor series of erf, which converges fast for |z| ≤ 4).
function phi(z: number): number {
  const x = z / Math.SQRT2;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n += 1) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * sum);
}

describe('safetyFactor', () => {
  it('gives the z values printed in every normal table', () => {
    // Tables: z(0.90) = 1.2816, z(0.95) = 1.6449, z(0.975) = 1.9600, z(0.98) = 2.0537, z(0.99) = 2.3263.
    expect(safetyFactor(0.9)).toBeCloseTo(1.2816, 4);
    expect(safetyFactor(0.95)).toBeCloseTo(1.6449, 4);
    expect(safetyFactor(0.975)).toBeCloseTo(1.96, 4);
    expect(safetyFactor(0.98)).toBeCloseTo(2.0537, 4);
    expect(safetyFactor(0.99)).toBeCloseTo(2.3263, 4);
    expect(safetyFactor(0.5)).toBe(0);
  });

  it('inverts the normal CDF computed by a series, in the tails too', () => {
    for (const level of [0.5001, 0.6, 0.75, 0.9, 0.97, 0.98, 0.99, 0.995, 0.999, 0.9999]) {
      expect(phi(safetyFactor(level))).toBeCloseTo(level, 8);
    }
  });

  it('refuses a level of 0, 1 or beyond, and anything but a finite number, with a coded error', () => {
    // Φ⁻¹(0) = −∞ and Φ⁻¹(1) = +∞; beyond them the formula gave NaN, which would have flowed into
    // every safety stock it multiplies. Both sides of each bound:
    expect(safetyFactor(0.0001)).toBeCloseTo(-3.719, 3); // just above 0: finite
    expect(thrown(() => safetyFactor(0))).toEqual({ code: 'input.too_small', path: ['level'] });
    expect(thrown(() => safetyFactor(-0.5))).toEqual({ code: 'input.too_small', path: ['level'] });
    expect(safetyFactor(0.9999)).toBeCloseTo(3.719, 3); // just below 1: finite
    expect(thrown(() => safetyFactor(1))).toEqual({ code: 'input.too_big', path: ['level'] });
    expect(thrown(() => safetyFactor(1.5))).toEqual({ code: 'input.too_big', path: ['level'] });
    for (const level of [Number.NaN, Number.POSITIVE_INFINITY, '0.95', null, Object.create(null)]) {
      expect(thrown(() => safetyFactor(level as number))).toEqual({
        code: 'input.invalid_type',
        path: ['level'],
      });
    }
  });
});
