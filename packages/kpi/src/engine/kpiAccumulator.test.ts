import { isAftersalesError, type RepairOrderInput } from '@aftersales/core';
import { repairOrderRecords } from '@aftersales/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, count, countDistinct, field, hoursBetween, isSet, mul, sum } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { computeKpis, computeKpisSync } from './computeKpis';
import { createKpiAccumulator } from './kpiAccumulator';
import type { KpiReport } from './kpiReport';

// One KPI per kind of aggregate, so the merge property covers every accumulator.
const kpis: readonly KpiDefinition[] = [
  defineKpi({
    id: 'test.revenue.per.ro',
    area: 'service',
    name: { en: 'Revenue per RO', zh: '单车产值' },
    formula: { en: '(labor + parts) ÷ closed ROs', zh: '（工时 + 配件）÷ 关闭工单' },
    source: 'repairOrder',
    periodBy: 'closedAt',
    where: and(field('counted'), isSet(field('closedAt'))),
    measures: { labor: sum(field('laborSales')), parts: sum(field('partsSales')), ros: count() },
    numerator: { op: 'add', args: ['labor', 'parts'] },
    denominator: 'ros',
    unit: 'money',
    direction: 'higher',
    cite: 'manual:ro.avg.revenue.repair',
  }),
  defineKpi({
    id: 'test.vehicles',
    area: 'care',
    name: { en: 'Vehicles', zh: '车辆数' },
    formula: { en: 'distinct VINs', zh: '不同车辆数' },
    source: 'repairOrder',
    periodBy: 'openedAt',
    measures: { vins: countDistinct(field('vin')) },
    numerator: 'vins',
    unit: 'count',
    direction: 'higher',
    precision: 0,
    cite: 'manual:care.base',
  }),
  defineKpi({
    id: 'test.dwell.p90',
    area: 'service',
    name: { en: 'Dwell p90', zh: '在厂时长 P90' },
    formula: { en: 'p90 of delivered − received', zh: '交车 − 接车 的 90 分位' },
    source: 'repairOrder',
    periodBy: 'deliveredAt',
    measures: {
      p90: {
        agg: 'quantile',
        of: hoursBetween(field('receivedAt'), field('deliveredAt')),
        q: 0.9,
        resolution: '0.01',
      },
    },
    numerator: 'p90',
    unit: 'hours',
    direction: 'lower',
    cite: 'manual:catalog.ro.dwell',
  }),
  defineKpi({
    id: 'test.last.odometer',
    area: 'service',
    name: { en: 'Last odometer', zh: '最后里程' },
    formula: { en: 'odometer of the latest RO', zh: '最近工单的进厂里程' },
    source: 'repairOrder',
    periodBy: 'openedAt',
    measures: { km: { agg: 'last', of: field('odometerInKm') } },
    numerator: 'km',
    unit: 'count',
    direction: 'none',
    cite: 'manual:catalog.ro.count',
  }),
  defineKpi({
    id: 'test.base',
    area: 'care',
    name: { en: 'Base', zh: '基盘' },
    formula: { en: 'distinct VINs, trailing 2 months', zh: '近 2 个月不同车辆数' },
    source: 'repairOrder',
    periodBy: 'openedAt',
    measures: { vins: countDistinct(field('vin'), { window: { months: 2 } }) },
    numerator: 'vins',
    unit: 'count',
    direction: 'higher',
    precision: 0,
    cite: 'manual:care.base',
  }),
];

const options = { kpis, groupBy: ['dealer', 'month'] as const, timeZone: 'Asia/Shanghai' };
const sample = [...repairOrderRecords({ seed: 7, count: 600, dealers: 2, comebackRate: 0.05 })];

function withoutRejectedOrder(report: KpiReport) {
  return { ...report, rejected: [...report.rejected].sort((a, b) => a.row - b.row) };
}

