import { type AftersalesIssue, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { readHealthOptions, readHealthRecords } from './partsHealthOptions';
import type { PartsHealthOptions } from './partsHealthTypes';
import { Q1, TIME_ZONE } from './testing';

const quarter = { timeZone: TIME_ZONE, period: Q1 };
const march = { timeZone: TIME_ZONE, period: { from: '2024-03-01', to: '2024-03-31' } };

/** The first issue of the AftersalesError `run` throws. */
function issueOf(run: () => unknown): AftersalesIssue {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues[0] as AftersalesIssue;
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

const options = (more: Record<string, unknown>) => () =>
  readHealthOptions({ ...quarter, ...more } as unknown as PartsHealthOptions);
const records = (value: unknown) => () => readHealthRecords(value);

// The eleven parts KPIs in catalog order (@aftersales/kpi partsKpis); safety stock is the third.
const ALL_KPIS = [
  'parts.turnover',
  'parts.days.supply',
  'parts.safety.stock',
  'parts.fill.rate',
  'parts.lost.sales',
  'parts.slow.share',
  'parts.gp',
  'parts.stocktake.variance',
  'parts.stocktake.variance.net',
  'parts.outsourced.share',
  'parts.stock.order.share',
];
const WITHOUT_SAFETY = ALL_KPIS.filter((id) => id !== 'parts.safety.stock');
const NOT_A_MONTH = {
  en: "safety stock compares the stock with one month's outbound value: give a period of one calendar month",
  zh: '安全库存按当月出库金额计算：请给定一个完整的自然月期间',
};

describe('readHealthOptions', () => {
  it('names the options object when it is not one, by what it is', () => {
    const expected = '{ timeZone, period, … }';
    for (const [given, received] of [
      [null, 'null'],
      [[], 'array'],
      ['Asia/Shanghai', 'string'],
      [undefined, 'undefined'],
    ] as const) {
      const issue = issueOf(() => readHealthOptions(given as never));
      expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['options'] });
      expect(issue.params).toEqual({ expected, received });
    }
    expect(issueOf(() => readHealthOptions(null as never)).message.en).toBe(
      'options must be { timeZone, period, … } (received null)',
    );
  });

  it('names the period when it is not an object, and its from or to when not a date', () => {
    const expected = '{ from, to } (calendar dates)';
    for (const [period, received] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [['2024-01-01', '2024-03-31'], 'array'],
      ['2024-Q1', 'string'],
    ] as const) {
      const issue = issueOf(options({ period }));
      expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['period'] });
      expect(issue.params).toEqual({ expected, received });
    }
    expect(issueOf(options({ period: { from: '2024-01-01', to: '2024-02-30' } }))).toMatchObject({
      code: 'time.invalid_date',
      path: ['period', 'to'],
    });
  });

  it('refuses a period that ends before it starts, and takes a single day', () => {
    const issue = issueOf(options({ period: { from: '2024-04-01', to: '2024-03-31' } }));
    expect(issue).toMatchObject({ code: 'time.invalid_range', path: ['period', 'to'] });
    expect(issue.params).toEqual({ start: '2024-04-01', end: '2024-03-31' });
    expect(issue.message.en).toBe('period.to the range ends (2024-03-31) before it starts (2024-04-01)');
    // from = to: one day, both included
    const day = readHealthOptions({ timeZone: TIME_ZONE, period: { from: '2024-03-31', to: '2024-03-31' } });
    expect(day.period).toEqual({ from: '2024-03-31', to: '2024-03-31' });
  });

  describe('safety stock only over one calendar month (1.5 × the month’s outbound)', () => {
    it('keeps it for March 2024 and for February 2024 (a leap year: to the 29th)', () => {
      for (const period of [
        { from: '2024-03-01', to: '2024-03-31' },
        { from: '2024-02-01', to: '2024-02-29' },
      ]) {
        const settings = readHealthOptions({ timeZone: TIME_ZONE, period });
        expect(settings.kpis.map((kpi) => kpi.id)).toEqual(ALL_KPIS);
        expect(settings.skipped).toEqual([]);
      }
    });

    it('skips it, saying why, for a quarter, a month-long span not starting on the 1st, or a short month', () => {
      for (const period of [
        Q1,
        // 03-02 + 1 month − 1 day = 04-01: a month long, but not a calendar month
        { from: '2024-03-02', to: '2024-04-01' },
        { from: '2024-02-01', to: '2024-02-28' }, // a day short of February 2024
        { from: '2024-03-01', to: '2024-04-01' }, // a day over
      ]) {
        const settings = readHealthOptions({ timeZone: TIME_ZONE, period });
        expect(settings.kpis.map((kpi) => kpi.id)).toEqual(WITHOUT_SAFETY);
        expect(settings.skipped).toEqual([{ kpi: 'parts.safety.stock', reason: NOT_A_MONTH }]);
      }
    });
  });

  it('takes an ISO currency and names a bad one by its text, or by its type when not a string', () => {
    expect(readHealthOptions({ ...quarter, currency: 'USD' }).currency).toBe('USD');
    expect(readHealthOptions(quarter).currency).toBeUndefined();
    for (const [currency, shown] of [
      ['ABC', 'ABC'],
      ['usd', 'usd'],
      [840, 'number'],
      [null, 'null'],
      [['USD'], 'array'],
    ] as const) {
      const issue = issueOf(options({ currency }));
      expect(issue).toMatchObject({ code: 'money.invalid_currency', path: ['currency'] });
      expect(issue.params).toEqual({ currency: shown });
    }
    expect(issueOf(options({ currency: 840 })).message.en).toBe(
      "currency 'number' is not an ISO 4217 currency code",
    );
  });

  describe('targets', () => {
    const fill = (atLeast: unknown) => ({
      id: `fill.${String(atLeast)}`,
      targets: { 'parts.fill.rate': { atLeast, cite: 'manual:parts.fill.rate' } },
    });

    it('takes none, one profile, or a list', () => {
      expect(readHealthOptions(quarter).profiles).toEqual([]);
      expect(
        readHealthOptions({ ...quarter, targets: fill('97') as never }).profiles.map((p) => p.id),
      ).toEqual(['fill.97']);
      const list = readHealthOptions({ ...quarter, targets: [fill('97'), fill('99')] as never });
      expect(list.profiles.map((p) => p.id)).toEqual(['fill.97', 'fill.99']);
    });

    it('names a bad profile by its index in a list, and without one for a single profile', () => {
      expect(issueOf(options({ targets: [fill('97'), fill(99)] }))).toMatchObject({
        code: 'input.invalid_type',
        path: ['targets', 1, 'targets', 'parts.fill.rate', 'atLeast'],
      });
      expect(issueOf(options({ targets: fill(99) }))).toMatchObject({
        code: 'input.invalid_type',
        path: ['targets', 'targets', 'parts.fill.rate', 'atLeast'],
      });
    });
  });

  describe('scope', () => {
    it('takes an OEM, a brand and a dealer, each alone or together, and none', () => {
      expect(readHealthOptions(quarter).scope).toEqual({});
      for (const scope of [{ oem: 'ACME' }, { brand: 'ACME-X' }, { dealer: 'D9' }]) {
        expect(readHealthOptions({ ...quarter, scope }).scope).toEqual(scope);
      }
      const all = { oem: 'ACME', brand: 'ACME-X', dealer: 'D9' };
      expect(readHealthOptions({ ...quarter, scope: all }).scope).toEqual(all);
    });

    it('refuses a scope that is not an object, an unknown key and a blank or non-string value', () => {
      for (const [scope, received] of [
        [null, 'null'],
        [['ACME'], 'array'],
        ['ACME', 'string'],
      ] as const) {
        const issue = issueOf(options({ scope }));
        expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['scope'] });
        expect(issue.params).toEqual({ expected: '{ oem?, brand?, dealer? }', received });
      }
      const unknown = issueOf(options({ scope: { oem: 'ACME', region: 'East' } }));
      expect(unknown).toMatchObject({ code: 'input.unrecognized_keys', path: ['scope'] });
      expect(unknown.params).toEqual({ keys: ['region'] });
      expect(unknown.message.en).toBe('scope has unknown field(s): region');
      for (const [key, value, received] of [
        ['oem', 7, 'number'],
        ['brand', '   ', 'string'], // blank once trimmed
        ['dealer', '', 'string'],
        ['dealer', null, 'null'],
      ] as const) {
        const issue = issueOf(options({ scope: { [key]: value } }));
        expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['scope', key] });
        expect(issue.params).toEqual({ expected: 'non-empty string', received });
      }
    });
  });

  describe('groupBy', () => {
    it('takes none, or distinct dimensions in the order given', () => {
      expect(readHealthOptions(quarter).groupBy).toEqual([]);
      expect(readHealthOptions({ ...quarter, groupBy: ['channel', 'dealer'] }).groupBy).toEqual([
        'channel',
        'dealer',
      ]);
    });

    it('refuses a non-array, an unknown dimension (listing the six) and a repeat', () => {
      const notArray = issueOf(options({ groupBy: 'dealer' }));
      expect(notArray).toMatchObject({ code: 'input.invalid_type', path: ['groupBy'] });
      expect(notArray.params).toEqual({ expected: 'array of dimensions', received: 'string' });
      const unknown = issueOf(options({ groupBy: ['dealer', 'month'] }));
      expect(unknown).toMatchObject({ code: 'input.invalid_value', path: ['groupBy', 1] });
      expect(unknown.params).toEqual({
        allowed: ['dealer', 'advisor', 'technician', 'payType', 'channel', 'team'],
      });
      const twice = issueOf(options({ groupBy: ['dealer', 'channel', 'dealer'] }));
      expect(twice).toMatchObject({ code: 'input.invalid', path: ['groupBy', 2] });
      expect(twice.message).toEqual({
        en: "groupBy[2] is invalid: 'dealer' is given twice",
        zh: 'groupBy[2] 无效：“dealer”重复给出',
      });
    });
  });

  describe('params', () => {
    const slow = (months: unknown) => options({ params: { 'parts.slow.share': { months } } });

    it('takes positive numbers for the two KPIs that have parameters', () => {
      expect(readHealthOptions(quarter).params).toEqual({});
      expect(
        readHealthOptions({ ...quarter, params: { 'parts.slow.share': { months: 12 } } }).params,
      ).toEqual({ 'parts.slow.share': { months: 12 } });
      // 0.5 is above zero: a fractional value is allowed
      expect(
        readHealthOptions({ ...march, params: { 'parts.safety.stock': { factor: 0.5 } } }).params,
      ).toEqual({ 'parts.safety.stock': { factor: 0.5 } });
    });

    it('checks safety stock’s parameters outside a month too, but leaves them out of the run', () => {
      const settings = readHealthOptions({ ...quarter, params: { 'parts.safety.stock': { factor: 2 } } });
      expect(settings.params).toEqual({});
      expect(issueOf(options({ params: { 'parts.safety.stock': { factor: 0 } } }))).toMatchObject({
        code: 'input.invalid_type',
        path: ['params', 'parts.safety.stock', 'factor'],
      });
    });

    it('refuses params that are not an object, and a KPI without parameters (listing those with)', () => {
      for (const [params, received] of [
        [null, 'null'],
        [[], 'array'],
        ['months=12', 'string'],
      ] as const) {
        const issue = issueOf(options({ params }));
        expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['params'] });
        expect(issue.params).toEqual({ expected: 'object of parameters by KPI id', received });
      }
      for (const id of ['parts.fill.rate', 'parts.nope']) {
        const issue = issueOf(options({ params: { [id]: {} } }));
        expect(issue).toMatchObject({ code: 'input.invalid_value', path: ['params', id] });
        // in catalog order: safety stock (factor) before the slow share (months)
        expect(issue.params).toEqual({ allowed: ['parts.safety.stock', 'parts.slow.share'] });
      }
    });

    it('refuses a KPI’s parameters that are not an object, and an unknown name (listing the known)', () => {
      const bag = issueOf(options({ params: { 'parts.slow.share': 12 } }));
      expect(bag).toMatchObject({ code: 'input.invalid_type', path: ['params', 'parts.slow.share'] });
      expect(bag.params).toEqual({ expected: 'object of parameter values', received: 'number' });
      const name = issueOf(options({ params: { 'parts.slow.share': { weeks: 26 } } }));
      expect(name).toMatchObject({
        code: 'input.invalid_value',
        path: ['params', 'parts.slow.share', 'weeks'],
      });
      expect(name.params).toEqual({ allowed: ['months'] });
    });

    it('refuses a value that is not a positive finite number, showing a number as it is', () => {
      for (const [months, received] of [
        [0, '0'],
        [-1, '-1'],
        [Number.POSITIVE_INFINITY, 'Infinity'],
        [Number.NaN, 'NaN'],
        ['6', 'string'],
        [true, 'boolean'],
        [null, 'null'],
      ] as const) {
        const issue = issueOf(slow(months));
        expect(issue).toMatchObject({
          code: 'input.invalid_type',
          path: ['params', 'parts.slow.share', 'months'],
        });
        expect(issue.params).toEqual({ expected: 'a positive number', received });
      }
      expect(issueOf(slow(0)).message.en).toBe(
        'params.parts.slow.share.months must be a positive number (received 0)',
      );
    });
  });
});

