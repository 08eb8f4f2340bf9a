import { describe, expect, it } from 'vitest';
import type { AftersalesError } from '../errors/AftersalesError';
import { money } from './createMoney';
import { moneyFromJSON, safeMoneyFromJSON } from './moneyJSON';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

describe('moneyFromJSON', () => {
  it('returns the Money that toJSON wrote', () => {
    for (const value of [money('1280.5'), money('-0.001'), money('7', 'JPY'), money('1.234', 'KWD')]) {
      expect(moneyFromJSON(JSON.parse(JSON.stringify(value))).equals(value)).toBe(true);
    }
  });

  it('returns the value when the object has extra fields', () => {
    expect(moneyFromJSON({ amount: '3', currency: 'USD', note: 'deposit' }).toString()).toBe('3.00 USD');
  });

  it('throws one issue per bad field', () => {
    try {
      moneyFromJSON({ amount: 12.5, currency: 'rmb' });
      expect.unreachable();
    } catch (error) {
      expect((error as AftersalesError).issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['input.invalid_type', ['amount']],
        ['money.invalid_currency', ['currency']],
      ]);
    }
  });

  it('throws input.required for a missing field and input.invalid_type for a non-object', () => {
    expect(() => moneyFromJSON({ amount: '1' })).toThrow(coded('input.required', ['currency']));
    expect(() => moneyFromJSON({ currency: 'CNY' })).toThrow(coded('input.required', ['amount']));
    expect(() => moneyFromJSON('1.00 CNY')).toThrow(coded('input.invalid_type', []));
    expect(() => moneyFromJSON(null)).toThrow(coded('input.invalid_type', []));
  });

  it('throws money.invalid_amount for an exponent string', () => {
    expect(() => moneyFromJSON({ amount: '1e3', currency: 'CNY' })).toThrow(
      coded('money.invalid_amount', ['amount']),
    );
  });
});

describe('safeMoneyFromJSON', () => {
  it('returns a result instead of throwing', () => {
    expect(safeMoneyFromJSON({ amount: '1', currency: 'CNY' }).ok).toBe(true);
    const result = safeMoneyFromJSON({});
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.code)).toEqual(['input.required', 'input.required']);
  });
});
