import { isCitation } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { testFloor } from '../jurisdiction/testing';
import { acmePolicy } from '../policy/testing';
import type { WarrantyDecision } from './evaluateWarranty';
import { evaluate, request, stepOf } from './testing';

const RULE_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*$/;
const nev = { isNev: true, nevKind: 'BEV' as const };

/** Decisions of every kind: covered, expired, void, wrong vehicle or cause, later owner, floor, authority. */
function decisions(): [string, WarrantyDecision][] {
  const floorPolicy = acmePolicy({
    coverages: [
      { id: 'basic', class: 'basic', period: { months: 24, km: 50_000 }, covers: { systems: ['engine'] } },
    ],
  });
  return [
    [
      'covered',
      evaluate(
        request(
          { date: '2025-05-01', odometerKm: 20_000 },
          { firstMaintenance: { date: '2024-08-20', odometerKm: 6_000 } },
        ),
      ),
    ],
    [
      'first maintenance missed',
      evaluate(request({ date: '2025-05-01', odometerKm: 20_000 }, { firstMaintenance: null })),
    ],
    ['expired by time', evaluate(request({ date: '2029-03-02', odometerKm: 1_000 }))],
    ['expired by both', evaluate(request({ date: '2028-03-13', odometerKm: 123_200, system: 'electrical' }))],
    [
      'void',
      evaluate(request({ date: '2025-05-01', odometerKm: 20_000 }, { vehicle: { use: 'commercial' } })),
    ],
    ['wrong cause', evaluate(request({ date: '2025-05-01', odometerKm: 20_000, cause: 'accident' }))],
    ['not an NEV', evaluate(request({ date: '2025-05-01', odometerKm: 20_000, system: 'traction_battery' }))],
    [
      'lifetime',
      evaluate(
        request({ date: '2045-01-01', odometerKm: 400_000, system: 'traction_battery' }, { vehicle: nev }),
      ),
    ],
    [
      'later owner',
      evaluate(
        request(
          { date: '2033-01-01', odometerKm: 160_000, system: 'traction_battery' },
          { vehicle: { ...nev, previousOwners: [{ customerId: 'CUS-000001' }] } },
        ),
      ),
    ],
    [
      'nothing covers it',
      evaluate(request({ date: '2025-05-01', odometerKm: 20_000, system: 'wheels_tyres' })),
    ],
    [
      'needs pre-authorization',
      evaluate(request({ date: '2025-05-01', odometerKm: 20_000, amount: '5000.01' })),
    ],
    [
      'granted',
      evaluate(
        request({ date: '2025-05-01', odometerKm: 20_000, amount: '9000', preAuthorizationNumber: 'PA-1' }),
      ),
    ],
    [
      'legal floor',
      evaluate(
        request({ date: '2026-09-01', odometerKm: 55_000 }, { vehicle: { invoiceDate: '2024-03-01' } }),
        {
          policy: floorPolicy,
          jurisdictions: [testFloor()],
        },
      ),
    ],
    [
      'no pack governs',
      evaluate(
        request({ date: '2025-05-01', odometerKm: 20_000 }, { vehicle: { invoiceDate: '2021-06-01' } }),
        {
          policy: floorPolicy,
          jurisdictions: [testFloor()],
        },
      ),
    ],
  ];
}

