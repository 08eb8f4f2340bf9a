import { describe, expect, it } from 'vitest';
import type { ItemClassification } from '../classify/classifyItems';
import { partsRules } from '../policy/partsRules';
import { defaultStockingPolicy } from '../policy/stockingPolicy';
import type { PlanItem } from './planInputs';
import { levelSteps, stockLevels } from './stockLevels';

// Default policy: phase in at 3 issue lines in 6 months, phase out after 12 quiet months, lead
// time 7 days, review 7 days, 30-day months, service levels A 0.98, B 0.95, C 0.9.
const policy = defaultStockingPolicy;
const rules = partsRules(policy);
const U = 10_000;

function entryOf(
  stocked: boolean | undefined,
  recentHits: number,
  more: {
    monthsSinceLastIssue?: number | null;
    mean?: number;
    deviation?: number;
    abc?: 'A' | 'B' | 'C';
  } = {},
): ItemClassification {
  return {
    item: { partNumber: 'P1', part: undefined, stocked, leadTimeDays: undefined } as unknown as PlanItem,
    statistics: { recentHits, mean: more.mean ?? 30, deviation: more.deviation ?? 0 },
    abc: more.abc ?? 'C',
    movement: 'normal',
    isNew: false,
    monthsSinceLastIssue: more.monthsSinceLastIssue === undefined ? 0 : more.monthsSinceLastIssue,
    monthsInStock: 24,
  } as unknown as ItemClassification;
}
const stepsOf = (entry: ItemClassification) => levelSteps(entry, stockLevels(entry, policy), policy, rules);

describe('stockLevels', () => {
  it('holds no stock for a part phased out or not stocked: it is ordered for open ROs only', () => {
    const zero = {
      leadTimeDays: 7,
      serviceLevel: '0.9',
      z: 0,
      safetyStock: 0,
      reorderPoint: 0,
      min: 0,
      max: 0,
    };
    // 12 months without an issue = phaseOut.months: phased out, though 30 a month before.
    expect(stockLevels(entryOf(true, 0, { monthsSinceLastIssue: 12 }), policy)).toEqual({
      stocking: 'phase_out',
      ...zero,
    });
    // 2 issue lines in 6 months < 3: not stocked.
    expect(stockLevels(entryOf(undefined, 2), policy)).toEqual({ stocking: 'not_stocked', ...zero });
  });

  it('sets the levels of a stocked part from mean and σ', () => {
    // B: z(0.95) = 1.6449; √(7/30) = 0.48305. safety = 1.6449 × 10 × 0.48305 = 7.9456 → 8;
    // reorder = 50 × 7/30 + 7.9456 = 19.6123 → 20; max = 19.6123 + 50 × 7/30 = 31.2790 → 32.
    const levels = stockLevels(entryOf(true, 5, { mean: 50, deviation: 10, abc: 'B' }), policy);
    expect(levels).toMatchObject({ stocking: 'stocked', serviceLevel: '0.95', safetyStock: 8 * U });
    expect([levels.reorderPoint, levels.min, levels.max]).toEqual([20 * U, 20 * U, 32 * U]);
  });
});

describe('levelSteps', () => {
  it('says a part is stocked, with the phase-in and phase-out figures', () => {
    const [phase, ...rest] = stepsOf(entryOf(undefined, 3));
    expect(phase).toMatchObject({
      rule: 'parts.stocking.phase',
      status: 'passed',
      message: { en: 'Stocked part', zh: '常备件' },
    });
    // A part with no stocked flag: null, not left out.
    expect(phase?.facts).toEqual({
      stocked: null,
      issueLinesInPhaseInMonths: 3,
      phaseInOrders: 3,
      phaseInMonths: 6,
      monthsSinceLastIssue: 0,
      phaseOutMonths: 12,
      stocking: 'stocked',
    });
    expect(rest.map((step) => step.rule)).toEqual([
      'parts.stock.safety-stock',
      'parts.stock.reorder-point',
      'parts.stock.min-max',
    ]);
  });

  it('says a part marked not stocked is phased in after enough issue lines', () => {
    const [phase] = stepsOf(entryOf(false, 4));
    expect(phase).toMatchObject({
      status: 'passed',
      facts: { stocked: false, stocking: 'phase_in' },
      message: { en: 'Phase in: 4 issue lines in 6 months (≥ 3)', zh: '纳入常备：6 个月内出库 4 行（≥ 3）' },
    });
  });

  it('stops at the phase step for a part phased out or not stocked, marked failed', () => {
    const out = stepsOf(entryOf(true, 0, { monthsSinceLastIssue: 13 }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      status: 'failed',
      facts: { stocked: true, monthsSinceLastIssue: 13, stocking: 'phase_out' },
      message: { en: 'Phase out: no issue for 12 months or more', zh: '退出常备：12 个月及以上无出库' },
    });
    const not = stepsOf(entryOf(undefined, 2));
    expect(not).toHaveLength(1);
    expect(not[0]).toMatchObject({
      status: 'failed',
      facts: { stocking: 'not_stocked' },
      message: {
        en: 'Not stocked: 2 issue lines in 6 months (< 3); ordered for open ROs only',
        zh: '非常备件：6 个月内出库 2 行（< 3），仅为在修工单订货',
      },
    });
  });

  it('shows safety stock, reorder point and min/max with their figures', () => {
    // The figures worked out in 'sets the levels of a stocked part' above.
    const [, safety, reorder, minMax] = stepsOf(entryOf(true, 5, { mean: 50, deviation: 10, abc: 'B' }));
    expect(safety).toMatchObject({
      status: 'passed',
      facts: {
        serviceLevel: '0.95',
        z: 1.6449,
        deviation: 10,
        leadTimeDays: 7,
        daysPerMonth: 30,
        safetyStock: '8',
      },
      message: {
        en: 'Safety stock 8 = 1.645 (service level 0.95) × σ 10.0000 × √(7/30)',
        zh: '安全库存 8 = 1.645（服务水平 0.95）× σ 10.0000 × √(7/30)',
      },
    });
    expect(reorder).toMatchObject({
      facts: { meanMonthlyDemand: 50, leadTimeDays: 7, reorderPoint: '20' },
      message: {
        en: 'Reorder point 20 = 50.0000 a month × 7/30 + safety stock',
        zh: '订货点 20 = 月均 50.0000 × 7/30 + 安全库存',
      },
    });
    expect(minMax).toMatchObject({
      facts: { min: '20', max: '32', reviewDays: 7 },
      message: {
        en: 'Min 20, max 32 (min + 50.0000 a month × 7/30)',
        zh: '最低 20，最高 32（最低 + 月均 50.0000 × 7/30）',
      },
    });
  });
});
