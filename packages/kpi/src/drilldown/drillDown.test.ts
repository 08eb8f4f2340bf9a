import { isAftersalesError, type RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { comebackRate } from '../catalog/service/comebackRate';
import { detectComebacks } from '../comeback/detectComebacks';
import { computeKpisSync } from '../engine/computeKpis';
import { drillDown } from './drillDown';

const VIN = 'LSVAU218XN2183294';

function ro(
  id: string,
  opened: string,
  delivered: string,
  extra: Partial<RepairOrderInput> = {},
): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'DLR-001',
    vin: VIN,
    advisorId: 'SA-1',
    kind: 'repair',
    status: 'closed',
    openedAt: `${opened}T09:00:00+08:00`,
    deliveredAt: `${delivered}T17:00:00+08:00`,
    closedAt: `${delivered}T17:30:00+08:00`,
    jobs: [
      { id: `${id}-J1`, concern: '制动异响', system: 'brakes', authorization: 'approved', payType: 'CP' },
    ],
    ...extra,
  };
}

// R1 brakes, delivered 03-01. R2: same VIN, brakes again, opened 03-10 — 9 days after R1's
// delivery, inside 30 days: detected comeback of R1. R3: another vehicle, flagged by the dealer as
// a comeback of R0 (an RO outside this data). R4 is cancelled: never counted.
const repairOrders = [
  ro('R1', '2024-02-28', '2024-03-01', { vin: 'LFV2A21K5P3043817' }),
  ro('R2', '2024-03-10', '2024-03-11', { vin: 'LFV2A21K5P3043817' }),
  ro('R3', '2024-03-12', '2024-03-12', { comeback: { isComeback: true, previousRoId: 'R0' } }),
  ro('R4', '2024-03-13', '2024-03-13', { status: 'cancelled', cancelledAt: '2024-03-13T10:00:00+08:00' }),
];
const options = { groupBy: ['dealer', 'month'] as const, timeZone: 'Asia/Shanghai' };

describe('drillDown', () => {
  it('lists the ROs behind a comeback cell and the earlier RO each one repeats', async () => {
    const comebacks = detectComebacks(repairOrders, { timeZone: 'Asia/Shanghai' });
    const report = computeKpisSync({ repairOrders }, { ...options, kpis: [comebackRate], comebacks });
    const march = report.cells.find((cell) => cell.period?.label === '2024-03');
    // March (opened at): R2, R3 are comebacks; denominator R2, R3 (R1 opened in February, R4 cancelled).
    expect([march?.numerator, march?.denominator, march?.value]).toEqual(['2', '2', '100']);
    const drilled = await drillDown(
      { repairOrders },
      { ...options, kpi: comebackRate, cell: march ?? { group: {} }, comebacks },
    );
    expect(drilled.measures.comebacks?.rows.map((row) => [row.id, row.values.previousRoId])).toEqual([
      ['R2', 'R1'],
      ['R3', 'R0'],
    ]);
    expect(drilled.measures.ros?.rows.map((row) => row.id)).toEqual(['R2', 'R3']);
    const february = report.cells.find((cell) => cell.period?.label === '2024-02');
    // February: R1 alone, not a comeback: 0 ÷ 1.
    expect([february?.numerator, february?.denominator, february?.value]).toEqual(['0', '1', '0']);
  });

  it('rejects malformed records and options with coded errors, never a TypeError', async () => {
    const codeOf = async (run: () => Promise<unknown>): Promise<string> => {
      try {
        await run();
        return 'no error';
      } catch (error) {
        return isAftersalesError(error) ? error.code : `uncoded: ${String(error)}`;
      }
    };
    const good = { ...options, kpi: comebackRate, cell: { group: { dealer: 'DLR-001' } } };
    const drill = (records: unknown, more: Record<string, unknown>) => () =>
      drillDown(records as never, { ...good, ...more } as never);
    expect(await codeOf(() => drillDown({ repairOrders }, undefined as never))).toBe('input.invalid_type');
    expect(await codeOf(drill(null, {}))).toBe('input.invalid_type');
    expect(await codeOf(drill({ repairOrders: 5 }, {}))).toBe('input.invalid_type');
    expect(await codeOf(drill({ repairOrders }, { cell: { group: {}, period: null } }))).toBe(
      'input.invalid_type',
    );
    expect(await codeOf(drill({ repairOrders }, { period: null }))).toBe('input.invalid_type');
    expect(await codeOf(drill({ repairOrders }, { comebacks: { results: [null] } }))).toBe(
      'input.invalid_type',
    );
    // A drill list that is no list shows no fields (defineKpi refuses it; drillDown takes it as it is).
    const rows = await drillDown({ repairOrders }, { ...good, kpi: { ...comebackRate, drill: 5 as never } });
    expect(rows.measures.ros?.rows[0]?.values).toEqual({});
  });
});
