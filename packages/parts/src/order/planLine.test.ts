import { describe, expect, it } from 'vitest';
import type { ItemClassification } from '../classify/classifyItems';
import { partsRules } from '../policy/partsRules';
import { defaultStockingPolicy } from '../policy/stockingPolicy';
import { part } from '../testing';
import type { PlanItem } from './planInputs';
import { byImportance, lineSteps, type Planned, planLine } from './planLine';
import type { StockingStatus, StockLevels } from './stockLevels';

// Quantities are in fixed units: 1 part = 10,000.
const U = 10_000;
const rules = partsRules(defaultStockingPolicy);

/** A classified part: only the fields planLine reads are filled in. */
function entryOf(
  more: Partial<PlanItem> & { partNumber?: string } = {},
  classes: { abc?: 'A' | 'B' | 'C'; movement?: ItemClassification['movement']; value?: bigint } = {},
): ItemClassification {
  const partNumber = more.partNumber ?? 'P1';
  const item = {
    partNumber,
    replaces: [],
    rows: [],
    part: part(partNumber) as unknown as PlanItem['part'],
    onHand: 0,
    onOrder: 0,
    reserved: 0,
    hasPosition: true,
    unitCost: 10 * U,
    leadTimeDays: undefined,
    stocked: undefined,
    lastIssueDay: Number.NaN,
    firstReceiptDay: Number.NaN,
    ...more,
  } as PlanItem;
  return {
    item,
    statistics: { value: classes.value ?? 0n },
    abc: classes.abc ?? 'C',
    movement: classes.movement ?? 'normal',
  } as unknown as ItemClassification;
}
const levelsOf = (stocking: StockingStatus, min = 7, max = 14): StockLevels =>
  ({ stocking, min: min * U, max: max * U }) as StockLevels;

describe('planLine', () => {
  it('brings a stocked or phase-in part at or below min up to max', () => {
    for (const stocking of ['stocked', 'phase_in'] as const) {
      // 5 + 2 − 0 = 7 = min: need 14 − 7 = 7
      expect(planLine(entryOf({ onHand: 5 * U, onOrder: 2 * U }), levelsOf(stocking)).need).toBe(7 * U);
      // 8 > 7: none
      expect(planLine(entryOf({ onHand: 8 * U }), levelsOf(stocking)).need).toBe(0);
    }
  });

  it('orders a part not stocked only for open ROs its stock cannot cover', () => {
    for (const stocking of ['phase_out', 'not_stocked'] as const) {
      // 1 + 1 − 5 = −3: need 3, though far below min
      expect(planLine(entryOf({ onHand: U, onOrder: U, reserved: 5 * U }), levelsOf(stocking)).need).toBe(
        3 * U,
      );
      expect(planLine(entryOf({ onHand: 0 }), levelsOf(stocking)).need).toBe(0);
    }
  });

  it('orders nothing without a cost only when it would order something', () => {
    const none = planLine(entryOf({ onHand: 8 * U, unitCost: undefined }), levelsOf('stocked'));
    expect([none.rounded, none.quantity, none.issue]).toEqual([0, 0, undefined]);
    const noCost = planLine(entryOf({ onHand: 0, unitCost: undefined }), levelsOf('stocked'));
    expect([noCost.rounded, noCost.quantity, noCost.issue?.code]).toEqual([14 * U, 0, 'parts.no_cost']);
    expect(noCost.issue?.params).toEqual({ partNumber: 'P1' });
    expect(noCost.issue?.path).toEqual(['unitCost']);
    const unknown = planLine(entryOf({ part: undefined }), levelsOf('stocked'));
    expect([unknown.issue?.code, unknown.issue?.path, unknown.quantity]).toEqual([
      'parts.unknown_part',
      ['partNumber'],
      0,
    ]);
  });

  it('ranks open-RO shortages first, then ABC class, then movement class', () => {
    const rank = (item: Partial<PlanItem>, abc: 'A' | 'B' | 'C', movement: ItemClassification['movement']) =>
      planLine(entryOf(item, { abc, movement }), levelsOf('stocked')).rank;
    // short: reserved 3 > 1 on hand + 1 on order
    expect(rank({ onHand: U, onOrder: U, reserved: 3 * U }, 'C', 'obsolete')).toBe(0 + 2 * 10 + 4);
    // reserved 2 = 1 + 1: covered, not short
    expect(rank({ onHand: U, onOrder: U, reserved: 2 * U }, 'A', 'fast')).toBe(100);
    expect(rank({}, 'B', 'slow')).toBe(100 + 10 + 2);
  });
});

