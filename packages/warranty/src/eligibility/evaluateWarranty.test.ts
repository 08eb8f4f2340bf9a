import { describe, expect, it } from 'vitest';
import { testFloor } from '../jurisdiction/testing';
import { acmeInput, acmePolicy, issueOf, issuesOf } from '../policy/testing';
import { evaluateWarranty, safeEvaluateWarranty } from './evaluateWarranty';
import { evaluate, HUAXIA, request, SHANGHAI, stepOf, VIN } from './testing';

// Huaxia 2024 policy (sold from 2024-01-01, periods from the invoice date): powertrain 60 months or
// 150,000 km over engine / transmission / drivetrain; basic 48 months or 120,000 km over the rest.
// The vehicle of these tests is invoiced 2024-03-01. Counting (WARRANTY.md): the start day is not
// counted, a period of N months ends on the same date N months later (inclusive), or on that
// month's last day; exactly the km limit driven is inside.

describe('evaluateWarranty: whichever comes first, months', () => {
  it('powertrain, 60 months from 2024-03-01: the last day is 2029-03-01 (covered, 0 days left)', () => {
    // 2024-03-01 + 60 months = 2029-03-01.
    const decision = evaluate(request({ date: '2029-03-01', odometerKm: 1_000 }));
    expect(decision.outcome).toBe('covered');
    expect(decision.details).toMatchObject({
      policy: 'huaxia-2024',
      coverage: 'powertrain',
      coverageClass: 'powertrain',
      basis: 'policy',
      startDate: '2024-03-01',
      endDate: '2029-03-01',
      daysLeft: 0,
      kmLeft: 149_000, // 150,000 − 1,000 driven
      expired: null,
      hint: null,
    });
  });

  it('2029-03-02, one day later: not covered, expired 1 day ago', () => {
    const decision = evaluate(request({ date: '2029-03-02', odometerKm: 1_000 }));
    expect(decision.outcome).toBe('not_covered');
    expect(decision.details.coverage).toBeNull();
    expect(decision.details.expired).toEqual({ coverage: 'powertrain', daysAgo: 1, kmAgo: null });
    expect(decision.details.hint).toEqual({
      en: 'powertrain expired 1 day ago',
      zh: 'powertrain 已过期，超出1天',
    });
    // basic ended sooner: 2024-03-01 + 48 months = 2028-03-01; to 2029-03-01 is 365 days (no
    // 29 February in between), +1 = 366 days over.
    expect(stepOf(decision, 'warranty.coverage.period', 'basic').facts).toMatchObject({
      endDate: '2028-03-01',
      daysOver: 366,
    });
  });

  it('basic, 48 months: 2028-03-01 covered (0 days left), 2028-03-02 not (1 day over)', () => {
    // An electrical repair: only basic covers it.
    const last = evaluate(request({ date: '2028-03-01', odometerKm: 1_000, system: 'electrical' }));
    expect(last.details).toMatchObject({ coverage: 'basic', endDate: '2028-03-01', daysLeft: 0 });
    const after = evaluate(request({ date: '2028-03-02', odometerKm: 1_000, system: 'electrical' }));
    expect(after.outcome).toBe('not_covered');
    expect(after.details.expired).toEqual({ coverage: 'basic', daysAgo: 1, kmAgo: null });
  });

  it('month-end rule: invoice 2024-02-29 + 12 months ends 2025-02-28 (no 29 February in 2025)', () => {
    const policy = acmePolicy(); // basic 12 months or 20,000 km over the engine
    const invoiced = { vehicle: { invoiceDate: '2024-02-29' } };
    const last = evaluate(request({ date: '2025-02-28', odometerKm: 5_000 }, invoiced), { policy });
    expect(last.outcome).toBe('covered');
    expect(last.details).toMatchObject({ endDate: '2025-02-28', daysLeft: 0 });
    const after = evaluate(request({ date: '2025-03-01', odometerKm: 5_000 }, invoiced), { policy });
    expect(after.outcome).toBe('not_covered');
    expect(after.details.expired).toEqual({ coverage: 'basic', daysAgo: 1, kmAgo: null });
  });

  it('month-end rule the other way: 2024-01-31 + 1 month ends 2024-02-29 (leap year)', () => {
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { months: 1 }, covers: { systems: ['engine'] } }],
    });
    const invoiced = { vehicle: { invoiceDate: '2024-01-31' } };
    expect(
      evaluate(request({ date: '2024-02-29', odometerKm: 0 }, invoiced), { policy }).details.daysLeft,
    ).toBe(0);
    expect(evaluate(request({ date: '2024-03-01', odometerKm: 0 }, invoiced), { policy }).outcome).toBe(
      'not_covered',
    );
  });

  it('a period in days does not count the start day: 30 days from 2024-03-01 end on 2024-03-31', () => {
    // 03-02 is day 1, …, 03-31 is day 30.
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { days: 30 }, covers: { systems: ['engine'] } }],
    });
    const last = evaluate(request({ date: '2024-03-31', odometerKm: 0 }), { policy });
    expect(last.details).toMatchObject({ endDate: '2024-03-31', daysLeft: 0, kmLeft: null });
    const after = evaluate(request({ date: '2024-04-01', odometerKm: 0 }), { policy });
    expect(after.details.expired).toEqual({ coverage: 'basic', daysAgo: 1, kmAgo: null });
  });

  it('a repair on the start day itself is covered, with the whole period left', () => {
    const decision = evaluate(request({ date: '2024-03-01', odometerKm: 0 }));
    // 2024-03-01 → 2029-03-01: five years of 365 days, one of which (2027-03 → 2028-03) holds
    // 29 February 2028 (2024's is before the start): 5 × 365 + 1 = 1,826.
    expect(decision.details).toMatchObject({ coverage: 'powertrain', daysLeft: 1_826, kmLeft: 150_000 });
  });
});

