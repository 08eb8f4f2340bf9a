import { describe, expect, it } from 'vitest';
import { acmePolicy, issuesOf } from '../policy/testing';
import { evaluateWarranty } from './evaluateWarranty';
import { evaluate, HUAXIA, request, SHANGHAI } from './testing';

// The params of the errors a user gets for a vehicle or repair that cannot be assessed: what is
// missing or out of range, in English and Chinese, and the rule that needed it.

describe('evaluateWarranty: the start date the policy counts from is not recorded', () => {
  const onlyInvoice = request({ date: '2025-01-01', odometerKm: 5_000 }, { vehicle: { brand: 'Acme' } });

  it('names the delivery date, in both languages, for a policy counting from delivery', () => {
    const policy = acmePolicy({ startEvent: 'delivery' });
    expect(issuesOf(() => evaluate(onlyInvoice, { policy }))).toEqual([
      {
        code: 'warranty.missing_fact',
        path: ['vehicle', 'deliveryDate'],
        params: {
          fact: "the vehicle's deliveryDate (the policy's start event)",
          factZh: '车辆的交车日期（保修起算日）',
          rule: 'warranty.policy.start',
        },
      },
    ]);
  });

  it('names the sale date for a policy counting from the sale', () => {
    const policy = acmePolicy({ startEvent: 'sale' });
    expect(issuesOf(() => evaluate(onlyInvoice, { policy }))).toEqual([
      {
        code: 'warranty.missing_fact',
        path: ['vehicle', 'saleDate'],
        params: {
          fact: "the vehicle's saleDate (the policy's start event)",
          factZh: '车辆的销售日期（保修起算日）',
          rule: 'warranty.policy.start',
        },
      },
    ]);
  });

  it('names the invoice date for a policy counting from the invoice', () => {
    const onlyDelivery = request(
      { date: '2025-01-01', odometerKm: 5_000 },
      { vehicle: { brand: 'Acme', invoiceDate: undefined, deliveryDate: '2024-03-05' } },
    );
    expect(issuesOf(() => evaluate(onlyDelivery, { policy: acmePolicy() }))).toEqual([
      {
        code: 'warranty.missing_fact',
        path: ['vehicle', 'invoiceDate'],
        params: {
          fact: "the vehicle's invoiceDate (the policy's start event)",
          factZh: '车辆的购车发票日期（保修起算日）',
          rule: 'warranty.policy.start',
        },
      },
    ]);
  });
});

describe('evaluateWarranty: a repair before coverage starts', () => {
  it('a repair dated the day before the invoice: time.invalid_range from the start to the repair date', () => {
    const early = request({ date: '2024-02-29', odometerKm: 0 }, { vehicle: { brand: 'Acme' } });
    expect(issuesOf(() => evaluate(early, { policy: acmePolicy() }))).toEqual([
      {
        code: 'time.invalid_range',
        path: ['repair', 'date'],
        params: { start: '2024-03-01', end: '2024-02-29' },
      },
    ]);
  });

  it('an odometer 1 km below the start reading: time.invalid_range with both readings and the reason', () => {
    const below = request(
      { date: '2024-06-01', odometerKm: 29 },
      { vehicle: { brand: 'Acme' }, startKm: 30 },
    );
    expect(issuesOf(() => evaluate(below, { policy: acmePolicy() }))).toEqual([
      {
        code: 'time.invalid_range',
        path: ['repair', 'odometerKm'],
        params: {
          start: '30 km',
          end: '29 km',
          reason: 'the odometer reads less than when coverage started',
          reasonZh: '维修里程低于保修起算时的里程',
        },
      },
    ]);
  });
});

