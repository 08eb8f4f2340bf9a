import { createAftersales, definePlugin, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import {
  defaultStockingPolicy,
  demandHistory,
  parseStockingPolicy,
  StockingPolicySchema,
  stockingPoliciesFrom,
  suggestOrder,
} from '../index';
import { monthlyIssues, thrown, ZONE } from '../testing';

describe('defaultStockingPolicy', () => {
  it("holds the manuals' figures and the usual defaults", () => {
    expect(defaultStockingPolicy).toEqual({
      id: 'aftersales-default',
      historyMonths: 12,
      abc: { a: '0.8', b: '0.15' },
      xyz: { x: '0.5', y: '1' },
      movement: { slowMonths: 6, obsoleteMonths: 12, fastHitsPerMonth: 4, newPartMonths: 6 },
      phaseIn: { orders: 3, months: 6 },
      phaseOut: { months: 12 },
      serviceLevel: { A: '0.98', B: '0.95', C: '0.9' },
      leadTimeDays: 7,
      reviewDays: 7,
      daysPerMonth: 30,
      // 安全库存为当月出库金额的1.5倍, within ±10 %
      aggregate: { monthsOfOutbound: '1.5', tolerance: '0.1' },
      cites: { 'movement.slowMonths': 'manual:parts.slow.moving', aggregate: 'manual:parts.safety.stock' },
    });
    expect(Object.isFrozen(defaultStockingPolicy)).toBe(true);
  });
});

describe('parseStockingPolicy', () => {
  it('fills in every default from an id alone', () => {
    const { id, cites, ...rest } = parseStockingPolicy({ id: 'dealer-0451' });
    const { id: _id, cites: _cites, ...defaults } = defaultStockingPolicy;
    expect(id).toBe('dealer-0451');
    expect(cites).toBeUndefined();
    expect(rest).toEqual(defaults);
  });

  it('keeps what is given and defaults the rest of a nested group', () => {
    const policy = parseStockingPolicy({ id: 'brand-x', movement: { slowMonths: 3 }, leadTimeDays: 3 });
    expect(policy.movement).toEqual({
      slowMonths: 3,
      obsoleteMonths: 12,
      fastHitsPerMonth: 4,
      newPartMonths: 6,
    });
    expect(policy.leadTimeDays).toBe(3);
    // the schema is public: a plugin author can check a policy without the consistency rules
    expect(StockingPolicySchema.safeParse({ id: 'brand-x' }).success).toBe(true);
  });

  it('accepts the edges: a + b = 1, x = y, slow one month before obsolete', () => {
    const policy = parseStockingPolicy({
      id: 'edges',
      abc: { a: '0.85', b: '0.15' },
      xyz: { x: '0.7', y: '0.7' },
      movement: { slowMonths: 11, obsoleteMonths: 12 },
    });
    expect([policy.abc.b, policy.xyz.y, policy.movement.slowMonths]).toEqual(['0.15', '0.7', 11]);
  });

  it('rejects inconsistent thresholds with the path of the field at fault', () => {
    // 0.85 + 0.16 = 1.01 > 1: no room left for C
    expect(thrown(() => parseStockingPolicy({ id: 'p', abc: { a: '0.85', b: '0.16' } }))).toEqual({
      code: 'input.inconsistent',
      path: ['abc'],
    });
    expect(thrown(() => parseStockingPolicy({ id: 'p', abc: { a: '0', b: '0.5' } }))).toEqual({
      code: 'input.inconsistent',
      path: ['abc'],
    });
    // slow at 12 = obsolete at 12
    expect(thrown(() => parseStockingPolicy({ id: 'p', movement: { slowMonths: 12 } }))).toEqual({
      code: 'input.inconsistent',
      path: ['movement', 'slowMonths'],
    });
    expect(thrown(() => parseStockingPolicy({ id: 'p', xyz: { x: '1.2', y: '1' } }))).toEqual({
      code: 'input.inconsistent',
      path: ['xyz', 'x'],
    });
  });

  it('rejects malformed fields with their path', () => {
    expect(thrown(() => parseStockingPolicy({ id: 'p', safetyDays: 3 }))).toEqual({
      code: 'input.unrecognized_keys',
      path: [],
    });
    expect(thrown(() => parseStockingPolicy({ id: 'p', movement: { slowMonth: 3 } }))).toEqual({
      code: 'input.unrecognized_keys',
      path: ['movement'],
    });
    // a service level of 1.2 is not a probability
    expect(
      thrown(() => parseStockingPolicy({ id: 'p', serviceLevel: { A: '1.2', B: '0.95', C: '0.9' } })),
    ).toEqual({
      code: 'input.invalid_format',
      path: ['serviceLevel', 'A'],
    });
    // nor is 1: no safety stock covers every lead time
    expect(
      thrown(() => parseStockingPolicy({ id: 'p', serviceLevel: { A: '1', B: '0.95', C: '0.9' } })).path,
    ).toEqual(['serviceLevel', 'A']);
    // below 0.5 z is negative: a safety stock below the mean
    expect(
      thrown(() => parseStockingPolicy({ id: 'p', serviceLevel: { A: '0.98', B: '0.95', C: '0.4' } })).path,
    ).toEqual(['serviceLevel', 'C']);
    expect(thrown(() => parseStockingPolicy({ id: 'p', abc: { a: '80', b: '15' } }))).toEqual({
      code: 'input.invalid_format',
      path: ['abc', 'a'],
    });
    expect(thrown(() => parseStockingPolicy({ id: 'p', daysPerMonth: 27 }))).toEqual({
      code: 'input.too_small',
      path: ['daysPerMonth'],
    });
    expect(thrown(() => parseStockingPolicy({ id: 'p', phaseIn: { orders: 2.5, months: 6 } }))).toEqual({
      code: 'input.invalid_type',
      path: ['phaseIn', 'orders'],
    });
    expect(thrown(() => parseStockingPolicy({ id: 'p', cites: { abc: 'the manual' } }))).toEqual({
      code: 'input.invalid',
      path: ['cites', 'abc'],
    });
    expect(thrown(() => parseStockingPolicy({}))).toEqual({ code: 'input.required', path: ['id'] });
    expect(thrown(() => parseStockingPolicy('default'))).toEqual({ code: 'input.invalid_type', path: [] });
  });

  it('holds aggregate.monthsOfOutbound to four places, so suggestOrder can multiply by it', () => {
    // It used to pass here with five places (or 20 digits) and make suggestOrder throw a TypeError.
    const tolerance = '0.1';
    expect(
      parseStockingPolicy({ id: 'p', aggregate: { monthsOfOutbound: '1.2345', tolerance } }).aggregate,
    ).toEqual({ monthsOfOutbound: '1.2345', tolerance });
    for (const monthsOfOutbound of ['1.23456', '99999999999999999999']) {
      expect(
        thrown(() => parseStockingPolicy({ id: 'p', aggregate: { monthsOfOutbound, tolerance } })),
      ).toEqual({
        code: 'input.invalid_format',
        path: ['aggregate', 'monthsOfOutbound'],
      });
    }
    const history = demandHistory(monthlyIssues('P1', '2024-01', ['3', '3', '3']), {
      timeZone: ZONE,
      from: '2024-01',
      to: '2024-03',
    });
    expect(
      thrown(() =>
        suggestOrder(history, { policy: { id: 'p', aggregate: { monthsOfOutbound: '1.23456', tolerance } } }),
      ),
    ).toEqual({
      code: 'input.invalid_format',
      path: ['policy', 'aggregate', 'monthsOfOutbound'],
    });
  });
});

describe('stockingPoliciesFrom', () => {
  it('reads the parts contributions of every plugin, validated and with defaults', () => {
    const registry = createAftersales({
      timeZone: 'Asia/Shanghai',
      plugins: [
        definePlugin({
          id: '@acme/parts',
          version: '1.0.0',
          parts: [
            { id: 'acme-parts', leadTimeDays: 3 },
            { id: 'acme-remote', leadTimeDays: 21, serviceLevel: { A: '0.99', B: '0.97', C: '0.9' } },
          ],
        }),
        definePlugin({ id: '@acme/warranty', version: '1.0.0', policies: [{ id: 'acme-warranty' }] }),
      ],
    });
    const policies = stockingPoliciesFrom(registry);
    expect(
      policies.map((policy) => [policy.id, policy.leadTimeDays, policy.serviceLevel.A, policy.reviewDays]),
    ).toEqual([
      ['acme-parts', 3, '0.98', 7],
      ['acme-remote', 21, '0.99', 7],
    ]);
    expect(stockingPoliciesFrom(createAftersales({ timeZone: 'Asia/Shanghai' }))).toEqual([]);
  });

  it("accepts a contribution's own version and drops it", () => {
    const registry = createAftersales({
      timeZone: 'Asia/Shanghai',
      plugins: [
        definePlugin({
          id: '@acme/parts',
          version: '1.0.0',
          parts: [{ id: 'acme-parts', version: '2.1.0', leadTimeDays: 3 }],
        }),
      ],
    });
    const [policy] = stockingPoliciesFrom(registry);
    expect([policy?.id, policy?.leadTimeDays]).toEqual(['acme-parts', 3]);
    expect(policy).not.toHaveProperty('version');
  });

  it("throws a contribution's issues, and refuses what is not a registry", () => {
    const registry = createAftersales({
      timeZone: 'Asia/Shanghai',
      plugins: [
        definePlugin({
          id: '@acme/parts',
          version: '1.0.0',
          parts: [{ id: 'bad', movement: { slowMonths: 12 } }],
        }),
      ],
    });
    expect(thrown(() => stockingPoliciesFrom(registry))).toEqual({
      code: 'input.inconsistent',
      path: ['parts', 'bad', 'movement', 'slowMonths'], // which contribution, then the field
    });
    expect(thrown(() => stockingPoliciesFrom({} as never))).toEqual({
      code: 'input.invalid_type',
      path: ['registry'],
    });
    expect(thrown(() => stockingPoliciesFrom(null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['registry'],
    });
  });
});

// The coded errors in full: parameters and both languages, and contributions that are not
// policies at all. A registry here is anything with `list` (what stockingPoliciesFrom reads).
describe('stocking policy errors in detail', () => {
  const caught = (run: () => unknown): { code: string; path: unknown; params: unknown } => {
    try {
      run();
    } catch (error) {
      if (isAftersalesError(error))
        return { code: error.code, path: error.path, params: error.issues[0]?.params };
      throw error;
    }
    throw new Error('expected a coded AftersalesError');
  };
  const listing = (parts: unknown) => ({ list: () => parts }) as never;

  it('takes a service level of exactly 0.5 (z = 0) and refuses 0.4999', () => {
    const policy = parseStockingPolicy({ id: 'p', serviceLevel: { A: '0.5', B: '0.5', C: '0.5' } });
    expect(policy.serviceLevel.C).toBe('0.5');
    expect(
      thrown(() => parseStockingPolicy({ id: 'p', serviceLevel: { A: '0.98', B: '0.4999', C: '0.9' } })).path,
    ).toEqual(['serviceLevel', 'B']);
  });

  it('gives the reason of an inconsistent policy in English and Chinese', () => {
    expect(caught(() => parseStockingPolicy({ id: 'p', abc: { a: '0.9', b: '0.2' } })).params).toEqual({
      reason: 'a must be above 0 and a + b at most 1',
      reasonZh: 'a 应大于 0，且 a + b 不超过 1',
    });
    expect(caught(() => parseStockingPolicy({ id: 'p', xyz: { x: '2', y: '1' } })).params).toEqual({
      reason: 'x must not be above y',
      reasonZh: 'x 不应大于 y',
    });
    expect(caught(() => parseStockingPolicy({ id: 'p', movement: { slowMonths: 13 } })).params).toEqual({
      reason: 'slowMonths must be below obsoleteMonths',
      reasonZh: '滞销月数应小于呆滞月数',
    });
  });

  it('names what was given instead of a registry', () => {
    const expected = 'registry from createAftersales';
    expect(caught(() => stockingPoliciesFrom(null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['registry'],
      params: { expected, received: 'null' },
    });
    expect(caught(() => stockingPoliciesFrom(7 as never)).params).toEqual({ expected, received: 'number' });
    expect(caught(() => stockingPoliciesFrom({ list: 'parts' } as never)).params).toEqual({
      expected,
      received: 'object',
    });
    // A function is no registry, even one carrying a list.
    const callable = Object.assign(() => undefined, { list: () => [] });
    expect(caught(() => stockingPoliciesFrom(callable)).params).toEqual({ expected, received: 'function' });
    // A registry whose list is not a list.
    expect(caught(() => stockingPoliciesFrom(listing('parts')))).toEqual({
      code: 'input.invalid_type',
      path: ['registry'],
      params: { expected: 'registry', received: 'other' },
    });
  });

  it('names a contribution that is no policy by its position, or its id when it has a text one', () => {
    expect(caught(() => stockingPoliciesFrom(listing([null]))).path).toEqual(['parts', 0]);
    expect(caught(() => stockingPoliciesFrom(listing(['policy']))).path).toEqual(['parts', 0]);
    expect(caught(() => stockingPoliciesFrom(listing([{ id: 'ok' }, { id: 5 }]))).path).toEqual([
      'parts',
      1,
      'id',
    ]);
    // With a version, which is dropped before the policy is read.
    expect(
      caught(() => stockingPoliciesFrom(listing([{ id: 'v', version: '1.0.0', leadTimeDays: -1 }]))).path,
    ).toEqual(['parts', 'v', 'leadTimeDays']);
    expect(stockingPoliciesFrom(listing([{ id: 'plain' }]))[0]?.id).toBe('plain');
  });

  it('lets an error that is not a coded one through unchanged', () => {
    const trap = {
      id: 'trap',
      version: '1.0.0',
      get leadTimeDays(): number {
        throw new RangeError('read failed');
      },
    };
    expect(() => stockingPoliciesFrom(listing([trap]))).toThrow(new RangeError('read failed'));
  });
});
