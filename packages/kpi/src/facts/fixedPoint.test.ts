import { describe, expect, it } from 'vitest';
import { divideHalfEven } from './fixedPoint';

describe('divideHalfEven', () => {
  it('rounds a quotient halfway between two integers to the even one', () => {
    // 15 ÷ 10 = 1.5 → 2, 25 ÷ 10 = 2.5 → 2, 35 ÷ 10 = 3.5 → 4, 5 ÷ 10 = 0.5 → 0, −25 ÷ 10 = −2.5 → −2.
    expect([15, 25, 35, 5, -25, -15].map((n) => divideHalfEven(n, 10))).toEqual([2, 2, 4, 0, -2, -2]);
  });

  it('rounds a quotient off the halfway point to the nearer integer', () => {
    // 14 ÷ 10 = 1.4 → 1, 16 ÷ 10 = 1.6 → 2, −16 ÷ 10 = −1.6 → −2.
    expect([14, 16, -16].map((n) => divideHalfEven(n, 10))).toEqual([1, 2, -2]);
  });

  it('takes the sign of a negative denominator into the quotient', () => {
    // 7 ÷ −2 = −3.5 → −4 (even); −7 ÷ −2 = 3.5 → 4; 9 ÷ −4 = −2.25 → −2.
    expect([divideHalfEven(7, -2), divideHalfEven(-7, -2), divideHalfEven(9, -4)]).toEqual([-4, 4, -2]);
  });

  it('is exact at the edge of the safe integers, where the float product is one off', () => {
    // 9 007 199 254 740 991 = 5 × 1 801 439 850 948 198 + 1, so −(2⁵³ − 1) ÷ 5 = −1 801 439 850 948 198.2,
    // nearest integer −1 801 439 850 948 198. (The float floor × 5 is past 2⁵³ and rounds.)
    expect(divideHalfEven(-(2 ** 53 - 1), 5)).toBe(-1_801_439_850_948_198);
    // 2⁵³ − 1 = 7 × 1 286 742 750 677 284 + 3: −(2⁵³ − 1) ÷ 7 = −1 286 742 750 677 284.43 → …284.
    expect(divideHalfEven(-(2 ** 53 - 1), 7)).toBe(-1_286_742_750_677_284);
  });

  it('is exact for negative numerators whose float floor × d would pass 2⁵³', () => {
    // 9 007 199 254 740 991 = 3 × 3 002 399 751 580 330 + 1: ÷ 3 = …330.33 → −3 002 399 751 580 330.
    expect(divideHalfEven(-9_007_199_254_740_991, 3)).toBe(-3_002_399_751_580_330);
    // 9 007 199 254 740 990 = 11 × 818 836 295 885 544 + 6: ÷ 11 = …544.55 → −818 836 295 885 545.
    expect(divideHalfEven(-9_007_199_254_740_990, 11)).toBe(-818_836_295_885_545);
    expect(divideHalfEven(9_007_199_254_740_990, -11)).toBe(-818_836_295_885_545);
    // A quotient that rounds to zero is 0, never −0.
    expect(Object.is(divideHalfEven(-1, 3), 0)).toBe(true);
  });
});
