import { describe, expect, it } from 'vitest';
import { isRoundingMode, roundingModes } from './rounding';

describe('isRoundingMode', () => {
  it('returns true for the seven named modes and nothing else', () => {
    expect([...roundingModes].sort()).toEqual([
      'ceil',
      'down',
      'floor',
      'half-down',
      'half-even',
      'half-up',
      'up',
    ]);
    expect(roundingModes.every(isRoundingMode)).toBe(true);
    expect(['HALF_UP', 'nearest', 'toString', '', undefined].some(isRoundingMode)).toBe(false);
  });
});
