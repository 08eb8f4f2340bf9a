import { createAftersales, definePlugin } from '@aftersales/core';
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
