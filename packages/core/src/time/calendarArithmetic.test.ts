import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  calendarDaysBetween,
} from './calendarArithmetic';
import { issueOf } from './testing';

/** Any writable date, produced by `Date` (a second method) rather than by the code under test. */
const anyDate = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('addCalendarDays', () => {
  it('returns the date n days later when n is positive', () => {
    expect(addCalendarDays('2024-03-01', 7)).toBe('2024-03-08'); // last day "within 7 days" of 03-01
    // 60 days from 03-01: 30 days to 03-31, then 30 days of April.
    expect(addCalendarDays('2024-03-01', 60)).toBe('2024-04-30');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01'); // no Date.UTC two-digit-year quirk
  });

  it('returns the date n days earlier when n is negative, and the same date when n is 0', () => {
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-03-01', 0)).toBe('2024-03-01');
  });

  it('throws time.invalid_date at days when the result leaves years 0000–9999', () => {
    expect(issueOf(() => addCalendarDays('9999-12-31', 1))).toEqual({
      code: 'time.invalid_date',
      path: ['days'],
    });
    expect(issueOf(() => addCalendarDays('0000-01-01', -1))).toEqual({
      code: 'time.invalid_date',
      path: ['days'],
    });
  });

  it('throws input.invalid_type at days when days is not an integer', () => {
    expect(issueOf(() => addCalendarDays('2024-03-01', 1.5))).toEqual({
      code: 'input.invalid_type',
      path: ['days'],
    });
    expect(issueOf(() => addCalendarDays('2024-03-01', Number.NaN))).toEqual({
      code: 'input.invalid_type',
      path: ['days'],
    });
  });

  it('returns a date n days away, as calendarDaysBetween counts them', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400_000, max: 400_000 }), (date, n) => {
        fc.pre(Date.parse(date) + n * 86_400_000 <= Date.parse('9999-12-31'));
        fc.pre(Date.parse(date) + n * 86_400_000 >= Date.parse('0000-01-01'));
        expect(calendarDaysBetween(date, addCalendarDays(date, n))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('addCalendarMonths', () => {
  it('returns the same day of the final month when it exists', () => {
    expect(addCalendarMonths('2022-03-15', 24)).toBe('2024-03-15');
    expect(addCalendarMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addCalendarMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addCalendarMonths('2024-01-31', 2)).toBe('2024-03-31');
  });

  it("returns the final month's last day when it has no corresponding day (Civil Code Art. 202)", () => {
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-05-31', 1)).toBe('2024-06-30');
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('throws time.invalid_date at months when the result leaves years 0000–9999', () => {
    expect(issueOf(() => addCalendarMonths('9999-12-01', 1))).toEqual({
      code: 'time.invalid_date',
      path: ['months'],
    });
    expect(issueOf(() => addCalendarMonths('2024-01-01', Number.MAX_SAFE_INTEGER))).toEqual({
      code: 'time.invalid_date',
      path: ['months'],
    });
  });

  it('returns the day Date.UTC gives for day 0 of the following month when the day is past the end', () => {
    // Second method: Date.UTC(y, m, 0) is the last day of month m (1-based), years ≥ 100 only.
    const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 8000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -10_000, max: 10_000 }), // keeps the target year ≥ 166
        (year, month, rawDay, n) => {
          const day = Math.min(rawDay, lastDay(year, month));
          const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const total = year * 12 + month - 1 + n;
          const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
          const expected = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay(y, m))).padStart(2, '0')}`;
          expect(addCalendarMonths(start, n)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('addCalendarYears', () => {
  it('returns the same date n years later, 28 February for a 29 February in a common year', () => {
    expect(addCalendarYears('2022-03-15', 2)).toBe('2024-03-15'); // end of a two-year 三包 period
    expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addCalendarYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addCalendarYears('2024-02-29', -1)).toBe('2023-02-28');
  });

  it('throws time.invalid_date at years when the result is past 9999', () => {
    expect(issueOf(() => addCalendarYears('2024-01-01', 8000))).toEqual({
      code: 'time.invalid_date',
      path: ['years'],
    });
  });
});

describe('calendarDaysBetween', () => {
  it('returns the number of days with the start day not counted and the end day counted', () => {
    expect(calendarDaysBetween('2024-03-01', '2024-03-08')).toBe(7);
    expect(calendarDaysBetween('2024-03-01', '2024-03-01')).toBe(0);
    expect(calendarDaysBetween('2024-02-01', '2024-03-01')).toBe(29); // leap February
    expect(calendarDaysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(calendarDaysBetween('1970-01-01', '2000-01-01')).toBe(10_957); // 946684800 s ÷ 86400
  });

  it('returns a negative number when the end is before the start', () => {
    expect(calendarDaysBetween('2024-03-08', '2024-03-01')).toBe(-7);
  });

  it('returns what Date.parse gives for the same two dates', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(calendarDaysBetween(a, b)).toBe((Date.parse(b) - Date.parse(a)) / 86_400_000);
      }),
      { numRuns: 1000 },
    );
  });

  it('throws time.invalid_date naming the argument when a date is bad', () => {
    expect(issueOf(() => calendarDaysBetween('2024-02-30', '2024-03-01'))).toEqual({
      code: 'time.invalid_date',
      path: ['from'],
    });
    expect(issueOf(() => calendarDaysBetween('2024-03-01', '2024-3-1'))).toEqual({
      code: 'time.invalid_date',
      path: ['to'],
    });
  });
});