describe('evaluateWarranty: whichever comes first, kilometres', () => {
  it('powertrain 150,000 km: exactly 150,000 is covered (0 km left), 150,001 is not (1 km over)', () => {
    // 2026-06-01 is well inside both time limits; only the distance decides.
    const at = evaluate(request({ date: '2026-06-01', odometerKm: 150_000 }));
    expect(at.outcome).toBe('covered');
    // 2026-06-01 → 2029-03-01: 365 (to 2027-06-01) + 366 (to 2028-06-01, holds 2028-02-29)
    // + 273 (to 2029-03-01: 365 − 92 for March–May 2029) = 1,004.
    expect(at.details).toMatchObject({ coverage: 'powertrain', kmLeft: 0, daysLeft: 1_004 });
    const over = evaluate(request({ date: '2026-06-01', odometerKm: 150_001 }));
    expect(over.outcome).toBe('not_covered');
    // basic is past too (120,000 km: 30,001 over) but powertrain is the nearest miss.
    expect(over.details.expired).toEqual({ coverage: 'powertrain', daysAgo: null, kmAgo: 1 });
    expect(over.details.hint?.en).toBe('powertrain expired 1 km ago');
    expect(stepOf(over, 'warranty.coverage.period', 'basic').facts).toMatchObject({
      kmLimit: 120_000,
      kmOver: 30_001,
    });
  });

  it('basic 120,000 km: 120,000 covered, 120,001 not', () => {
    const electrical = { date: '2025-06-01', system: 'electrical' as const };
    expect(evaluate(request({ ...electrical, odometerKm: 120_000 })).details).toMatchObject({
      coverage: 'basic',
      kmLeft: 0,
    });
    expect(evaluate(request({ ...electrical, odometerKm: 120_001 })).details.expired).toEqual({
      coverage: 'basic',
      daysAgo: null,
      kmAgo: 1,
    });
  });

  it('past both limits, the hint names both: "expired 12 days / 3,200 km ago"', () => {
    // basic: 2028-03-01 + 12 days = 2028-03-13; 120,000 + 3,200 = 123,200 km.
    const decision = evaluate(request({ date: '2028-03-13', odometerKm: 123_200, system: 'electrical' }));
    expect(decision.details.expired).toEqual({ coverage: 'basic', daysAgo: 12, kmAgo: 3_200 });
    expect(decision.details.hint).toEqual({
      en: 'basic expired 12 days / 3,200 km ago',
      zh: 'basic 已过期，超出12天 / 3,200 km',
    });
  });

  it('counts km from startKm: with startKm 30, 150,030 is the last km inside, 150,031 is not', () => {
    const at = evaluate(request({ date: '2026-06-01', odometerKm: 150_030 }, { startKm: 30 }));
    expect(at.details).toMatchObject({ coverage: 'powertrain', kmLeft: 0 });
    expect(stepOf(at, 'warranty.policy.start').facts).toEqual({
      startEvent: 'invoice',
      startDate: '2024-03-01',
      startKm: 30,
    });
    const over = evaluate(request({ date: '2026-06-01', odometerKm: 150_031 }, { startKm: 30 }));
    expect(over.details.expired).toEqual({ coverage: 'powertrain', daysAgo: null, kmAgo: 1 });
  });
});

