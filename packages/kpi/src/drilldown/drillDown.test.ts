import { isAftersalesError, type RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { customerBase } from '../catalog/care/customerBase';
import { customerRetention } from '../catalog/care/customerRetention';
import { comebackRate } from '../catalog/service/comebackRate';
import { detectComebacks } from '../comeback/detectComebacks';
import { count, field, ge, param, sum } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
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

// --- Fixtures for the cases below: every expected row and value is worked out by hand. ---

const SHANGHAI = 'Asia/Shanghai';
const MARCH = { grain: 'month', label: '2024-03', from: '2024-03-01', to: '2024-03-31' } as const;
const byDealerAndMonth = { groupBy: ['dealer', 'month'] as const, timeZone: SHANGHAI };

/** A closed, customer-paid RO opened on `opened` at 09:00 Beijing time. */
function paidRo(id: string, opened: string, extra: Partial<RepairOrderInput> = {}): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'DLR-001',
    vin: VIN,
    advisorId: 'SA-1',
    kind: 'repair',
    currency: 'CNY',
    status: 'closed',
    openedAt: `${opened}T09:00:00+08:00`,
    closedAt: `${opened}T18:00:00+08:00`,
    jobs: [{ id: `${id}-J1`, concern: '异响', system: 'brakes', authorization: 'approved', payType: 'CP' }],
    ...extra,
  };
}

const kpiText = {
  area: 'service',
  name: { en: 'Test KPI', zh: '测试指标' },
  formula: { en: 'rows', zh: '行数' },
  unit: 'count',
  direction: 'none',
  cite: 'manual:ro.comeback',
} as const;

// Over repair orders, no `where`: every RO, its labor lines, and the ROs with an odometer reading.
const roFacts = defineKpi({
  ...kpiText,
  id: 'test.ro.facts',
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: {
    ros: count(),
    lines: count({ source: 'laborLine', periodBy: 'roClosedAt' }),
    km: sum(field('odometerInKm')),
  },
  numerator: 'ros',
  drill: ['advisorId', 'previousRoId', 'odometerInKm', 'deliveredAt', 'laborSales', 'isComeback'],
});

// Workshop capacity rows (a source with date fields and no currency), placed by their date.
const openHours = defineKpi({
  ...kpiText,
  id: 'test.open.hours',
  source: 'workshopDay',
  periodBy: 'date',
  measures: { hours: sum(field('openHours')) },
  numerator: 'hours',
  drill: ['date', 'bays', 'openHours'],
});

const idsOf = (drilled: {
  measures: Record<string, { rows: readonly { id: string | null }[] } | undefined>;
}) =>
  Object.fromEntries(Object.entries(drilled.measures).map(([name, m]) => [name, m?.rows.map((r) => r.id)]));

