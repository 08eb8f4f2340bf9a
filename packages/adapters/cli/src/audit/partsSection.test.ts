import { describe, expect, it } from 'vitest';
import type { DealerDataset } from './auditTypes';
import { auditParts } from './partsSection';

/**
 * A small dealer in Shanghai (UTC+8 all year), audited as of 2025-01-01. Every figure below is
 * worked out by hand from these records and the manuals' rules (docs/parts.md, KPI-CATALOG.md),
 * not read back from the code.
 *
 * Parts (cost in ¥), movements and stock on hand:
 * - PA 10.00: received 122 on 2023-12-15, 10 issued on the 10th of every month of 2024 (12 × 10 =
 *   120, issue value 1,200.00); on hand 2, lead time 15 days.
 * - PB 75.00: received 7 on 2023-10-01, 3 issued on 2024-03-15 (225.00); on hand 4.
 * - PC 15.00: received 10 on 2023-06-01, 5 issued on 2024-01-01 01:00 Shanghai time (still
 *   2023-12-31 in UTC) (75.00); on hand 5.
 * - PD 20.00: received 3 on 2024-11-20, never issued; on hand 3.
 * - PE 8.00: no movement at all; on hand 1.
 * - PX ⇄ PY: each superseded by the other (a cycle the package cannot plan); PX on hand 1 at 10.00.
 * - Row 3 of the movements is bad: an RO issue of +5 (issues move stock out: must be negative).
 */
const ZONE = 'Asia/Shanghai';

const at = (date: string, time = '10:00'): string => `${date}T${time}:00+08:00`;

function part(partNumber: string, cost: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partNumber,
    description: `Part ${partNumber}`,
    unit: 'pc',
    price: cost,
    cost,
    source: 'oem',
    ...more,
  };
}

let next = 0;
function movement(
  partNumber: string,
  type: string,
  quantity: string,
  unitCost: string,
  occurredAt: string,
): Record<string, unknown> {
  next += 1;
  const ro = type === 'issue_ro' ? { roId: `RO-${next}` } : {};
  return { id: `MV-${next}`, partNumber, type, quantity, unitCost, occurredAt, ...ro };
}

const paIssues = Array.from({ length: 12 }, (_, month) =>
  movement('PA', 'issue_ro', '-10', '10.00', at(`2024-${String(month + 1).padStart(2, '0')}-10`)),
);
const badRow = movement('PA', 'issue_ro', '5', '10.00', at('2024-12-20'));
const movements = [
  movement('PA', 'receipt', '122', '10.00', at('2023-12-15', '09:00')),
  paIssues[0],
  paIssues[1],
  badRow, // row 3
  ...paIssues.slice(2),
  movement('PB', 'receipt', '7', '75.00', at('2023-10-01')),
  movement('PB', 'issue_ro', '-3', '75.00', at('2024-03-15')),
  movement('PC', 'receipt', '10', '15.00', at('2023-06-01')),
  movement('PC', 'issue_ro', '-5', '15.00', at('2024-01-01', '01:00')),
  movement('PD', 'receipt', '3', '20.00', at('2024-11-20')),
];

const dataset: DealerDataset = {
  dealer: { id: 'D0571', name: '杭州测试 4S 店', timeZone: ZONE, currency: 'CNY' },
  period: { from: '2024-01-01', to: '2024-12-31' },
  asOf: '2025-01-01',
  repairOrders: [],
  complaints: [],
  appointments: [],
  surveys: [],
  warranty: { vehicles: [], repairOrders: [], claims: [], laborTimes: [], partGroups: {}, partPrices: {} },
  parts: {
    parts: [
      part('PA', '10.00'),
      part('PB', '75.00'),
      part('PC', '15.00'),
      part('PD', '20.00'),
      part('PE', '8.00'),
      part('PX', '10.00', { supersededBy: 'PY' }),
      part('PY', '10.00', { supersededBy: 'PX' }),
    ],
    movements,
    positions: [
      { partNumber: 'PA', onHand: '2', unitCost: '10.00', leadTimeDays: 15 },
      { partNumber: 'PB', onHand: '4', unitCost: '75.00' },
      { partNumber: 'PC', onHand: '5', unitCost: '15.00' },
      { partNumber: 'PD', onHand: '3', unitCost: '20.00' },
      { partNumber: 'PE', onHand: '1', unitCost: '8.00' },
      { partNumber: 'PX', onHand: '1', unitCost: '10.00' },
    ],
  },
  vehicleCases: [],
};

const result = auditParts(dataset);
const { section } = result;

