import { createAftersales, definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { parseTargetProfile } from './parseTargetProfile';
import {
  defaultTargetProfile,
  resolveTargets,
  type TargetProfile,
  targetProfilesFrom,
} from './targetProfile';
import { approval, comeback, csi, dwell, kpis, manualTargets } from './testing';

/** The error of one issue: its code, path and params. */
const refusal = (code: string, path: readonly (string | number)[], params?: Record<string, unknown>) =>
  expect.objectContaining({
    code,
    path,
    issues: [expect.objectContaining(params === undefined ? { code, path } : { code, path, params })],
  });

const profile = (targets: unknown, more: Record<string, unknown> = {}) => ({ id: 'p', targets, ...more });
const comebackBelow = (below: unknown) => ({ 'ro.comeback': { below, cite: 'manual:ro.comeback' } });

describe('defaultTargetProfile', () => {
  it("takes the manuals' target of every definition that has one", () => {
    const defaults = defaultTargetProfile(kpis);
    expect(defaults.id).toBe('manual.defaults');
    expect(defaults.targets).toEqual(manualTargets.targets);
    expect(defaults.targets[dwell.id]).toBeUndefined(); // ro.dwell: no target in the catalog
    expect(Object.isFrozen(defaults.targets)).toBe(true);
  });

  it('checks the targets of the definitions, and refuses a KPI defined twice', () => {
    const bad = { ...approval, target: { atLeast: '95%', cite: 'manual:wty.approval' } };
    expect(() => defaultTargetProfile([comeback, bad as never])).toThrowError(
      expect.objectContaining({ code: 'input.invalid_format', path: ['kpis', 1, 'target', 'atLeast'] }),
    );
    expect(() => defaultTargetProfile([comeback, comeback])).toThrowError(
      expect.objectContaining({ code: 'input.inconsistent', path: ['kpis', 1, 'id'] }),
    );
  });

  it('refuses definitions that are not a list, and a definition whose id is null', () => {
    expect(() => defaultTargetProfile('ro.comeback' as never)).toThrowError(
      refusal('input.invalid_type', ['kpis'], { expected: 'array', received: 'string' }),
    );
    expect(() => defaultTargetProfile([comeback, { id: null } as never])).toThrowError(
      refusal('input.invalid_type', ['kpis', 1, 'id'], {
        expected: 'KPI id (non-empty string)',
        received: 'null',
      }),
    );
  });

  it('names the profile, and refuses an empty id and a KPI defined twice with a reason', () => {
    expect(defaultTargetProfile([comeback, dwell])).toStrictEqual({
      id: 'manual.defaults',
      name: { en: 'Dealer-manual defaults', zh: '经销商手册默认目标' },
      targets: { 'ro.comeback': { below: '2', cite: 'manual:ro.comeback' } },
    });
    expect(() => defaultTargetProfile([{ id: '' }])).toThrowError(
      refusal('input.invalid_type', ['kpis', 0, 'id'], {
        expected: 'KPI id (non-empty string)',
        received: 'string',
      }),
    );
    expect(() => defaultTargetProfile([dwell, comeback, comeback])).toThrowError(
      refusal('input.inconsistent', ['kpis', 2, 'id'], {
        reason: "KPI 'ro.comeback' is defined twice",
        reasonZh: '指标“ro.comeback”重复定义',
      }),
    );
  });

  it("keeps a definition's own at-risk margin, and has none when no definition gives one", () => {
    // care.archive.ontime must reach 100 %: a margin of 0 leaves at-risk off.
    const archive = {
      id: 'care.archive.ontime',
      target: { atLeast: '100', atRisk: '0', cite: 'manual:care.archive' },
    } as const;
    expect(defaultTargetProfile([comeback, archive]).atRisk).toEqual({ 'care.archive.ontime': '0' });
    expect('atRisk' in defaultTargetProfile(kpis)).toBe(false);
  });
});

describe('parseTargetProfile', () => {
  it('accepts a profile and freezes a copy', () => {
    const input = profile(comebackBelow('1.5'), {
      scope: { dealer: 'DLR-001' },
      atRisk: { 'ro.comeback': '0.2' },
    });
    const parsed = parseTargetProfile(input);
    expect(parsed).toEqual(input);
    expect(Object.isFrozen(parsed.targets['ro.comeback'])).toBe(true);
    // A band whose ends meet (≥ 1 and ≤ 1) can be met; a contribution's version is dropped.
    const point = { 'parts.safety.stock': { atLeast: '1', atMost: '1', cite: 'manual:parts.safety.stock' } };
    expect(parseTargetProfile(profile(point, { version: '1.0.0' }))).toEqual(profile(point));
  });

  it.each([
    [
      'a bound that is not a decimal string',
      profile(comebackBelow('2 %')),
      'input.invalid_format',
      ['targets', 'ro.comeback', 'below'],
    ],
    [
      'a bound given as a JS number',
      profile(comebackBelow(2)),
      'input.invalid_type',
      ['targets', 'ro.comeback', 'below'],
    ],
    [
      'a target without a bound',
      profile({ 'ro.comeback': { cite: 'manual:ro.comeback' } }),
      'input.invalid',
      ['targets', 'ro.comeback'],
    ],
    [
      'a target without a citation',
      profile({ 'ro.comeback': { below: '2' } }),
      'input.required',
      ['targets', 'ro.comeback', 'cite'],
    ],
    [
      'a citation without a scheme',
      profile({ 'ro.comeback': { below: '2', cite: 'the manual' } }),
      'decision.invalid_citation',
      ['targets', 'ro.comeback', 'cite'],
    ],
    [
      'an unknown bound',
      profile({ 'ro.comeback': { under: '2', below: '2', cite: 'manual:ro.comeback' } }),
      'input.unrecognized_keys',
      ['targets', 'ro.comeback'],
    ],
    [
      'bounds no value meets',
      profile({ 'care.csi': { atLeast: '93', below: '93', cite: 'manual:care.csi' } }),
      'input.inconsistent',
      ['targets', 'care.csi'],
    ],
    [
      'a negative at-risk margin',
      profile({}, { atRisk: { 'ro.comeback': '-0.1' } }),
      'input.too_small',
      ['atRisk', 'ro.comeback'],
    ],
    [
      'an unknown scope field',
      profile({}, { scope: { region: 'east' } }),
      'input.unrecognized_keys',
      ['scope'],
    ],
    ['an unknown profile field', profile({}, { owner: 'x' }), 'input.unrecognized_keys', []],
    ['no id', { targets: {} }, 'input.required', ['id']],
    ['no targets', { id: 'p' }, 'input.required', ['targets']],
    ['not an object', 'targets.json', 'input.invalid_type', []],
  ])('refuses %s with a coded error', (_, input, code, path) => {
    expect(() => parseTargetProfile(input)).toThrowError(expect.objectContaining({ code, path }));
  });

  it("accepts a target's note in both languages and its own margin, and checks them where they are", () => {
    const note = { en: 'Brand X counts 60 days', zh: 'X 品牌按 60 天计' };
    const targets = { 'ro.comeback': { below: '2', atRisk: '0.2', note, cite: 'manual:ro.comeback' } };
    expect(parseTargetProfile(profile(targets)).targets['ro.comeback']).toEqual(targets['ro.comeback']);
    const noZh = {
      'ro.comeback': { below: '2', note: { en: 'Brand X counts 60 days' }, cite: 'manual:ro.comeback' },
    };
    expect(() => parseTargetProfile(profile(noZh))).toThrowError(
      refusal('input.required', ['targets', 'ro.comeback', 'note', 'zh']),
    );
    const negative = { 'ro.comeback': { below: '2', atRisk: '-0.1', cite: 'manual:ro.comeback' } };
    expect(() => parseTargetProfile(profile(negative))).toThrowError(
      refusal('input.too_small', ['targets', 'ro.comeback', 'atRisk'], { minimum: 0, inclusive: true }),
    );
  });

  it('reports every problem at once, under the path it is given', () => {
    const input = profile({
      'ro.comeback': { below: 'two', cite: 'manual:ro.comeback' },
      'care.csi': { cite: 'x' },
    });
    try {
      parseTargetProfile(input, ['profiles', 3]);
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { path: unknown }[] }).issues.map((issue) => issue.path)).toEqual([
        ['profiles', 3, 'targets', 'ro.comeback', 'below'],
        ['profiles', 3, 'targets', 'care.csi'],
        ['profiles', 3, 'targets', 'care.csi', 'cite'],
      ]);
    }
  });
});