describe('the decision', () => {
  it('every trace step has a dotted rule id, a valid citation, a status, and English and Chinese messages', () => {
    for (const [name, decision] of decisions()) {
      expect(decision.trace.length, name).toBeGreaterThan(0);
      for (const step of decision.trace) {
        expect(step.rule, name).toMatch(RULE_ID);
        expect(isCitation(step.cite), `${name}: ${step.rule} ${step.cite}`).toBe(true);
        expect(['passed', 'failed', 'not_applicable']).toContain(step.status);
        expect(step.message.en, name).toMatch(/\S/);
        // Chinese text: at least one CJK ideograph.
        expect(step.message.zh, name).toMatch(/[\u4e00-\u9fff]/);
        expect(step.facts).toBeTypeOf('object');
      }
    }
  });

  it('is plain JSON: parse(stringify(decision)) equals it, down to null vs absent', () => {
    for (const [name, decision] of decisions()) {
      expect(JSON.parse(JSON.stringify(decision)), name).toStrictEqual(decision);
    }
  });

  it('lists the rules in order: policy, start, conditions, scope, each coverage, floors, pre-authorization', () => {
    const [, covered] = decisions()[0] as [string, WarrantyDecision];
    expect(covered.trace.map((step) => step.rule)).toEqual([
      'warranty.policy.in-force',
      'warranty.policy.start',
      'warranty.condition.first-maintenance',
      'warranty.condition.no-commercial-use',
      'warranty.condition.no-modification',
      'warranty.condition.not-accident-damage',
      'warranty.coverage.scope',
      'warranty.coverage.period', // powertrain
      'warranty.coverage.period', // basic
      'warranty.pre-authorization',
    ]);
    expect(covered.trace.map((step) => step.cite)).toContain('oem:huaxia-2024#coverages.powertrain.period');
  });

  it('has every detail field, null where it does not apply', () => {
    const [, covered] = decisions()[0] as [string, WarrantyDecision];
    // Powertrain from 2024-03-01: 60 months → 2029-03-01, 1,400 days after 2025-05-01
    // (2025-05-01 → 2028-05-01 = 365 + 365 + 366; → 2029-03-01 = 365 − 61 = 304); 150,000 − 20,000 km.
    expect(covered.details).toStrictEqual({
      policy: 'huaxia-2024',
      policyVersion: '1.0.0',
      startDate: '2024-03-01',
      coverage: 'powertrain',
      coverageClass: 'powertrain',
      basis: 'policy',
      jurisdiction: null,
      endDate: '2029-03-01',
      daysLeft: 1_400,
      kmLeft: 130_000,
      deductible: null,
      preAuthorization: 'not_needed',
      expired: null,
      hint: null,
    });
  });

  it('names no coverage and no expiry when nothing covers the part, and says so', () => {
    const [, nothing] = decisions().find(([name]) => name === 'nothing covers it') as [
      string,
      WarrantyDecision,
    ];
    expect(nothing.outcome).toBe('not_covered');
    expect(nothing.details).toMatchObject({ coverage: null, basis: null, expired: null, endDate: null });
    expect(nothing.details.hint).toEqual({
      en: 'No coverage of the policy covers this system, part group or failure code',
      zh: '政策中没有覆盖该系统、配件组或故障代码的保修项目',
    });
    expect(stepOf(nothing, 'warranty.coverage.scope')).toMatchObject({
      status: 'failed',
      facts: { system: 'wheels_tyres', coverages: [] },
    });
  });

  it("gives the paying coverage's deductible", () => {
    const policy = acmePolicy({
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12 },
          covers: { systems: ['engine'] },
          deductible: '200.00',
        },
      ],
    });
    expect(evaluate(request({ date: '2024-06-01', odometerKm: 100 }), { policy }).details.deductible).toBe(
      '200.00',
    );
    // Not covered: no deductible to pay.
    expect(
      evaluate(request({ date: '2025-06-01', odometerKm: 100 }), { policy }).details.deductible,
    ).toBeNull();
  });

  it('of several expired coverages, reports the nearest miss: fewest days past, then fewest km', () => {
    // A body repair on 2030-03-02 at 100,000 km: basic (48 months → 2028-03-01) is 365 + 365 + 1
    // = 731 days past (no 29 February after 2028-03-01 until 2032); corrosion (72 months →
    // 2030-03-01) is 1 day past: the nearer.
    const decision = evaluate(
      request({ date: '2030-03-02', odometerKm: 100_000, system: 'body', failureCode: 'B-CORR-02' }),
    );
    expect(decision.details.expired).toEqual({ coverage: 'corrosion', daysAgo: 1, kmAgo: null });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic').facts.daysOver).toBe(731);
  });
});