describe('drillDown (rows and values)', () => {
  it('shows each drill field as text: instants in UTC, numbers and money as decimals, a missing one as null', async () => {
    const repairOrders = [
      paidRo('R1', '2024-03-04', {
        odometerInKm: 21_005,
        deliveredAt: '2024-03-05T17:00:00+08:00',
        closedAt: '2024-03-05T17:30:00+08:00',
        jobs: [
          {
            id: 'R1-J1',
            concern: '异响',
            system: 'brakes',
            authorization: 'approved',
            payType: 'CP',
            laborLines: [
              {
                id: 'R1-L1',
                opCode: 'BRK-1',
                description: '更换刹车片',
                soldHours: '1.5',
                laborAmount: '480.50',
                payType: 'CP',
              },
            ],
          },
        ],
      }),
      // No odometer, no delivery, no labor: not in `km`; its drill fields are null.
      paidRo('R2', '2024-03-06'),
    ];
    const drilled = await drillDown(
      { repairOrders },
      { ...byDealerAndMonth, kpi: roFacts, cell: { group: { dealer: 'DLR-001' }, period: MARCH } },
    );
    const r1 = {
      id: 'R1',
      input: 'repairOrders',
      row: 0,
      values: {
        advisorId: 'SA-1',
        previousRoId: null,
        odometerInKm: '21005',
        // 17:00 in Beijing (UTC+8) is 09:00 UTC.
        deliveredAt: '2024-03-05T09:00:00.000Z',
        laborSales: '480.5',
        isComeback: false,
      },
    };
    const r2 = {
      id: 'R2',
      input: 'repairOrders',
      row: 1,
      values: {
        advisorId: 'SA-1',
        previousRoId: null,
        odometerInKm: null,
        deliveredAt: null,
        laborSales: '0',
        isComeback: false,
      },
    };
    expect(drilled).toStrictEqual({
      kpi: 'test.ro.facts',
      group: { dealer: 'DLR-001' },
      period: MARCH,
      measures: {
        ros: { source: 'repairOrder', rows: [r1, r2] },
        // A labor line names its RO; the drill fields are the KPI source's (ROs), so it shows none.
        lines: {
          source: 'laborLine',
          rows: [{ id: 'R1-L1', parentId: 'R1', input: 'repairOrders', row: 0, values: {} }],
        },
        km: { source: 'repairOrder', rows: [r1] },
      },
      rejected: [],
    });
  });

  it('shows a date field as YYYY-MM-DD and keeps a period’s first and last day, from a source with no currency', async () => {
    const day = (id: string, date: string, openHoursOfDay: string) => ({
      id,
      dealerId: 'DLR-001',
      date,
      bays: '4',
      openHours: openHoursOfDay,
    });
    const workshopDays = [
      day('WD-0', '2024-02-29', '9'),
      day('WD-1', '2024-03-01', '9.5'),
      day('WD-2', '2024-03-31', '8'),
      day('WD-3', '2024-04-01', '9'),
    ];
    const drilled = await drillDown(
      { workshopDays },
      { ...byDealerAndMonth, kpi: openHours, cell: { group: { dealer: 'DLR-001' }, period: MARCH } },
    );
    expect(drilled.measures.hours?.rows).toEqual([
      {
        id: 'WD-1',
        input: 'workshopDays',
        row: 1,
        values: { date: '2024-03-01', bays: '4', openHours: '9.5' },
      },
      {
        id: 'WD-2',
        input: 'workshopDays',
        row: 2,
        values: { date: '2024-03-31', bays: '4', openHours: '8' },
      },
    ]);
  });

  it('lists only the rows of the cell’s group, currency and report period, and the records it rejected', async () => {
    const repairOrders: unknown[] = [
      paidRo('A1', '2024-03-04'),
      paidRo('A2', '2024-03-05', { dealerId: 'DLR-002' }),
      paidRo('A3', '2024-03-05', { currency: 'USD' }),
      { id: 'broken' },
      paidRo('A6', '2024-03-05'),
      paidRo('A4', '2024-03-11'),
      paidRo('A5', '2024-03-12'),
    ];
    const cell = { group: { dealer: 'DLR-001' }, period: MARCH };
    const drill = (more: object) =>
      drillDown({ repairOrders } as never, { ...byDealerAndMonth, kpi: roFacts, cell, ...more });

    const all = await drill({});
    // DLR-001 in CNY (the default): A1, A6, A4, A5 — A2 is another dealer's, A3 in USD.
    expect(idsOf(all)).toEqual({ ros: ['A1', 'A6', 'A4', 'A5'] });
    expect(all.rejected.map((r) => [r.input, r.row])).toEqual([['repairOrders', 3]]);
    expect(all.rejected[0]?.issues.length).toBeGreaterThan(0);
    // period 03-05 … 03-11, both days included: A6 (03-05) and A4 (03-11).
    expect(idsOf(await drill({ period: { from: '2024-03-05', to: '2024-03-11' } }))).toEqual({
      ros: ['A6', 'A4'],
    });
    expect(idsOf(await drill({ currency: 'USD' }))).toEqual({ ros: ['A3'] });
  });

  it('applies the report’s params to the KPI’s filters', async () => {
    const kmAtLeast = defineKpi({
      ...kpiText,
      id: 'test.km.at.least',
      source: 'repairOrder',
      periodBy: 'openedAt',
      params: { minKm: 20_000 },
      measures: { ros: count({ where: ge(field('odometerInKm'), param('minKm')) }) },
      numerator: 'ros',
    });
    const repairOrders = [
      paidRo('LOW', '2024-03-04', { odometerInKm: 15_000 }),
      // A labor line too: lines, which this KPI does not count, are passed over.
      paidRo('HIGH', '2024-03-05', {
        odometerInKm: 25_000,
        jobs: [
          {
            id: 'HIGH-J1',
            concern: '异响',
            system: 'brakes',
            authorization: 'approved',
            payType: 'CP',
            laborLines: [
              {
                id: 'HIGH-L1',
                opCode: 'BRK-1',
                description: '更换刹车片',
                soldHours: '1',
                laborAmount: '300',
                payType: 'CP',
              },
            ],
          },
        ],
      }),
    ];
    const options = {
      ...byDealerAndMonth,
      kpi: kmAtLeast,
      cell: { group: { dealer: 'DLR-001' }, period: MARCH },
    };
    expect(idsOf(await drillDown({ repairOrders }, options))).toEqual({ ros: ['HIGH'] });
    const params = { 'test.km.at.least': { minKm: 10_000 } };
    expect(idsOf(await drillDown({ repairOrders }, { ...options, params }))).toEqual({
      ros: ['LOW', 'HIGH'],
    });
  });

  it('lists every placed row of the group when the report has no calendar grain, even for a cell with a period', async () => {
    const delivered = defineKpi({
      ...kpiText,
      id: 'test.delivered',
      source: 'repairOrder',
      periodBy: 'deliveredAt',
      measures: { ros: count() },
      numerator: 'ros',
    });
    const repairOrders = [
      paidRo('FEB', '2024-02-20', {
        deliveredAt: '2024-02-21T17:00:00+08:00',
        closedAt: '2024-02-21T18:00:00+08:00',
      }),
      paidRo('MAR', '2024-03-04', {
        deliveredAt: '2024-03-05T17:00:00+08:00',
        closedAt: '2024-03-05T18:00:00+08:00',
      }),
      // Not delivered: no day to place it on, so in no cell.
      paidRo('OPEN', '2024-03-06', { status: 'in_repair', closedAt: undefined }),
    ];
    const drilled = await drillDown(
      { repairOrders },
      {
        groupBy: ['dealer'],
        timeZone: SHANGHAI,
        kpi: delivered,
        cell: { group: { dealer: 'DLR-001' }, period: MARCH },
      },
    );
    expect(idsOf(drilled)).toEqual({ ros: ['FEB', 'MAR'] });
    const noPeriod = await drillDown(
      { repairOrders },
      { groupBy: ['dealer'], timeZone: SHANGHAI, kpi: delivered, cell: { group: { dealer: 'DLR-001' } } },
    );
    expect('period' in noPeriod).toBe(false);
    expect(noPeriod.group).toEqual({ dealer: 'DLR-001' });
  });

  it('lists the rows of a trailing window: after the day 12 months before the period end, up to that end', async () => {
    // care.base as of 2024-03-31 counts ROs opened 2023-04-01 … 2024-03-31 (a 12-month window).
    const repairOrders = [
      paidRo('W0', '2023-03-31', { vin: 'LFV2A21K5P3043817' }),
      paidRo('W1', '2023-04-01', { vin: 'LSVAU218XN2183294' }),
      paidRo('W2', '2024-03-31', { vin: 'LVSHCAMB1CE000001' }),
      paidRo('W3', '2024-04-01', { vin: 'LFV3A23C0J3000002' }),
    ];
    const options = {
      ...byDealerAndMonth,
      kpi: customerBase,
      cell: { group: { dealer: 'DLR-001' }, period: MARCH },
    };
    expect(idsOf(await drillDown({ repairOrders }, options))).toEqual({ vehicles: ['W1', 'W2'] });
    const report = computeKpisSync({ repairOrders }, { ...byDealerAndMonth, kpis: [customerBase] });
    expect(report.cells.find((c) => c.period?.label === '2024-03')?.value).toBe('2');
  });

  it('lists a set two measures share under each of them (retention: sold and the retained sales)', async () => {
    // As of 2024-02-29 (the report runs to its last row's month): sold in the 3 years before, V1
    // (2022-06-01) and V2 (2023-01-15); visited with a CP repair in the 12 months before, V1 (R1,
    // 2024-02-10). Retention 1 ÷ 2 = 50 %.
    const vehicles = [
      { vin: 'LFV2A21K5P3043817', sellingDealerId: 'DLR-001', saleDate: '2022-06-01' },
      { vin: 'LSVAU218XN2183294', sellingDealerId: 'DLR-001', saleDate: '2023-01-15' },
    ];
    const repairOrders = [paidRo('R1', '2024-02-10', { vin: 'LFV2A21K5P3043817' })];
    const cell = { group: { dealer: 'DLR-001' }, period: MARCH };
    const drilled = await drillDown(
      { vehicles, repairOrders },
      { ...byDealerAndMonth, kpi: customerRetention, cell },
    );
    const vinsOf = (name: string) => drilled.measures[name]?.rows.map((row) => row.id);
    expect(vinsOf('sold')).toEqual(['LFV2A21K5P3043817', 'LSVAU218XN2183294']);
    expect(vinsOf('retained')).toEqual(['LFV2A21K5P3043817', 'LSVAU218XN2183294']);
    expect(vinsOf('retained.intersect')).toEqual(['R1']);
    const report = computeKpisSync(
      { vehicles, repairOrders },
      { ...byDealerAndMonth, kpis: [customerRetention] },
    );
    expect(report.cells.find((c) => c.period?.label === '2024-02')?.value).toBe('50');
  });

  it('keeps a window’s rows dated before the report period, as the report counts them', async () => {
    // With period 2024-03-01 … 03-31, care.base as of 03-31 still counts W1 (opened 2023-04-01).
    const repairOrders = [
      paidRo('W1', '2023-04-01', { vin: 'LSVAU218XN2183294' }),
      paidRo('W2', '2024-03-31', { vin: 'LVSHCAMB1CE000001' }),
    ];
    const period = { from: '2024-03-01', to: '2024-03-31' };
    const report = computeKpisSync({ repairOrders }, { ...byDealerAndMonth, period, kpis: [customerBase] });
    expect(report.cells.map((c) => [c.period?.label, c.value])).toEqual([['2024-03', '2']]);
    const drilled = await drillDown(
      { repairOrders },
      {
        ...byDealerAndMonth,
        period,
        kpi: customerBase,
        cell: { group: { dealer: 'DLR-001' }, period: MARCH },
      },
    );
    expect(idsOf(drilled)).toEqual({ vehicles: ['W1', 'W2'] });
  });

  it('ignores inputs the KPI does not read, malformed records included, and drill names that are no field', async () => {
    const repairOrders = [paidRo('R1', '2024-03-04')];
    const kpi = { ...roFacts, drill: ['advisorId', 'notAField'] };
    const drilled = await drillDown(
      { repairOrders, workshopDays: [{ id: 'broken' }] },
      { ...byDealerAndMonth, kpi, cell: { group: { dealer: 'DLR-001' }, period: MARCH } },
    );
    expect(drilled.rejected).toEqual([]);
    expect(drilled.measures.ros?.rows.map((row) => row.values)).toStrictEqual([{ advisorId: 'SA-1' }]);
  });
});
