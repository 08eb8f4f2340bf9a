import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { AftersalesError } from '../errors/AftersalesError';
import { isMoney, money, safeMoney } from './createMoney';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

describe('money', () => {
  it('returns CNY by default and keeps the decimals it is given', () => {
    const value = money('1280.50');
    expect(value.currency).toBe('CNY');
    expect(value.minorDigits).toBe(2);
    expect(value.toDecimalString()).toBe('1280.50');
  });

  it('returns the same value for a string, a bigint, a safe integer and a Decimal', () => {
    // 42 yuan written four ways.
    for (const amount of ['42', 42n, 42, new Decimal('42')])
      expect(money(amount).toDecimalString()).toBe('42.00');
  });

  it('returns the amount when the string has spaces around it', () => {
    expect(money('  -3.5 ').toDecimalString()).toBe('-3.50');
  });

  it('returns one zero when given a negative zero', () => {
    expect(money('-0.00').toDecimalString()).toBe('0.00');
    expect(money('-0.00').isNegative()).toBe(false);
    expect(money(new Decimal('-0')).toDecimalString()).toBe('0.00');
  });

  it('throws money.float when the amount is a fractional JS number', () => {
    expect(() => money(12.5)).toThrow(coded('money.float', ['amount']));
    expect(() => money(0.1)).toThrow(coded('money.float', ['amount']));
  });

  it('throws money.unsafe_integer when the integer has already lost digits', () => {
    expect(() => money(2 ** 60)).toThrow(coded('money.unsafe_integer', ['amount']));
  });

  it('throws money.invalid_amount when the amount is not a plain decimal', () => {
    for (const amount of ['abc', '1e5', '+5', '.5', '5.', '1,280.50', '', '0x10', 'NaN', '１２']) {
      expect(() => money(amount), amount).toThrow(coded('money.invalid_amount', ['amount']));
    }
    for (const amount of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Decimal(Number.NaN),
      new Decimal('1e2000'),
    ]) {
      expect(() => money(amount)).toThrow(coded('money.invalid_amount', ['amount']));
    }
  });

  it('throws money.invalid_amount when an object only pretends to be a Decimal', () => {
    const fake = { toStringTag: '[object Decimal]', d: 'x', e: 1, s: 1 };
    expect(() => money(fake as never)).toThrow(coded('money.invalid_amount', ['amount']));
  });

  it('throws money.invalid_amount when the amount is not an amount at all', () => {
    for (const amount of [null, undefined, {}, [], true, Symbol('x'), () => 1]) {
      expect(() => money(amount as never)).toThrow(coded('money.invalid_amount', ['amount']));
    }
  });

  it('throws money.invalid_currency when the code is unknown or not upper case', () => {
    for (const currency of ['cny', 'XYZ', 'RMB', '', 156]) {
      expect(() => money('1', currency as never)).toThrow(coded('money.invalid_currency', ['currency']));
    }
  });

  it('says in both languages what to pass instead of a float', () => {
    try {
      money(12.5);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AftersalesError);
      const { messages } = error as AftersalesError;
      // The path comes first, then the catalogue's text.
      expect(messages.en).toBe(
        "amount 12.5 is a non-integer JS number; pass a decimal string (e.g. '12.34') or integer minor units",
      );
      expect(messages.zh).toContain('十进制字符串');
    }
  });
});

describe('safeMoney', () => {
  it('returns the value when the input is good', () => {
    const result = safeMoney('1.5', 'USD');
    expect(result.ok && result.value.toString()).toBe('1.50 USD');
  });

  it('returns the issue when the input is bad', () => {
    const result = safeMoney(1.5);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'money.float', path: ['amount'] })],
    });
  });
});

describe('isMoney', () => {
  it('returns true only for Money', () => {
    expect(isMoney(money('1'))).toBe(true);
    expect(isMoney({ amount: '1', currency: 'CNY' })).toBe(false);
  });
});
