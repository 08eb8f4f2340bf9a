import { describe, expect, it } from 'vitest';
import { createAftersales } from './createAftersales';
import { definePlugin } from './definePlugin';

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