describe('the details of a miss, and of a floor next to the policy', () => {
  // Acme, invoiced 2024-03-01; basic 12 months or 20,000 km ends 2025-03-01.
  const acme = (fields: Record<string, unknown> = {}) => ({ vehicle: { brand: 'Acme', ...fields } });

  it('past by km only on the last day: no days ago; past by days only at exactly the limit: no km ago', () => {
    const byKm = evaluate(request({ date: '2025-03-01', odometerKm: 20_001 }, acme()), {
      policy: acmePolicy(),
    });
    expect(byKm.details.expired).toEqual({ coverage: 'basic', daysAgo: null, kmAgo: 1 });
    const byDays = evaluate(request({ date: '2025-03-02', odometerKm: 20_000 }, acme()), {
      policy: acmePolicy(),
    });
    expect(byDays.details.expired).toEqual({ coverage: 'basic', daysAgo: 1, kmAgo: null });
  });

  it('of two expired coverages, fewer days past wins even when the other is within its km', () => {
    const policy = acmePolicy({
      coverages: [
        { id: 'first', class: 'basic', period: { months: 12, km: 20_000 }, covers: { systems: ['engine'] } },
        {
          id: 'second',
          class: 'powertrain',
          period: { months: 11, km: 100_000 },
          covers: { systems: ['engine'] },
        },
      ],
    });
    // 2025-03-11: first ended 2025-03-01 (10 days, and 10,000 km past); second ended 2025-02-01 (38 days).
    const decision = evaluate(request({ date: '2025-03-11', odometerKm: 30_000 }, acme()), { policy });
    expect(decision.details.expired).toEqual({ coverage: 'first', daysAgo: 10, kmAgo: 10_000 });
  });

  it('a coverage void by a condition, listed after one for another cause: the hint names the void one', () => {
    const policy = acmePolicy({
      coverages: [
        {
          id: 'glass',
          class: 'other',
          period: { months: 12 },
          covers: { systems: ['engine'] },
          causes: ['accident'],
        },
        { id: 'basic', class: 'basic', period: { months: 12, km: 20_000 }, covers: { systems: ['engine'] } },
      ],
      conditions: { noCommercialUse: {} },
    });
    const decision = evaluate(
      request({ date: '2024-06-01', odometerKm: 1_000 }, acme({ use: 'commercial' })),
      {
        policy,
      },
    );
    expect(decision.details.hint).toEqual({
      en: 'basic would cover it (273 days and 19,000 km left) but a warranty condition is not met: no commercial use',
      zh: '本可由 basic 保修（剩余273天、19,000 km），但未满足保修条件：非营运使用',
    });
  });

  it('a coverage for another cause only: the hint says so in both languages', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000, cause: 'wear' }, acme()), {
      policy: acmePolicy(),
    });
    expect(decision.details.hint).toEqual({
      en: 'basic covers the part but not this case: it does not pay for this cause',
      zh: 'basic 覆盖该部件，但不适用于本情形：不保修该原因造成的故障',
    });
  });

  it('the start date is the floor’s when the floor pays, the policy’s when the policy pays', () => {
    // Invoiced 2022-03-01 (the policy counts from it), delivered 2022-03-10 (the floor counts from it).
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { months: 24 }, covers: { systems: ['engine'] } }],
    });
    const car = acme({ invoiceDate: '2022-03-01', deliveryDate: '2022-03-10', modelYear: 2022 });
    const byFloor = evaluate(request({ date: '2024-09-01', odometerKm: 30_000 }, car), {
      policy,
      jurisdictions: [testFloor()],
    });
    expect(byFloor.details).toMatchObject({ basis: 'jurisdiction', startDate: '2022-03-10' });
    const byPolicy = evaluate(request({ date: '2023-09-01', odometerKm: 30_000 }, car), {
      policy,
      jurisdictions: [testFloor()],
    });
    expect(byPolicy.details).toMatchObject({ basis: 'policy', startDate: '2022-03-01', jurisdiction: null });
  });
});
