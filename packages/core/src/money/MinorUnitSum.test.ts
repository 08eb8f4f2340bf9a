import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMinorUnitSum, sumMinorUnits } from './MinorUnitSum';
import { Money } from './Money';
import { sumMoney } from './sumMoney';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });
const MAX = Number.MAX_SAFE_INTEGER;

describe('createMinorUnitSum', () => {
  it('returns the exact total and count of what was added', () => {
    const sum = createMinorUnitSum('CNY');
    sum.add(1234); // ¥12.34
    sum.add(66); //   ¥0.66
    sum.add(-100); // −¥1.00
    expect(sum.count).toBe(3);
    expect(sum.totalUnits()).toBe(1200n);
    expect(sum.total().toString()).toBe('12.00 CNY');
  });

  it('returns exact totals beyond the safe-integer range', () => {
    // (2^53 − 1) × 3 = 27021597764222973 fen: past 2^53, where a float sum would start losing fen.
    const sum = createMinorUnitSum('CNY');
    sum.add(MAX);
    sum.add(MAX);
    sum.add(MAX);
    sum.add(1);
    expect(sum.totalUnits()).toBe(27021597764222974n);
    sum.add(-MAX);
    sum.add(-MAX);
    expect(sum.totalUnits()).toBe(9007199254740992n); // 2^53 − 1 + 1
  });

  it('returns the merged total and count of two sums', () => {
    const left = createMinorUnitSum();
    const right = createMinorUnitSum();
    left.addAll([100, 200]);
    right.addAll(new Int32Array([300]));
    left.merge(right);
    expect([left.count, left.totalUnits()]).toEqual([3, 600n]);
    expect([right.count, right.totalUnits()]).toEqual([1, 300n]); // the other is not changed
  });

  it('throws money.float and leaves the sum untouched when a value is refused', () => {
    const sum = createMinorUnitSum();
    sum.add(5);
    expect(() => sum.add(12.5)).toThrow(coded('money.float', ['units']));
    expect(() => sum.addAll([1, 2, 0.5])).toThrow(coded('money.float', ['values', 2]));
    expect(() => sum.addAll([1, 2 ** 60])).toThrow(coded('money.unsafe_integer', ['values', 1]));
    expect(() => sum.addAll(['1'] as never)).toThrow(coded('input.invalid_type', ['values', 0]));
    expect([sum.count, sum.totalUnits()]).toEqual([1, 5n]);
  });

  it('throws when merging another currency or something else', () => {
    const sum = createMinorUnitSum('CNY');
    expect(() => sum.merge(createMinorUnitSum('USD'))).toThrow(coded('money.currency_mismatch', ['other']));
    expect(() => sum.merge({ currency: 'CNY' } as never)).toThrow(coded('input.invalid_type', ['other']));
    expect(() => createMinorUnitSum('yuan')).toThrow(coded('money.invalid_currency', ['currency']));
  });
});

describe('sumMinorUnits', () => {
  it('returns the total as Money in the currency', () => {
    expect(sumMinorUnits([1234, 66, -100]).toString()).toBe('12.00 CNY');
    expect(sumMinorUnits(new Int32Array([500, 250]), 'JPY').toString()).toBe('750 JPY');
    expect(sumMinorUnits([], 'KWD').toString()).toBe('0.000 KWD');
  });

  it('throws input.invalid_type when the values are not a list', () => {
    expect(() => sumMinorUnits(42 as never)).toThrow(coded('input.invalid_type', ['values']));
  });
});

const units = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.constantFrom(MAX, -MAX, MAX - 1),
);

describe('bulk path (properties)', () => {
  it('returns the same total as sumMoney over the decimal path', () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 60 }), (values) => {
        const decimal = sumMoney(
          values.map((value) => Money.fromMinor(value)),
          'CNY',
        );
        expect(sumMinorUnits(values).equals(decimal)).toBe(true);
        const oneByOne = createMinorUnitSum();
        for (const value of values) oneByOne.add(value);
        expect(oneByOne.total().equals(decimal)).toBe(true);
      }),
    );
  });

  it('returns the same total for a merge of parts as for the whole', () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 60 }), fc.nat(60), (values, cut) => {
        const head = createMinorUnitSum();
        const tail = createMinorUnitSum();
        head.addAll(values.slice(0, cut));
        tail.addAll(values.slice(cut));
        head.merge(tail);
        const whole = values.reduce((a, b) => a + BigInt(b), 0n);
        expect([head.count, head.totalUnits()]).toEqual([values.length, whole]);
      }),
    );
  });
});