// Defaults < OEM < brand < dealer, given out of order: the level decides, not the position.
const defaults = defaultTargetProfile(kpis); // ro.comeback < 2, wty.approval ≥ 95, care.csi ≥ 93
const dealer1: TargetProfile = {
  id: 'dlr-001.targets',
  scope: { dealer: 'DLR-001' },
  targets: { [approval.id]: { atLeast: '97', cite: 'oem:acme-2024#dealer.DLR-001' } },
};
const dealer2: TargetProfile = {
  id: 'dlr-002.targets',
  scope: { dealer: 'DLR-002' },
  targets: comebackBelow('1') as never,
};
const brandX: TargetProfile = {
  id: 'brand-x.targets',
  scope: { brand: 'brand-x' },
  targets: { [comeback.id]: { below: '1.5', cite: 'oem:brand-x-2024#kpi.comeback' } },
  atRisk: { [comeback.id]: '0.2' },
};
const acme: TargetProfile = {
  id: 'acme.targets',
  scope: { oem: 'acme' },
  targets: { [comeback.id]: { below: '1.8', cite: 'oem:acme-2024#kpi.comeback' } },
};
const layered = [dealer1, brandX, dealer2, acme, defaults];

describe('resolveTargets', () => {
  it('layers defaults < OEM < brand < dealer, per KPI', () => {
    const resolved = resolveTargets(layered, { oem: 'acme', brand: 'brand-x', dealer: 'DLR-001' });
    expect(resolved.id).toBe('manual.defaults < acme.targets < brand-x.targets < dlr-001.targets');
    expect(resolved.targets[comeback.id]?.below).toBe('1.5'); // the brand's, over the OEM's 1.8
    expect(resolved.targets[approval.id]?.atLeast).toBe('97'); // the dealer's
    expect(resolved.targets[csi.id]?.atLeast).toBe('93'); // nobody overrides the manual
    expect(resolved.atRisk).toEqual({ [comeback.id]: '0.2' });
    expect(resolved.scope).toEqual({ oem: 'acme', brand: 'brand-x', dealer: 'DLR-001' });
  });

  it('skips profiles for another dealer, brand or OEM, and dealer profiles when no dealer is named', () => {
    expect(resolveTargets(layered, { oem: 'acme', dealer: 'DLR-002' }).targets[comeback.id]?.below).toBe('1');
    expect(resolveTargets(layered, { oem: 'other', brand: 'brand-y' }).id).toBe('manual.defaults');
    expect(resolveTargets(layered).targets).toEqual(defaults.targets);
    // Every field the scope names must match: ACME's DLR-001 is not another OEM's DLR-001.
    const both: TargetProfile = { ...dealer1, scope: { oem: 'acme', dealer: 'DLR-001' } };
    expect(resolveTargets([defaults, both], { oem: 'other', dealer: 'DLR-001' }).id).toBe('manual.defaults');
  });

  it('has no scope without a context, and no margins when no profile gives one', () => {
    const resolved = resolveTargets([defaults, acme], { oem: 'acme' });
    expect(resolved.scope).toEqual({ oem: 'acme' });
    expect('atRisk' in resolved).toBe(false);
    expect('scope' in resolveTargets([defaults])).toBe(false);
    expect(() => resolveTargets(null as never)).toThrowError(
      refusal('input.invalid_type', ['profiles'], { expected: 'array', received: 'null' }),
    );
  });

  it("is called 'none', with no targets, when no profile applies", () => {
    const none = resolveTargets([dealer1, brandX], { oem: 'acme' });
    expect(none.id).toBe('none');
    expect(none.targets).toEqual({});
  });

  it('lets the later of two profiles of the same level win', () => {
    const house: TargetProfile = { id: 'group.house', targets: comebackBelow('1.9') as never };
    expect(resolveTargets([defaults, house]).targets[comeback.id]?.below).toBe('1.9');
    expect(resolveTargets([house, defaults]).targets[comeback.id]?.below).toBe('2');
  });

  it('checks every profile and the context', () => {
    expect(() => resolveTargets([defaults, profile(comebackBelow('1,5')) as never])).toThrowError(
      expect.objectContaining({
        code: 'input.invalid_format',
        path: ['profiles', 1, 'targets', 'ro.comeback', 'below'],
      }),
    );
    expect(() => resolveTargets([defaults], { dealer: 42 } as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['context', 'dealer'] }),
    );
    expect(() => resolveTargets(defaults as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['profiles'] }),
    );
  });

  it('says what it got instead of a list of profiles', () => {
    for (const [profiles, received] of [
      [null, 'null'],
      ['manual.defaults', 'string'],
      [undefined, 'undefined'],
      [{}, 'object'],
    ] as const) {
      expect(() => resolveTargets(profiles as never)).toThrowError(
        refusal('input.invalid_type', ['profiles'], { expected: 'array', received }),
      );
    }
  });
});