describe('auditParts', () => {
  it('rejects the bad movement with its row and field, and counts every record', () => {
    const movementRejections = result.rejections.filter((r) => r.input === 'parts.movements');
    expect(movementRejections.map((r) => [r.row, r.issues.map((issue) => [issue.code, issue.path])])).toEqual(
      [[3, [['input.inconsistent', ['quantity']]]]],
    );
    // 19 movements: 1 + 12 + 1 bad for PA, 2 PB, 2 PC, 1 PD; 18 accepted.
    expect(result.inputs['parts.movements']).toEqual({ read: 19, accepted: 18, rejected: 1 });
    // The cycle PX ⇄ PY cannot be planned: both master rows refused with the package's issue.
    expect(
      result.rejections.filter((r) => r.input === 'parts.parts').map((r) => [r.row, r.issues[0]?.code]),
    ).toEqual([
      [5, 'parts.supersession_cycle'],
      [6, 'parts.supersession_cycle'],
    ]);
    expect(result.inputs['parts.parts']).toEqual({ read: 7, accepted: 5, rejected: 2 });
    expect(result.inputs['parts.positions']).toEqual({ read: 6, accepted: 6, rejected: 0 });
  });

  it('gives parts and stock value per ABC class (A ≤ 80 %, B ≤ 95 % of 2024 issue value)', () => {
    // Issue value over the 12 months ended by 2025-01-01 (2024-01 … 2024-12), Shanghai dates:
    // PA 1,200.00 + PB 225.00 + PC 75.00 (issued 2024-01-01 01:00 local) = 1,500.00.
    // Cumulative share: PA 1,200 / 1,500 = 80 % → A; PA + PB 1,425 / 1,500 = 95 % → B;
    // PC 100 % → C; PD and PE (never issued) → C. PX, PY (cycle): not classified → none.
    // Stock value = on hand × unit cost:
    //   A: PA 2 × 10.00 = 20.00
    //   B: PB 4 × 75.00 = 300.00
    //   C: PC 5 × 15.00 + PD 3 × 20.00 + PE 1 × 8.00 = 75.00 + 60.00 + 8.00 = 143.00
    //   none: PX 1 × 10.00 = 10.00 (parts: PX and PY)
    expect(section.abc).toEqual([
      { class: 'A', parts: 1, stockValue: '20.00' },
      { class: 'B', parts: 1, stockValue: '300.00' },
      { class: 'C', parts: 3, stockValue: '143.00' },
      { class: 'none', parts: 2, stockValue: '10.00' },
    ]);
  });

  it('buckets stock value by whole months since the last movement (6 slow, 12 obsolete)', () => {
    // At 2025-01-01: 6 months back is 2024-07-01, 12 months back is 2024-01-01.
    //   PA last moved 2024-12-10 → moving (20.00); PD 2024-11-20 → moving (60.00): 80.00
    //   PB 2024-03-15: on or before 2024-07-01, after 2024-01-01 → slow: 300.00
    //   PC 2024-01-01 (local): exactly 12 months → obsolete: 75.00
    //   PE, PX: no movement on record: 8.00 + 10.00 = 18.00
    expect(section.ageing.map((row) => [row.bucket, row.stockValue])).toEqual([
      ['moving', '80.00'],
      ['slow', '300.00'],
      ['obsolete', '75.00'],
      ['no_movement', '18.00'],
    ]);
    expect(section.ageing[2]?.label).toEqual({
      en: 'Obsolete: 12 months or more without movement',
      zh: '呆滞：12 个月及以上无出入库',
    });
  });

  it('orders PA, below its reorder point, up to its max', () => {
    // PA: 10 a month every month → mean 10, σ 0, safety stock 0 (A, z 2.054 × 0).
    // Reorder point = 10 × 15 / 30 days + 0 = 5 = min; max = 5 + 10 × 7 (review days) / 30 = 7.33 → 8.
    // Inventory position 2 + 0 − 0 = 2 ≤ 5: need 8 − 2 = 6, pack 1, no MOQ: order 6 × 10.00 = 60.00.
    // PB (1 issue line in 6 months < 3), PC (obsolete), PD and PE (never issued): not stocked, no open RO.
    expect(section.suggestedOrder.lines).toBe(1);
    expect(section.suggestedOrder.value).toBe('60'); // the package's decimal string
    expect(section.suggestedOrder.top).toHaveLength(1);
    const line = section.suggestedOrder.top[0];
    expect(line?.partNumber).toBe('PA');
    expect(line?.quantity).toBe('6');
    expect(line?.value).toBe('60');
    expect(line?.reason).toEqual({
      en: 'Inventory position 2 = 2 on hand + 0 on order − 0 reserved, at or below min 5: need 6 to reach max 8',
      zh: '库存位置 2 = 在库 2 + 在途 0 − 预留 0，不高于最低 5：需补 6 至最高 8',
    });
  });

  it('checks parts health over December 2024 and counts its findings', () => {
    // December: issues PA 10 × 10.00 = 100.00 (the bad row is not read); 31 days.
    // Stock at 2024-12-31 (nothing moved after it) = 20 + 300 + 75 + 60 + 8 + 10 = 473.00.
    // Slow (no issue ≥ 6 months at 12-31; no date at all counts as slow): PB 300 (03-15),
    // PC 75 (01-01), PE 8, PX 10 = 393; PA issued 12-10, PD received 11-20: not slow.
    const value = (kpi: string) => section.health.kpis.find((row) => row.kpi === kpi);
    // 393 ÷ 473 = 83.0866 % → 83.09, above ≤ 6 %
    expect(value('parts.slow.share')).toMatchObject({ value: '83.09', status: 'missed' });
    // 473 ÷ (1.5 × 100) = 3.1533 → 3.15, outside 0.9–1.1
    expect(value('parts.safety.stock')).toMatchObject({ value: '3.15', status: 'missed' });
    // 473 × 31 ÷ 100 = 146.63 days, above 45–60
    expect(value('parts.days.supply')).toMatchObject({ value: '146.63', status: 'missed' });
    // 100 × 365 × 1 ÷ (31 × 473) = 2.4892 → 2.49 turns, below 4–6
    expect(value('parts.turnover')).toMatchObject({ value: '2.49', status: 'missed' });
    // No part requests, stocktakes, purchases or selling prices: no data, never a finding.
    expect(value('parts.fill.rate')?.status).toBe('no_data');
    expect(section.health.findings.map((f) => [f.kpi, f.severity])).toEqual([
      ['parts.turnover', 'major'],
      ['parts.days.supply', 'major'],
      ['parts.safety.stock', 'major'],
      ['parts.slow.share', 'major'],
    ]);
    expect(result.findings).toBe(4);
  });
});
