import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, createBusinessCalendar } from './businessCalendar';
import type { IsoWeekday } from './calendarDate';
import { issueOf, nationalDay2024 } from './testing';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './workingDays';

/** China's National Day week 2024, with its two make-up working days (see ./testing). */
const nationalDay = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  ...nationalDay2024,
});
const plain = createBusinessCalendar({ timeZone: 'Asia/Shanghai' });

describe('isWorkingDay', () => {
  it('returns true when the day is a working weekday and not a holiday', () => {
    expect(isWorkingDay(nationalDay, '2024-09-30')).toBe(true); // Monday
    expect(isWorkingDay(nationalDay, '2024-10-08')).toBe(true); // Tuesday after the week off
  });

  it('returns false when the day is a holiday, also on a weekday', () => {
    expect(isWorkingDay(nationalDay, '2024-10-01')).toBe(false); // Tuesday
    expect(isWorkingDay(nationalDay, '2024-10-07')).toBe(false); // Monday
  });

  it('returns true when a weekend day is a make-up working day (调休), false for other weekend days', () => {
    expect(isWorkingDay(nationalDay, '2024-09-29')).toBe(true); // Sunday
    expect(isWorkingDay(nationalDay, '2024-10-12')).toBe(true); // Saturday
    expect(isWorkingDay(nationalDay, '2024-09-28')).toBe(false); // Saturday
    expect(isWorkingDay(nationalDay, '2024-10-13')).toBe(false); // Sunday
  });

  it('returns the same answers when the calendar is a JSON copy (checked on each call)', () => {
    const copy = JSON.parse(JSON.stringify(nationalDay)) as BusinessCalendar;
    expect(isWorkingDay(copy, '2024-09-29')).toBe(true);
    expect(isWorkingDay(copy, '2024-10-01')).toBe(false);
  });

  it('throws time.invalid_calendar with the path of the bad entry when a plain object is wrong', () => {
    const broken = { ...nationalDay, holidays: ['2024-10-01', '2024-10-32'] };
    expect(issueOf(() => isWorkingDay(broken, '2024-10-01'))).toEqual({
      code: 'time.invalid_calendar',
      path: ['calendar', 'holidays', 1],
    });
  });
});

describe('countWorkingDays', () => {
  it('returns 4 from Monday to Friday: the start day is not counted, the end day is', () => {
    expect(countWorkingDays(plain, '2024-09-23', '2024-09-27')).toBe(4);
  });

  it('returns 0 for the same day, 1 from Friday to Monday, 0 from Saturday to Sunday', () => {
    expect(countWorkingDays(plain, '2024-03-01', '2024-03-01')).toBe(0);
    expect(countWorkingDays(plain, '2024-03-01', '2024-03-04')).toBe(1);
    expect(countWorkingDays(plain, '2024-03-02', '2024-03-03')).toBe(0);
  });

  it('returns 8 from Friday 09-27 to Monday 10-14 over National Day 2024', () => {
    // 09-29 (Sun, make-up), 09-30, [10-01 … 10-07 off], 10-08, 10-09, 10-10, 10-11, 10-12 (Sat, make-up), 10-14
    expect(countWorkingDays(nationalDay, '2024-09-27', '2024-10-14')).toBe(8);
    expect(countWorkingDays(nationalDay, '2024-09-30', '2024-10-08')).toBe(1);
    expect(countWorkingDays(nationalDay, '2024-09-28', '2024-09-29')).toBe(1);
  });

  it('throws time.invalid_range at to when the range is reversed', () => {
    expect(issueOf(() => countWorkingDays(plain, '2024-03-08', '2024-03-01'))).toEqual({
      code: 'time.invalid_range',
      path: ['to'],
    });
  });
});

