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

  // About 146,000 days: two seconds alone, past vitest's default 5 s on a loaded machine.
  it('agrees with Date for every day of 400 years (its own day-to-date arithmetic)', {
    timeout: 30_000,
  }, () => {
    for (let d = day('1900-01-01'); d <= day('2300-12-31'); d += 1) {
      const date = new Date(d * 86_400_000);
      const next = new Date((d + 1) * 86_400_000);
      // Whole months from a date to itself is 0, and to the same day a month on is 1.
      expect(fullMonthsBetween(d, d)).toBe(0);
      if (date.getUTCDate() === next.getUTCDate() - 1 && date.getUTCDate() <= 28) {
        const monthOn =
          Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) / 86_400_000;
        expect(fullMonthsBetween(d, monthOn)).toBe(1);
        expect(fullMonthsBetween(d, monthOn - 1)).toBe(0);
      }
    }
  });
});
