import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenKey, nestingDepth } from './jsonSafety';
import { isJsonMediaType } from './readJsonBody';

/** The depth of a parsed JSON value, counted recursively (a second method for nestingDepth). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Object.values(value as object).map(depthOf);
  return 1 + Math.max(0, ...children);
}

describe('nestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(nestingDepth('1', 10)).toBe(0);
    expect(nestingDepth('[[], {"a": [1]}]', 10)).toBe(3);
    expect(nestingDepth('{"a": "[[[{{{", "b": "\\"[["}', 10)).toBe(1);
  });

  it('stops once past the limit', () => {
    expect(nestingDepth('['.repeat(1_000_000), 64)).toBe(65);
  });

  it('equals the depth of the parsed value for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(nestingDepth(JSON.stringify(value), 100)).toBe(depthOf(value));
      }),
    );
  });
});

describe('findForbiddenKey', () => {
  it('finds the first forbidden key with its path, at any depth', () => {
    expect(findForbiddenKey(JSON.parse('{"a": [1, {"b": {"__proto__": {}}}]}'))).toEqual([
      'a',
      1,
      'b',
      '__proto__',
    ]);
    expect(findForbiddenKey({ constructor: 1 })).toEqual(['constructor']);
    expect(findForbiddenKey([{ x: { prototype: null } }])).toEqual([0, 'x', 'prototype']);
    expect(findForbiddenKey({ a: '__proto__', b: ['constructor'] })).toBeUndefined();
  });

  it('walks a value nested 100,000 deep without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}{"prototype":1}${']'.repeat(100_000)}`);
    expect(findForbiddenKey(deep)?.length).toBe(100_001);
  });

  it('finds nothing in JSON without those keys, and always finds one added anywhere', () => {
    const safe = fc
      .jsonValue({ maxDepth: 5 })
      .filter((value) => !/"(__proto__|constructor|prototype)"/.test(JSON.stringify(value)));
    fc.assert(
      fc.property(safe, fc.constantFrom('__proto__', 'constructor', 'prototype'), (value, key) => {
        expect(findForbiddenKey(value)).toBeUndefined();
        const wrapped = JSON.parse(`{"data": ${JSON.stringify(value)}, "${key}": 1}`);
        expect(findForbiddenKey(wrapped)).toEqual([key]);
      }),
    );
  });
});

describe('isJsonMediaType', () => {
  it('takes application/json with an optional UTF-8 charset only', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('Application/JSON; charset="utf-8"')).toBe(true);
    expect(isJsonMediaType('application/json; charset=utf-16')).toBe(false);
    expect(isJsonMediaType('application/jsonp')).toBe(false);
    expect(isJsonMediaType('text/json')).toBe(false);
    expect(isJsonMediaType(null)).toBe(false);
  });
});