describe('addWorkingDays', () => {
  it('returns the 10th working day after a request when counting the 三包 Art. 28 deadline', () => {
    // Received Saturday 09-28: 09-29, 09-30, 10-08, 10-09, 10-10, 10-11, 10-12, 10-14, 10-15, 10-16.
    expect(addWorkingDays(nationalDay, '2024-09-28', 10)).toBe('2024-10-16');
    // Received Friday 2024-03-01: Mon 04 … Fri 08 is 5, Mon 11 … Fri 15 is 10.
    expect(addWorkingDays(plain, '2024-03-01', 10)).toBe('2024-03-15');
  });

  it('returns the date itself when n is 0, even on a holiday', () => {
    expect(addWorkingDays(nationalDay, '2024-10-03', 0)).toBe('2024-10-03');
  });

  it('throws input.too_small or input.invalid_type at n when n is negative or fractional', () => {
    expect(issueOf(() => addWorkingDays(plain, '2024-03-01', -1))).toEqual({
      code: 'input.too_small',
      path: ['n'],
    });
    expect(issueOf(() => addWorkingDays(plain, '2024-03-01', 1.5))).toEqual({
      code: 'input.invalid_type',
      path: ['n'],
    });
  });

  it('throws time.invalid_date at n when the result is past 9999-12-31', () => {
    expect(issueOf(() => addWorkingDays(plain, '9999-12-30', 5))).toEqual({
      code: 'time.invalid_date',
      path: ['n'],
    });
    expect(issueOf(() => addWorkingDays(plain, '2024-01-01', Number.MAX_SAFE_INTEGER))).toEqual({
      code: 'time.invalid_date',
      path: ['n'],
    });
  });
});

describe('nextWorkingDay', () => {
  it('returns the first working day strictly after the date', () => {
    expect(nextWorkingDay(nationalDay, '2024-09-30')).toBe('2024-10-08'); // the holiday week is skipped
    expect(nextWorkingDay(nationalDay, '2024-10-11')).toBe('2024-10-12'); // make-up Saturday
    expect(nextWorkingDay(nationalDay, '2024-10-12')).toBe('2024-10-14');
    expect(nextWorkingDay(plain, '2024-03-01')).toBe('2024-03-04'); // Friday → Monday
  });
});

describe('working-day properties', () => {
  const DAY = 86_400_000;
  const BASE = Date.parse('2024-01-01');
  const dateAt = (offset: number): string => new Date(BASE + offset * DAY).toISOString().slice(0, 10);
  const weekdayAt = (offset: number): IsoWeekday =>
    (((new Date(BASE + offset * DAY).getUTCDay() + 6) % 7) + 1) as IsoWeekday;

  /** A random calendar over a 200-day window, with its rules kept aside for a brute-force count. */
  const anyCalendar = fc
    .record({
      weekdays: fc.subarray<IsoWeekday>([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 40 }),
      makeUps: fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 20 }),
    })
    .map(({ weekdays, holidays, makeUps }) => {
      const makeUpDays = makeUps.filter((o) => !weekdays.includes(weekdayAt(o)) && !holidays.includes(o));
      const calendar = createBusinessCalendar({
        timeZone: 'Asia/Shanghai',
        workingWeekdays: weekdays,
        holidays: holidays.map(dateAt),
        workingWeekends: makeUpDays.map(dateAt),
      });
      const works = (o: number): boolean =>
        !holidays.includes(o) && (makeUpDays.includes(o) || weekdays.includes(weekdayAt(o)));
      return { calendar, works };
    });

  it('returns from countWorkingDays the number a day-by-day count gives', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        fc.integer({ min: -30, max: 230 }),
        fc.integer({ min: 0, max: 260 }),
        ({ calendar, works }, from, length) => {
          let expected = 0;
          for (let o = from + 1; o <= from + length; o += 1) if (works(o)) expected += 1;
          expect(countWorkingDays(calendar, dateAt(from), dateAt(from + length))).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns n from countWorkingDays after addWorkingDays(n), on the earliest such date', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        fc.integer({ min: -30, max: 230 }),
        fc.integer({ min: 0, max: 150 }),
        ({ calendar }, from, n) => {
          const end = addWorkingDays(calendar, dateAt(from), n);
          expect(countWorkingDays(calendar, dateAt(from), end)).toBe(n);
          if (n > 0) {
            expect(isWorkingDay(calendar, end)).toBe(true);
            const dayBefore = new Date(Date.parse(end) - DAY).toISOString().slice(0, 10);
            expect(countWorkingDays(calendar, dateAt(from), dayBefore)).toBe(n - 1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
