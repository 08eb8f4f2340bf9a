import { describe, expect, it } from 'vitest';
import { acmePolicy } from '../policy/testing';
import { evaluate, request, stepOf } from './testing';

// What a policy compiles to, seen through evaluateWarranty: each test builds its own policy, so the
// policy is compiled inside the test. Acme vehicles are invoiced 2024-03-01.
const acme = { vehicle: { brand: 'Acme' } };

describe('a coverage with exclusions', () => {
  const brakesButPads = () =>
    acmePolicy({
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12 },
          covers: { systems: ['brakes'] },
          excludes: { partGroups: ['brake-pads'] },
        },
      ],
    });

  it('does not cover a part of an excluded group, though its system is covered', () => {
    const decision = evaluate(
      request({ date: '2024-06-01', odometerKm: 9_000, system: 'brakes', partGroup: 'brake-pads' }, acme),
      { policy: brakesButPads() },
    );
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'warranty.coverage.scope').facts.coverages).toEqual([]);
  });

  it('covers another part of the same system', () => {
    const decision = evaluate(
      request({ date: '2024-06-01', odometerKm: 9_000, system: 'brakes', partGroup: 'brake-calipers' }, acme),
      { policy: brakesButPads() },
    );
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, 'warranty.coverage.scope').facts.coverages).toEqual(['basic']);
  });
});

describe('the rule a coverage step cites', () => {
  it('cites the first-owner term of the coverage for the first owner', () => {
    const policy = acmePolicy({
      coverages: [
        {
          id: 'battery',
          class: 'traction_battery',
          period: { months: 96, km: 150_000 },
          firstOwner: 'lifetime',
          covers: { systems: ['traction_battery'] },
        },
      ],
    });
    const decision = evaluate(
      request(
        { date: '2040-01-01', odometerKm: 300_000, system: 'traction_battery' },
        { vehicle: { brand: 'Acme', isNev: true, nevKind: 'BEV' } },
      ),
      { policy },
    );
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, 'warranty.coverage.period', 'battery').cite).toBe(
      'oem:acme-test#coverages.battery.firstOwner',
    );
  });

  it('cites the period of the coverage when it has no owner terms', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 9_000 }, acme), {
      policy: acmePolicy(),
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic').cite).toBe(
      'oem:acme-test#coverages.basic.period',
    );
  });
});

describe("a policy's pre-authorization limit", () => {
  it('needs pre-authorization 0.01 above a limit of 5000.00, not at the limit', () => {
    const engine = { date: '2024-06-01', odometerKm: 9_000 };
    const above = evaluate(request({ ...engine, amount: '5000.01' }, acme), {
      policy: acmePolicy({ preAuthorizationAbove: '5000.00' }),
    });
    expect(above.outcome).toBe('needs_preauthorization');
    const at = evaluate(request({ ...engine, amount: '5000.00' }, acme), {
      policy: acmePolicy({ preAuthorizationAbove: '5000.00' }),
    });
    expect(at.outcome).toBe('covered');
  });
});
