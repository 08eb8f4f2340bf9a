import { describe, expect, it } from 'vitest';
import { createAftersales } from './createAftersales';
import { definePlugin } from './definePlugin';

describe('createAftersales', () => {
  // definePlugin marks its result; a spread or JSON copy keeps the mark, so what the copy holds
  // must be read again (the public-api fuzz found `flows: {}` throwing a TypeError here).
  const plugin = definePlugin({ id: '@acme/brand-x', version: '1.0.0', policies: [{ id: 'p1' }] });

  it.each([
    [{ ...plugin, policies: {} }, ['plugins', 0, 'policies']],
    [{ ...plugin, kpis: 'ro.count' }, ['plugins', 0, 'kpis']],
    [{ ...plugin, policies: [null] }, ['plugins', 0, 'policies', 0, 'id']],
    [{ ...plugin, policies: [{ id: 7 }] }, ['plugins', 0, 'policies', 0, 'id']],
  ])('refuses an edited copy of a plugin (%o) with plugin.invalid at %o', (edited, path) => {
    expect(() => createAftersales({ plugins: [edited as never], timeZone: 'Asia/Shanghai' })).toThrowError(
      expect.objectContaining({ code: 'plugin.invalid', path }),
    );
  });

  it('still registers an unedited copy', () => {
    const registry = createAftersales({ plugins: [{ ...plugin }], timeZone: 'Asia/Shanghai' });
    expect(registry.get('policies', 'p1')).toEqual({ id: 'p1' });
  });
});
