import { describe, expect, it } from 'vitest';
import { money } from './createMoney';
import { Money } from './Money';
import { sumMoney } from './sumMoney';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

describe('sumMoney', () => {
  it('returns the exact sum of the lines', () => {
    // Ten lines of ¥0.10: floats give 0.9999999999999999; decimals give 1.00.
    const lines = Array.from({ length: 10 }, () => money('0.10'));
    expect(sumMoney(lines).toDecimalString()).toBe('1.00');
    // 1280.50 + 345.20 − 25.70 = 1600.00
    expect(sumMoney([money('1280.50'), money('345.20'), money('-25.70')]).toDecimalString()).toBe('1600.00');
  });

  it('returns zero of the given currency when the list is empty', () => {
    expect(sumMoney([], 'JPY').toString()).toBe('0 JPY');
  });

  it('returns the currency of the values when none is given', () => {
    expect(sumMoney([Money.fromMinor(5, 'KWD')]).toString()).toBe('0.005 KWD');
  });

  it('throws input.required when the list is empty and no currency is given', () => {
    expect(() => sumMoney([])).toThrow(coded('input.required', ['currency']));
  });

  it('throws money.currency_mismatch naming the first odd value', () => {
    expect(() => sumMoney([money('1'), money('1'), money('1', 'USD')])).toThrow(
      coded('money.currency_mismatch', ['values', 2]),
    );
    expect(() => sumMoney([money('1')], 'USD')).toThrow(coded('money.currency_mismatch', ['values', 0]));
  });

  it('throws input.invalid_type when a value is not Money', () => {
    expect(() => sumMoney([money('1'), '2' as never])).toThrow(coded('input.invalid_type', ['values', 1]));
    expect(() => sumMoney('12' as never)).toThrow(coded('input.invalid_type', ['values']));
  });
});