describe('lineSteps', () => {
  const steps = (item: Partial<PlanItem>, levels: StockLevels) =>
    lineSteps(planLine(entryOf(item), levels), rules);

  it('says how the need was reached, in English and Chinese', () => {
    const [need, pack] = steps({ onHand: 5 * U, onOrder: U }, levelsOf('stocked'));
    // 5 + 1 − 0 = 6 ≤ 7: need 14 − 6 = 8
    expect(need).toMatchObject({ rule: 'parts.order.need', status: 'failed' });
    expect(need?.message).toEqual({
      en: 'Inventory position 6 = 5 on hand + 1 on order − 0 reserved, at or below min 7: need 8 to reach max 14',
      zh: '库存位置 6 = 在库 5 + 在途 1 − 预留 0，不高于最低 7：需补 8 至最高 14',
    });
    expect(need?.facts).toMatchObject({ need: '8', hasPosition: true, inventoryPosition: '6' });
    expect(pack).toMatchObject({
      rule: 'parts.order.pack-moq',
      status: 'passed',
      facts: { need: '8', packSize: '1', moq: '0', quantity: '8' },
      message: {
        en: 'Order 8: need 8, at least MOQ 0, rounded up to packs of 1',
        zh: '订货 8：需 8，不少于最小起订量 0，按每包 1 向上取整',
      },
    });
  });

  it('says when there is no stock position, and when there is no need', () => {
    const [need] = steps({ hasPosition: false }, levelsOf('phase_in'));
    expect(need?.message).toEqual({
      en: 'Inventory position 0 = 0 on hand + 0 on order − 0 reserved (no stock position: taken as 0), at or below min 7: need 14 to reach max 14',
      zh: '库存位置 0 = 在库 0 + 在途 0 − 预留 0（无库存明细，按 0 计），不高于最低 7：需补 14 至最高 14',
    });
    const none = steps({ onHand: 8 * U }, levelsOf('stocked'));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({
      rule: 'parts.order.need',
      status: 'passed',
      message: {
        en: 'Inventory position 8 = 8 on hand + 0 on order − 0 reserved: no need',
        zh: '库存位置 8 = 在库 8 + 在途 0 − 预留 0：无需订货',
      },
    });
  });

  it('says a part not stocked is short for open ROs', () => {
    const [need] = steps({ onHand: 2 * U, reserved: 5 * U }, levelsOf('not_stocked'));
    expect(need?.message).toEqual({
      en: 'Inventory position -3 = 2 on hand + 0 on order − 5 reserved, short for open ROs: need 3',
      zh: '库存位置 -3 = 在库 2 + 在途 0 − 预留 5，不足以满足在修工单：需 3',
    });
  });

  it('ends with the reason a part is not ordered: unknown to the master, or no cost', () => {
    const unknown = steps({ part: undefined }, levelsOf('stocked'));
    // No pack step for a part the master does not know: its pack and MOQ are not known.
    expect(unknown.map((step) => [step.rule, step.status])).toEqual([
      ['parts.order.need', 'failed'],
      ['parts.order.pack-moq', 'failed'],
    ]);
    expect(unknown[1]?.facts).toEqual({ code: 'parts.unknown_part' });
    expect(unknown[1]?.message.en).toContain('part P1 is not in the parts master');
    expect(unknown[1]?.message.zh).toContain('配件 P1 不在配件主数据中');
    const noCost = steps({ unitCost: undefined }, levelsOf('stocked'));
    expect(noCost.map((step) => [step.rule, step.status])).toEqual([
      ['parts.order.need', 'failed'],
      ['parts.order.pack-moq', 'passed'],
      ['parts.order.budget', 'failed'],
    ]);
    expect(noCost[2]?.facts).toEqual({ code: 'parts.no_cost' });
  });
});

describe('byImportance', () => {
  const planned = (partNumber: string, rank: number, value: bigint): Planned =>
    ({
      rank,
      valueKey: Number(value),
      entry: { item: { partNumber }, statistics: { value } },
    }) as unknown as Planned;
  const sorted = (...lines: Planned[]) =>
    [...lines].sort(byImportance).map((line) => line.entry.item.partNumber);

  it('orders by rank, then value (largest first), then part number', () => {
    expect(sorted(planned('X', 112, 9n), planned('Y', 24, 1n))).toEqual(['Y', 'X']);
    expect(sorted(planned('X', 100, 5n), planned('Y', 100, 7n), planned('Z', 100, 6n))).toEqual([
      'Y',
      'Z',
      'X',
    ]);
    expect(sorted(planned('B', 100, 5n), planned('A', 100, 5n), planned('C', 100, 5n))).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(byImportance(planned('A', 1, 5n), planned('A', 1, 5n))).toBe(0);
    // A comparator's sign, both ways round.
    expect(byImportance(planned('B', 1, 5n), planned('A', 1, 5n))).toBe(1);
    expect(byImportance(planned('A', 1, 5n), planned('B', 1, 5n))).toBe(-1);
  });

  it('settles values equal as numbers but not as integers exactly', () => {
    // 2^60 and 2^60 + 1 are the same double; the larger still goes first.
    const big = 2n ** 60n;
    expect(Number(big)).toBe(Number(big + 1n));
    expect(sorted(planned('A', 100, big), planned('B', 100, big + 1n))).toEqual(['B', 'A']);
    expect(sorted(planned('B', 100, big + 1n), planned('A', 100, big))).toEqual(['B', 'A']);
  });
});
