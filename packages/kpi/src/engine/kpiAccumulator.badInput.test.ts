import { type AftersalesIssue, isAftersalesError } from '@aftersales/core';
import { describe, expect, it, vi } from 'vitest';
import { count, field, sum } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import { type ComputeKpisOptions, createKpiAccumulator, type KpiAccumulator } from './kpiAccumulator';
import { roCount } from './testing';

const odometer = defineKpi({
  id: 'test.odometer.total',
  area: 'service',
  name: { en: 'Odometer total', zh: '里程合计' },
  formula: { en: 'Σ odometer', zh: '进厂里程之和' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: { km: sum(field('odometerInKm')) },
  numerator: 'km',
  unit: 'count',
  direction: 'none',
  cite: 'manual:catalog.ro.count',
});

const options: ComputeKpisOptions = {
  kpis: [roCount],
  groupBy: ['dealer', 'month'],
  timeZone: 'Asia/Shanghai',
};

/** The issues of the error `run` throws (a string when it throws none or an uncoded one). */
function issuesOf(run: () => unknown): readonly AftersalesIssue[] | string {
  try {
    run();
    return 'no error';
  } catch (error) {
    return isAftersalesError(error) ? error.issues : `uncoded: ${String(error)}`;
  }
}

const issue = (code: string, path: (string | number)[], params?: Record<string, unknown>) => [
  expect.objectContaining(params === undefined ? { code, path } : { code, path, params }),
];

describe('createKpiAccumulator with bad options', () => {
  it('refuses options that are not an object, naming options and what it got', () => {
    const create = createKpiAccumulator as (options: unknown) => KpiAccumulator;
    expect(issuesOf(() => create(null))).toEqual(
      issue('input.invalid_type', ['options'], { expected: 'an object', received: 'null' }),
    );
    expect(issuesOf(() => create(undefined))).toEqual(
      issue('input.invalid_type', ['options'], { expected: 'an object', received: 'undefined' }),
    );
  });

  it('refuses kpis that are not an array, naming kpis and what it got', () => {
    expect(issuesOf(() => createKpiAccumulator({ ...options, kpis: 'ro.count' as never }))).toEqual(
      issue('input.invalid_type', ['kpis'], { expected: 'an array', received: 'string' }),
    );
    expect(issuesOf(() => createKpiAccumulator({ ...options, kpis: undefined as never }))).toEqual(
      issue('input.invalid_type', ['kpis'], { expected: 'an array', received: 'undefined' }),
    );
  });

  it('refuses a period that ends before it starts, at period.to', () => {
    const result = issuesOf(() =>
      createKpiAccumulator({ ...options, period: { from: '2024-03-01', to: '2024-02-29' } }),
    );
    expect(result).toEqual(issue('time.invalid_range', ['period', 'to']));
  });

  it('accepts a period of one day', () => {
    const accumulator = createKpiAccumulator({
      ...options,
      period: { from: '2024-02-29', to: '2024-02-29' },
    });
    accumulator.add('repairOrders', {
      id: 'R1',
      dealerId: 'D1',
      vin: 'LSVAU218XN2183294',
      openedAt: '2024-02-29T10:00:00+08:00',
      jobs: [],
    });
    expect(accumulator.result().cells.map((cell) => cell.value)).toEqual(['1']);
  });

  it('refuses a period date that is not a calendar date, naming the bound and the value', () => {
    expect(
      issuesOf(() => createKpiAccumulator({ ...options, period: { from: '2024-02-30', to: '2024-03-31' } })),
    ).toEqual(issue('time.invalid_date', ['period', 'from'], { value: '2024-02-30' }));
    expect(
      issuesOf(() =>
        createKpiAccumulator({
          ...options,
          period: { from: '2024-01-01', to: 20240331 as unknown as string },
        }),
      ),
    ).toEqual(issue('time.invalid_date', ['period', 'to'], { value: '20240331' }));
  });
});

describe('KpiAccumulator.merge with a foreign accumulator', () => {
  const refusal = issue('input.invalid', ['other'], {
    detail: 'only an accumulator created with the same options can be merged',
    detailZh: '只能合并以相同选项创建的累加器',
  });

  it('refuses an object that was not made by createKpiAccumulator', () => {
    const lookalike: KpiAccumulator = {
      add: () => undefined,
      merge: () => undefined,
      result: () => ({}) as never,
    };
    expect(issuesOf(() => createKpiAccumulator(options).merge(lookalike))).toEqual(refusal);
  });

  it('refuses an accumulator of other KPIs', () => {
    const other = createKpiAccumulator({ ...options, kpis: [roCount, odometer] });
    expect(issuesOf(() => createKpiAccumulator(options).merge(other))).toEqual(refusal);
  });

  // Each of these has as many KPIs and state slots as `options` (one count), so only the options
  // themselves tell them apart: merged, their figures would be added to ro.count's.
  it.each<[string, Partial<ComputeKpisOptions>]>([
    ['another KPI of the same shape', { kpis: [odometer] }],
    ['another grouping', { groupBy: ['advisor', 'month'] }],
    ['another time zone', { timeZone: 'Europe/Berlin' }],
    ['another currency', { currency: 'EUR' }],
    ['another period', { period: { from: '2024-01-01', to: '2024-12-31' } }],
    ['other params', { params: { 'ro.count': { minimum: 2 } } }],
    ['a calendar', { calendar: { isWorkingDay: () => true } as never }],
  ])('refuses an accumulator with %s', (_, change) => {
    const other = createKpiAccumulator({ ...options, ...change });
    expect(issuesOf(() => createKpiAccumulator(options).merge(other))).toEqual(refusal);
  });

  it('merges an accumulator of equal options given as other objects, params in another key order', () => {
    const params = { 'ro.count': { a: 1, b: 'x' }, other: { c: true } };
    const mine = createKpiAccumulator({ ...options, params });
    const theirs = createKpiAccumulator({
      kpis: [...options.kpis],
      groupBy: ['dealer', 'month'],
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      params: { other: { c: true }, 'ro.count': { b: 'x', a: 1 } },
    });
    theirs.add('repairOrders', {
      id: 'R1',
      dealerId: 'D1',
      vin: 'LSVAU218XN2183294',
      openedAt: '2024-02-29T10:00:00+08:00',
      jobs: [],
    });
    mine.merge(theirs);
    expect(mine.result().cells.map((cell) => [cell.group, cell.period?.label, cell.value])).toEqual([
      [{ dealer: 'D1' }, '2024-02', '1'],
    ]);
  });
});

describe('createKpiAccumulator options read as given', () => {
  it('refuses a currency that is not three capital letters, naming currency and the value', () => {
    expect(issuesOf(() => createKpiAccumulator({ ...options, currency: 'cny' }))).toEqual(
      issue('money.invalid_currency', ['currency'], { currency: 'cny' }),
    );
    expect(issuesOf(() => createKpiAccumulator({ ...options, currency: 156 as never }))).toEqual(
      issue('money.invalid_currency', ['currency'], { currency: '156' }),
    );
    // Exactly three letters: not a code inside a longer text.
    for (const currency of ['CNYX', 'XCNY', 'CN']) {
      expect(issuesOf(() => createKpiAccumulator({ ...options, currency }))).toEqual(
        issue('money.invalid_currency', ['currency'], { currency }),
      );
    }
  });

  it('refuses a time zone that is not an IANA zone, naming timeZone', () => {
    expect(issuesOf(() => createKpiAccumulator({ ...options, timeZone: 'Asia/Beijing' }))).toEqual(
      issue('time.invalid_zone', ['timeZone']),
    );
  });

  it("compile: 'closures' never calls new Function", () => {
    const refused = vi.fn(function refuse() {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    vi.stubGlobal('Function', refused);
    try {
      createKpiAccumulator({ ...options, kpis: [roCount, odometer], compile: 'closures' });
      expect(refused).not.toHaveBeenCalled();
      createKpiAccumulator({ ...options, kpis: [roCount, odometer] });
      expect(refused).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('KpiAccumulator.add with a bad row number or input', () => {
  const record = {
    id: 'R1',
    dealerId: 'D1',
    vin: 'LSVAU218XN2183294',
    openedAt: '2024-02-29T10:00:00+08:00',
    jobs: [],
  };

  it.each([[-1], [1.5], [Number.NaN], ['3'], [2 ** 53]])(
    'refuses row %s, naming row and the value',
    (row) => {
      const accumulator = createKpiAccumulator(options);
      expect(issuesOf(() => accumulator.add('repairOrders', record, row as number))).toEqual(
        issue('input.invalid_type', ['row'], {
          expected: 'a row number (a whole number, 0 or more)',
          received: String(row),
        }),
      );
    },
  );

  it('takes row 0, and null or no row as the running count', () => {
    const accumulator = createKpiAccumulator(options);
    accumulator.add('repairOrders', { ...record, id: 'R1' }, 0);
    accumulator.add('repairOrders', { ...record, id: 'R2' }, null as never);
    accumulator.add('repairOrders', { ...record, id: 'R3' });
    expect(accumulator.result().inputs.repairOrders).toEqual({ read: 3, accepted: 3, rejected: 0 });
  });

  it('refuses an unknown input, listing the inputs it knows', () => {
    const result = issuesOf(() => createKpiAccumulator(options).add('repairOrder', record));
    expect(result).toEqual([
      expect.objectContaining({
        code: 'input.invalid_value',
        path: ['input'],
        params: { allowed: expect.arrayContaining(['repairOrders', 'complaints']) },
      }),
    ]);
  });
});

describe('KpiAccumulator.add with a record in another currency', () => {
  // Part lines counted by the closing day of their RO: a KPI that reads the partLine source.
  const partLines = defineKpi({
    id: 'test.part.lines',
    area: 'parts',
    name: { en: 'Part lines', zh: '配件行数' },
    formula: { en: 'part lines by RO closing date', zh: '按工单关闭日期计的配件行' },
    source: 'partLine',
    periodBy: 'roClosedAt',
    measures: { lines: count() },
    numerator: 'lines',
    unit: 'count',
    direction: 'none',
    precision: 0,
    cite: 'manual:catalog.ro.count',
  });
  const closed = (id: string, more: object, partLines: object[] = []) => ({
    id,
    dealerId: 'D1',
    vin: 'LSVAU218XN2183294',
    kind: 'repair',
    status: 'closed',
    openedAt: '2024-03-01T09:00:00+08:00',
    closedAt: '2024-03-01T17:00:00+08:00',
    jobs: [{ id: 'J1', payType: 'CP', laborLines: [], partLines }],
    ...more,
  });
  const part = { id: 'P1', quantity: '1', amount: '50', payType: 'CP' };

  it('rejects it at currency, saying the currency it has and the one expected', () => {
    const accumulator = createKpiAccumulator({ ...options, currency: 'EUR' });
    accumulator.add('repairOrders', closed('R1', { currency: 'USD' }));
    accumulator.add('repairOrders', closed('R2', {})); // no currency: CNY
    expect(accumulator.result().rejected).toEqual([
      {
        input: 'repairOrders',
        row: 0,
        issues: [
          expect.objectContaining({
            code: 'kpi.currency_mismatch',
            path: ['currency'],
            params: { currency: 'USD', expected: 'EUR' },
          }),
        ],
      },
      {
        input: 'repairOrders',
        row: 1,
        issues: [
          expect.objectContaining({
            code: 'kpi.currency_mismatch',
            path: ['currency'],
            params: { currency: 'CNY', expected: 'EUR' },
          }),
        ],
      },
    ]);
  });

  it('takes a null currency like a missing one', () => {
    const accumulator = createKpiAccumulator(options);
    accumulator.add('repairOrders', closed('R1', { currency: null }));
    const report = accumulator.result();
    expect(report.inputs.repairOrders).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(report.cells.map((cell) => cell.value)).toEqual(['1']);
  });

  // R1, in USD with a part line, is rejected; R2, in CNY with no part line, is not: the part line
  // R1 left behind is not R2's.
  it('checks only the lines of the record it reads, not those of the record before', () => {
    const accumulator = createKpiAccumulator({ ...options, kpis: [roCount, partLines] });
    accumulator.add('repairOrders', closed('R1', { currency: 'USD' }, [part]));
    accumulator.add('repairOrders', closed('R2', {}));
    accumulator.add('repairOrders', closed('R3', {}, [part]));
    const report = accumulator.result();
    expect(report.inputs.repairOrders).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(report.rejected.map((rejection) => rejection.row)).toEqual([0]);
    expect(report.cells.map((cell) => [cell.kpi, cell.value])).toEqual([
      ['test.ro.count', '2'],
      ['test.part.lines', '1'],
    ]);
  });
});
