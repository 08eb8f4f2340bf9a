import { describe, expect, it } from 'vitest';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from './scaled';

describe('formatScaled', () => {
  it('writes whole multiples without a point, numbers and BigInts alike', () => {
    expect(formatScaled(0, QUANTITY_DIGITS)).toBe('0');
    expect(formatScaled(0n, VALUE_DIGITS)).toBe('0');
    expect(formatScaled(120_000, QUANTITY_DIGITS)).toBe('12'); // 120000 ÷ 10⁴
    expect(formatScaled(-120_000, QUANTITY_DIGITS)).toBe('-12');
    expect(formatScaled(1_200_000_000n, VALUE_DIGITS)).toBe('12'); // ÷ 10⁸
  });

  it('writes the places there are, without trailing zeros, and never in exponent form', () => {
    expect(formatScaled(125_000, QUANTITY_DIGITS)).toBe('12.5');
    expect(formatScaled(5, QUANTITY_DIGITS)).toBe('0.0005');
    // 1 × 10⁻⁸: JavaScript would print 1e-8.
    expect(formatScaled(1, VALUE_DIGITS)).toBe('0.00000001');
    expect(formatScaled(12_345_678_901n, VALUE_DIGITS)).toBe('123.45678901');
    expect(formatScaled(150, 2)).toBe('1.5');
  });

  it('keeps the sign of a negative number or BigInt', () => {
    expect(formatScaled(-125_000, QUANTITY_DIGITS)).toBe('-12.5');
    expect(formatScaled(-5, QUANTITY_DIGITS)).toBe('-0.0005');
    expect(formatScaled(-125_000n, QUANTITY_DIGITS)).toBe('-12.5');
    expect(formatScaled(-1n, VALUE_DIGITS)).toBe('-0.00000001');
  });

  it('is exact past the safe integers: a large number is read as the BigInt it is', () => {
    // 2⁵³ + 2 = 9007199254740994, exactly a double: 900719925474.0994 at four places.
    expect(formatScaled(2 ** 53 + 2, QUANTITY_DIGITS)).toBe('900719925474.0994');
    // 10³⁰⁰ as a double is an integer of 301 digits (BigInt(1e300) writes it out exactly): ÷ 10⁴
    // leaves its first 297 digits whole and its last four as the fraction — not '1e+296'.
    const exact = BigInt(1e300).toString();
    expect(exact).toHaveLength(301);
    const fraction = exact.slice(297).replace(/0+$/, '');
    expect(formatScaled(1e300, QUANTITY_DIGITS)).toBe(
      fraction === '' ? exact.slice(0, 297) : `${exact.slice(0, 297)}.${fraction}`,
    );
  });
});
