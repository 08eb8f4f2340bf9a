import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from '../jurisdiction/cnSanbao/sanbao2013';
import { cnSanbao2021 } from '../jurisdiction/cnSanbao/sanbao2021';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { testFloor, testFloor2013 } from '../jurisdiction/testing';
import { acmePolicy } from '../policy/testing';
import { evaluate, type RequestOverrides, request, stepOf, stepsOf } from './testing';

// The carmaker promises less than the law: basic 24 months or 50,000 km over engine and transmission.
// The legal floor (test-floor, like 三包 2021 Art. 18): 36 months or 60,000 km from the invoice date,
// or the delivery date where it differs; household cars only; no duty for modification, misuse,
// accident or wear. The car is invoiced 2022-03-01.
const policy = acmePolicy({
  coverages: [
    {
      id: 'basic',
      class: 'basic',
      period: { months: 24, km: 50_000 },
      covers: { systems: ['engine', 'transmission'] },
    },
  ],
});
const floor = testFloor();
const invoiced = { invoiceDate: '2022-03-01', modelYear: 2022 };
const run = (
  repair: Parameters<typeof request>[0],
  vehicle: RequestOverrides['vehicle'] = {},
  jurisdictions: readonly Jurisdiction[] = [floor],
) => evaluate(request(repair, { vehicle: { ...invoiced, ...vehicle } }), { policy, jurisdictions });

describe('the legal floor (hand-made test-floor pack)', () => {
  it('month 30 at 55,000 km: past the policy, inside the floor: covered on the jurisdiction basis', () => {
    const decision = run({ date: '2024-09-01', odometerKm: 55_000 });
    expect(decision.outcome).toBe('covered');
    // Floor: 2022-03-01 + 36 months = 2025-03-01; 2024-09-01 → 2025-03-01 = 30 + 31 + 30 + 31 + 31
    // + 28 = 181 days; 60,000 − 55,000 = 5,000 km.
    expect(decision.details).toMatchObject({
      basis: 'jurisdiction',
      jurisdiction: 'test-floor',
      coverage: 'test-floor',
      coverageClass: null,
      endDate: '2025-03-01',
      daysLeft: 181,
      kmLeft: 5_000,
      deductible: null,
      expired: null,
    });
    // Policy: 2022-03-01 + 24 months = 2024-03-01, 184 days before (31 + 30 + 31 + 30 + 31 + 31);
    // 55,000 − 50,000 = 5,000 km over.
    expect(stepOf(decision, 'warranty.coverage.period', 'basic').facts).toMatchObject({
      daysOver: 184,
      kmOver: 5_000,
    });
    expect(stepOf(decision, 'test-floor.repair-period')).toMatchObject({
      status: 'passed',
      cite: 'regulation:test-floor#18',
      facts: { jurisdiction: 'test-floor', startDate: '2022-03-01', endDate: '2025-03-01', kmLimit: 60_000 },
    });
  });

  it('the last day (2025-03-01) is covered, the day after is not', () => {
    expect(run({ date: '2025-03-01', odometerKm: 59_000 }).details).toMatchObject({
      basis: 'jurisdiction',
      daysLeft: 0,
    });
    const after = run({ date: '2025-03-02', odometerKm: 59_000 });
    expect(after.outcome).toBe('not_covered');
    expect(stepOf(after, 'test-floor.repair-period')).toMatchObject({
      status: 'failed',
      facts: { daysOver: 1 },
    });
  });

  it('60,000 km is covered, 60,001 km is not', () => {
    expect(run({ date: '2024-09-01', odometerKm: 60_000 }).details).toMatchObject({
      basis: 'jurisdiction',
      kmLeft: 0,
    });
    const over = run({ date: '2024-09-01', odometerKm: 60_001 });
    expect(over.outcome).toBe('not_covered');
    expect(stepOf(over, 'test-floor.repair-period').facts.kmOver).toBe(1);
  });

  it('a car in commercial use is outside the household rules', () => {
    const decision = run({ date: '2024-09-01', odometerKm: 55_000 }, { use: 'commercial' });
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'test-floor.repair-scope')).toMatchObject({
      status: 'failed',
      cite: 'regulation:test-floor#2',
    });
    expect(stepsOf(decision, 'test-floor.repair-period')).toEqual([]);
  });

  it('a failure from a modification (or wear) is exempt', () => {
    for (const cause of ['modification', 'wear'] as const) {
      const decision = run({ date: '2024-09-01', odometerKm: 55_000, cause });
      expect(decision.outcome, cause).toBe('not_covered');
      expect(stepOf(decision, 'test-floor.repair-exemptions')).toMatchObject({
        status: 'failed',
        facts: { cause },
        cite: 'regulation:test-floor#32',
      });
    }
  });

  it('where the policy pays, the policy is the basis (the floor still passes in the trace)', () => {
    const decision = run({ date: '2023-03-01', odometerKm: 20_000 });
    expect(decision.details).toMatchObject({ basis: 'policy', coverage: 'basic', jurisdiction: null });
    expect(stepOf(decision, 'test-floor.repair-period').status).toBe('passed');
  });

  it('the floor covers a quality problem no coverage of the policy lists (hvac)', () => {
    const decision = run({ date: '2023-03-01', odometerKm: 20_000, system: 'hvac' });
    expect(stepOf(decision, 'warranty.coverage.scope').status).toBe('failed');
    expect(decision.details.basis).toBe('jurisdiction');
    expect(decision.outcome).toBe('covered');
  });

  it('a repair before the floor starts (delivered after the invoice) is not under it yet', () => {
    // Invoice 2022-03-01 starts the policy; delivery 2022-03-10 starts the floor.
    const decision = run({ date: '2022-03-05', odometerKm: 10 }, { deliveryDate: '2022-03-10' });
    expect(stepOf(decision, 'test-floor.repair-period').status).toBe('not_applicable');
    expect(decision.details.basis).toBe('policy');
  });
});

