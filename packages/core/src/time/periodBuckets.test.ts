import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { createLocalDayReader, dateOfDayNumber, dayNumberOfDate, localDayNumber } from './dayNumbers';
import { nextPeriodBucket, periodBucketOf, previousPeriodBucket } from './periodBuckets';

// Second method for day numbers: Date.UTC counts milliseconds from 1970-01-01.
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;
const day = (date: string) => dayNumberOfDate(date) as number;

describe('dayNumberOfDate / dateOfDayNumber', () => {
  it('counts days from 1970-01-01 as Date.UTC does, and refuses dates that do not exist', () => {
    expect(dayNumberOfDate('1970-01-01')).toBe(0);
    expect(dayNumberOfDate('2024-03-01')).toBe(utcDay(2024, 3, 1));
    expect(dayNumberOfDate('2024-02-29')).toBe(utcDay(2024, 2, 29));
    expect(dayNumberOfDate('2023-02-29')).toBeUndefined();
    expect(dayNumberOfDate('2024-3-1')).toBeUndefined();
    expect(dateOfDayNumber(utcDay(2024, 3, 1))).toBe('2024-03-01');
    expect(dateOfDayNumber(Number.NaN)).toBeUndefined();
  });

  it('round-trips every date', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('0001-01-01'), max: day('9999-12-31') }), (n) => {
        expect(dayNumberOfDate(dateOfDayNumber(n))).toBe(n);
      }),
    );
  });
});

describe('periodBucketOf', () => {
  it('labels ISO weeks by the year of their Thursday', () => {
    // 2024-12-30 is a Monday; that week's Thursday is 2025-01-02, so it is 2025-W01.
    expect(periodBucketOf(day('2024-12-30'), 'week')).toMatchObject({
      label: '2025-W01',
      from: '2024-12-30',
      to: '2025-01-05',
    });
    // 2021-01-03 is a Sunday; its week's Thursday is 2020-12-31: 2020 has 53 ISO weeks.
    expect(periodBucketOf(day('2021-01-03'), 'week').label).toBe('2020-W53');
  });

  it('gives months, quarters and years with their first and last dates', () => {
    expect(periodBucketOf(day('2024-02-10'), 'month')).toMatchObject({
      label: '2024-02',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodBucketOf(day('2024-05-31'), 'quarter')).toMatchObject({
      label: '2024-Q2',
      from: '2024-04-01',
      to: '2024-06-30',
    });
    expect(periodBucketOf(day('2024-12-31'), 'year')).toMatchObject({
      label: '2024',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(periodBucketOf(day('2024-03-01'), 'day')).toMatchObject({
      label: '2024-03-01',
      from: '2024-03-01',
    });
  });

  it('steps to the next and previous period', () => {
    const march = periodBucketOf(day('2024-03-15'), 'month');
    expect(nextPeriodBucket(march).label).toBe('2024-04');
    expect(previousPeriodBucket(march).label).toBe('2024-02');
    expect(nextPeriodBucket(periodBucketOf(day('2024-12-31'), 'quarter')).label).toBe('2025-Q1');
  });

  it('tiles the calendar: every day is in exactly one period of each grain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('1900-01-01'), max: day('2200-12-31') }),
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        (n, grain) => {
          const bucket = periodBucketOf(n, grain);
          expect(bucket.firstDay <= n && n <= bucket.lastDay).toBe(true);
          expect(nextPeriodBucket(bucket).firstDay).toBe(bucket.lastDay + 1);
        },
      ),
    );
  });

  it('refuses a day outside years 0000–9999 and an unknown grain with coded errors', () => {
    for (const call of [
      () => periodBucketOf(Number.NaN, 'month'),
      () => periodBucketOf(0, 'decade' as 'year'),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isAftersalesError(error)).toBe(true);
      }
    }
  });
});

describe('createLocalDayReader', () => {
  it('gives the date the dealer’s clocks showed', () => {
    // 2024-02-29T16:00Z is 2024-03-01 00:00 in Shanghai (UTC+8).
    expect(localDayNumber(Date.UTC(2024, 1, 29, 16), 'Asia/Shanghai')).toBe(day('2024-03-01'));
    expect(localDayNumber(Date.UTC(2024, 1, 29, 15, 59, 59), 'Asia/Shanghai')).toBe(day('2024-02-29'));
  });

  it('stays right across a DST change however the calls are ordered', () => {
    const newYork = createLocalDayReader('America/New_York');
    // 2024-03-10: clocks jump from 02:00 EST to 03:00 EDT (07:00Z). 04:59Z is 23:59 EST on 03-09;
    // 05:00Z is 00:00 on 03-10; 2024-03-11T03:59Z is 23:59 EDT on 03-10.
    const cases: [number, string][] = [
      [Date.UTC(2024, 2, 10, 4, 59), '2024-03-09'],
      [Date.UTC(2024, 2, 10, 5, 0), '2024-03-10'],
      [Date.UTC(2024, 2, 11, 3, 59), '2024-03-10'],
      [Date.UTC(2024, 2, 11, 4, 0), '2024-03-11'],
    ];
    for (const order of [cases, [...cases].reverse()]) {
      for (const [ms, date] of order) expect(newYork(ms)).toBe(day(date));
    }
  });

  it('agrees with Intl for any instant and zone', () => {
    const zones = [
      'Asia/Shanghai',
      'America/Los_Angeles',
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const text = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).format(ms);
          expect(createLocalDayReader(zone)(ms)).toBe(day(text));
        },
      ),
    );
  });

  it('refuses an unknown zone and a time that is not a number', () => {
    expect(() => createLocalDayReader('Mars/Base')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'time.invalid_zone' })] }),
    );
    expect(() => createLocalDayReader('UTC')(Number.NaN)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'input.invalid_type' })] }),
    );
  });
});
