import type { RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { count, countDistinct, field, mul, sum } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import type { CustomMeasure, KpiDefinition } from '../definition/kpiDefinition';
import { computeKpisSync } from './computeKpis';
import { type ComputeKpisOptions, createKpiAccumulator } from './kpiAccumulator';

const compiles = ['generated', 'closures'] as const;

function kpi(
  id: string,
  measures: KpiDefinition['measures'],
  more: Partial<KpiDefinition> = {},
): KpiDefinition {
  return defineKpi({
    id,
    area: 'service',
    name: { en: id, zh: id },
    formula: { en: id, zh: id },
    source: 'repairOrder',
    periodBy: 'openedAt',
    measures,
    numerator: Object.keys(measures)[0] as string,
    unit: 'count',
    direction: 'none',
    cite: 'manual:catalog.ro.count',
    ...more,
  });
}

/** An RO with one labor line of `laborAmount`, opened on `openedAt`. */
function laborRo(id: string, laborAmount: string, openedAt = '2024-03-01T09:00:00+08:00'): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'D1',
    vin: 'LSVAU218XN2183294',
    kind: 'repair',
    status: 'closed',
    openedAt,
    closedAt: openedAt,
    jobs: [
      {
        id: 'J1',
        concern: '检修',
        authorization: 'approved',
        payType: 'CP',
        laborLines: [
          { id: 'L1', opCode: 'X', description: '检修', soldHours: '1', laborAmount, payType: 'CP' },
        ],
      },
    ],
  } as RepairOrderInput;
}

describe('sums of a group', () => {
  it('stay exact when many values below 2^43 add up past 2^53', () => {
    // ¥300.0001 (3,000,001 units of 10⁻⁴) × 2,932,029 = 8,796,089,932,029 units: odd, just below
    // 2^43. 1,100 of them make 9,675,698,925,231,900 units, past 2^53, where a float running
    // total drops units: exactly ¥967,569,892,523.19 (and the same times −1, −¥967,569,892,523.19).
    const total = kpi(
      'test.big.total',
      { total: sum(mul(field('laborSales'), 2_932_029)) },
      { unit: 'money' },
    );
    const negative = kpi(
      'test.big.negative',
      { total: sum(mul(field('laborSales'), -2_932_029)) },
      { unit: 'money' },
    );
    const ros = Array.from({ length: 1100 }, (_, i) => laborRo(`R${i}`, '300.0001'));
    for (const compile of compiles) {
      const report = computeKpisSync(
        { repairOrders: ros },
        { kpis: [total, negative], groupBy: [], timeZone: 'Asia/Shanghai', compile },
      );
      expect(report.cells.map((cell) => cell.numerator)).toEqual(['967569892523.19', '-967569892523.19']);
    }
  });

  it('stay exact when accumulators whose sums moved to BigInt are merged', () => {
    // Each value, ¥300.0001 × 99,999,999 = ¥30,000,009,699.9999 (300,000,096,999,999 units), is
    // past 2^43: two make 600,000,193,999,998 units, ¥60,000,019,399.9998.
    const huge = kpi('test.huge', { total: sum(mul(field('laborSales'), 99_999_999)) }, { unit: 'money' });
    for (const compile of compiles) {
      const options: ComputeKpisOptions = { kpis: [huge], groupBy: [], timeZone: 'Asia/Shanghai', compile };
      const left = createKpiAccumulator(options);
      const right = createKpiAccumulator(options);
      const empty = createKpiAccumulator(options);
      left.add('repairOrders', laborRo('A', '300.0001'));
      right.add('repairOrders', laborRo('B', '300.0001'));
      empty.merge(left);
      empty.merge(right);
      expect(empty.result().cells.map((cell) => cell.numerator)).toEqual(['60000019399.9998']);
      left.merge(right);
      expect(left.result().cells.map((cell) => cell.numerator)).toEqual(['60000019399.9998']);
    }
  });
});

describe('a group a row lands in', () => {
  // No grain, so the group has no period; its one RO is from 1965, before day 0. It is reported
  // because a row landed in it (not because of a period), in either way of running expressions.
  it('is reported without a period, before 1970', () => {
    const ros = kpi('test.ros', { ros: count() }, { precision: 0 });
    const repairOrders = [
      { id: 'R1', dealerId: 'D1', vin: 'LSVAU218XN2183294', openedAt: '1965-06-01T10:00:00+08:00', jobs: [] },
    ];
    for (const compile of compiles) {
      const report = computeKpisSync(
        { repairOrders },
        { kpis: [ros], groupBy: ['dealer'], timeZone: 'Asia/Shanghai', compile },
      );
      expect(report.cells.map((cell) => [cell.group, cell.value])).toEqual([[{ dealer: 'D1' }, '1']]);
    }
  });
});

