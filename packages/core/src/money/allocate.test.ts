import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { money } from './createMoney';
import { Money } from './Money';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });
const amounts = (parts: readonly Money[]) => parts.map((part) => part.toDecimalString());

describe('allocate', () => {
  it('returns 33.34, 33.33, 33.33 when ¥100.00 is split 1:1:1', () => {
    // 10000 fen / 3 = 3333 rem 1 each; the one fen left goes to the first part (tie → earlier).
    expect(amounts(allocate(money('100.00'), [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('returns the leftover fen to the largest remainders', () => {
    // ¥10.00 by 0.2 : 0.3 : 0.5 → exact shares 2, 3, 5: nothing left over.
    expect(amounts(allocate(money('10'), ['0.2', '0.3', '0.5']))).toEqual(['2.00', '3.00', '5.00']);
    // ¥0.05 by 1:2:2 → 1 fen, 2 fen, 2 fen exactly (5 × 1/5, 5 × 2/5).
    expect(amounts(allocate(money('0.05'), [1n, 2n, 2n]))).toEqual(['0.01', '0.02', '0.02']);
    // ¥1.00 by 1:1:1:1:1:1:1 → 100/7 = 14 rem 2 each; 100 − 98 = 2 fen to parts 1 and 2.
    expect(amounts(allocate(money('1'), [1, 1, 1, 1, 1, 1, 1]))).toEqual([
      '0.15',
      '0.15',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
    ]);
    // ¥100 by 1:2 → 3333.33 fen and 6666.66 fen; remainders 1/3 and 2/3: the fen goes to part 2.
    expect(amounts(allocate(money('100'), [1, 2]))).toEqual(['33.33', '66.67']);
  });

  it('returns zero for a zero ratio', () => {
    // ¥0.02 by 1:0:1 → 1 fen, 0, 1 fen.
    expect(amounts(allocate(money('0.02'), [1, 0, 1]))).toEqual(['0.01', '0.00', '0.01']);
    // ¥0.01 by 0:1:1 → remainders ½, ½ for parts 2 and 3; the fen goes to the earlier (part 2).
    expect(amounts(allocate(money('0.01'), ['0', '1', '1']))).toEqual(['0.00', '0.01', '0.00']);
  });

  it('returns the mirror of the positive split for a negative total', () => {
    expect(amounts(allocate(money('-100.00'), [1, 1, 1]))).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(amounts(allocate(money('-0.05'), ['0.5', '0.5']))).toEqual(['-0.03', '-0.02']);
  });

  it('returns whole yen for JPY and whole units when asked', () => {
    expect(amounts(allocate(money('100', 'JPY'), [1, 1, 1]))).toEqual(['34', '33', '33']);
    // ¥100 in whole yuan by 1:1:1 → 34, 33, 33 (shown with the currency's two decimals).
    expect(amounts(allocate(money('100'), [1, 1, 1], { decimals: 0 }))).toEqual(['34.00', '33.00', '33.00']);
  });

  it('throws money.not_minor_units when the total is finer than a fen', () => {
    expect(() => allocate(money('1.005'), [1, 1])).toThrow(coded('money.not_minor_units', ['total']));
  });

  it('throws money.invalid_ratios naming the bad ratio', () => {
    expect(() => allocate(money('1'), [1, -1])).toThrow(coded('money.invalid_ratios', ['ratios', 1]));
    expect(() => allocate(money('1'), [1, 'abc', 1])).toThrow(coded('money.invalid_ratios', ['ratios', 1]));
    expect(() => allocate(money('1'), [0, '0.00'])).toThrow(coded('money.invalid_ratios', ['ratios']));
    expect(() => allocate(money('1'), [])).toThrow(coded('money.invalid_ratios', ['ratios']));
    expect(() => allocate(money('1'), 'abc' as never)).toThrow(coded('money.invalid_ratios', ['ratios']));
    expect(() => allocate(money('1'), [1, Number.NaN])).toThrow(coded('money.invalid_ratios', ['ratios', 1]));
  });

  it('says in Chinese what the ratios were when they are not a list', () => {
    expect(() => allocate(money('1'), 'abc' as never)).toThrow(
      expect.objectContaining({
        messages: expect.objectContaining({ zh: expect.stringContaining('应为列表，实际为字符串') }),
      }),
    );
    expect(() => allocate(money('1'), { a: 1 } as never)).toThrow(
      expect.objectContaining({
        messages: expect.objectContaining({ zh: expect.stringContaining('应为列表，实际为对象') }),
      }),
    );
    expect(() => allocate(money('1'), null as never)).toThrow(
      expect.objectContaining({
        messages: expect.objectContaining({ zh: expect.stringContaining('应为列表，实际为 null') }),
      }),
    );
  });

  it('throws money.float when a ratio is a fractional JS number', () => {
    expect(() => allocate(money('1'), [0.5, 0.5])).toThrow(coded('money.float', ['ratios', 0]));
  });

  it('throws input.invalid_type when the total is not Money', () => {
    expect(() => allocate('100' as never, [1])).toThrow(coded('input.invalid_type', ['total']));
  });
});

// The exact share T·rᵢ/Σr computed a second way: Decimal with 120 digits, from the ratio strings.
const Exact = Decimal.clone({ defaults: true, precision: 120 });
const ratio = fc.oneof(
  fc.nat(1000),
  fc.bigInt({ min: 0n, max: 10n ** 12n }),
  fc
    .tuple(fc.nat(100_000), fc.integer({ min: 0, max: 6 }))
    .map(([n, scale]) => new Exact(n).div(10 ** scale).toFixed()),
);

describe('allocate (properties)', () => {
  it('returns parts that sum exactly to the total, each within one fen of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc
          .array(ratio, { minLength: 1, maxLength: 12 })
          .filter((list) => list.some((r) => new Exact(String(r)).gt(0))),
        (units, ratios) => {
          const total = Money.fromMinor(units);
          const parts = allocate(total, ratios);
          expect(parts).toHaveLength(ratios.length);
          const sum = parts.reduce((a, b) => a.add(b), Money.zero());
          expect(sum.equals(total)).toBe(true);
          const weights = ratios.map((r) => new Exact(String(r)));
          const whole = weights.reduce((a, b) => a.plus(b), new Exact(0));
          parts.forEach((part, index) => {
            const share = new Exact(String(units)).times(weights[index] ?? 0).div(whole);
            const gap = new Exact(String(part.toMinorUnits())).minus(share).abs();
            expect(gap.lt(1)).toBe(true);
            if (weights[index]?.isZero()) expect(part.isZero()).toBe(true);
          });
        },
      ),
    );
  });
});