describe('readHealthRecords', () => {
  it('keeps the inputs given, in the fixed input order, and leaves out absent ones', () => {
    const rows = [{ id: 'RQ-1' }];
    const lists = readHealthRecords({ purchaseLines: [], partRequests: rows, stockCounts: undefined });
    expect(lists).toEqual({ partRequests: rows, purchaseLines: [] });
    expect(Object.keys(lists)).toEqual(['partRequests', 'purchaseLines']);
    expect(readHealthRecords({})).toEqual({});
  });

  it('names the records object when it is not one', () => {
    for (const [given, received] of [
      [null, 'null'],
      [[], 'array'],
      ['rows', 'string'],
    ] as const) {
      const issue = issueOf(records(given));
      expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['records'] });
      expect(issue.params).toEqual({
        expected: '{ stockMovements?, stockCounts?, partRequests?, … }',
        received,
      });
    }
  });

  it('lists every input a health check does not read', () => {
    const issue = issueOf(records({ repairOrders: [], partRequests: [], warrantyClaims: [] }));
    expect(issue).toMatchObject({ code: 'input.unrecognized_keys', path: ['records'] });
    expect(issue.params).toEqual({ keys: ['repairOrders', 'warrantyClaims'] });
  });

  it('names an input that is not an array', () => {
    for (const [list, received] of [
      ['rows', 'string'],
      [null, 'null'],
      [{ 0: {} }, 'object'],
    ] as const) {
      const issue = issueOf(records({ partRequests: [], stockCounts: list }));
      expect(issue).toMatchObject({ code: 'input.invalid_type', path: ['records', 'stockCounts'] });
      expect(issue.params).toEqual({ expected: 'array', received });
    }
  });
});