describe('two packs for one market', () => {
  const pack2013 = testFloor2013(); // invoices up to 2021-12-31, from the invoice date
  const both = [pack2013, floor];

  it('picks the pack by the start date: invoiced 2021-06-01 → the 2013 pack, 2022-06-01 → the 2021 pack', () => {
    // 2021-06-01 + 36 months = 2024-06-01.
    const old = run({ date: '2024-06-01', odometerKm: 30_000 }, { invoiceDate: '2021-06-01' }, both);
    expect(old.details).toMatchObject({
      basis: 'jurisdiction',
      jurisdiction: 'test-floor-2013',
      daysLeft: 0,
    });
    // Invoiced 2022-06-01: the policy ends 2024-06-01, so on 2024-06-02 only the floor (to 2025-06-01) pays.
    const next = run({ date: '2024-06-02', odometerKm: 30_000 }, { invoiceDate: '2022-06-01' }, both);
    expect(next.details).toMatchObject({
      basis: 'jurisdiction',
      jurisdiction: 'test-floor',
      endDate: '2025-06-01',
    });
  });

  it('invoice 2021-12-31, delivery 2022-01-02: the delivery date governs, whatever the order of the packs', () => {
    // The 2021-style pack counts from the delivery: 2022-01-02 + 36 months = 2025-01-02. (The 2013
    // pack, from the invoice, would have ended on 2024-12-31.)
    for (const packs of [both, [floor, pack2013]]) {
      const last = run(
        { date: '2025-01-02', odometerKm: 30_000 },
        { invoiceDate: '2021-12-31', deliveryDate: '2022-01-02' },
        packs,
      );
      expect(last.outcome).toBe('covered');
      expect(last.details).toMatchObject({ jurisdiction: 'test-floor', endDate: '2025-01-02', daysLeft: 0 });
      expect(stepOf(last, 'test-floor.repair-period').facts.startDate).toBe('2022-01-02');
      const after = run(
        { date: '2025-01-03', odometerKm: 30_000 },
        { invoiceDate: '2021-12-31', deliveryDate: '2022-01-02' },
        packs,
      );
      expect(after.outcome).toBe('not_covered');
    }
  });

  it('says so in the trace when no pack governs the car, or its start date is missing', () => {
    const early = run({ date: '2022-06-01', odometerKm: 30_000 }, { invoiceDate: '2021-06-01' });
    expect(stepOf(early, 'warranty.jurisdiction.governs')).toMatchObject({
      status: 'not_applicable',
      facts: { market: 'CN', jurisdictions: ['test-floor'] },
      cite: 'regulation:test-floor#18',
    });
    const byDelivery = testFloor({ id: 'by-delivery', start: 'delivery' });
    const noDelivery = run({ date: '2024-09-01', odometerKm: 55_000 }, {}, [byDelivery]);
    expect(noDelivery.outcome).toBe('not_covered');
    expect(stepOf(noDelivery, 'warranty.jurisdiction.governs').message.en).toBe(
      'CN: the start date the legal rules count from is not recorded',
    );
  });
});