describe('evaluateWarranty: the start event', () => {
  // Sold 2024-02-20, invoiced 2024-03-01, delivered 2024-03-05; a 12-month coverage; repair 2025-03-03.
  const dates = { saleDate: '2024-02-20', invoiceDate: '2024-03-01', deliveryDate: '2024-03-05' };
  const repairOn = request({ date: '2025-03-03', odometerKm: 5_000 }, { vehicle: dates });

  it('invoice: ends 2025-03-01, so 2025-03-03 is 2 days over', () => {
    const decision = evaluate(repairOn, { policy: acmePolicy({ startEvent: 'invoice' }) });
    expect(decision.details.startDate).toBe('2024-03-01');
    expect(decision.details.expired).toEqual({ coverage: 'basic', daysAgo: 2, kmAgo: null });
  });

  it('delivery: ends 2025-03-05, so 2025-03-03 is covered with 2 days left', () => {
    const decision = evaluate(repairOn, { policy: acmePolicy({ startEvent: 'delivery' }) });
    expect(decision.details).toMatchObject({ startDate: '2024-03-05', endDate: '2025-03-05', daysLeft: 2 });
    expect(stepOf(decision, 'warranty.policy.start').message.en).toBe(
      'Coverage starts on the delivery date, 2024-03-05, at 0 km',
    );
  });

  it('sale: ends 2025-02-20, so 2025-03-03 is 11 days over (21–28 Feb = 8, + 3)', () => {
    const decision = evaluate(repairOn, { policy: acmePolicy({ startEvent: 'sale' }) });
    expect(decision.details.startDate).toBe('2024-02-20');
    expect(decision.details.expired).toEqual({ coverage: 'basic', daysAgo: 11, kmAgo: null });
  });

  it('a start date not recorded: warranty.missing_fact naming the field', () => {
    const onlyInvoice = request({ date: '2025-01-01', odometerKm: 5_000 });
    expect(issueOf(() => evaluate(onlyInvoice, { policy: acmePolicy({ startEvent: 'delivery' }) }))).toEqual({
      code: 'warranty.missing_fact',
      path: ['vehicle', 'deliveryDate'],
    });
    expect(issueOf(() => evaluate(onlyInvoice, { policy: acmePolicy({ startEvent: 'sale' }) }))).toEqual({
      code: 'warranty.missing_fact',
      path: ['vehicle', 'saleDate'],
    });
    // Sold (selected) by its delivery date, but the policy counts from the invoice, not recorded.
    const onlyDelivery = request(
      { date: '2025-01-01', odometerKm: 5_000 },
      { vehicle: { invoiceDate: undefined, deliveryDate: '2024-03-05' } },
    );
    const [issue] = issuesOf(() => evaluate(onlyDelivery));
    expect(issue).toMatchObject({
      code: 'warranty.missing_fact',
      path: ['vehicle', 'invoiceDate'],
      params: expect.objectContaining({ rule: 'warranty.policy.start' }),
    });
  });

  it('a repair before the start, or an odometer below startKm: time.invalid_range', () => {
    expect(issueOf(() => evaluate(request({ date: '2024-02-29', odometerKm: 0 })))).toEqual({
      code: 'time.invalid_range',
      path: ['repair', 'date'],
    });
    expect(issueOf(() => evaluate(request({ date: '2024-06-01', odometerKm: 29 }, { startKm: 30 })))).toEqual(
      {
        code: 'time.invalid_range',
        path: ['repair', 'odometerKm'],
      },
    );
    // At startKm exactly: 0 km driven, fine.
    expect(evaluate(request({ date: '2024-06-01', odometerKm: 30 }, { startKm: 30 })).details.kmLeft).toBe(
      150_000,
    );
  });
});