describe('targetProfilesFrom', () => {
  it('reads the profiles plugins contribute, so a brand plugin overrides the manual', () => {
    const plugin = definePlugin({ id: '@acme/brand-x', version: '1.0.0', targets: [brandX as never] });
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [plugin] });
    const contributed = targetProfilesFrom(registry);
    expect(contributed).toEqual([brandX]);
    const resolved = resolveTargets([defaults, ...contributed], { brand: 'brand-x' });
    expect(resolved.targets[comeback.id]?.cite).toBe('oem:brand-x-2024#kpi.comeback');
    expect(targetProfilesFrom(createAftersales({ timeZone: 'UTC' }))).toEqual([]);
  });

  it('checks contributed profiles, naming the profile in the path', () => {
    const bad = definePlugin({
      id: '@acme/brand-x',
      version: '1.0.0',
      targets: [{ id: 'brand-x.targets', targets: comebackBelow('1.5x') }],
    });
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [bad] });
    expect(() => targetProfilesFrom(registry)).toThrowError(
      expect.objectContaining({
        code: 'input.invalid_format',
        path: ['targets', 'brand-x.targets', 'targets', 'ro.comeback', 'below'],
      }),
    );
    expect(() => targetProfilesFrom({} as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });

  it('refuses a null registry, and one whose list of targets is not an array', () => {
    const expected = 'registry from createAftersales';
    expect(() => targetProfilesFrom({ list: 'targets' } as never)).toThrowError(
      refusal('input.invalid_type', ['registry'], { expected, received: 'object' }),
    );
    const callable = Object.assign(() => undefined, { list: () => [] });
    expect(() => targetProfilesFrom(callable as never)).toThrowError(
      refusal('input.invalid_type', ['registry'], { expected, received: 'function' }),
    );
    // A contributed profile without an id is named by its place.
    const list = () => [{ targets: {} }];
    expect(() => targetProfilesFrom({ list } as never)).toThrowError(
      refusal('input.required', ['targets', 0, 'id']),
    );
    // A contributed null is named by its place too (not a TypeError reading its id).
    expect(() => targetProfilesFrom({ list: () => [null] } as never)).toThrowError(
      refusal('input.invalid_type', ['targets', 0], { expected: 'object', received: 'null' }),
    );
    expect(() => targetProfilesFrom(null as never)).toThrowError(
      refusal('input.invalid_type', ['registry'], { expected, received: 'null' }),
    );
    expect(() => targetProfilesFrom({ list: () => undefined } as never)).toThrowError(
      refusal('input.invalid_type', ['registry'], { expected, received: 'undefined' }),
    );
  });
});