describe('createKpiAccumulator', () => {
  it('gives the whole’s report for any partition of the records, merged in any order', () => {
    const whole = computeKpisSync({ repairOrders: sample }, options);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: sample.length, maxLength: sample.length }),
        fc.boolean(),
        (parts, reverse) => {
          const accumulators = [0, 1, 2, 3].map(() => createKpiAccumulator(options));
          for (const [row, record] of sample.entries()) {
            accumulators[parts[row] as number]?.add('repairOrders', record, row);
          }
          const order = reverse ? [...accumulators].reverse() : accumulators;
          const [first, ...rest] = order;
          for (const other of rest) first?.merge(other);
          expect(withoutRejectedOrder(first?.result() as KpiReport)).toEqual(withoutRejectedOrder(whole));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('takes on every group and count of an accumulator merged into an empty one', () => {
    const filled = createKpiAccumulator(options);
    for (const record of sample) filled.add('repairOrders', record);
    const empty = createKpiAccumulator(options);
    empty.merge(filled);
    const report = empty.result();
    expect(report.inputs.repairOrders?.read).toBe(600);
    expect(report).toEqual(computeKpisSync({ repairOrders: sample }, options));
  });

  it('reads an async iterable the same as an array', async () => {
    async function* stream() {
      for (const record of sample) yield record;
    }
    const fromStream = await computeKpis({ repairOrders: stream() }, options);
    expect(fromStream).toEqual(computeKpisSync({ repairOrders: sample }, options));
  });

  it('rejects a bad record with its row and field, and counts every record in', () => {
    const good = sample[0] as RepairOrderInput;
    const badHours = {
      ...good,
      jobs: [
        { ...(good.jobs?.[0] ?? {}), laborLines: [{ ...good.jobs?.[0]?.laborLines?.[0], soldHours: 'two' }] },
      ],
    };
    const report = computeKpisSync(
      { repairOrders: [good, badHours, 'not an RO', { ...good, currency: 'USD' }] },
      options,
    );
    expect(report.inputs.repairOrders).toEqual({ read: 4, accepted: 1, rejected: 3 });
    expect(report.rejected.map((r) => [r.row, r.issues[0]?.code, r.issues[0]?.path])).toEqual([
      [1, 'input.invalid_format', ['jobs', 0, 'laborLines', 0, 'soldHours']],
      [2, 'input.invalid_type', []],
      [3, 'kpi.currency_mismatch', ['currency']],
    ]);
  });

  it('refuses an unknown grouping, input or KPI with coded errors', () => {
    expect(() => createKpiAccumulator({ ...options, groupBy: ['dealer', 'fortnight' as 'month'] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'input.invalid_value' })] }),
    );
    expect(() => createKpiAccumulator({ ...options, timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'time.invalid_zone' })] }),
    );
    expect(() => createKpiAccumulator(options).add('invoices', {})).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'input.invalid_value' })] }),
    );
    try {
      defineKpi({ ...(kpis[0] as KpiDefinition), where: field('noSuchField') });
      expect.unreachable();
    } catch (error) {
      expect(isAftersalesError(error) && error.issues[0]?.code).toBe('kpi.invalid_definition');
    }
  });

  it('answers malformed options and arguments with coded errors, never a TypeError', () => {
    const codeOf = (run: () => unknown): string => {
      try {
        run();
        return 'no error';
      } catch (error) {
        return isAftersalesError(error) ? error.code : `uncoded: ${String(error)}`;
      }
    };
    const bare = Object.create(null);
    const records = { repairOrders: sample.slice(0, 3) };
    const compute = (more: Record<string, unknown>) => () =>
      computeKpisSync(records, { ...options, ...more });
    expect(codeOf(compute({ period: null }))).toBe('input.invalid_type');
    expect(codeOf(compute({ currency: bare }))).toBe('money.invalid_currency');
    expect(codeOf(compute({ comebacks: { results: {} } }))).toBe('input.invalid_type');
    expect(codeOf(compute({ comebacks: { results: [null] } }))).toBe('input.invalid_type');
    // The first add names no input: before the fix, the empty "last input" matched it.
    expect(codeOf(() => (createKpiAccumulator(options).add as (...args: unknown[]) => void)())).toBe(
      'input.invalid_value',
    );
    expect(codeOf(() => createKpiAccumulator(options).add('repairOrders', sample[0], 1.5))).toBe(
      'input.invalid_type',
    );
    // After a merge the counts are looked up again, whatever the input is named.
    const accumulator = createKpiAccumulator(options);
    accumulator.add('repairOrders', sample[0]);
    accumulator.merge(createKpiAccumulator(options));
    expect(codeOf(() => accumulator.add(undefined as never, sample[1]))).toBe('input.invalid_value');
    accumulator.add('repairOrders', sample[1]);
    expect(accumulator.result().inputs.repairOrders?.read).toBe(2);
  });

  it('counts a row whose arithmetic passes the largest double as null, not an exception', () => {
    let squared = field('odometerInKm');
    for (let i = 0; i < 6; i += 1) squared = { op: 'mul', args: [squared, squared] };
    const { where: _, ...revenue } = kpis[0] as KpiDefinition;
    const huge = defineKpi({
      ...revenue,
      id: 'test.overflow',
      measures: { km: sum(squared), ros: count() },
      numerator: 'km',
      denominator: 'ros',
    });
    const records = { repairOrders: sample.slice(0, 3).map((ro) => ({ ...ro, odometerInKm: 800_000_000 })) };
    for (const compile of ['generated', 'closures'] as const) {
      const report = computeKpisSync(records, { ...options, kpis: [huge], compile });
      expect(report.inputs.repairOrders).toEqual({ read: 3, accepted: 3, rejected: 0 });
      expect(report.cells.every((cell) => cell.numerator === '0')).toBe(true);
    }
  });
});

