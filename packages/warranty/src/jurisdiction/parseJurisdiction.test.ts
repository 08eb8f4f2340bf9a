import { createAftersales, definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { issueOf, issuesOf } from '../policy/testing';
import { isSettledJurisdiction, jurisdictionsFrom, parseJurisdiction } from './parseJurisdiction';
import { testFloor } from './testing';

/** The test pack with some fields replaced (any value, as a plugin might send). */
const packWith = (fields: Record<string, unknown>): unknown => ({ ...testFloor(), ...fields });
const floorWith = (fields: Record<string, unknown>): unknown => {
  const pack = testFloor();
  return { ...pack, repairFloor: { ...pack.repairFloor, ...fields } };
};

describe('parseJurisdiction', () => {
  it('accepts the hand-made pack and returns it as it is', () => {
    const pack = testFloor();
    expect(parseJurisdiction(pack)).toBe(pack);
    // Without a repair floor (a pack of rights only) too.
    const { repairFloor: _, ...rightsOnly } = testFloor({ id: 'rights-only' });
    expect(parseJurisdiction(rightsOnly).repairFloor).toBeUndefined();
  });

  it('refuses each bad top-level field with warranty.invalid_jurisdiction at its path', () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ id: 'Test Floor' }, ['id']],
      [{ id: 'test_floor' }, ['id']],
      [{ id: 42 }, ['id']],
      [{ version: '1.0' }, ['version']],
      [{ market: 'cn' }, ['market']],
      [{ market: 'China' }, ['market']],
      [{ name: { en: 'Test' } }, ['name']],
      [{ name: { en: 'Test', zh: '' } }, ['name']],
      [{ governs: { from: '2022-02-30' } }, ['governs', 'from']],
      [{ governs: undefined }, ['governs', 'from']],
      [{ governs: { from: '2022-01-01', until: '2021-12-31' } }, ['governs', 'until']],
      [{ governs: { from: '2022-01-01', until: 'open' } }, ['governs', 'until']],
      [{ start: 'registration' }, ['start']],
      [{ evaluateRights: 'rules.js' }, ['evaluateRights']],
      [{ repairFloor: 'none' }, ['repairFloor']],
    ];
    for (const [fields, path] of cases) {
      expect(
        issueOf(() => parseJurisdiction(packWith(fields))),
        JSON.stringify(fields),
      ).toEqual({
        code: 'warranty.invalid_jurisdiction',
        path,
      });
    }
    // governs.until equal to from is a one-day pack: fine.
    expect(parseJurisdiction(packWith({ governs: { from: '2022-01-01', until: '2022-01-01' } })).id).toBe(
      'test-floor',
    );
    // US-CA: a region code.
    expect(parseJurisdiction(packWith({ market: 'US-CA' })).market).toBe('US-CA');
  });

  it('refuses each bad repair-floor field at its path', () => {
    const cases: [Record<string, unknown>, string, (string | number)[]][] = [
      [{ period: { years: 3 } }, 'time.invalid_period', ['repairFloor', 'period', 'years']],
      [{ period: { days: 1, months: 1 } }, 'time.invalid_period', ['repairFloor', 'period']],
      [{ start: 'sale' }, 'warranty.invalid_jurisdiction', ['repairFloor', 'start']],
      [{ start: 'invoice' }, 'warranty.invalid_jurisdiction', ['repairFloor', 'start']],
      [{ householdOnly: 'yes' }, 'warranty.invalid_jurisdiction', ['repairFloor', 'householdOnly']],
      [{ exemptCauses: ['rust'] }, 'warranty.invalid_jurisdiction', ['repairFloor', 'exemptCauses']],
      [{ exemptCauses: 'wear' }, 'warranty.invalid_jurisdiction', ['repairFloor', 'exemptCauses']],
      [{ cites: null }, 'warranty.invalid_jurisdiction', ['repairFloor', 'cites']],
      [
        {
          cites: {
            period: 'Art. 18',
            scope: 'regulation:t#2',
            exemptions: 'regulation:t#32',
            start: 'regulation:t#18',
          },
        },
        'warranty.invalid_jurisdiction',
        ['repairFloor', 'cites', 'period'],
      ],
      [
        { cites: { period: 'regulation:t#18', scope: 'regulation:t#2', exemptions: 'regulation:t#32' } },
        'warranty.invalid_jurisdiction',
        ['repairFloor', 'cites', 'start'],
      ],
    ];
    for (const [fields, code, path] of cases) {
      expect(
        issueOf(() => parseJurisdiction(floorWith(fields))),
        JSON.stringify(fields),
      ).toEqual({
        code,
        path,
      });
    }
  });

  it('refuses what is not a pack, with a coded error (never a TypeError)', () => {
    for (const value of [null, undefined, 'cn-sanbao-2021', 7, [testFloor()]]) {
      expect(issueOf(() => parseJurisdiction(value))).toEqual({
        code: 'warranty.invalid_jurisdiction',
        path: [],
      });
    }
  });
});

