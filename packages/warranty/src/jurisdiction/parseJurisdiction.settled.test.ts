import { describe, expect, it } from 'vitest';
import { issueOf } from '../policy/testing';
import { parseJurisdiction } from './parseJurisdiction';
import { testFloor } from './testing';

type Part = 'pack' | 'name' | 'governs' | 'floor' | 'period' | 'cites' | 'exemptCauses';

/**
 * The test pack, every part the rules read frozen except `open` (a part left open can still be
 * edited, so the pack must be checked again on the next call).
 */
function packFrozenExcept(open: Part | undefined): Record<string, unknown> {
  const base = testFloor();
  const keep = <T extends object>(part: Part, value: T): T => (part === open ? value : Object.freeze(value));
  const floor = base.repairFloor;
  if (floor === undefined) throw new Error('the test pack has a floor');
  const repairFloor = keep('floor', {
    ...floor,
    period: keep('period', { months: 36, km: 60_000 }),
    cites: keep('cites', { ...floor.cites }),
    exemptCauses: keep('exemptCauses', ['accident']),
  });
  return keep('pack', {
    ...base,
    name: keep('name', { ...base.name }),
    governs: keep('governs', { ...base.governs }),
    repairFloor,
  });
}

const floorOf = (pack: Record<string, unknown>) => pack.repairFloor as Record<string, unknown>;

describe('parseJurisdiction checks a pack again while any part it reads can still be edited', () => {
  // Each row: the part left unfrozen, an edit that makes the pack invalid, and where it is refused.
  const rows: [Part, (pack: Record<string, unknown>) => void, (string | number)[]][] = [
    ['pack', (p) => Object.assign(p, { id: 'Not An Id' }), ['id']],
    ['name', (p) => Object.assign(p.name as object, { zh: '' }), ['name']],
    ['governs', (p) => Object.assign(p.governs as object, { from: '2022-02-30' }), ['governs', 'from']],
    ['floor', (p) => Object.assign(floorOf(p), { householdOnly: 'yes' }), ['repairFloor', 'householdOnly']],
    [
      'period',
      (p) => Object.assign(floorOf(p).period as object, { years: 3 }),
      ['repairFloor', 'period', 'years'],
    ],
    [
      'cites',
      (p) => Object.assign(floorOf(p).cites as object, { period: 'Art. 18' }),
      ['repairFloor', 'cites', 'period'],
    ],
    [
      'exemptCauses',
      (p) => (floorOf(p).exemptCauses as string[]).push('rust'),
      ['repairFloor', 'exemptCauses'],
    ],
  ];
  for (const [open, edit, path] of rows) {
    it(`${open} left editable: an edit after the first check is refused on the next call`, () => {
      const pack = packFrozenExcept(open);
      expect(parseJurisdiction(pack)).toBe(pack);
      edit(pack);
      const issue = issueOf(() => parseJurisdiction(pack));
      expect(issue.path).toEqual(path);
    });
  }

  it('a pack of rights only (no floor), unfrozen: an edit after the first check is refused', () => {
    const { repairFloor: _, ...rightsOnly } = testFloor({ id: 'rights-only' });
    const pack: Record<string, unknown> = rightsOnly;
    expect(parseJurisdiction(pack)).toBe(pack);
    pack.market = 'China';
    expect(issueOf(() => parseJurisdiction(pack))).toEqual({
      code: 'warranty.invalid_jurisdiction',
      path: ['market'],
    });
  });

  it('a frozen pack of rights only (no floor) is accepted, twice', () => {
    const { repairFloor: _, ...rightsOnly } = testFloor({ id: 'rights-only' });
    const pack = Object.freeze({
      ...rightsOnly,
      name: Object.freeze({ ...rightsOnly.name }),
      governs: Object.freeze({ ...rightsOnly.governs }),
    });
    expect(parseJurisdiction(pack)).toBe(pack);
    expect(parseJurisdiction(pack).repairFloor).toBeUndefined();
  });
});
