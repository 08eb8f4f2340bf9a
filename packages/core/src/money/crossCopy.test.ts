import { describe, expect, it } from 'vitest';
import { isMoney, money } from './createMoney';
import { sumMoney } from './sumMoney';

// What Money from the other build (ESM vs CommonJS) of this package looks like to this one: the
// registry-wide brand symbol and a JSON form, but none of this copy's private fields.
const brand = Symbol.for('@aftersales/core/Money');
const foreign = (amount: string, currency = 'CNY') => ({
  [brand]: true,
  toJSON: () => ({ amount, currency }),
});

describe('Money from another copy of the package', () => {
  it('is recognised and computed with exactly', () => {
    expect(isMoney(foreign('2.20'))).toBe(true);
    // 1.10 + 2.20 = 3.30
    expect(
      money('1.10')
        .add(foreign('2.20') as never)
        .toDecimalString(),
    ).toBe('3.30');
    expect(sumMoney([money('0.01'), foreign('0.02') as never]).toDecimalString()).toBe('0.03');
    expect(money('5').equals(foreign('5.00') as never)).toBe(true);
  });

  it('is still checked: a bad amount or currency gets a coded error', () => {
    expect(() => money('1').add(foreign('1e5') as never)).toThrowError(
      expect.objectContaining({ code: 'money.invalid_amount' }),
    );
    expect(() => money('1').add(foreign('1', 'USD') as never)).toThrowError(
      expect.objectContaining({ code: 'money.currency_mismatch' }),
    );
    const broken = { [brand]: true, toJSON: () => ({}) };
    expect(() => money('1').add(broken as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });

  it('is not confused with plain MoneyJSON', () => {
    expect(isMoney({ amount: '1', currency: 'CNY' })).toBe(false);
  });
});
