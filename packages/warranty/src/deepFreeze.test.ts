import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deepFreeze';

describe('deepFreeze', () => {
  it('freezes every object and array inside, and leaves functions and primitives as they are', () => {
    const evaluate = () => 'rights';
    const value = { list: [{ n: 1 }], nested: { evaluate }, text: 'a', none: null, count: 2 };
    expect(deepFreeze(value)).toBe(value);
    expect([value, value.list, value.list[0], value.nested].map(Object.isFrozen)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(Object.isFrozen(evaluate)).toBe(false);
    expect(() => {
      (value.nested as { evaluate: unknown }).evaluate = null;
    }).toThrow(TypeError);
  });

  it('takes null, primitives and a function given alone as they are', () => {
    const fn = () => 1;
    expect([deepFreeze(null), deepFreeze(3), deepFreeze('x'), deepFreeze(fn)]).toEqual([null, 3, 'x', fn]);
    expect(Object.isFrozen(fn)).toBe(false);
  });
});
