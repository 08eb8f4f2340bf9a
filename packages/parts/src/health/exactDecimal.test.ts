import { describe, expect, it } from 'vitest';
import { addExact, compareExact, formatExact, multiplyExact, parseExact, percentOf } from './exactDecimal';

describe('exactDecimal', () => {
  it('multiplies and adds without rounding', () => {
    // 187.5 × 62.00 = 11,625.000; + 0.25 × 12.35 = 3.0875 → 11,628.0875
    const sum = addExact(
      multiplyExact(parseExact('187.5'), parseExact('62.00')),
      multiplyExact(parseExact('0.25'), parseExact('12.35')),
    );
    expect(formatExact(sum, 2)).toBe('11628.0875');
    // 0.1 + 0.2 is exactly 0.3 here (a float gives 0.30000000000000004)
    expect(compareExact(addExact(parseExact('0.1'), parseExact('0.2')), parseExact('0.3'))).toBe(0);
  });

  it('formats down to the minor digits and no further', () => {
    expect(formatExact(parseExact('-93.000'), 2)).toBe('-93.00');
    expect(formatExact(parseExact('0.050'), 0)).toBe('0.05');
    expect(formatExact(parseExact('-0.25'))).toBe('-0.25');
    expect(formatExact(parseExact('7'), 2)).toBe('7.00');
  });

  it('rounds a percentage half to even', () => {
    // 1 ÷ 8 = 12.5 %: to 0 places the tie goes to the even 12; 3 ÷ 8 = 37.5 % to 38
    expect(percentOf(parseExact('1'), parseExact('8'), 0)).toBe('12');
    expect(percentOf(parseExact('3'), parseExact('8'), 0)).toBe('38');
    // −63 ÷ 11,975 = −0.5260960…% → −0.5261
    expect(percentOf(parseExact('-63.00'), parseExact('11975.00'))).toBe('-0.5261');
  });
});
