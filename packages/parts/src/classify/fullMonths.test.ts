import { addCalendarMonths, dayNumberOfDate } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullMonthsBetween } from './fullMonths';

const day = (date: string): number => dayNumberOfDate(date) as number;

describe('fullMonthsBetween', () => {
  it('counts whole months as people do', () => {
    expect(fullMonthsBetween(day('2024-03-15'), day('2024-09-15'))).toBe(6);
    expect(fullMonthsBetween(day('2024-03-15'), day('2024-09-14'))).toBe(5);
    expect(fullMonthsBetween(day('2024-01-31'), day('2024-02-29'))).toBe(1); // month end clamps
    expect(fullMonthsBetween(day('2024-01-31'), day('2024-02-28'))).toBe(0);
    expect(fullMonthsBetween(day('2023-12-31'), day('2024-12-31'))).toBe(12);
    expect(fullMonthsBetween(day('2024-05-01'), day('2024-05-01'))).toBe(0);
  });

  it('agrees with adding calendar months: from + n ≤ to < from + (n + 1)', () => {
    const date = fc.integer({ min: day('2000-01-01'), max: day('2040-12-31') });
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const n = fullMonthsBetween(from, to);
        const start = new Date(from * 86_400_000).toISOString().slice(0, 10);
        expect(day(addCalendarMonths(start, n))).toBeLessThanOrEqual(to);
        expect(day(addCalendarMonths(start, n + 1))).toBeGreaterThan(to);
      }),
    );
  });
});