describe('evaluateWarranty: which policy', () => {
  it('sold 2023-12-31 (last day of huaxia-2022): basic 36 months; sold 2024-01-01: huaxia-2024, 48 months', () => {
    const old = evaluate(
      request(
        { date: '2026-12-31', odometerKm: 1_000, system: 'electrical' },
        { vehicle: { invoiceDate: '2023-12-31' } },
      ),
    );
    // 2023-12-31 + 36 months = 2026-12-31: the last day.
    expect(old.details).toMatchObject({ policy: 'huaxia-2022', coverage: 'basic', daysLeft: 0 });
    const next = evaluate(
      request(
        { date: '2026-12-31', odometerKm: 1_000, system: 'electrical' },
        { vehicle: { invoiceDate: '2024-01-01' } },
      ),
    );
    // 2024-01-01 + 48 months = 2028-01-01; 2026-12-31 → 2028-01-01 = 366 days (2027 is not leap: 365, +1).
    expect(next.details).toMatchObject({ policy: 'huaxia-2024', coverage: 'basic', daysLeft: 366 });
    expect(stepOf(next, 'warranty.policy.in-force').facts).toEqual({
      policy: 'huaxia-2024',
      version: '1.0.0',
      soldOn: '2024-01-01',
      soldFrom: '2024-01-01',
      soldUntil: null,
    });
  });

  it('a brand the policies do not cover, or a sale before any version: warranty.no_policy', () => {
    expect(
      issueOf(() => evaluate(request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { brand: 'Acme' } }))),
    ).toEqual({
      code: 'warranty.no_policy',
      path: ['vehicle'],
    });
    expect(
      issueOf(() =>
        evaluate(request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { invoiceDate: '2021-12-31' } })),
      ),
    ).toEqual({ code: 'warranty.no_policy', path: ['vehicle'] });
    expect(
      issueOf(() =>
        evaluate(request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { invoiceDate: undefined } })),
      ),
    ).toEqual({ code: 'warranty.no_policy', path: ['vehicle'] });
  });

  it('takes one policy as well as a list', () => {
    const [, policy2024] = HUAXIA;
    const decision = evaluateWarranty(request({ date: '2025-01-01', odometerKm: 0 }), {
      policy: policy2024 as (typeof HUAXIA)[number],
      timeZone: SHANGHAI,
    });
    expect(decision.details.policy).toBe('huaxia-2024');
  });
});

