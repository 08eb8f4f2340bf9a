import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { createBusinessCalendar, safeCreateBusinessCalendar } from './businessCalendar';
import {
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  calendarDaysBetween,
} from './calendarArithmetic';
import { compareCalendarDates, isCalendarDate, isoWeekday, parseCalendarDate } from './calendarDate';
import { elapsedDaysCeil, hoursBetween, isInstant, parseInstant } from './instant';
import { isOpenAt, openMinutesBetween } from './openingHours';
import { evaluatePeriod, parseWhicheverFirstPeriod, safeEvaluatePeriod } from './period';
import { isTimeZone, parseTimeZone } from './timeZone';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './workingDays';
import { startOfCalendarDate, toCalendarDate, zonedDateTime } from './zonedTime';

const calendar = createBusinessCalendar({
  timeZone: 'America/New_York',
  holidays: ['2024-07-04'],
  openingHours: { open: '08:00', close: '17:00' },
});

/** Valid values for each kind of argument; each call mixes them with arbitrary junk. */
const samples = {
  date: ['2024-03-01', '2024-02-29', '9999-12-31', '0000-01-01'],
  instant: [
    '2024-03-10T07:30:00Z',
    '2024-11-03T01:30:00-04:00',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59+14:00',
  ],
  zone: ['Asia/Shanghai', 'America/New_York', 'Pacific/Apia', 'Africa/Monrovia'],
  integer: [0, 1, -1, 10, 400_000, Number.MAX_SAFE_INTEGER],
  time: ['00:00', '02:30', '23:59'],
  calendar: [calendar, JSON.parse(JSON.stringify(calendar)) as unknown],
  period: [{ months: 24, km: 50_000 }, { days: 7 }, { km: 3_000 }],
  reading: [{ date: '2024-03-01', km: 0 }, { date: '2024-03-08' }, { date: '2022-03-15', km: null }],
  path: [['x', 0], undefined],
} as const;
type Kind = keyof typeof samples;

const junk = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const argument = (kind: Kind) => fc.oneof(fc.constantFrom(...samples[kind]), junk);

const functions: Record<string, { fn: (...args: never[]) => unknown; args: Kind[] }> = {
  isCalendarDate: { fn: isCalendarDate, args: ['date'] },
  parseCalendarDate: { fn: parseCalendarDate, args: ['date', 'path'] },
  compareCalendarDates: { fn: compareCalendarDates, args: ['date', 'date'] },
  isoWeekday: { fn: isoWeekday, args: ['date'] },
  addCalendarDays: { fn: addCalendarDays, args: ['date', 'integer'] },
  addCalendarMonths: { fn: addCalendarMonths, args: ['date', 'integer'] },
  addCalendarYears: { fn: addCalendarYears, args: ['date', 'integer'] },
  calendarDaysBetween: { fn: calendarDaysBetween, args: ['date', 'date'] },
  isInstant: { fn: isInstant, args: ['instant'] },
  parseInstant: { fn: parseInstant, args: ['instant', 'path'] },
  hoursBetween: { fn: hoursBetween, args: ['instant', 'instant'] },
  elapsedDaysCeil: { fn: elapsedDaysCeil, args: ['instant', 'instant'] },
  isTimeZone: { fn: isTimeZone, args: ['zone'] },
  parseTimeZone: { fn: parseTimeZone, args: ['zone', 'path'] },
  toCalendarDate: { fn: toCalendarDate, args: ['instant', 'zone'] },
  startOfCalendarDate: { fn: startOfCalendarDate, args: ['date', 'zone'] },
  zonedDateTime: { fn: zonedDateTime, args: ['date', 'time', 'zone'] },
  createBusinessCalendar: { fn: createBusinessCalendar, args: ['calendar'] },
  safeCreateBusinessCalendar: { fn: safeCreateBusinessCalendar, args: ['calendar'] },
  isWorkingDay: { fn: isWorkingDay, args: ['calendar', 'date'] },
  countWorkingDays: { fn: countWorkingDays, args: ['calendar', 'date', 'date'] },
  addWorkingDays: { fn: addWorkingDays, args: ['calendar', 'date', 'integer'] },
  nextWorkingDay: { fn: nextWorkingDay, args: ['calendar', 'date'] },
  isOpenAt: { fn: isOpenAt, args: ['calendar', 'instant'] },
  openMinutesBetween: { fn: openMinutesBetween, args: ['calendar', 'instant', 'instant'] },
  parseWhicheverFirstPeriod: { fn: parseWhicheverFirstPeriod, args: ['period', 'path'] },
  evaluatePeriod: { fn: evaluatePeriod, args: ['period', 'reading', 'reading'] },
  safeEvaluatePeriod: { fn: safeEvaluatePeriod, args: ['period', 'reading', 'reading'] },
};

describe('every public time function', () => {
  for (const [name, { fn, args }] of Object.entries(functions)) {
    it(`returns or throws an AftersalesError, never anything else, when ${name} gets arbitrary input`, () => {
      fc.assert(
        fc.property(fc.tuple(...args.map(argument)), (values) => {
          try {
            const result = (fn as (...input: unknown[]) => unknown)(...values);
            // Whatever comes back is plain data: JSON can write it.
            expect(() => JSON.stringify(result)).not.toThrow();
          } catch (error) {
            if (!isAftersalesError(error)) throw error;
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