describe('parseJurisdiction on a pack that can still change', () => {
  it('checks an editable pack again on every call: its floor set to null after a first check is refused', () => {
    const pack = testFloor() as { repairFloor?: unknown };
    expect(parseJurisdiction(pack)).toBe(pack);
    pack.repairFloor = null;
    expect(issueOf(() => parseJurisdiction(pack))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['repairFloor'],
    });
  });

  it('remembers a pack frozen in every part it reads (as the packs of this package are)', () => {
    const pack = testFloor();
    const frozen = Object.freeze({
      ...pack,
      name: Object.freeze({ ...pack.name }),
      governs: Object.freeze({ ...pack.governs }),
      repairFloor: Object.freeze({
        ...pack.repairFloor,
        period: Object.freeze({ months: 36, km: 60_000 }),
        cites: Object.freeze({ ...pack.repairFloor?.cites }),
        exemptCauses: Object.freeze(['accident' as const]),
      }),
    });
    expect(isSettledJurisdiction(frozen)).toBe(false);
    expect(parseJurisdiction(frozen)).toBe(frozen);
    expect(isSettledJurisdiction(frozen)).toBe(true);
    // Frozen at the top only: its floor's period could still be edited, so it is not remembered.
    const shallow = Object.freeze({ ...pack });
    parseJurisdiction(shallow);
    expect(isSettledJurisdiction(shallow)).toBe(false);
  });
});

describe('jurisdictionsFrom', () => {
  it('reads the packs a plugin contributes', () => {
    const plugin = definePlugin({ id: 'acme.floor', version: '1.0.0', jurisdictions: [testFloor()] });
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [plugin] });
    const packs = jurisdictionsFrom(registry);
    expect(packs.map((pack) => pack.id)).toEqual(['test-floor']);
    expect(Object.isFrozen(packs)).toBe(true);
  });

  it("reports a bad pack's issue under ['jurisdictions', <id>, …]", () => {
    const plugin = definePlugin({
      id: 'acme.floor',
      version: '1.0.0',
      jurisdictions: [packWith({ id: 'bad-floor', start: 'sale' }) as { id: string }],
    });
    const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [plugin] });
    expect(issuesOf(() => jurisdictionsFrom(registry))).toEqual([
      expect.objectContaining({
        code: 'warranty.invalid_jurisdiction',
        path: ['jurisdictions', 'bad-floor', 'start'],
      }),
    ]);
  });

  it('refuses something that is not a registry', () => {
    expect(issueOf(() => jurisdictionsFrom(null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['registry'],
    });
  });

  it('refuses a registry whose jurisdictions list is not an array, naming the registry', () => {
    const odd = { list: () => 'cn-sanbao-2021' };
    expect(issuesOf(() => jurisdictionsFrom(odd as never))).toEqual([
      { code: 'input.invalid_type', path: ['registry'], params: { expected: 'registry', received: 'other' } },
    ]);
  });
});

describe('parseJurisdiction reads each field for what it is', () => {
  it('refuses a name whose en or zh is not text, or is empty', () => {
    for (const name of [
      { en: 42, zh: '测试' },
      { en: 'Test', zh: 42 },
      { en: '', zh: '测试' },
      { en: true, zh: true },
    ]) {
      expect(
        issueOf(() => parseJurisdiction(packWith({ name }))),
        JSON.stringify(name),
      ).toEqual({
        code: 'warranty.invalid_jurisdiction',
        path: ['name'],
      });
    }
  });

  it('refuses a market of three letters, and a version or market given in a list', () => {
    expect(issueOf(() => parseJurisdiction(packWith({ market: 'CHN' })))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['market'],
    });
    // A one-element list prints as its element ('CN', '1.0.0'), but it is not text.
    expect(issueOf(() => parseJurisdiction(packWith({ market: ['CN'] })))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['market'],
    });
    expect(issueOf(() => parseJurisdiction(packWith({ version: ['1.0.0'] })))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['version'],
    });
  });

  it('refuses exempt causes of which only some are repair causes', () => {
    expect(issueOf(() => parseJurisdiction(floorWith({ exemptCauses: ['accident', 'rust'] })))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['repairFloor', 'exemptCauses'],
    });
  });
});

describe('jurisdictionsFrom, on what is not a registry or not a pack', () => {
  it('names what it received instead of a registry', () => {
    const refusal = (received: string) => [
      {
        code: 'input.invalid_type',
        path: ['registry'],
        params: { expected: 'registry from createAftersales', received },
      },
    ];
    expect(issuesOf(() => jurisdictionsFrom(null as never))).toEqual(refusal('null'));
    expect(issuesOf(() => jurisdictionsFrom(undefined as never))).toEqual(refusal('undefined'));
    expect(issuesOf(() => jurisdictionsFrom(42 as never))).toEqual(refusal('number'));
    expect(issuesOf(() => jurisdictionsFrom({} as never))).toEqual(refusal('object'));
  });

  it('reports a contributed pack without a text id under its index', () => {
    const registry = { list: () => [testFloor(), null, { ...testFloor(), id: 7 }] };
    expect(issuesOf(() => jurisdictionsFrom(registry as never))).toEqual([
      expect.objectContaining({ code: 'warranty.invalid_jurisdiction', path: ['jurisdictions', 1] }),
    ]);
    const numbered = { list: () => [testFloor(), { ...testFloor(), id: 7 }] };
    expect(issuesOf(() => jurisdictionsFrom(numbered as never))).toEqual([
      expect.objectContaining({ code: 'warranty.invalid_jurisdiction', path: ['jurisdictions', 1, 'id'] }),
    ]);
  });

  it('lets an error that is not an AftersalesError through as it is', () => {
    const pack: Record<string, unknown> = { ...testFloor() };
    Object.defineProperty(pack, 'version', {
      get() {
        throw new RangeError('version not readable');
      },
    });
    expect(() => jurisdictionsFrom({ list: () => [pack] } as never)).toThrow(RangeError);
  });
});
