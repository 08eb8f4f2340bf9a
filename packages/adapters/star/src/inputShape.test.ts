import { describe, expect, it } from 'vitest';
import { fromStarLaborOperation } from './fragments';
import { fromStarRepairOrder } from './fromStarRepairOrder';
import { MAX_STAR_DEPTH } from './inputShape';
import { starExample, TEST_VIN } from './testing';
import { toStarRepairOrder } from './toStarRepairOrder';

const OPTIONS = {
  timeZone: 'America/New_York',
  vin: TEST_VIN,
  dealerId: 'DLR-GA-01',
  advisorId: 'SA-GA-02',
  openedAt: '2026-02-23T09:00:00-05:00',
} as const;
const doc = starExample('spec_detailed_repair_cost') as Record<string, unknown>;

/** `levels` arrays, one inside the other, around 1. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

describe('documents nested too deep or with a __proto__ key', () => {
  it('refuses a field nested 10,000 deep with star.unmappable at the 65th level, not a stack overflow', () => {
    // Kept whole in extensions.star, it went to core's recursive JSON schema: RangeError before.
    const result = fromStarRepairOrder({ ...doc, zz_unknown: nested(10_000) }, OPTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The document is level 0, zz_unknown level 1: the array at level 64 is the first too deep.
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe('star.unmappable');
    expect(result.issues[0]?.path).toEqual(['zz_unknown', ...Array<number>(63).fill(0)]);
  });

  it('still reads a field nested as deep as the limit, kept in extensions.star', () => {
    expect(MAX_STAR_DEPTH).toBe(64);
    const result = fromStarRepairOrder({ ...doc, zz_unknown: nested(63) }, OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.extensions?.star).toMatchObject({ zz_unknown: nested(63) });
  });

  it('refuses a __proto__ key, which was dropped without a note', () => {
    const withProto = JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(doc).slice(1)}`) as unknown;
    const result = fromStarRepairOrder(withProto, OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['star.unmappable', ['__proto__']],
      ]);
    const op = JSON.parse('{"labor_operation_id":"LOP-1","x":{"__proto__":{}}}') as unknown;
    const fragment = fromStarLaborOperation(op, OPTIONS);
    expect(fragment.ok === false && fragment.issues[0]?.path).toEqual(['x', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses to write a repair order whose extensions nest 10,000 deep', () => {
    const read = fromStarRepairOrder(doc, OPTIONS);
    if (!read.ok) throw new Error('the example no longer reads');
    const deep = { ...read.value, extensions: { star: { zz: nested(10_000) } } };
    const result = toStarRepairOrder(deep);
    expect(result.ok === false && result.issues[0]?.code).toBe('star.unmappable');
  });
});
