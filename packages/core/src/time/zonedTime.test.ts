import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursBetween } from './instant';
import { issueOf } from './testing';
import { isTimeZone, parseTimeZone } from './timeZone';
import { startOfCalendarDate, toCalendarDate, zonedDateTime } from './zonedTime';

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/Berlin',
  'America/Santiago',
  'Australia/Lord_Howe',
  'UTC',
];

describe('isTimeZone / parseTimeZone', () => {
  it('returns true when the value is an IANA zone name', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(parseTimeZone('America/New_York')).toBe('America/New_York');
  });

  it('returns false when the value is a fixed offset, unknown or not a string', () => {
    expect(isTimeZone('+08:00')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(8)).toBe(false);
  });

  it('throws time.invalid_zone at the given path when the zone is unknown', () => {
    expect(() =>
      parseTimeZone('China Standard Time', ['dealer', 'timeZone']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[AftersalesError: [time.invalid_zone] dealer.timeZone 'China Standard Time' is not an IANA time zone (e.g. Asia/Shanghai)]`,
    );
  });
});

describe('toCalendarDate', () => {
  it('returns the next local date when the instant is after local midnight in Shanghai', () => {
    // 16:30Z + 8 h = 00:30 on 03-02 in Beijing.
    expect(toCalendarDate('2024-03-01T16:30:00Z', 'Asia/Shanghai')).toBe('2024-03-02');
  });

  it('returns the date either side of local midnight exactly at the boundary', () => {
    expect(toCalendarDate('2024-03-01T15:59:59Z', 'Asia/Shanghai')).toBe('2024-03-01'); // 23:59:59
    expect(toCalendarDate('2024-03-01T16:00:00Z', 'Asia/Shanghai')).toBe('2024-03-02'); // 00:00:00
    expect(toCalendarDate('2024-03-02T04:59:59Z', 'America/New_York')).toBe('2024-03-01'); // 23:59:59 EST
    expect(toCalendarDate('2024-03-02T05:00:00Z', 'America/New_York')).toBe('2024-03-02');
  });

  it('returns the local date whatever offset the instant is written with', () => {
    expect(toCalendarDate('2024-03-01T19:30:00-05:00', 'Asia/Shanghai')).toBe('2024-03-02'); // 00:30Z + 8 h
  });

  it('returns the date TZDate from @date-fns/tz gives (a second method), for instants 1980–2040', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1980-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (date, zone) => {
          const local = new TZDate(date.getTime(), zone);
          const expected = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
          expect(toCalendarDate(date.toISOString(), zone)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('throws time.invalid_zone at timeZone and time.invalid_instant at instant when they are bad', () => {
    expect(issueOf(() => toCalendarDate('2024-03-01T16:30:00Z', '+08:00'))).toEqual({
      code: 'time.invalid_zone',
      path: ['timeZone'],
    });
    expect(issueOf(() => toCalendarDate('2024-03-01T16:30:00', 'Asia/Shanghai'))).toEqual({
      code: 'time.invalid_instant',
      path: ['instant'],
    });
  });
});

describe('startOfCalendarDate', () => {
  it('returns local midnight with the zone offset when midnight exists', () => {
    expect(startOfCalendarDate('2024-03-02', 'Asia/Shanghai')).toBe('2024-03-02T00:00:00+08:00');
    expect(startOfCalendarDate('2024-03-02', 'UTC')).toBe('2024-03-02T00:00:00Z');
  });

  it('returns starts 23 h apart when the day is a spring-forward day (New York, Berlin)', () => {
    // New York: 2024-03-10 02:00 EST → 03:00 EDT.
    expect(startOfCalendarDate('2024-03-10', 'America/New_York')).toBe('2024-03-10T00:00:00-05:00');
    expect(startOfCalendarDate('2024-03-11', 'America/New_York')).toBe('2024-03-11T00:00:00-04:00');
    expect(
      hoursBetween(
        startOfCalendarDate('2024-03-10', 'America/New_York'),
        startOfCalendarDate('2024-03-11', 'America/New_York'),
      ),
    ).toBe(23);
    // Berlin: 2024-03-31 02:00 CET → 03:00 CEST.
    expect(startOfCalendarDate('2024-03-31', 'Europe/Berlin')).toBe('2024-03-31T00:00:00+01:00');
    expect(startOfCalendarDate('2024-04-01', 'Europe/Berlin')).toBe('2024-04-01T00:00:00+02:00');
  });

  it('returns starts 25 h apart when the day is a fall-back day (New York)', () => {
    // 2024-11-03 02:00 EDT → 01:00 EST.
    expect(startOfCalendarDate('2024-11-03', 'America/New_York')).toBe('2024-11-03T00:00:00-04:00');
    expect(
      hoursBetween(
        startOfCalendarDate('2024-11-03', 'America/New_York'),
        startOfCalendarDate('2024-11-04', 'America/New_York'),
      ),
    ).toBe(25);
  });

  it('returns 01:00 when the clocks skip midnight (Chile, 2024-09-07 24:00 → 09-08 01:00)', () => {
    expect(startOfCalendarDate('2024-09-08', 'America/Santiago')).toBe('2024-09-08T01:00:00-03:00');
  });

  it('returns a UTC instant when the offset has seconds (local mean time)', () => {
    // Monrovia kept −00:44:30 until 1972: local midnight is 00:44:30 UTC.
    expect(startOfCalendarDate('1970-01-01', 'Africa/Monrovia')).toBe('1970-01-01T00:44:30Z');
  });

  it('returns the first instant of the date: one millisecond earlier is the day before', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1980-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (day, zone) => {
          const date = day.toISOString().slice(0, 10);
          const start = startOfCalendarDate(date, zone);
          expect(toCalendarDate(start, zone)).toBe(date);
          const justBefore = new Date(Date.parse(start) - 1).toISOString();
          expect(toCalendarDate(justBefore, zone) < date).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('zonedDateTime', () => {
  it('returns the instant with the zone offset when the clock time exists once', () => {
    expect(zonedDateTime('2024-03-01', '09:30', 'Asia/Shanghai')).toBe('2024-03-01T09:30:00+08:00');
    expect(zonedDateTime('2024-07-01', '09:30', 'America/New_York')).toBe('2024-07-01T09:30:00-04:00');
  });

  it('returns the time pushed forward by the gap when the clock time is skipped', () => {
    expect(zonedDateTime('2024-03-10', '02:30', 'America/New_York')).toBe('2024-03-10T03:30:00-04:00');
    expect(zonedDateTime('2024-03-31', '02:30', 'Europe/Berlin')).toBe('2024-03-31T03:30:00+02:00');
  });

  it('returns the earlier instant when the clock time happens twice', () => {
    expect(zonedDateTime('2024-11-03', '01:30', 'America/New_York')).toBe('2024-11-03T01:30:00-04:00');
    expect(zonedDateTime('2024-10-27', '02:30', 'Europe/Berlin')).toBe('2024-10-27T02:30:00+02:00');
  });

  it('throws input.invalid_format at time when the time is not HH:mm 00:00–23:59', () => {
    expect(issueOf(() => zonedDateTime('2024-03-01', '24:00', 'Asia/Shanghai'))).toEqual({
      code: 'input.invalid_format',
      path: ['time'],
    });
    expect(issueOf(() => zonedDateTime('2024-03-01', '9:30', 'Asia/Shanghai'))).toEqual({
      code: 'input.invalid_format',
      path: ['time'],
    });
  });
});
