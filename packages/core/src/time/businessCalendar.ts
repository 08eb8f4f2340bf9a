import { attempt, type Result } from '../errors/Result';
import type { CalendarDate, IsoWeekday } from './calendarDate';
import { registerCalendar } from './calendarIndex';
import { normalizeCalendar } from './calendarValidation';
import type { TimeOfDay } from './zonedTime';

/**
 * One stretch of opening time on a day: from `open` (inclusive) to `close` (exclusive), local
 * time, `HH:mm`; `close` may be `'24:00'`. No overnight interval: split it at midnight.
 *
 * (Named apart from the dealer record's `OpeningHours`, `{ day, opens, closes }`, which an adapter
 * maps to this.)
 *
 * @example
 * const morning: OpeningInterval = { open: '08:30', close: '12:00' };
 */
export interface OpeningInterval {
  readonly open: TimeOfDay;
  readonly close: TimeOfDay;
}

/**
 * The hours of one day as accepted: one interval, or several when the day has a break (午休).
 *
 * @example
 * const withLunch: DayOpeningHours = [{ open: '08:30', close: '12:00' }, { open: '13:00', close: '18:00' }];
 */
export type DayOpeningHours = OpeningInterval | readonly OpeningInterval[];

/**
 * Opening hours per ISO weekday (1 = Monday … 7 = Sunday), as stored in a
 * {@link BusinessCalendar}: sorted, non-overlapping intervals. They apply on the days that are
 * working days, so a Saturday's hours are used on a 调休 make-up Saturday even if Saturday is not a
 * working weekday.
 *
 * @example
 * const hours: WeeklyOpeningHours = { 1: [{ open: '08:30', close: '18:00' }], 6: [{ open: '09:00', close: '16:00' }] };
 */
export type WeeklyOpeningHours = { readonly [Weekday in IsoWeekday]?: readonly OpeningInterval[] };

/**
 * Opening hours as {@link createBusinessCalendar} accepts them: the same hours every day, or hours
 * per ISO weekday.
 *
 * @example
 * const sameEveryDay: OpeningHoursInput = { open: '08:30', close: '18:00' };
 * const byWeekday: OpeningHoursInput = { 1: { open: '08:30', close: '18:00' }, 6: { open: '09:00', close: '12:00' } };
 */
export type OpeningHoursInput = DayOpeningHours | { readonly [Weekday in IsoWeekday]?: DayOpeningHours };

/**
 * What {@link createBusinessCalendar} takes.
 *
 * @example
 * const options: BusinessCalendarOptions = { timeZone: 'Asia/Shanghai', holidays: ['2024-10-01'] };
 */
export interface BusinessCalendarOptions {
  /** The dealer's IANA time zone; opening hours and instants are read in it. */
  readonly timeZone: string;
  /** ISO weekdays that are working days; default Monday–Friday `[1, 2, 3, 4, 5]`. */
  readonly workingWeekdays?: readonly IsoWeekday[];
  /** Dates that are not working days (public holidays, closures); default none. */
  readonly holidays?: readonly CalendarDate[];
  /**
   * Make-up working days (China's 调休) on a weekday that is otherwise not worked, usually a
   * Saturday or Sunday next to a long holiday; default none.
   */
  readonly workingWeekends?: readonly CalendarDate[];
  /**
   * The same hours every day, or hours per ISO weekday; a day may have several intervals (a lunch
   * break). Default: open around the clock (00:00–24:00) on every working day. With per-weekday
   * hours, every working weekday and the weekday of every make-up day needs an entry.
   */
  readonly openingHours?: OpeningHoursInput;
}

/**
 * A dealer's working days and opening hours, as checked, frozen, plain JSON data: store it, send
 * it, and pass it (or a JSON copy of it) to {@link isWorkingDay}, {@link countWorkingDays},
 * {@link isOpenAt} and the other functions. Lists are sorted; opening hours are always given per
 * weekday, so the data says exactly what the functions will do.
 *
 * @example
 * const calendar: BusinessCalendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai' });
 * calendar.openingHours[1]; // [{ open: '00:00', close: '24:00' }]
 */
export interface BusinessCalendar {
  readonly timeZone: string;
  readonly workingWeekdays: readonly IsoWeekday[];
  readonly holidays: readonly CalendarDate[];
  readonly workingWeekends: readonly CalendarDate[];
  readonly openingHours: WeeklyOpeningHours;
}

/**
 * Checks and freezes a dealer's business calendar: working weekdays, public holidays, 调休
 * make-up working days and opening hours, in the dealer's time zone.
 *
 * Every problem is reported at once, each with the path of the offending entry, e.g.
 * `['calendar', 'holidays', 3]`.
 *
 * @param options - see {@link BusinessCalendarOptions}
 * @returns a frozen, JSON-serializable {@link BusinessCalendar}; checked once, then indexed on
 *   first use, so pass this object (not a fresh copy) to the calendar functions in a loop
 * @throws AftersalesError `time.invalid_calendar` for a bad field (a holiday that is not a date,
 *   a duplicate, a weekday 8, opening after closing, a make-up day on a working weekday, an unknown
 *   field), `time.invalid_zone` / `input.required` for the time zone
 *
 * @example
 * // China, National Day 2024: 10-01 (Tue) … 10-07 off; Sunday 09-29 and Saturday 10-12 worked.
 * const calendar = createBusinessCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingWeekends: ['2024-09-29', '2024-10-12'],
 *   openingHours: [{ open: '08:30', close: '12:00' }, { open: '13:00', close: '18:00' }],
 * });
 */
export function createBusinessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
  return registerCalendar(normalizeCalendar(options, ['calendar']));
}

/**
 * {@link createBusinessCalendar} that returns a {@link Result} instead of throwing, for
 * calendars read from configuration or user input.
 *
 * @param options - untrusted calendar options
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with every problem found
 *
 * @example
 * const result = safeCreateBusinessCalendar({ timeZone: 'Asia/Shanghai', workingWeekdays: [1, 8] });
 * if (!result.ok) result.issues[0]?.path; // ['calendar', 'workingWeekdays', 1]
 */
export function safeCreateBusinessCalendar(options: unknown): Result<BusinessCalendar> {
  return attempt(() => createBusinessCalendar(options as BusinessCalendarOptions));
}
