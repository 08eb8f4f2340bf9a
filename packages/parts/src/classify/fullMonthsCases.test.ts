import { dayNumberOfDate } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { fullMonthsBetween } from './fullMonths';

// Hand-picked cases of whole months, each worked out on a calendar. (fullMonths.test.ts checks
// every day of 400 years against Date; it is too slow for the mutation run, these are not.)
const day = (date: string): number => dayNumberOfDate(date) as number;
const between = (from: string, to: string): number => fullMonthsBetween(day(from), day(to));

describe('fullMonthsBetween, by hand', () => {
  it('knows the length of every month: from 31 December to each month end, and a day short', () => {
    // 2023 is not a leap year: 31 28 31 30 31 30 31 31 30 31 30 31.
    const ends = [
      '01-31',
      '02-28',
      '03-31',
      '04-30',
      '05-31',
      '06-30',
      '07-31',
      '08-31',
      '09-30',
      '10-31',
      '11-30',
      '12-31',
    ];
    ends.forEach((end, index) => {
      const month = index + 1;
      const [mm, dd] = end.split('-');
      const shortDay = `2023-${mm}-${String(Number(dd) - 1).padStart(2, '0')}`;
      // 31 December + n months lands on the month's last day: n on it, n − 1 the day before.
      expect([end, between('2022-12-31', `2023-${end}`), between('2022-12-31', shortDay)]).toEqual([
        end,
        month,
        month - 1,
      ]);
    });
  });

  it('knows leap years: every fourth, not centuries, but every fourth century', () => {
    // From 31 January, one month lands on the last day of February.
    expect([between('2024-01-31', '2024-02-29'), between('2024-01-31', '2024-02-28')]).toEqual([1, 0]);
    expect([between('2023-01-31', '2023-02-28'), between('2023-01-31', '2023-02-27')]).toEqual([1, 0]);
    expect([between('1900-01-31', '1900-02-28'), between('1900-01-31', '1900-02-27')]).toEqual([1, 0]);
    expect([between('2000-01-31', '2000-02-29'), between('2000-01-31', '2000-02-28')]).toEqual([1, 0]);
    expect([between('2100-01-31', '2100-02-28'), between('1600-01-31', '1600-02-29')]).toEqual([1, 1]);
  });

  it('reads dates at the ends of the 4-, 100- and 400-year cycles and before 1970', () => {
    // Each date's next month, the same day: 1; the day before that: 0.
    for (const [from, to, before] of [
      ['2000-02-29', '2000-03-29', '2000-03-28'],
      ['2000-03-01', '2000-04-01', '2000-03-31'],
      ['1900-02-28', '1900-03-28', '1900-03-27'],
      ['1900-03-01', '1900-04-01', '1900-03-31'],
      ['2024-02-29', '2024-03-29', '2024-03-28'],
      ['2023-02-28', '2023-03-28', '2023-03-27'],
      ['1969-12-31', '1970-01-31', '1970-01-30'],
      ['1599-12-31', '1600-01-31', '1600-01-30'],
      ['2399-12-31', '2400-01-31', '2400-01-30'],
    ] as const) {
      expect([from, between(from, to), between(from, before)]).toEqual([from, 1, 0]);
    }
    // Across a year: 15 March 1999 → 15 March 2001 is 24 months; 14 March 2001, 23.
    expect([between('1999-03-15', '2001-03-15'), between('1999-03-15', '2001-03-14')]).toEqual([24, 23]);
    // January and February belong to the year they are in, not the one before.
    expect([between('2024-01-15', '2024-02-15'), between('2023-11-15', '2024-02-15')]).toEqual([1, 3]);
  });

  it('is 0 from a day to itself and negative backwards, counted from the earlier day', () => {
    expect(Object.is(between('2024-05-01', '2024-05-01'), 0)).toBe(true);
    // 15 March → 14 September is 5 months, so 14 September back to 15 March is −5 (not −6).
    expect([between('2024-09-14', '2024-03-15'), between('2024-09-15', '2024-03-15')]).toEqual([-5, -6]);
  });
});