describe('sums past 2^53', () => {
  it('stay exact: large values and large totals move to BigInt', () => {
    // Each RO's labor sales (¥300.0001 = 3,000,001 units of 10⁻⁴) × 99,999,999 is 300,000,096,999,999
    // units: odd, and past 2^43 (8.8 × 10¹²). 40 ROs sum to 12,000,003,879,999,960 units, past 2^53
    // (9.0 × 10¹⁵), where a float sum of odd values drops units. Exactly: ¥1,200,000,387,999.996.
    const huge = defineKpi({
      id: 'test.huge',
      area: 'service',
      name: { en: 'Huge', zh: '大数' },
      formula: { en: 'labor sales × 99,999,999', zh: '工时收入 × 99999999' },
      source: 'repairOrder',
      periodBy: 'openedAt',
      measures: { total: sum(mul(field('laborSales'), 99_999_999)) },
      numerator: 'total',
      unit: 'money',
      direction: 'none',
      cite: 'manual:catalog.ro.count',
    });
    const base = sample[0] as RepairOrderInput;
    const ros = Array.from({ length: 40 }, (_, i) => ({
      ...base,
      id: `BIG-${i}`,
      status: 'closed',
      cancelledAt: undefined,
      voidedAt: undefined,
      jobs: [
        {
          id: 'J1',
          concern: '检修',
          authorization: 'approved',
          payType: 'CP',
          laborLines: [
            {
              id: 'L1',
              opCode: 'X',
              description: '检修',
              soldHours: '1',
              laborAmount: '300.0001',
              payType: 'CP',
            },
          ],
        },
      ],
    })) as RepairOrderInput[];
    for (const compile of ['generated', 'closures'] as const) {
      const report = computeKpisSync(
        { repairOrders: ros },
        { kpis: [huge], groupBy: [], timeZone: 'Asia/Shanghai', compile },
      );
      expect(report.cells.map((cell) => cell.numerator)).toEqual(['1200000387999.996']);
    }
  });
});
