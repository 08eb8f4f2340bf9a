import { createAftersales, definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { huaxiaPolicy2022, huaxiaPolicy2024, huaxiaWarrantyPlugin } from './examplePolicy';
import { isParsedPolicy, parseWarrantyPolicy, warrantyPoliciesFrom } from './parseWarrantyPolicy';
import { acmeInput, acmePolicy, type CoverageInput, issueOf, issuesOf } from './testing';

const basic: CoverageInput = {
  id: 'basic',
  class: 'basic',
  period: { months: 12, km: 20_000 },
  covers: { systems: ['engine'] },
};

/** The policy with its first coverage changed. */
const withCoverage = (fields: Record<string, unknown>) =>
  acmeInput({ coverages: [{ ...basic, ...fields } as CoverageInput] });

describe('parseWarrantyPolicy: each field is checked, with a code and the path of the field', () => {
  it('refuses a coverage that covers nothing (all three lists empty)', () => {
    expect(issuesOf(() => parseWarrantyPolicy(withCoverage({ covers: {} })))).toEqual([
      expect.objectContaining({ code: 'warranty.invalid_policy', path: ['coverages', 0, 'covers'] }),
    ]);
    expect(
      issueOf(() =>
        parseWarrantyPolicy(withCoverage({ covers: { systems: [], partGroups: [], failureCodes: [] } })),
      ),
    ).toEqual({ code: 'warranty.invalid_policy', path: ['coverages', 0, 'covers'] });
  });

  it('accepts a coverage covering one system and one failure code, or one system and one part group', () => {
    // 1 + 0 + 1 and 1 + 1 + 0 entries: the coverage covers something, whatever the mix.
    const both = parseWarrantyPolicy(
      withCoverage({ covers: { systems: ['engine'], failureCodes: ['P07'] } }),
    );
    expect(both.coverages[0]?.covers).toEqual({ systems: ['engine'], partGroups: [], failureCodes: ['P07'] });
    const groups = parseWarrantyPolicy(
      withCoverage({ covers: { systems: ['engine'], partGroups: ['PG-1'] } }),
    );
    expect(groups.coverages[0]?.covers).toEqual({
      systems: ['engine'],
      partGroups: ['PG-1'],
      failureCodes: [],
    });
  });

  it('accepts a coverage covering one failure code only (one list is enough)', () => {
    expect(
      parseWarrantyPolicy(withCoverage({ covers: { failureCodes: ['P07'] } })).coverages[0]?.covers,
    ).toEqual({ systems: [], partGroups: [], failureCodes: ['P07'] });
  });

  it('refuses a repeated coverage id, at the second one', () => {
    const input = acmeInput({ coverages: [basic, { ...basic, class: 'powertrain' }] });
    expect(issueOf(() => parseWarrantyPolicy(input))).toEqual({
      code: 'warranty.invalid_policy',
      path: ['coverages', 1, 'id'],
    });
  });

  it('refuses a condition voiding a coverage the policy does not have, at that entry of voids', () => {
    const input = acmeInput({ conditions: { noCommercialUse: { voids: ['basic', 'powertrain'] } } });
    expect(issuesOf(() => parseWarrantyPolicy(input))).toEqual([
      expect.objectContaining({
        code: 'warranty.invalid_policy',
        path: ['conditions', 'noCommercialUse', 'voids', 1],
      }),
    ]);
    // An empty voids list would void nothing: it is refused too (omit it to void every coverage).
    const empty = acmeInput({ conditions: { noModification: { voids: [] } } });
    expect(issueOf(() => parseWarrantyPolicy(empty))).toEqual({
      code: 'input.too_small',
      path: ['conditions', 'noModification', 'voids'],
    });
  });

  it('refuses soldUntil before soldFrom, and accepts a one-day policy (soldUntil = soldFrom)', () => {
    expect(issueOf(() => parseWarrantyPolicy(acmeInput({ soldUntil: '2019-12-31' })))).toEqual({
      code: 'warranty.invalid_policy',
      path: ['soldUntil'],
    });
    expect(parseWarrantyPolicy(acmeInput({ soldUntil: '2020-01-01' })).soldUntil).toBe('2020-01-01');
  });

  it('refuses a period with both days and months, with no limit, or with a negative or fractional limit', () => {
    expect(issueOf(() => parseWarrantyPolicy(withCoverage({ period: { days: 30, months: 1 } })))).toEqual({
      code: 'time.invalid_period',
      path: ['coverages', 0, 'period'],
    });
    expect(issueOf(() => parseWarrantyPolicy(withCoverage({ period: {} })))).toEqual({
      code: 'time.invalid_period',
      path: ['coverages', 0, 'period'],
    });
    expect(issueOf(() => parseWarrantyPolicy(withCoverage({ period: { months: -1 } })))).toEqual({
      code: 'input.too_small',
      path: ['coverages', 0, 'period', 'months'],
    });
    expect(issueOf(() => parseWarrantyPolicy(withCoverage({ period: { km: 1.5 } })))).toEqual({
      code: 'input.invalid_type',
      path: ['coverages', 0, 'period', 'km'],
    });
  });

  it('refuses `years` (years are written as months), naming the field', () => {
    const issues = issuesOf(() => parseWarrantyPolicy(withCoverage({ period: { years: 3 } })));
    expect(issues[0]).toEqual(
      expect.objectContaining({
        code: 'input.unrecognized_keys',
        path: ['coverages', 0, 'period'],
        params: expect.objectContaining({ keys: ['years'] }),
      }),
    );
    // The same period written in months is fine: 3 years = 36 months.
    expect(parseWarrantyPolicy(withCoverage({ period: { months: 36 } })).coverages[0]?.period).toEqual({
      months: 36,
    });
  });

  it('refuses a version that is not semantic (1.0, v1.0.0)', () => {
    for (const version of ['1.0', 'v1.0.0', '01.0.0']) {
      expect(issueOf(() => parseWarrantyPolicy(acmeInput({ version })))).toEqual({
        code: 'input.invalid_format',
        path: ['version'],
      });
    }
    expect(parseWarrantyPolicy(acmeInput({ version: '2.1.0-rc.1' })).version).toBe('2.1.0-rc.1');
  });

  it('refuses unknown fields, at the policy, a coverage or a condition', () => {
    expect(issuesOf(() => parseWarrantyPolicy({ ...acmeInput(), colour: 'red' }))).toEqual([
      expect.objectContaining({ code: 'input.unrecognized_keys', path: [], params: { keys: ['colour'] } }),
    ]);
    expect(issueOf(() => parseWarrantyPolicy(withCoverage({ warrantyYears: 3 })))).toEqual({
      code: 'input.unrecognized_keys',
      path: ['coverages', 0],
    });
    const condition = acmeInput({ conditions: { noCommercialUse: { within: { months: 6 } } } as never });
    expect(issueOf(() => parseWarrantyPolicy(condition))).toEqual({
      code: 'input.unrecognized_keys',
      path: ['conditions', 'noCommercialUse'],
    });
  });

  it('refuses the wrong type or value for the other fields, naming each', () => {
    const cases: [Record<string, unknown>, string, (string | number)[]][] = [
      [{ id: 'has space' }, 'input.invalid_format', ['id']],
      [{ name: { en: 'Only English' } }, 'input.required', ['name', 'zh']],
      [{ oem: '  ' }, 'input.required', ['oem']],
      [{ brands: [] }, 'input.too_small', ['brands']],
      [{ soldFrom: '2023-02-29' }, 'input.invalid_format', ['soldFrom']],
      [{ currency: 'RMB' }, 'money.invalid_currency', ['currency']],
      [{ startEvent: 'registration' }, 'input.invalid_value', ['startEvent']],
      [{ coverages: [] }, 'input.too_small', ['coverages']],
      [{ preAuthorizationAbove: '-1' }, 'input.too_small', ['preAuthorizationAbove']],
      [{ claims: { maxKmPerDay: 0 } }, 'input.too_small', ['claims', 'maxKmPerDay']],
    ];
    for (const [fields, code, path] of cases) {
      expect(
        issueOf(() => parseWarrantyPolicy({ ...acmeInput(), ...fields })),
        JSON.stringify(fields),
      ).toEqual({
        code,
        path,
      });
    }
    const coverageCases: [Record<string, unknown>, string, (string | number)[]][] = [
      [{ class: 'tyres' }, 'input.invalid_value', ['coverages', 0, 'class']],
      [{ vehicles: 'hybrid' }, 'input.invalid_value', ['coverages', 0, 'vehicles']],
      [{ causes: [] }, 'input.too_small', ['coverages', 0, 'causes']],
      [{ causes: ['rust'] }, 'input.invalid_value', ['coverages', 0, 'causes', 0]],
      [{ deductible: 'free' }, 'money.invalid_amount', ['coverages', 0, 'deductible']],
      [{ covers: { systems: ['roof'] } }, 'input.invalid_value', ['coverages', 0, 'covers', 'systems', 0]],
      [{ laterOwners: 'never' }, 'input.invalid_type', ['coverages', 0, 'laterOwners']],
    ];
    for (const [fields, code, path] of coverageCases) {
      expect(
        issueOf(() => parseWarrantyPolicy(withCoverage(fields))),
        JSON.stringify(fields),
      ).toEqual({
        code,
        path,
      });
    }
  });

  it('refuses what is not a policy at all, with a coded error (never a TypeError)', () => {
    for (const input of [null, undefined, 42, 'acme', [], { coverages: [null] }]) {
      expect(issuesOf(() => parseWarrantyPolicy(input)).length).toBeGreaterThan(0);
    }
  });

  it('fills the defaults: invoice start, no conditions or claim checks, and per coverage: same for later owners, all vehicles, quality only, empty lists', () => {
    const policy = acmePolicy({
      coverages: [{ id: 'basic', class: 'basic', period: { months: 12 }, covers: { partGroups: ['PG-1'] } }],
    });
    expect(policy.startEvent).toBe('invoice');
    expect(policy.conditions).toEqual({});
    expect(policy.claims).toEqual({});
    expect(policy.coverages[0]).toEqual({
      id: 'basic',
      class: 'basic',
      period: { months: 12 },
      laterOwners: 'same',
      covers: { systems: [], partGroups: ['PG-1'], failureCodes: [] },
      vehicles: 'all',
      causes: ['quality'],
    });
    expect(policy.brands).toBeUndefined();
    expect(policy.preAuthorizationAbove).toBeUndefined();
  });

  it('reads decimals given as JSON numbers into decimal strings (5000 → "5000")', () => {
    const policy = acmePolicy({ preAuthorizationAbove: 5000 as never });
    expect(policy.preAuthorizationAbove).toBe('5000');
  });

  it('reads -0 (JSON.parse gives it for "-0") as 0 in periods and claim checks, so the policy writes back as it is', () => {
    const input = JSON.parse(
      JSON.stringify(acmeInput({ claims: { submitWithinDays: 1, oldPartReturnDays: 1 } }))
        .replace('"km":20000', '"km":-0')
        .replace('"submitWithinDays":1', '"submitWithinDays":-0'),
    );
    const policy = parseWarrantyPolicy(input);
    expect(Object.is(policy.coverages[0]?.period.km, 0)).toBe(true);
    expect(Object.is(policy.claims.submitWithinDays, 0)).toBe(true);
    expect(policy.claims.oldPartReturnDays).toBe(1);
    expect(JSON.parse(JSON.stringify(policy))).toStrictEqual(policy);
  });

  it('freezes the parsed policy all the way down, and returns a parsed policy as it is', () => {
    const policy = acmePolicy({ conditions: { noCommercialUse: { voids: ['basic'] } } });
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.coverages)).toBe(true);
    expect(Object.isFrozen(policy.coverages[0])).toBe(true);
    expect(Object.isFrozen(policy.coverages[0]?.period)).toBe(true);
    expect(Object.isFrozen(policy.coverages[0]?.covers.systems)).toBe(true);
    expect(Object.isFrozen(policy.conditions.noCommercialUse?.voids)).toBe(true);
    expect(() => {
      (policy as { id: string }).id = 'changed';
    }).toThrow(TypeError);
    expect(isParsedPolicy(policy)).toBe(true);
    expect(parseWarrantyPolicy(policy)).toBe(policy);
    // A copy is not trusted: it is checked again (and comes out equal, as a new object).
    const copy = JSON.parse(JSON.stringify(policy));
    expect(isParsedPolicy(copy)).toBe(false);
    expect(parseWarrantyPolicy(copy)).toEqual(policy);
  });

  it('does not change the input it was given', () => {
    const input = acmeInput();
    const before = JSON.stringify(input);
    parseWarrantyPolicy(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
  });
});

