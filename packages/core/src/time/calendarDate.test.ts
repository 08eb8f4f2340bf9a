import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateSchema } from '../schemas/primitives';
import { compareCalendarDates, isCalendarDate, isoWeekday, parseCalendarDate } from './calendarDate';
import { issueOf } from './testing';

/** The code and path of the error `fn` throws. */
describe('isCalendarDate', () => {
  it('returns true when the text is a real YYYY-MM-DD date', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true); // 2024 is divisible by 4
    expect(isCalendarDate('2000-02-29')).toBe(true); // 2000 is divisible by 400
    expect(isCalendarDate('0000-01-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
  });

  it('returns false when the date does not exist or is not written YYYY-MM-DD', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false); // 2023 is not a leap year
    expect(isCalendarDate('1900-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isCalendarDate('2024-04-31')).toBe(false); // April has 30 days
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-00-10')).toBe(false);
    expect(isCalendarDate('2024-03-00')).toBe(false);
    expect(isCalendarDate('2024-3-1')).toBe(false);
    expect(isCalendarDate(' 2024-03-01')).toBe(false);
    expect(isCalendarDate('2024-03-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate('２０２４-03-01')).toBe(false); // full-width digits are not \d in our pattern
    expect(isCalendarDate(20240301)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it('returns the same answer as calendarDateSchema, the check records go through', () => {
    const twoDigits = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), twoDigits, twoDigits)
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (text) => {
        expect(isCalendarDate(text)).toBe(calendarDateSchema.safeParse(text).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCalendarDate', () => {
  it('returns the date when it is valid', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
  });

  it('throws time.invalid_date at the given path when the date does not exist', () => {
    expect(() =>
      parseCalendarDate('2023-02-29', ['vehicle', 'purchaseDate']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[AftersalesError: [time.invalid_date] vehicle.purchaseDate '2023-02-29' is not a calendar date (YYYY-MM-DD)]`,
    );
  });

  it('throws input.required or input.invalid_type when the value is missing or not a string', () => {
    expect(issueOf(() => parseCalendarDate(undefined))).toEqual({ code: 'input.required', path: ['date'] });
    expect(issueOf(() => parseCalendarDate(20240301))).toEqual({
      code: 'input.invalid_type',
      path: ['date'],
    });
  });

  it('throws input.invalid_type at path when the path itself is not a list of keys', () => {
    expect(issueOf(() => parseCalendarDate('2024-03-01', 'date' as never))).toEqual({
      code: 'input.invalid_type',
      path: ['path'],
    });
  });
});

describe('compareCalendarDates', () => {
  it('returns -1, 0 or 1 when the left date is earlier, the same or later', () => {
    expect(compareCalendarDates('2024-03-01', '2024-03-08')).toBe(-1);
    expect(compareCalendarDates('2024-03-08', '2024-03-08')).toBe(0);
    expect(compareCalendarDates('2025-01-01', '2024-12-31')).toBe(1);
  });

  it('returns an order usable by Array.prototype.sort', () => {
    expect(['2024-10-07', '0999-01-01', '2024-10-01'].sort(compareCalendarDates)).toEqual([
      '0999-01-01',
      '2024-10-01',
      '2024-10-07',
    ]);
  });

  it('throws time.invalid_date naming the side when a date is bad', () => {
    expect(issueOf(() => compareCalendarDates('2024-03-01', '2024-02-30'))).toEqual({
      code: 'time.invalid_date',
      path: ['right'],
    });
  });
});

describe('isoWeekday', () => {
  it('returns 1 for Monday through 7 for Sunday', () => {
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday, the Unix epoch
    expect(isoWeekday('2024-01-01')).toBe(1); // Monday
    expect(isoWeekday('2024-10-01')).toBe(2); // Tuesday: Jan 1 + 274 days, 274 = 39 × 7 + 1
    expect(isoWeekday('2024-09-29')).toBe(7); // Sunday: two days before Tuesday 10-01
    expect(isoWeekday('2024-10-12')).toBe(6); // Saturday: 10-01 + 11 days, 11 = 7 + 4
    expect(isoWeekday('2000-01-01')).toBe(6); // Saturday
    // 0001-01-01 was a Monday (proleptic Gregorian); year 0 is a leap year of 366 = 52 × 7 + 2 days.
    expect(isoWeekday('0000-01-01')).toBe(6);
  });

  it('returns the weekday Date.getUTCDay gives, for any date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const expected = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
          expect(isoWeekday(date.toISOString().slice(0, 10))).toBe(expected);
        },
      ),
    );
  });
});
