import { type Contribution, contributionKinds, createAftersales, definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';

/**
 * An example brand plugin that fills every extension point once, the way a carmaker would ship
 * its own KPIs, warranty policy, legal pack, flow extension, stocking policy and KPI targets.
 */
const brandX = definePlugin({
  id: '@acme/brand-x',
  version: '2.1.0',
  name: { en: 'Brand X dealer pack', zh: 'X 品牌经销商扩展包' },
  kpis: [{ id: 'brand-x.ev.battery-checks', unit: 'count', citation: 'oem:brand-x-2024#kpis.batteryChecks' }],
  policies: [
    { id: 'brand-x-2024', version: '2024.1.0', coverages: [{ class: 'basic', months: 36, km: 100000 }] },
  ],
  jurisdictions: [{ id: 'acme.test-jurisdiction', rules: [] }],
  flows: [{ id: 'repair-order.brand-x-pdi', extends: 'repair-order', states: ['pdi'] }],
  parts: [{ id: 'brand-x.stocking', serviceLevel: '0.95' }],
  targets: [{ id: 'brand-x.targets', scope: { oem: 'brand-x' }, targets: {} }],
});

const dealerGroup = definePlugin({
  id: 'acme.dealer-group',
  version: '1.0.0',
  kpis: [{ id: 'group.wash.rate' }],
});

describe('an example plugin', () => {
  const registry = createAftersales({ plugins: [brandX, dealerGroup], timeZone: 'Asia/Shanghai' });

  it('is reachable through every extension point, with its owner', () => {
    for (const kind of contributionKinds) {
      const first = (brandX[kind] as readonly Contribution[])[0] as Contribution;
      expect(registry.get(kind, first.id), kind).toEqual(first);
      expect(registry.ownerOf(kind, first.id)).toEqual({ id: '@acme/brand-x', version: '2.1.0' });
    }
    expect(registry.list('kpis').map((kpi) => kpi.id)).toEqual([
      'brand-x.ev.battery-checks',
      'group.wash.rate',
    ]);
    expect(registry.plugins).toEqual([
      { id: '@acme/brand-x', version: '2.1.0' },
      { id: 'acme.dealer-group', version: '1.0.0' },
    ]);
    expect(registry.find('flows', 'nope')).toBeUndefined();
  });

  it('cannot be changed once the registry exists', () => {
    expect(Object.isFrozen(registry)).toBe(true);
    expect(Object.isFrozen(registry.list('policies'))).toBe(true);
    expect(() => {
      (registry.list('kpis') as Contribution[]).push({ id: 'sneaky' });
    }).toThrow(TypeError);
    expect(registry.list('kpis')).toHaveLength(2);
  });

  it('refuses the same plugin twice, and the same contribution from two plugins', () => {
    expect(() => createAftersales({ plugins: [brandX, brandX], timeZone: 'Asia/Shanghai' })).toThrowError(
      expect.objectContaining({ code: 'plugin.duplicate_id', path: ['plugins', 1, 'id'] }),
    );
    const copycat = definePlugin({
      id: '@other/copycat',
      version: '1.0.0',
      policies: [{ id: 'brand-x-2024' }],
    });
    expect(() => createAftersales({ plugins: [brandX, copycat], timeZone: 'Asia/Shanghai' })).toThrowError(
      expect.objectContaining({
        code: 'plugin.duplicate_contribution',
        path: ['plugins', 1, 'policies', 0, 'id'],
        messages: {
          en: "plugins[1].policies[0].id policies 'brand-x-2024' is contributed by both '@acme/brand-x' and '@other/copycat'",
          zh: 'plugins[1].policies[0].id 保修政策“brand-x-2024”同时由插件“@acme/brand-x”和“@other/copycat”提供',
        },
      }),
    );
  });
});
