import { addCalendarMonths, dayNumberOfDate } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsToDate, dateOf, dayNumberOf } from './dayMath';

describe('addMonthsToDate', () => {
  it('keeps the day of the month, or takes the month-end when the month is shorter', () => {
    expect(dateOf(addMonthsToDate('2024-03-01', 60))).toBe('2029-03-01');
    expect(dateOf(addMonthsToDate('2024-02-29', 12))).toBe('2025-02-28'); // 2025 is not a leap year
    expect(dateOf(addMonthsToDate('2024-02-29', 48))).toBe('2028-02-29'); // 2028 is
    expect(dateOf(addMonthsToDate('2024-01-31', 1))).toBe('2024-02-29');
    expect(dateOf(addMonthsToDate('2023-01-31', 1))).toBe('2023-02-28');
    expect(dateOf(addMonthsToDate('2024-08-31', 1))).toBe('2024-09-30');
    expect(dateOf(addMonthsToDate('2024-12-15', 1))).toBe('2025-01-15'); // over the year end
    expect(dateOf(addMonthsToDate('2024-03-01', 0))).toBe('2024-03-01');
  });

  it('answers each start and month count by its own, whatever was asked before', () => {
    // 2024-03-01 is day 19,783; 2,048 days later is 2029-10-09 (1,826 days to 2029-03-01, then
    // 31 + 30 + 31 + 30 + 31 + 31 + 30 + 8 = 222).
    expect(dateOf(19_783 + 2_048)).toBe('2029-10-09');
    expect(dateOf(addMonthsToDate('2024-03-01', 12))).toBe('2025-03-01');
    expect(dateOf(addMonthsToDate('2029-10-09', 11))).toBe('2030-09-09');
    // 1970-01-01 is day 0: 2,048 months (170 years 8 months) later is 2140-09-01; day 1 + 0 months
    // is itself; 4,096 months (341 years 4 months) from day 0 is 2311-05-01.
    expect(dateOf(addMonthsToDate('1970-01-01', 2_048))).toBe('2140-09-01');
    expect(dateOf(addMonthsToDate('1970-01-02', 0))).toBe('1970-01-02');
    expect(dateOf(addMonthsToDate('1970-01-02', 2_048))).toBe('2140-09-02');
    expect(dateOf(addMonthsToDate('1970-01-01', 4_096))).toBe('2311-05-01');
  });

  it('century years are leap only when divisible by 400 (2000 is, 1900 and 2100 are not)', () => {
    expect(dateOf(addMonthsToDate('2100-01-31', 1))).toBe('2100-02-28');
    expect(dateOf(addMonthsToDate('1900-01-31', 1))).toBe('1900-02-28');
    expect(dateOf(addMonthsToDate('2000-01-31', 1))).toBe('2000-02-29');
    expect(dateOf(addMonthsToDate('2096-01-31', 1))).toBe('2096-02-29');
  });

  it('agrees with core addCalendarMonths (a second method) for any date and month count', () => {
    const date = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1_200 }), (start, months) => {
        expect(addMonthsToDate(start, months)).toBe(dayNumberOfDate(addCalendarMonths(start, months)));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('dayNumberOf / dateOf', () => {
  it('count days from 1970-01-01', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('1970-01-02')).toBe(1);
    // 2024-03-01: 54 years of 365 days plus 13 leap days (1972 … 2020) = 19,723, plus 31 + 29 = 60.
    expect(dayNumberOf('2024-03-01')).toBe(19_783);
    expect(dateOf(19_783)).toBe('2024-03-01');
  });
});

describe('dateOf beyond four-digit years', () => {
  it('writes the expanded ISO year rather than undefined', () => {
    // 9999-12-31 is day 2,932,896; the next day is 10000-01-01.
    expect(dateOf(2_932_896)).toBe('9999-12-31');
    expect(dateOf(2_932_897)).toBe('+010000-01-01');
    // 0000-01-01 is day −719,528; the day before is 1 BC's last day, year −000001 in ISO.
    expect(dateOf(-719_528)).toBe('0000-01-01');
    expect(dateOf(-719_529)).toBe('-000001-12-31');
  });
});