describe('with the China 三包 packs (cn-sanbao-2021, cn-sanbao-2013)', () => {
  const sanbao = [cnSanbao2021, cnSanbao2013];

  it('month 30 at 55,000 km: the 包修期 (3 years or 60,000 km, Art. 18) covers it', () => {
    const decision = run({ date: '2024-09-01', odometerKm: 55_000 }, {}, sanbao);
    expect(decision.details).toMatchObject({
      basis: 'jurisdiction',
      jurisdiction: 'cn-sanbao-2021',
      endDate: '2025-03-01',
      daysLeft: 181,
      kmLeft: 5_000,
    });
    expect(stepOf(decision, 'cn-sanbao-2021.repair-period').cite).toBe('regulation:cn-sanbao-2021#18');
    expect(run({ date: '2024-09-01', odometerKm: 60_001 }, {}, sanbao).outcome).toBe('not_covered');
  });

  it('commercial use is out of scope; a modification and external damage are no quality problem of the car', () => {
    const commercial = run({ date: '2024-09-01', odometerKm: 55_000 }, { use: 'commercial' }, sanbao);
    expect(commercial.outcome).toBe('not_covered');
    expect(stepOf(commercial, 'cn-sanbao-2021.repair-scope').status).toBe('failed');
    for (const cause of ['modification', 'external'] as const) {
      const decision = run({ date: '2024-09-01', odometerKm: 55_000, cause }, {}, sanbao);
      expect(decision.outcome, cause).toBe('not_covered');
      expect(stepOf(decision, 'cn-sanbao-2021.repair-exemptions').cite).toBe('regulation:cn-sanbao-2021#32');
    }
  });

  it('invoice 2021-12-31, delivery 2022-01-02: the 2021 rules govern from the delivery date, in either order', () => {
    for (const packs of [sanbao, [cnSanbao2013, cnSanbao2021]]) {
      const decision = run(
        { date: '2025-01-02', odometerKm: 30_000 },
        { invoiceDate: '2021-12-31', deliveryDate: '2022-01-02' },
        packs,
      );
      expect(decision.details).toMatchObject({
        jurisdiction: 'cn-sanbao-2021',
        endDate: '2025-01-02',
        daysLeft: 0,
      });
    }
  });

  it('a car invoiced 2021-06-01 keeps the 2013 rules (periods from the invoice date)', () => {
    const decision = run({ date: '2024-06-01', odometerKm: 30_000 }, { invoiceDate: '2021-06-01' }, sanbao);
    expect(decision.details).toMatchObject({
      jurisdiction: 'cn-sanbao-2013',
      endDate: '2024-06-01',
      daysLeft: 0,
    });
    expect(stepOf(decision, 'cn-sanbao-2013.repair-period').cite).toMatch(/^regulation:cn-sanbao-2013#/);
  });
});
