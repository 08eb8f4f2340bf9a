import { describe, expect, it } from 'vitest';
import { createAftersales } from './createAftersales';
import { contributionKinds, definePlugin } from './definePlugin';

const minimal = { id: '@acme/brand-x', version: '1.0.0' };

describe('definePlugin', () => {
  it('accepts scoped and dotted namespaced ids', () => {
    expect(definePlugin(minimal).id).toBe('@acme/brand-x');
    expect(definePlugin({ id: 'acme.brand-x', version: '0.1.0-beta.1' }).version).toBe('0.1.0-beta.1');
  });

  it.each([
    [{ ...minimal, id: 'brandx' }, ['id']],
    [{ ...minimal, id: '@Acme/X' }, ['id']],
    [{ ...minimal, version: '1.0' }, ['version']],
    [{ ...minimal, widgets: [] }, ['widgets']],
    [{ ...minimal, kpis: {} }, ['kpis']],
    [{ ...minimal, kpis: [{ name: 'no id' }] }, ['kpis', 0, 'id']],
    [{ ...minimal, kpis: [{ id: 'a' }, { id: 'a' }] }, ['kpis', 1, 'id']],
    [{ ...minimal, parts: [{ id: 'p', version: 'v2' }] }, ['parts', 0, 'version']],
  ])('rejects %o at %o', (definition, path) => {
    expect(() => definePlugin(definition as never)).toThrowError(
      expect.objectContaining({ code: 'plugin.invalid', path }),
    );
  });

  it('rejects non-objects with a coded error, not a TypeError', () => {
    for (const value of [null, undefined, 42, 'plugin', []]) {
      expect(() => definePlugin(value as never)).toThrowError(
        expect.objectContaining({ code: 'plugin.invalid' }),
      );
    }
  });

  it('freezes a copy: changing the definition afterwards changes nothing', () => {
    const policy = { id: 'p1', months: 36 };
    const plugin = definePlugin({ ...minimal, policies: [policy] });
    policy.months = 12;
    expect(plugin.policies?.[0]?.months).toBe(36);
    expect(Object.isFrozen(plugin.policies?.[0])).toBe(true);
  });
});

describe('createAftersales', () => {
  it('rejects a host-less or made-up time zone', () => {
    expect(() => createAftersales({ timeZone: 'Mars/Olympus' })).toThrowError(
      expect.objectContaining({ code: 'time.invalid_zone', path: ['timeZone'] }),
    );
    expect(() => createAftersales(undefined as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });

  it('rejects plugins not made with definePlugin', () => {
    expect(() => createAftersales({ timeZone: 'Asia/Shanghai', plugins: [minimal as never] })).toThrowError(
      expect.objectContaining({ code: 'plugin.invalid', path: ['plugins', 0] }),
    );
  });

  it('rejects unknown kinds in lookups with a coded error', () => {
    const registry = createAftersales({ timeZone: 'Asia/Shanghai' });
    expect(() => registry.list('widgets' as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_value', path: ['kind'] }),
    );
    expect(() => registry.get('kpis', 'nope')).toThrowError(
      expect.objectContaining({ code: 'registry.unknown' }),
    );
  });

  it('rejects targets that are not plain JSON', () => {
    expect(() =>
      createAftersales({ timeZone: 'UTC', targets: { 'ro.comeback': Number.POSITIVE_INFINITY } }),
    ).toThrowError(expect.objectContaining({ code: 'input.invalid', path: ['targets', 'ro.comeback'] }));
  });
});

describe('the targets extension point', () => {
  // An OEM ships its own KPI targets; core only checks the id, @aftersales/kpi reads the profile.
  const oemTargets = definePlugin({
    ...minimal,
    targets: [
      {
        id: 'brand-x.targets',
        scope: { oem: 'brand-x' },
        targets: { 'ro.comeback': { below: '1.5', cite: 'oem:brand-x-2024#kpi.comeback' } },
      },
    ],
  });

  it('is a contribution kind, listed and looked up like the others', () => {
    expect(contributionKinds).toContain('targets');
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [oemTargets] });
    expect(registry.list('targets').map((profile) => profile.id)).toEqual(['brand-x.targets']);
    expect(registry.get('targets', 'brand-x.targets').scope).toEqual({ oem: 'brand-x' });
    expect(registry.ownerOf('targets', 'brand-x.targets')).toEqual({ id: '@acme/brand-x', version: '1.0.0' });
    expect(createAftersales({ timeZone: 'UTC' }).list('targets')).toEqual([]);
  });

  it('checks target contributions like any other kind', () => {
    expect(() => definePlugin({ ...minimal, targets: {} as never })).toThrowError(
      expect.objectContaining({ code: 'plugin.invalid', path: ['targets'] }),
    );
    expect(() => definePlugin({ ...minimal, targets: [{ id: 't' }, { id: 't' }] })).toThrowError(
      expect.objectContaining({ code: 'plugin.invalid', path: ['targets', 1, 'id'] }),
    );
  });

  it('refuses the same target profile from two plugins', () => {
    const copycat = definePlugin({
      id: '@other/copycat',
      version: '1.0.0',
      targets: [{ id: 'brand-x.targets' }],
    });
    expect(() => createAftersales({ timeZone: 'UTC', plugins: [oemTargets, copycat] })).toThrowError(
      expect.objectContaining({
        code: 'plugin.duplicate_contribution',
        path: ['plugins', 1, 'targets', 0, 'id'],
      }),
    );
  });
});
