import { describe, expect, it } from 'vitest';
import { money } from './createMoney';
import { maxMoney, minMoney } from './minMaxMoney';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

describe('minMoney', () => {
  it('returns the smallest value, the first of equal ones', () => {
    const first = money('1.5');
    expect(minMoney([money('3'), first, money('2'), money('1.50')])).toBe(first);
    expect(minMoney([money('-1'), money('0')]).toDecimalString()).toBe('-1.00');
  });

  it('throws when the list is empty or mixes currencies', () => {
    expect(() => minMoney([])).toThrow(coded('input.too_small', ['values']));
    expect(() => minMoney([money('1'), money('1', 'USD')])).toThrow(
      coded('money.currency_mismatch', ['values', 1]),
    );
  });
});

describe('maxMoney', () => {
  it('returns the largest value', () => {
    expect(maxMoney([money('3'), money('1.5'), money('3.01')]).toDecimalString()).toBe('3.01');
  });

  it('throws input.invalid_type when an element is not Money', () => {
    expect(() => maxMoney([money('1'), null as never])).toThrow(coded('input.invalid_type', ['values', 1]));
  });
});
