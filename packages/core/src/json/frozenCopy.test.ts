import { describe, expect, it } from 'vitest';
import { frozenCopy } from './frozenCopy';
import { findNonJson, MAX_JSON_DEPTH } from './JsonValue';

/** `{ a: { a: … { a: 1 } } }`, `depth` objects deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe('frozenCopy', () => {
  it('copies an own __proto__ key as a key, leaving the prototype alone', () => {
    const input = JSON.parse('{"__proto__":{"polluted":"yes"},"id":"x"}') as Record<string, unknown>;
    const copy = frozenCopy(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'id']);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.isFrozen(copy)).toBe(true);
  });

  it('keeps the length of a sparse array', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(frozenCopy([1, , 3]).length).toBe(3);
  });

  it('copies the deepest value it allows, and refuses one level more with a coded error at its path', () => {
    expect(frozenCopy(nested(MAX_JSON_DEPTH))).toEqual(nested(MAX_JSON_DEPTH));
    // 5,000 levels threw a RangeError (stack overflow) before the limit.
    for (const depth of [MAX_JSON_DEPTH + 1, 5_000]) {
      expect(() => frozenCopy(nested(depth))).toThrowError(
        expect.objectContaining({ code: 'input.invalid', path: Array(MAX_JSON_DEPTH).fill('a') }),
      );
    }
  });
});

describe('findNonJson', () => {
  it('reports a value nested deeper than MAX_JSON_DEPTH at the level where it goes too deep', () => {
    expect(findNonJson(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findNonJson(nested(MAX_JSON_DEPTH + 1))).toEqual(Array(MAX_JSON_DEPTH).fill('a'));
    expect(findNonJson(nested(5_000))).toEqual(Array(MAX_JSON_DEPTH).fill('a'));
  });
});