describe('the latest value of a group', () => {
  it('is the larger one when two rows share the latest instant, whatever their order', () => {
    // Both ROs opened at 09:00: 1000 km beats 900 km (as numbers, not as text, where '900' > '1000').
    const odometer = kpi('test.last.km', { km: { agg: 'last', of: field('odometerInKm') } });
    const ro = (id: string, odometerInKm: number) => ({
      id,
      dealerId: 'D1',
      vin: 'LSVAU218XN2183294',
      openedAt: '2024-03-01T09:00:00+08:00',
      jobs: [],
      odometerInKm,
    });
    for (const compile of compiles) {
      for (const repairOrders of [
        [ro('R1', 900), ro('R2', 1000)],
        [ro('R2', 1000), ro('R1', 900)],
      ]) {
        const report = computeKpisSync(
          { repairOrders },
          { kpis: [odometer], groupBy: [], timeZone: 'Asia/Shanghai', compile },
        );
        expect(report.cells.map((cell) => cell.value)).toEqual(['1000']);
      }
    }
  });
  // R1 (1 March, 12,000 km) and R2 (5 March, no reading): the latest row with a reading is R1.
  it('is the latest row that has a value: a later row without one leaves it', () => {
    const odometer = kpi('test.last.km', { km: { agg: 'last', of: field('odometerInKm') } });
    const ro = (id: string, openedAt: string, odometerInKm?: number) => ({
      id,
      dealerId: 'D1',
      vin: 'LSVAU218XN2183294',
      openedAt,
      jobs: [],
      ...(odometerInKm === undefined ? {} : { odometerInKm }),
    });
    for (const compile of compiles) {
      for (const repairOrders of [
        [ro('R1', '2024-03-01T09:00:00+08:00', 12_000), ro('R2', '2024-03-05T09:00:00+08:00')],
        [ro('R2', '2024-03-05T09:00:00+08:00'), ro('R1', '2024-03-01T09:00:00+08:00', 12_000)],
      ]) {
        const report = computeKpisSync(
          { repairOrders },
          { kpis: [odometer], groupBy: [], timeZone: 'Asia/Shanghai', compile },
        );
        expect(report.cells.map((cell) => cell.value)).toEqual(['12000']);
      }
    }
  });
});

describe('distinct counts of a group', () => {
  it('count each value once and leave out rows without one', () => {
    const advisors = kpi('test.advisors', { advisors: countDistinct(field('advisorId')) });
    const ro = (id: string, advisorId?: string) => ({
      id,
      dealerId: 'D1',
      vin: 'LSVAU218XN2183294',
      openedAt: '2024-03-01T09:00:00+08:00',
      jobs: [],
      ...(advisorId === undefined ? {} : { advisorId }),
    });
    // SA-1 twice, SA-2 once, one RO with no advisor: 2 advisors.
    const repairOrders = [ro('R1', 'SA-1'), ro('R2', 'SA-2'), ro('R3', 'SA-1'), ro('R4')];
    for (const compile of compiles) {
      const report = computeKpisSync(
        { repairOrders },
        { kpis: [advisors], groupBy: [], timeZone: 'Asia/Shanghai', compile },
      );
      expect(report.cells.map((cell) => cell.value)).toEqual(['2']);
    }
  });
});

describe('trailing-window measures other than distinct counts', () => {
  // Window of 2 months: a row counts in each month whose last day L has L − 2 months < day ≤ L.
  // January (30 Nov, 31 Jan] holds R1, R2 and R4; February (29 Dec, 29 Feb] also R3. March's
  // window holds R3 only, but no row lands in March or later, so the report ends in February.
  const window = { months: 2 };
  const ro = (id: string, openedAt: string, odometerInKm?: number) => ({
    id,
    dealerId: 'D1',
    vin: 'LSVAU218XN2183294',
    openedAt,
    jobs: [],
    ...(odometerInKm === undefined ? {} : { odometerInKm }),
  });
  const repairOrders = [
    ro('R1', '2024-01-10T10:00:00+08:00', 1000),
    ro('R2', '2024-01-20T10:00:00+08:00', 3000),
    ro('R4', '2024-01-25T10:00:00+08:00'), // no odometer reading
    ro('R3', '2024-02-15T10:00:00+08:00', 2000),
  ];
  const kpis = [
    kpi('test.w.count', { ros: count({ window }) }),
    kpi('test.w.sum', { km: sum(field('odometerInKm'), { window }) }),
    kpi('test.w.median', {
      p50: { agg: 'quantile', of: field('odometerInKm'), q: 0.5, resolution: '1', window },
    }),
    kpi('test.w.last', { km: { agg: 'last', of: field('odometerInKm'), window } }),
  ];

  it('count, sum, take quantiles of and read the latest value of every row in the window', () => {
    for (const compile of compiles) {
      const report = computeKpisSync(
        { repairOrders },
        { kpis, groupBy: ['month'], timeZone: 'Asia/Shanghai', compile },
      );
      expect(report.cells.map((cell) => [cell.kpi, cell.period?.label, cell.value])).toEqual([
        ['test.w.count', '2024-01', '3'], // R1, R2, R4
        ['test.w.count', '2024-02', '4'], // and R3
        ['test.w.sum', '2024-01', '4000'], // 1000 + 3000
        ['test.w.sum', '2024-02', '6000'], // + 2000
        ['test.w.median', '2024-01', '1000'], // rank ⌈0.5 × 2⌉ = 1 of 1000, 3000
        ['test.w.median', '2024-02', '2000'], // rank ⌈0.5 × 3⌉ = 2 of 1000, 2000, 3000
        ['test.w.last', '2024-01', '3000'], // R2, the latest with a reading
        ['test.w.last', '2024-02', '2000'], // R3
      ]);
    }
  });

  it('spread a custom measure given a window (from JavaScript) the same way', () => {
    const rows: CustomMeasure<number> = {
      agg: 'custom',
      init: () => 0,
      add: (state) => state + 1,
      merge: (a, b) => a + b,
      result: (state) => String(state),
    };
    const counted = kpi(
      'test.w.custom',
      { rows: { ...rows, window } as unknown as CustomMeasure },
      { inMemoryOnly: true, precision: 0 },
    );
    for (const compile of compiles) {
      const report = computeKpisSync(
        { repairOrders },
        { kpis: [counted], groupBy: ['month'], timeZone: 'Asia/Shanghai', compile },
      );
      expect(report.cells.map((cell) => [cell.period?.label, cell.value])).toEqual([
        ['2024-01', '3'],
        ['2024-02', '4'],
      ]);
    }
  });
});
