import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { partsRules } from '../policy/partsRules';
import { defaultStockingPolicy } from '../policy/stockingPolicy';
import { applyBudget, type BudgetLine, budgetStep, budgetUnits } from './budgetCap';

// Quantities and costs in fixed units (× 10⁴), money × 10⁸.
const U = 10_000;
const M = 100_000_000n;
const rules = partsRules(defaultStockingPolicy);
const line = (partNumber: string, quantity: number, unitCost: number, pack = 1, moq = 0): BudgetLine => ({
  partNumber,
  quantity: quantity * U,
  pack: pack * U,
  moq: moq * U,
  unitCost: unitCost * U,
});

describe('applyBudget', () => {
  it('keeps every line without a budget, and checks none', () => {
    const result = applyBudget([line('A', 2, 10), line('B', 3, 1)], undefined);
    // 2 × 10 + 3 × 1 = 23
    expect(result).toEqual({ quantities: [2 * U, 3 * U], total: 23n * M, checks: [undefined, undefined] });
  });

  it('skips lines ordering nothing: no check, no rank', () => {
    const result = applyBudget(
      [line('Z', 0, 10), line('A', 2, 10), line('Y', 0, 5), line('B', 3, 1)],
      100n * M,
    );
    expect(result.checks[0]).toBeUndefined();
    expect(result.checks[2]).toBeUndefined();
    expect(result.checks[1]).toEqual({
      rank: 1,
      budget: 100n * M,
      leftBefore: 100n * M,
      value: 20n * M,
      kept: 2 * U,
      keptValue: 20n * M,
    });
    // 100 − 20 = 80 left for the second line ordered.
    expect(result.checks[3]).toMatchObject({ rank: 2, leftBefore: 80n * M, value: 3n * M, kept: 3 * U });
    expect(result.quantities).toEqual([0, 2 * U, 0, 3 * U]);
    expect(result.total).toBe(23n * M);
  });

  it('keeps a line whose value is exactly what is left, whole', () => {
    // 15 at 2 = 30 = the budget: kept as it is, though packs of 10 would give only 10.
    const result = applyBudget([line('A', 15, 2, 10)], 30n * M);
    expect([result.quantities, result.total]).toEqual([[15 * U], 30n * M]);
  });

  it('reduces a line to the packs that fit, cuts one that cannot, and lets a cheaper one after it fit', () => {
    // A: 30 at 1 = 30 > 25: packs of 10 → 20 (20). B: 10 at 2 = 20 > 5 left, MOQ 10: cut. C: 5 at 1 = 5 ≤ 5: kept.
    const result = applyBudget([line('A', 30, 1, 10), line('B', 10, 2, 1, 10), line('C', 5, 1)], 25n * M);
    expect(result.quantities).toEqual([20 * U, 0, 5 * U]);
    expect(result.total).toBe(25n * M);
    expect(result.checks.map((check) => check?.leftBefore)).toEqual([25n * M, 5n * M, 5n * M]);
  });
});

describe('budgetStep', () => {
  const step = (quantities: BudgetLine[], budget: bigint, index: number) => {
    const result = applyBudget(quantities, budget);
    const check = result.checks[index];
    if (!check) throw new Error('no check');
    return budgetStep(check, quantities[index]?.quantity as number, rules, 'CNY');
  };

  it('passes a line that fits, saying what was left of the budget', () => {
    expect(step([line('A', 2, 10)], 100n * M, 0)).toMatchObject({
      rule: 'parts.order.budget',
      status: 'passed',
      facts: {
        rank: 1,
        budget: '100',
        leftBefore: '100',
        value: '20',
        kept: '2',
        keptValue: '20',
        currency: 'CNY',
      },
      message: {
        en: 'Line 1 by importance: 20 CNY fits the 100 left of the budget 100',
        zh: '按重要性第 1 行：金额 20 CNY，预算 100 尚余 100，保留',
      },
    });
  });

  it('fails a line reduced, with what it was reduced to', () => {
    expect(step([line('A', 30, 1.5, 10)], 40n * M, 0)).toMatchObject({
      status: 'failed',
      // 30 × 1.5 = 45 > 40: packs of 10 at 15 each → 2 packs = 20, worth 30
      facts: { value: '45', kept: '20', keptValue: '30' },
      message: {
        en: 'Line 1 by importance: 45 CNY exceeds the 40 left; reduced to 20 (30)',
        zh: '按重要性第 1 行：金额 45 CNY 超出预算余额 40，减至 20（30）',
      },
    });
  });

  it('fails a line cut', () => {
    expect(step([line('A', 5, 1), line('B', 10, 2, 1, 10)], 20n * M, 1)).toMatchObject({
      status: 'failed',
      facts: { rank: 2, leftBefore: '15', value: '20', kept: '0', keptValue: '0' },
      message: {
        en: 'Line 2 by importance: 20 CNY exceeds the 15 left and not one valid order fits: cut',
        zh: '按重要性第 2 行：金额 20 CNY 超出预算余额 15，最小有效订量也无法满足：删除',
      },
    });
  });
});

describe('budgetUnits', () => {
  const refused = (value: unknown) => {
    try {
      budgetUnits(value);
    } catch (error) {
      if (isAftersalesError(error)) return [error.code, error.path, error.issues[0]?.params];
      throw error;
    }
    throw new Error('expected a coded error');
  };

  it('reads a budget × 10⁸, and none as undefined', () => {
    expect(budgetUnits(undefined)).toBeUndefined();
    expect(budgetUnits('12.5')).toBe(1_250_000_000n);
    expect(budgetUnits('0')).toBe(0n);
  });

  it('names a bad budget, or its type when it is not a string', () => {
    expect(refused('-5')).toEqual(['money.invalid_amount', ['budget'], { value: '-5' }]);
    expect(refused(null)).toEqual(['money.invalid_amount', ['budget'], { value: 'null' }]);
    expect(refused(100)).toEqual(['money.invalid_amount', ['budget'], { value: 'number' }]);
  });
});
