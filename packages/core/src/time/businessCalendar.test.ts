import { describe, expect, it } from 'vitest';
import { AftersalesError, isAftersalesError } from '../errors/AftersalesError';
import {
  type BusinessCalendarOptions,
  createBusinessCalendar,
  safeCreateBusinessCalendar,
} from './businessCalendar';

/** Code and path of every issue of the error `fn` throws. */
function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

const NATIONAL_DAY_2024: BusinessCalendarOptions = {
  timeZone: 'Asia/Shanghai',
  holidays: [
    '2024-10-07',
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
  ],
  workingWeekends: ['2024-10-12', '2024-09-29'], // Saturday, Sunday
  openingHours: { open: '08:30', close: '18:00' },
};

describe('createBusinessCalendar', () => {
  it('returns Monday–Friday, no holidays and round-the-clock hours when only the zone is given', () => {
    const allDay = [{ open: '00:00', close: '24:00' }];
    expect(createBusinessCalendar({ timeZone: 'Asia/Shanghai' })).toEqual({
      timeZone: 'Asia/Shanghai',
      workingWeekdays: [1, 2, 3, 4, 5],
      holidays: [],
      workingWeekends: [],
      openingHours: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay },
    });
  });

  it('returns sorted lists and per-weekday hours when given a single interval', () => {
    const calendar = createBusinessCalendar(NATIONAL_DAY_2024);
    expect(calendar.holidays).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-04',
      '2024-10-05',
      '2024-10-06',
      '2024-10-07',
    ]);
    expect(calendar.workingWeekends).toEqual(['2024-09-29', '2024-10-12']);
    expect(calendar.openingHours[6]).toEqual([{ open: '08:30', close: '18:00' }]);
  });

  it('returns deeply frozen data that survives a JSON round trip unchanged', () => {
    const calendar = createBusinessCalendar(NATIONAL_DAY_2024);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.holidays)).toBe(true);
    expect(Object.isFrozen(calendar.openingHours)).toBe(true);
    expect(Object.isFrozen(calendar.openingHours[1])).toBe(true);
    expect(Object.isFrozen(calendar.openingHours[1]?.[0])).toBe(true);
    expect(createBusinessCalendar(JSON.parse(JSON.stringify(calendar)))).toEqual(calendar);
  });

  it('returns only the given weekdays when hours are per weekday', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Asia/Shanghai',
      workingWeekdays: [6, 1, 2, 3, 4, 5],
      openingHours: {
        1: { open: '08:30', close: '18:00' },
        2: { open: '08:30', close: '18:00' },
        3: { open: '08:30', close: '18:00' },
        4: { open: '08:30', close: '18:00' },
        5: { open: '08:30', close: '18:00' },
        6: { open: '09:00', close: '16:00' },
      },
    });
    expect(calendar.workingWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(calendar.openingHours[7]).toBeUndefined();
  });

  it('returns the intervals of a day with a lunch break sorted, touching intervals allowed', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Asia/Shanghai',
      openingHours: [
        { open: '13:00', close: '18:00' },
        { open: '08:30', close: '12:00' },
        { open: '12:00', close: '12:30' },
      ],
    });
    expect(calendar.openingHours[3]).toEqual([
      { open: '08:30', close: '12:00' },
      { open: '12:00', close: '12:30' },
      { open: '13:00', close: '18:00' },
    ]);
  });

  it('throws time.invalid_calendar at calendar.holidays[3] when a holiday is not a date', () => {
    const options = {
      timeZone: 'Asia/Shanghai',
      holidays: ['2023-02-27', '2023-02-28', '2023-03-01', '2023-02-29'],
    };
    expect(() => createBusinessCalendar(options)).toThrowErrorMatchingInlineSnapshot(
      `[AftersalesError: [time.invalid_calendar] calendar.holidays[3] invalid business calendar: '2023-02-29' is not a calendar date (YYYY-MM-DD)]`,
    );
  });

  it('throws with every problem at once, each at its own path', () => {
    const options = {
      timeZone: 'Mars/Olympus_Mons',
      workingWeekdays: [1, 2, 8, 2],
      holidays: ['2024-10-01', '2024-10-01'],
      workingWeekends: ['2024-10-08'], // a Tuesday, and Tuesday (2) is a working weekday here
      openingHours: { open: '18:00', close: '08:30' },
      holiday: ['2024-10-02'],
    };
    expect(issuesOf(() => createBusinessCalendar(options as never))).toEqual([
      { code: 'time.invalid_calendar', path: ['calendar', 'holiday'] },
      { code: 'time.invalid_zone', path: ['calendar', 'timeZone'] },
      { code: 'time.invalid_calendar', path: ['calendar', 'workingWeekdays', 2] },
      { code: 'time.invalid_calendar', path: ['calendar', 'workingWeekdays', 3] },
      { code: 'time.invalid_calendar', path: ['calendar', 'holidays', 1] },
      { code: 'time.invalid_calendar', path: ['calendar', 'openingHours'] },
      { code: 'time.invalid_calendar', path: ['calendar', 'workingWeekends', 0] },
    ]);
  });

  it('throws at the day when two intervals of a day overlap', () => {
    const hours = {
      1: [
        { open: '08:30', close: '12:30' },
        { open: '12:00', close: '18:00' },
      ],
    };
    expect(() =>
      createBusinessCalendar({ timeZone: 'UTC', workingWeekdays: [1], openingHours: hours }),
    ).toThrow(/calendar.openingHours\[1\] invalid business calendar: 08:30–12:30 and 12:00–18:00 overlap/);
  });

  it('throws when a make-up day is also a holiday, or falls on a working weekday', () => {
    const both = { timeZone: 'Asia/Shanghai', holidays: ['2024-09-29'], workingWeekends: ['2024-09-29'] };
    expect(() => createBusinessCalendar(both)).toThrow(
      /2024-09-29 is both a holiday and a make-up working day/,
    );
    const weekday = { timeZone: 'Asia/Shanghai', workingWeekends: ['2024-10-09'] };
    expect(() => createBusinessCalendar(weekday)).toThrow(
      /2024-10-09 is a Wednesday, already a working weekday/,
    );
  });

  it('throws when per-weekday hours leave out a working weekday or the weekday of a make-up day', () => {
    const hours = { open: '08:30', close: '18:00' };
    const missingFriday = {
      timeZone: 'Asia/Shanghai',
      openingHours: { 1: hours, 2: hours, 3: hours, 4: hours },
    };
    expect(issuesOf(() => createBusinessCalendar(missingFriday))).toEqual([
      { code: 'time.invalid_calendar', path: ['calendar', 'openingHours'] },
    ]);
    const missingSunday = {
      timeZone: 'Asia/Shanghai',
      workingWeekends: ['2024-09-29'],
      openingHours: { 1: hours, 2: hours, 3: hours, 4: hours, 5: hours },
    };
    expect(() => createBusinessCalendar(missingSunday)).toThrow(/no hours for weekday 7/);
  });

  it('throws when opening hours are malformed: equal times, a bad key, 24:00 as an opening time', () => {
    expect(() =>
      createBusinessCalendar({ timeZone: 'UTC', openingHours: { open: '09:00', close: '09:00' } }),
    ).toThrow(/opens at 09:00, not before it closes at 09:00/);
    expect(
      issuesOf(() =>
        createBusinessCalendar({ timeZone: 'UTC', openingHours: { mon: { open: '09:00' } } as never }),
      ),
    ).toEqual([{ code: 'time.invalid_calendar', path: ['calendar', 'openingHours', 'mon'] }]);
    expect(
      issuesOf(() =>
        createBusinessCalendar({ timeZone: 'UTC', openingHours: { open: '24:00', close: '24:00' } }),
      ),
    ).toEqual([{ code: 'time.invalid_calendar', path: ['calendar', 'openingHours', 'open'] }]);
  });

  it('throws when no weekday is a working weekday (every count would run forever)', () => {
    expect(() => createBusinessCalendar({ timeZone: 'UTC', workingWeekdays: [] })).toThrow(
      /at least one weekday/,
    );
  });

  it('throws input.required at calendar.timeZone when the zone is missing, and when options are not an object', () => {
    expect(issuesOf(() => createBusinessCalendar({} as never))).toEqual([
      { code: 'input.required', path: ['calendar', 'timeZone'] },
    ]);
    expect(issuesOf(() => createBusinessCalendar(null as never))).toEqual([
      { code: 'time.invalid_calendar', path: ['calendar'] },
    ]);
  });

  it('throws a hole in a sparse list as a bad entry', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const holidays = ['2024-10-01', , '2024-10-03'] as string[];
    expect(issuesOf(() => createBusinessCalendar({ timeZone: 'UTC', holidays }))).toEqual([
      { code: 'time.invalid_calendar', path: ['calendar', 'holidays', 1] },
    ]);
  });
});

