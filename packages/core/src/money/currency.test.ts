import { describe, expect, it } from 'vitest';
import { currencyMinorDigits, isCurrencyCode } from './currency';

describe('currencyMinorDigits', () => {
  it('returns 2 for CNY (fen), 0 for JPY, 3 for KWD and BHD (fils)', () => {
    expect(currencyMinorDigits('CNY')).toBe(2);
    expect(currencyMinorDigits('USD')).toBe(2);
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3);
    expect(currencyMinorDigits('BHD')).toBe(3);
  });

  it('throws money.invalid_currency for an unknown code', () => {
    expect(() => currencyMinorDigits('XYZ')).toThrow(
      expect.objectContaining({ code: 'money.invalid_currency' }),
    );
  });
});

describe('isCurrencyCode', () => {
  it('returns true only for upper-case codes the runtime knows', () => {
    expect(['CNY', 'HKD', 'EUR'].map(isCurrencyCode)).toEqual([true, true, true]);
    expect(['cny', 'RMB', 'CN', '', null, 156].map(isCurrencyCode)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
