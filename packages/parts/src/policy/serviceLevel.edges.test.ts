import { describe, expect, it } from 'vitest';
import { codedError as errorOf } from '../testing';
import { safetyFactor } from './serviceLevel';

const issueOf = (level: unknown) => {
  const error = errorOf(() => safetyFactor(level as number));
  return { code: error.code, path: error.path, params: error.issues[0]?.params, en: error.messages.en };
};

describe('safetyFactor: its errors say what they got', () => {
  it('names the number it cannot use, or the type of anything else', () => {
    const expected = 'a probability strictly between 0 and 1';
    expect(issueOf(Number.NaN)).toMatchObject({
      code: 'input.invalid_type',
      path: ['level'],
      params: { expected, received: 'NaN' },
    });
    expect(issueOf(Number.NEGATIVE_INFINITY).params).toEqual({ expected, received: '-Infinity' });
    expect(issueOf('0.95').params).toEqual({ expected, received: 'string' });
    expect(issueOf(null).params).toEqual({ expected, received: 'null' });
    expect(issueOf(undefined).params).toEqual({ expected, received: 'undefined' });
  });

  it('gives both bounds as exclusive', () => {
    expect(issueOf(0)).toMatchObject({
      code: 'input.too_small',
      params: { minimum: 0, inclusive: false },
    });
    expect(issueOf(0).en).toContain('must be greater than 0');
    expect(issueOf(1)).toMatchObject({ code: 'input.too_big', params: { maximum: 1, inclusive: false } });
    expect(issueOf(1).en).toContain('must be less than 1');
  });
});

describe('safetyFactor: the regions of the approximation', () => {
  it('is odd around 0.5 at the edges of the central region: z(p) = −z(1 − p) at p = 0.02425', () => {
    // Acklam's tails start below p_low = 0.02425 and above 1 − p_low = 0.97575; at the edges
    // themselves the central formula holds on both sides, and it is odd in p − 0.5. The tail
    // formula there differs in the ninth digit (both are within 3 × 10⁻⁹ of Φ⁻¹(0.02425) =
    // −1.97296105131), so the symmetry pins which formula each edge uses.
    const below = safetyFactor(0.02425);
    const above = safetyFactor(0.97575);
    expect(below).toBeCloseTo(-1.97296105, 8);
    expect(below).toBe(-above);
  });
});
