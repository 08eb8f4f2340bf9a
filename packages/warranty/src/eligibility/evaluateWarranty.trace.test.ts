import { describe, expect, it } from 'vitest';
import { testFloor } from '../jurisdiction/testing';
import { acmePolicy, issuesOf } from '../policy/testing';
import { evaluate, request, stepOf } from './testing';

// The Acme test policy (sold from 2020, periods from the invoice date), changed per test; the
// vehicle is invoiced 2024-03-01 unless a test says otherwise. Counting as in WARRANTY.md: the
// start day is not counted, the end date and exactly the km limit are inside.

const acme = { vehicle: { brand: 'Acme' } };

describe('evaluateWarranty trace: what each coverage step says', () => {
  it('a coverage limited by distance only says how many km are left, and no end date', () => {
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { km: 20_000 }, covers: { systems: ['engine'] } }],
    });
    // 20,000 − 1,000 driven = 19,000 km left, however long ago the car was bought.
    const decision = evaluate(request({ date: '2030-01-01', odometerKm: 1_000 }, acme), { policy });
    const step = stepOf(decision, 'warranty.coverage.period', 'basic');
    expect(step.status).toBe('passed');
    expect(step.facts).toMatchObject({ endDate: null, kmLimit: 20_000, daysLeft: null, kmLeft: 19_000 });
    expect(step.message).toEqual({
      en: 'basic: 20,000 km from 2024-03-01, 19,000 km left',
      zh: 'basic：自 2024-03-01 起 20,000 km，剩余19,000 km',
    });
  });

  it('a repair that names no system, part group or failure code: no coverage, "nothing stated"', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000, system: undefined }, acme), {
      policy: acmePolicy(),
    });
    expect(decision.outcome).toBe('not_covered');
    const scope = stepOf(decision, 'warranty.coverage.scope');
    expect(scope.status).toBe('failed');
    expect(scope.facts).toEqual({ system: null, partGroup: null, failureCode: null, coverages: [] });
    expect(scope.message).toEqual({
      en: 'No coverage of the policy covers the repair (nothing stated)',
      zh: '政策中没有覆盖该维修的保修项目（未说明维修部位）',
    });
  });

  it('of two expired coverages, names the nearer miss even when it is listed second', () => {
    const policy = acmePolicy({
      coverages: [
        { id: 'short', class: 'basic', period: { months: 12 }, covers: { systems: ['engine'] } },
        { id: 'long', class: 'powertrain', period: { months: 24 }, covers: { systems: ['engine'] } },
      ],
    });
    // short ends 2025-03-01, long 2026-03-01; repaired 2026-03-11: long 10 days over, short
    // 365 + 10 = 375 days over.
    const decision = evaluate(request({ date: '2026-03-11', odometerKm: 1_000 }, acme), { policy });
    expect(decision.outcome).toBe('not_covered');
    expect(decision.details.expired).toEqual({ coverage: 'long', daysAgo: 10, kmAgo: null });
    expect(decision.details.hint).toEqual({ en: 'long expired 10 days ago', zh: 'long 已过期，超出10天' });
    expect(stepOf(decision, 'warranty.coverage.period', 'short').facts).toMatchObject({ daysOver: 375 });
  });

  it('of two coverages past by km only, names the one fewer km past, listed second', () => {
    const policy = acmePolicy({
      coverages: [
        { id: 'short', class: 'basic', period: { months: 36, km: 10_000 }, covers: { systems: ['engine'] } },
        {
          id: 'long',
          class: 'powertrain',
          period: { months: 36, km: 20_000 },
          covers: { systems: ['engine'] },
        },
      ],
    });
    // 25,000 km driven: short 15,000 km over, long 5,000 km over; both inside their 36 months.
    const decision = evaluate(request({ date: '2025-03-01', odometerKm: 25_000 }, acme), { policy });
    expect(decision.details.expired).toEqual({ coverage: 'long', daysAgo: null, kmAgo: 5_000 });
  });

  it('of two coverages past by km only, keeps the first listed when it is fewer km past, or as many', () => {
    const twoBy = (first: number, second: number) =>
      acmePolicy({
        coverages: [
          { id: 'first', class: 'basic', period: { months: 36, km: first }, covers: { systems: ['engine'] } },
          {
            id: 'second',
            class: 'powertrain',
            period: { months: 36, km: second },
            covers: { systems: ['engine'] },
          },
        ],
      });
    const repair = request({ date: '2025-03-01', odometerKm: 25_000 }, acme);
    // 25,000 km driven: a 20,000 km limit is 5,000 over, a 10,000 km limit 15,000 over.
    expect(evaluate(repair, { policy: twoBy(20_000, 10_000) }).details.expired).toEqual({
      coverage: 'first',
      daysAgo: null,
      kmAgo: 5_000,
    });
    expect(evaluate(repair, { policy: twoBy(20_000, 20_000) }).details.expired).toEqual({
      coverage: 'first',
      daysAgo: null,
      kmAgo: 5_000,
    });
  });

  it('a period in days that would end after 9999-12-31: time.invalid_period naming the days', () => {
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { days: 30 }, covers: { systems: ['engine'] } }],
    });
    // 9999-12-15 + 30 days = 10000-01-14: no calendar date can name it.
    const late = request(
      { date: '9999-12-16', odometerKm: 0 },
      { vehicle: { brand: 'Acme', invoiceDate: '9999-12-15' } },
    );
    expect(issuesOf(() => evaluate(late, { policy }))).toEqual([
      {
        code: 'time.invalid_period',
        path: ['period', 'days'],
        params: {
          reason: 'days 30 from 9999-12-15 ends after 9999-12-31',
          reasonZh: '自 9999-12-15 起 30 天将超过 9999-12-31',
        },
      },
    ]);
  });
});

describe('evaluateWarranty trace: a market no pack governs', () => {
  it('cites the scope of the first pack of the market when that pack has no repair floor', () => {
    // A rights-only pack (no repair floor) governing vehicles started from 2022-01-01; this car
    // was invoiced 2021-06-01, before it.
    const { repairFloor: _, ...rightsOnly } = testFloor({ id: 'rights-only' });
    const decision = evaluate(
      request(
        { date: '2021-08-01', odometerKm: 1_000 },
        { vehicle: { brand: 'Acme', invoiceDate: '2021-06-01' } },
      ),
      { policy: acmePolicy(), jurisdictions: [rightsOnly] },
    );
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, 'warranty.jurisdiction.governs')).toMatchObject({
      status: 'not_applicable',
      facts: { market: 'CN', jurisdictions: ['rights-only'] },
      message: {
        en: 'CN: no rule pack given governs a vehicle with this start date',
        zh: 'CN：所给法规包均不适用于该起算日期的车辆',
      },
      cite: 'regulation:rights-only#scope',
    });
  });
});