describe('evaluateWarranty: bad input and options get coded errors', () => {
  const good = request({ date: '2025-01-01', odometerKm: 1_000 });

  it('a repair amount in another currency than the policy: warranty.currency_mismatch', () => {
    const usd = request({ date: '2025-01-01', odometerKm: 1_000, amount: '100.00', currency: 'USD' });
    expect(issueOf(() => evaluate(usd))).toEqual({
      code: 'warranty.currency_mismatch',
      path: ['repair', 'currency'],
    });
    const cny = request({ date: '2025-01-01', odometerKm: 1_000, amount: '100.00', currency: 'CNY' });
    expect(evaluate(cny).outcome).toBe('covered');
  });

  it('no currency given means the policy currency, also for a request read by the schema (an instant)', () => {
    // A USD policy: the request names no currency, so nothing can mismatch (the schema once filled
    // in CNY here, and refused every non-canonical request under a non-CNY policy).
    const policy = acmePolicy({ currency: 'USD' });
    for (const repair of [
      { date: '2024-06-01', odometerKm: 100, amount: '80.00' },
      { at: '2024-06-01T10:00:00-07:00', odometerKm: 100, amount: '80.00' },
    ]) {
      expect(evaluate(request(repair), { policy, timeZone: 'America/Los_Angeles' }).outcome).toBe('covered');
    }
  });

  it('a bad request: the field and its code', () => {
    expect(issueOf(() => evaluate({ ...good, repair: undefined } as never))).toEqual({
      code: 'input.required',
      path: ['repair'],
    });
    expect(
      issueOf(() =>
        evaluate(request({ date: '2025-01-01', at: '2025-01-01T10:00:00+08:00', odometerKm: 0 })),
      ),
    ).toEqual({
      code: 'input.inconsistent',
      path: ['repair', 'date'],
    });
    expect(issueOf(() => evaluate(request({ odometerKm: 0 })))).toEqual({
      code: 'input.inconsistent',
      path: ['repair', 'date'],
    });
    expect(issueOf(() => evaluate(request({ date: '2025-01-01', odometerKm: -1 })))).toEqual({
      code: 'input.too_small',
      path: ['repair', 'odometerKm'],
    });
    expect(
      issueOf(() =>
        evaluate(request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { vin: 'LHXAB2C30R0000012' } })),
      ),
    ).toEqual({
      code: 'vin.check_digit',
      path: ['vehicle', 'vin'],
    });
    for (const input of [null, 'request', []]) {
      expect(issueOf(() => evaluate(input as never))).toEqual({ code: 'input.invalid_type', path: [] });
    }
    expect(issueOf(() => evaluate(undefined as never))).toEqual({ code: 'input.required', path: [] });
  });

  it('bad options: options, policy, jurisdictions, time zone', () => {
    expect(issueOf(() => evaluateWarranty(good, null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
    });
    expect(issueOf(() => evaluateWarranty(good, { policy: [], timeZone: SHANGHAI }))).toEqual({
      code: 'input.too_small',
      path: ['options', 'policy'],
    });
    expect(issueOf(() => evaluateWarranty(good, { policy: HUAXIA, timeZone: '+08:00' }))).toEqual({
      code: 'time.invalid_zone',
      path: ['options', 'timeZone'],
    });
    expect(issueOf(() => evaluateWarranty(good, { policy: HUAXIA, timeZone: undefined as never }))).toEqual({
      code: 'input.required',
      path: ['options', 'timeZone'],
    });
    expect(
      issueOf(() =>
        evaluateWarranty(good, { policy: HUAXIA, jurisdictions: 'CN' as never, timeZone: SHANGHAI }),
      ),
    ).toEqual({ code: 'input.invalid_type', path: ['options', 'jurisdictions'] });
    expect(
      issueOf(() =>
        evaluateWarranty(good, { policy: HUAXIA, jurisdictions: [{}] as never, timeZone: SHANGHAI }),
      ),
    ).toEqual({ code: 'warranty.invalid_jurisdiction', path: ['options', 'jurisdictions', 0, 'id'] });
    // A policy that was never parsed is parsed here, and refused with its paths under options.policy.
    expect(
      issueOf(() => evaluateWarranty(good, { policy: { id: 'x' } as never, timeZone: SHANGHAI })),
    ).toEqual({
      code: 'input.required',
      path: ['options', 'policy', 'version'],
    });
    const [policy2022] = HUAXIA;
    expect(
      issueOf(() =>
        evaluateWarranty(good, { policy: [policy2022, { id: 'x' }] as never, timeZone: SHANGHAI }),
      ),
    ).toEqual({ code: 'input.required', path: ['options', 'policy', 1, 'version'] });
  });

  it('dates no calendar can name: a period ending after 9999-12-31, a local day in year 10000', () => {
    // Invoiced 9999-12-01: the first-maintenance window (6 months) would end in 10000.
    expect(
      issueOf(() =>
        evaluate(request({ date: '9999-12-02', odometerKm: 0 }, { vehicle: { invoiceDate: '9999-12-01' } })),
      ),
    ).toEqual({ code: 'time.invalid_period', path: ['period', 'months'] });
    // 9999-12-31T20:00:00Z is 10000-01-01 04:00 in Shanghai.
    expect(
      issueOf(() =>
        evaluate(
          request({ at: '9999-12-31T20:00:00Z', odometerKm: 0 }, { vehicle: { invoiceDate: '9999-12-01' } }),
        ),
      ),
    ).toEqual({ code: 'time.invalid_instant', path: ['repair', 'at'] });
  });

  it('safeEvaluateWarranty returns the issues instead of throwing', () => {
    const result = safeEvaluateWarranty(
      request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { brand: 'Acme' } }),
      {
        policy: HUAXIA,
        timeZone: SHANGHAI,
      },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('warranty.no_policy');
    const fine = safeEvaluateWarranty(good, { policy: HUAXIA, timeZone: SHANGHAI });
    expect(fine.ok && fine.value.outcome).toBe('covered');
  });

  it('reads a lower-case, padded VIN as the schema does (normalized)', () => {
    const decision = evaluate(
      request({ date: '2025-01-01', odometerKm: 0 }, { vehicle: { vin: ` ${VIN.toLowerCase()} ` } }),
    );
    expect(decision.outcome).toBe('covered');
  });

  it('reads again a pack or a policy edited between two calls with the same options (no TypeError, no stale answer)', () => {
    const pack: { repairFloor?: unknown } = testFloor();
    const input = acmeInput({ soldFrom: '2024-01-01' }); // basic: 12 months or 20,000 km over the engine
    const options = { policy: input as never, jurisdictions: [pack as never], timeZone: SHANGHAI };
    // Invoiced 2024-03-01, repaired 2024-06-01: 3 months in, inside 12 months.
    const repair = request({ date: '2024-06-01', odometerKm: 1_000 }, { vehicle: { brand: 'Acme' } });
    expect(evaluateWarranty(repair, options).outcome).toBe('covered');
    // The policy now covers 2 months only: 2024-03-01 + 2 months = 2024-05-01, 31 days before the repair.
    // The test floor (36 months, from 2022) still covers a quality problem of a household car.
    input.coverages = [{ ...input.coverages[0], period: { months: 2 } } as (typeof input.coverages)[number]];
    const edited = evaluateWarranty(repair, options);
    expect(edited.details).toMatchObject({ coverage: 'test-floor', basis: 'jurisdiction' });
    expect(stepOf(edited, 'warranty.coverage.period', 'basic').facts).toMatchObject({
      endDate: '2024-05-01',
      daysOver: 31,
    });
    pack.repairFloor = null;
    expect(issueOf(() => evaluateWarranty(repair, options))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['options', 'jurisdictions', 0, 'repairFloor'],
    });
  });
});
