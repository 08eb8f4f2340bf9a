import { describe, expect, it } from 'vitest';
import { safeParseRecord } from './parse';
import { StockMovementSchema } from './stockMovement';

// An issue of one part to an RO: a valid movement, whatever its extensions hold.
const movement = (extensions: unknown) => ({
  id: 'M1',
  partNumber: 'P1',
  type: 'issue_ro',
  roId: 'RO1',
  quantity: '-1',
  unitCost: '10',
  occurredAt: '2024-03-01T09:00:00+08:00',
  extensions,
});
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
};

describe('extensions nesting', () => {
  it('refuses 5,000 levels with a coded issue at the key where it starts, not a RangeError', () => {
    const result = safeParseRecord(StockMovementSchema, movement({ note: nested(5_000) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    // The first ten keys of the path inside extensions: note, then nine a's.
    expect(result.issues[0]?.code).toBe('input.invalid');
    expect(result.issues[0]?.path).toEqual(['extensions', 'note', ...Array(9).fill('a')]);
    expect(result.issues[0]?.message.zh).toContain('嵌套超过 1000 层或引用自身');
  });

  it('refuses an object that holds itself, at the key that closes the loop', () => {
    const loop: Record<string, unknown> = { kept: true };
    loop.self = loop;
    const result = safeParseRecord(StockMovementSchema, movement(loop));
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.invalid', ['extensions', 'self']],
    ]);
  });

  it('keeps 999 levels (under the limit of 1,000, counted from the extensions object)', () => {
    const result = safeParseRecord(StockMovementSchema, movement({ note: nested(998) }));
    expect(result.ok).toBe(true);
  });
});
