import {
  AftersalesError,
  type BusinessCalendar,
  type BusinessCalendarOptions,
  calendarDateSchema,
  clockTimeSchema,
  createBusinessCalendar,
  createDealerCalendar,
  type DealerCalendarOptions,
  DealerSchema,
  issuesFromZod,
  timeZoneSchema,
} from '@aftersales/core';
import { z } from 'zod';
import { rowKinds } from './common';

/**
 * The dealer's business calendar as a request gives it: the options of core's
 * `createBusinessCalendar`, or a dealer record and the options of `createDealerCalendar`. The
 * schema checks the shape; core checks the rest (a duplicate holiday, opening after closing, a
 * make-up day on a working weekday) and answers `time.invalid_calendar` at `calendar.…`.
 */

const IntervalSchema = z.strictObject({ open: clockTimeSchema, close: clockTimeSchema });
const DayHoursSchema = z.union([IntervalSchema, z.array(IntervalSchema).min(1).max(12)]);
const WeekdayHoursSchema = z.strictObject(
  Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((day) => [day, DayHoursSchema.optional()])),
);

const dates = (what: string) => z.array(calendarDateSchema).max(3660).describe(what);
const calendarDays = {
  workingWeekdays: z
    .array(z.number().int().min(1).max(7))
    .max(7)
    .optional()
    .describe('ISO weekdays worked, 1 = Monday … 7 = Sunday (default 1–5; with a dealer, its open days)'),
  holidays: dates('Dates not worked: public holidays, closures').optional(),
  workingWeekends: dates('Make-up working days (调休) on a weekday not otherwise worked').optional(),
};

const dealerRow = z.unknown();
rowKinds.set(dealerRow, { kind: 'dealer', name: 'dealer' });

/** A calendar given as its options (createBusinessCalendar). */
const OptionsCalendarSchema = z.strictObject({
  timeZone: timeZoneSchema.optional().describe("The dealer's IANA time zone (default: the request's)"),
  ...calendarDays,
  openingHours: z
    .union([DayHoursSchema, WeekdayHoursSchema])
    .optional()
    .describe('The same hours every day, or hours by ISO weekday "1"…"7" (default: around the clock)'),
});

/** A calendar made from a dealer record (createDealerCalendar): its time zone and opening hours. */
const DealerCalendarSchema = z.strictObject({
  dealer: dealerRow.describe('A dealer record: its time zone, and its opening hours by weekday'),
  ...calendarDays,
});

/**
 * The dealer's calendar: its options, or a dealer record with holidays and make-up days.
 *
 * @example
 * BusinessCalendarBodySchema.parse({ timeZone: 'Asia/Shanghai', holidays: ['2024-10-01'], workingWeekends: ['2024-10-12'] });
 */
export const BusinessCalendarBodySchema = z
  .union([OptionsCalendarSchema, DealerCalendarSchema])
  .describe(
    "The dealer's business calendar (working weekdays, holidays, 调休 make-up days, opening hours). " +
      'Without it every day is a working day for the KPIs, and an SLA counted in working days cannot be checked.',
  );

/** A calendar as the body schema gives it. */
export type BusinessCalendarBody = z.output<typeof BusinessCalendarBodySchema>;

/** The time zone and the calendar a request's day counts are made in. */
export interface DealerDays {
  readonly timeZone: string;
  readonly calendar?: BusinessCalendar;
}

function sameZone(timeZone: string | undefined, calendarZone: string): void {
  if (timeZone === undefined || timeZone === calendarZone) return;
  throw AftersalesError.of('input.inconsistent', ['calendar', 'timeZone'], {
    reason: `the calendar is in ${calendarZone}, the request in ${timeZone}`,
    reasonZh: `日历时区为 ${calendarZone}，请求时区为 ${timeZone}`,
  });
}

/**
 * Builds the calendar a request gives (core checks it), and the time zone its day counts are made
 * in: the request's `timeZone`, else the calendar's, else the registry's. A calendar in another
 * zone than the request's is `input.inconsistent`: days would be cut on one clock and counted on
 * another.
 *
 * @throws AftersalesError `time.invalid_calendar` at `calendar.…`, a dealer record's issues at
 *   `calendar.dealer.…`, `input.inconsistent` at `calendar.timeZone`
 * @example
 * dealerDays({ holidays: ['2024-10-01'] }, undefined, 'Asia/Shanghai').calendar?.holidays; // ['2024-10-01']
 */
export function dealerDays(
  given: BusinessCalendarBody | undefined,
  timeZone: string | undefined,
  registryZone: string,
): DealerDays {
  if (given === undefined) return { timeZone: timeZone ?? registryZone };
  if ('dealer' in given) {
    const { dealer, ...options } = given;
    const record = DealerSchema.safeParse(dealer);
    if (!record.success)
      throw new AftersalesError(issuesFromZod(record.error, dealer, ['calendar', 'dealer']));
    sameZone(timeZone, record.data.timeZone);
    const calendar = createDealerCalendar(dealer, options as DealerCalendarOptions);
    return { timeZone: calendar.timeZone, calendar };
  }
  const zone = given.timeZone ?? timeZone ?? registryZone;
  sameZone(timeZone, zone);
  const calendar = createBusinessCalendar({ ...given, timeZone: zone } as BusinessCalendarOptions);
  return { timeZone: zone, calendar };
}