describe('safeCreateBusinessCalendar', () => {
  it('returns ok with the calendar when the options are valid', () => {
    const result = safeCreateBusinessCalendar(NATIONAL_DAY_2024);
    expect(result.ok && result.value.timeZone).toBe('Asia/Shanghai');
  });

  it('returns the issues with en and zh messages when the options are not valid', () => {
    const result = safeCreateBusinessCalendar({ timeZone: 'Asia/Shanghai', workingWeekdays: [1, 8] });
    expect(result).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "time.invalid_calendar",
            "message": {
              "en": "calendar.workingWeekdays[1] invalid business calendar: '8' is not an ISO weekday (1 = Monday … 7 = Sunday)",
              "zh": "calendar.workingWeekdays[1] 营业日历无效：“8”不是 ISO 星期（1 = 星期一 … 7 = 星期日）",
            },
            "params": {
              "reason": "'8' is not an ISO weekday (1 = Monday … 7 = Sunday)",
              "reasonZh": "“8”不是 ISO 星期（1 = 星期一 … 7 = 星期日）",
            },
            "path": [
              "calendar",
              "workingWeekdays",
              1,
            ],
          },
        ],
        "ok": false,
      }
    `);
  });

  it('returns a failure, not an exception, whatever the input', () => {
    expect(safeCreateBusinessCalendar(Symbol('x')).ok).toBe(false);
    expect(() => safeCreateBusinessCalendar(undefined)).not.toThrow(AftersalesError);
  });
});
