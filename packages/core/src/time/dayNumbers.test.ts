import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDateOfDayNumber,
  createInstantDayReader,
  createLocalDayReader,
  dayNumberOfDate,
} from './dayNumbers';

const day = (date: string) => dayNumberOfDate(date) as number;
const zones = [
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
const intlDate = (ms: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);

describe('createLocalDayReader (one reader, many instants in any order)', () => {
  it('agrees with Intl while its per-day offset cache fills, DST days included', () => {
    for (const zone of zones) {
      const reader = createLocalDayReader(zone);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
          expect(reader(ms)).toBe(day(intlDate(ms, zone)));
        }),
        { numRuns: 400 },
      );
      // Both sides of a change, asked twice: the second answer comes from the cache.
      for (const ms of [
        Date.UTC(2024, 2, 31, 0, 59),
        Date.UTC(2024, 2, 31, 1, 0),
        Date.UTC(2024, 9, 27, 0, 59),
      ]) {
        expect(reader(ms)).toBe(day(intlDate(ms, zone)));
        expect(reader(ms)).toBe(day(intlDate(ms, zone)));
      }
    }
  });

  it('works before 1900 and after 2258, outside the cached days', () => {
    const reader = createLocalDayReader('Asia/Shanghai');
    for (const ms of [Date.UTC(1850, 5, 1, 20), Date.UTC(2300, 0, 1, 17)])
      expect(reader(ms)).toBe(day(intlDate(ms, 'Asia/Shanghai')));
  });
});

describe('createInstantDayReader', () => {
  it('gives the dealer’s date of an instant string, whatever offset it was written in', () => {
    const shanghai = createInstantDayReader('Asia/Shanghai');
    expect(shanghai('2024-02-29T23:30:00+08:00')).toBe(day('2024-02-29'));
    expect(shanghai('2024-02-29T16:30:00Z')).toBe(day('2024-03-01'));
    // 10:30 at −05:00 is 15:30Z, 23:30 in Shanghai: still the 29th.
    expect(shanghai('2024-02-29T10:30:00-05:00')).toBe(day('2024-02-29'));
    expect(shanghai('2024-03-31T23:59:59.999+08:00')).toBe(day('2024-03-31'));
  });

  it('agrees with Date.parse and Intl for any instant written at any offset', () => {
    const offsets = ['Z', '+08:00', '-05:00', '+05:45', '-10:00'];
    for (const zone of zones) {
      const reader = createInstantDayReader(zone);
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }),
          fc.constantFrom(...offsets),
          (seconds, offset) => {
            const ms = seconds * 1000;
            const minutes =
              offset === 'Z'
                ? 0
                : (offset.startsWith('-') ? -1 : 1) *
                  (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
            const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
            const text = `${local}${offset}`;
            expect(Date.parse(text)).toBe(ms);
            expect(reader(text)).toBe(day(intlDate(ms, zone)));
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it('answers undefined for what is not an instant, and refuses an unknown zone', () => {
    const reader = createInstantDayReader('UTC');
    for (const bad of [
      '2024-02-29',
      '2024-02-30T10:00:00Z',
      '2024-02-29T10:00:00',
      20240229,
      null,
      undefined,
      {},
    ]) {
      expect(reader(bad)).toBeUndefined();
    }
    expect(() => createInstantDayReader('Mars/Base')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'time.invalid_zone' })] }),
    );
  });
});

describe('civilDateOfDayNumber', () => {
  it('gives the parts of a day number, past year 9999 too', () => {
    expect(civilDateOfDayNumber(19_783)).toEqual({ year: 2024, month: 3, day: 1 });
    // 9999-12-31 is day 2,932,896 (Date.UTC(9999, 11, 31) / 86,400,000); the next day is in 10000.
    expect(civilDateOfDayNumber(2_932_897)).toEqual({ year: 10_000, month: 1, day: 1 });
    // 0000-01-01 is day −719,528; year 0 is a leap year (divisible by 400).
    expect(civilDateOfDayNumber(-719_528)).toEqual({ year: 0, month: 1, day: 1 });
    expect(civilDateOfDayNumber(-719_528 + 59)).toEqual({ year: 0, month: 2, day: 29 });
  });

  it("agrees with the JS Date's UTC calendar on every 997th day from year 0 to year 12000", () => {
    for (let day = -719_528; day < 3_663_000; day += 997) {
      const date = new Date(day * 86_400_000);
      expect(civilDateOfDayNumber(day)).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
  });

  it('is undefined for a day number that is not an integer within ±10⁸', () => {
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 100_000_001, -100_000_001, '1' as never]) {
      expect(civilDateOfDayNumber(bad)).toBeUndefined();
    }
  });
});