describe('the Huaxia example policies', () => {
  it('are two versions by sale date: 2022–2023 with 3 years / 100,000 km basic, from 2024 with 4 years / 120,000 km', () => {
    expect([huaxiaPolicy2022.soldFrom, huaxiaPolicy2022.soldUntil]).toEqual(['2022-01-01', '2023-12-31']);
    expect([huaxiaPolicy2024.soldFrom, huaxiaPolicy2024.soldUntil]).toEqual(['2024-01-01', undefined]);
    const basicOf = (policy: typeof huaxiaPolicy2022) => policy.coverages.find((c) => c.id === 'basic');
    expect(basicOf(huaxiaPolicy2022)?.period).toEqual({ months: 36, km: 100_000 });
    expect(basicOf(huaxiaPolicy2024)?.period).toEqual({ months: 48, km: 120_000 });
    const batteryOf = (policy: typeof huaxiaPolicy2022) =>
      policy.coverages.find((c) => c.id === 'traction-battery');
    expect(batteryOf(huaxiaPolicy2022)?.firstOwner).toBeUndefined();
    expect(batteryOf(huaxiaPolicy2024)?.firstOwner).toBe('lifetime');
  });
});

describe('warrantyPoliciesFrom', () => {
  it('reads the policies of createAftersales + huaxiaWarrantyPlugin, validated and frozen', () => {
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [huaxiaWarrantyPlugin] });
    const policies = warrantyPoliciesFrom(registry);
    expect(policies.map((policy) => policy.id)).toEqual(['huaxia-2022', 'huaxia-2024']);
    expect(policies).toEqual([huaxiaPolicy2022, huaxiaPolicy2024]);
    expect(Object.isFrozen(policies)).toBe(true);
    for (const policy of policies) expect(isParsedPolicy(policy)).toBe(true);
  });

  it('returns an empty list for a registry without policies', () => {
    expect(warrantyPoliciesFrom(createAftersales({ timeZone: 'Asia/Shanghai', plugins: [] }))).toEqual([]);
  });

  it("reports a bad contribution's issues under ['policies', <id>, …]", () => {
    const bad = definePlugin({
      id: 'acme.broken',
      version: '1.0.0',
      policies: [acmeInput({ id: 'acme-broken', soldUntil: '2019-01-01' })],
    });
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [huaxiaWarrantyPlugin, bad] });
    expect(issuesOf(() => warrantyPoliciesFrom(registry))).toEqual([
      expect.objectContaining({
        code: 'warranty.invalid_policy',
        path: ['policies', 'acme-broken', 'soldUntil'],
      }),
    ]);
    const badCoverage = definePlugin({
      id: 'acme.broken-coverage',
      version: '1.0.0',
      policies: [acmeInput({ id: 'acme-2', coverages: [{ ...basic, covers: {} }] })],
    });
    expect(
      issueOf(() =>
        warrantyPoliciesFrom(createAftersales({ timeZone: 'Asia/Shanghai', plugins: [badCoverage] })),
      ),
    ).toEqual({ code: 'warranty.invalid_policy', path: ['policies', 'acme-2', 'coverages', 0, 'covers'] });
  });

  it('names a contribution that is null by its place, with the coded error of the schema', () => {
    const registry = { list: () => [acmeInput({ id: 'acme-ok' }), null] };
    expect(issuesOf(() => warrantyPoliciesFrom(registry as never))).toEqual([
      expect.objectContaining({ code: 'input.invalid_type', path: ['policies', 1] }),
    ]);
  });

  it("lets an error that is not the library's own, thrown while reading a contribution, through as it is", () => {
    const boom = new Error('the plugin failed to load its coverages');
    const contribution = {
      ...acmeInput({ id: 'acme-lazy' }),
      get coverages(): never {
        throw boom;
      },
    };
    const registry = { list: () => [contribution] };
    expect(() => warrantyPoliciesFrom(registry as never)).toThrow(boom);
  });

  it('refuses something that is not a registry with a coded error', () => {
    for (const registry of [null, undefined, {}, { list: 'no' }, { list: () => 'no' }]) {
      expect(issueOf(() => warrantyPoliciesFrom(registry as never))).toEqual({
        code: 'input.invalid_type',
        path: ['registry'],
      });
    }
  });
});