describe('evaluateWarranty: bad options, with what was expected and received', () => {
  const good = request({ date: '2025-01-01', odometerKm: 1_000 });

  it('options that are not an object: input.invalid_type naming what they are', () => {
    expect(issuesOf(() => evaluateWarranty(good, null as never))).toEqual([
      { code: 'input.invalid_type', path: ['options'], params: { expected: 'object', received: 'null' } },
    ]);
    expect(issuesOf(() => evaluateWarranty(good, 'CN' as never))).toEqual([
      { code: 'input.invalid_type', path: ['options'], params: { expected: 'object', received: 'string' } },
    ]);
  });

  it('an empty list of policies: input.too_small, at least 1', () => {
    expect(issuesOf(() => evaluateWarranty(good, { policy: [], timeZone: SHANGHAI }))).toEqual([
      { code: 'input.too_small', path: ['options', 'policy'], params: { minimum: 1, inclusive: true } },
    ]);
  });

  it('jurisdictions that are not a list: input.invalid_type, an array expected', () => {
    const options = { policy: HUAXIA, jurisdictions: 'CN' as never, timeZone: SHANGHAI };
    expect(issuesOf(() => evaluateWarranty(good, options))).toEqual([
      {
        code: 'input.invalid_type',
        path: ['options', 'jurisdictions'],
        params: { expected: 'array', received: 'string' },
      },
    ]);
  });
});

describe('evaluateWarranty: no policy, or another currency', () => {
  it('a brand no policy covers: warranty.no_policy naming the vehicle and its sale date', () => {
    const acme = request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { brand: 'Acme' } });
    expect(issuesOf(() => evaluate(acme))).toEqual([
      {
        code: 'warranty.no_policy',
        path: ['vehicle'],
        params: { vehicle: 'Acme HX5 LHXAB2C31R0000012', soldOn: '2024-03-01', soldOnZh: '2024-03-01' },
      },
    ]);
  });

  it('a vehicle with no sale, invoice or delivery date: the sale date is said to be unrecorded', () => {
    const undated = request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { invoiceDate: undefined } });
    expect(issuesOf(() => evaluate(undated))).toEqual([
      {
        code: 'warranty.no_policy',
        path: ['vehicle'],
        params: { vehicle: 'Huaxia HX5 LHXAB2C31R0000012', soldOn: 'an unrecorded date', soldOnZh: '未记录' },
      },
    ]);
  });

  it('an amount in USD under a CNY policy: warranty.currency_mismatch, CNY expected', () => {
    const usd = request({ date: '2025-01-01', odometerKm: 1_000, amount: '100.00', currency: 'USD' });
    expect(issuesOf(() => evaluate(usd))).toEqual([
      {
        code: 'warranty.currency_mismatch',
        path: ['repair', 'currency'],
        params: { expected: 'CNY', received: 'USD' },
      },
    ]);
  });
});

describe('evaluateWarranty: a period no calendar date can end', () => {
  it('1 month from 9999-12-15 would end in year 10000: time.invalid_period naming the months', () => {
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { months: 1 }, covers: { systems: ['engine'] } }],
    });
    const late = request(
      { date: '9999-12-16', odometerKm: 0 },
      { vehicle: { brand: 'Acme', invoiceDate: '9999-12-15' } },
    );
    expect(issuesOf(() => evaluate(late, { policy }))).toEqual([
      {
        code: 'time.invalid_period',
        path: ['period', 'months'],
        params: {
          reason: 'months 1 from 9999-12-15 ends after 9999-12-31',
          reasonZh: '自 9999-12-15 起 1 个月将超过 9999-12-31',
        },
      },
    ]);
  });

  it('30 days from 9999-12-01 end on 9999-12-31, the last nameable day: taken', () => {
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { days: 30 }, covers: { systems: ['engine'] } }],
    });
    const last = request(
      { date: '9999-12-15', odometerKm: 0 },
      { vehicle: { brand: 'Acme', invoiceDate: '9999-12-01' } },
    );
    expect(evaluate(last, { policy }).details).toMatchObject({ endDate: '9999-12-31', daysLeft: 16 });
  });
});
