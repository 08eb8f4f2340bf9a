import { safeParseRecord } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { coverageClassSchema } from './coverageClass';
import { periodSchema } from './periodSchema';

const issues = (value: unknown) => {
  const result = safeParseRecord(periodSchema, value);
  return result.ok ? [] : result.issues.map((issue) => ({ code: issue.code, path: issue.path }));
};

describe('periodSchema', () => {
  it('accepts months and/or km, or days and/or km, and returns a frozen period without absent keys', () => {
    const period = periodSchema.parse({ months: 36, km: 100_000 });
    expect(period).toStrictEqual({ months: 36, km: 100_000 });
    expect(Object.isFrozen(period)).toBe(true);
    expect(periodSchema.parse({ km: 3_000 })).toStrictEqual({ km: 3_000 });
    expect(periodSchema.parse({ days: 60, km: 3_000 })).toStrictEqual({ days: 60, km: 3_000 });
    // 0 is a limit (nothing is inside but the start day / 0 km).
    expect(periodSchema.parse({ days: 0 })).toStrictEqual({ days: 0 });
  });

  it('refuses days with months, no limit at all, years, and limits that are not integers ≥ 0', () => {
    expect(issues({ days: 30, months: 1 })).toEqual([{ code: 'time.invalid_period', path: [] }]);
    expect(issues({})).toEqual([{ code: 'time.invalid_period', path: [] }]);
    expect(issues({ years: 3 })[0]).toEqual({ code: 'input.unrecognized_keys', path: [] });
    expect(issues({ months: -1 })).toEqual([{ code: 'input.too_small', path: ['months'] }]);
    expect(issues({ km: 1.5 })).toEqual([{ code: 'input.invalid_type', path: ['km'] }]);
    expect(issues({ km: '100000' })).toEqual([{ code: 'input.invalid_type', path: ['km'] }]);
    expect(issues({ months: 1_200_001 })).toEqual([{ code: 'input.too_big', path: ['months'] }]);
    expect(issues(null)).toEqual([{ code: 'input.invalid_type', path: [] }]);
  });
});

describe('coverageClassSchema', () => {
  it('knows the coverage classes of WARRANTY.md and refuses others', () => {
    for (const kind of [
      'basic',
      'powertrain',
      'wear',
      'corrosion',
      'emissions',
      'traction_battery',
      'drive_motor',
    ]) {
      expect(coverageClassSchema.parse(kind)).toBe(kind);
    }
    expect(coverageClassSchema.safeParse('tyres').success).toBe(false);
  });
});
