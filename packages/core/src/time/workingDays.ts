import { raise, requireInteger } from '../errors/guards';
import type { BusinessCalendar } from './businessCalendar';
import { type CalendarDate, fromEpochDay, toEpochDay } from './calendarDate';
import { addWorkingEpochDays, calendarIndexOf, isWorkingEpochDay, workingDaysIn } from './calendarIndex';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY } from './epochDay';

/**
 * True when `date` is a working day of the calendar: not a holiday, and either a working weekday
 * or a make-up working day (调休).
 *
 * @param calendar - from {@link createBusinessCalendar} (or a JSON copy of one)
 * @param date - a local calendar date of the dealer
 * @returns whether the workshop works that day
 * @throws AftersalesError `time.invalid_calendar` (path `['calendar', …]`), `time.invalid_date` (path `['date']`)
 *
 * @example
 * const calendar = createBusinessCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingWeekends: ['2024-09-29', '2024-10-12'],
 * });
 * isWorkingDay(calendar, '2024-10-01'); // false: holiday
 * isWorkingDay(calendar, '2024-09-29'); // true: a Sunday, but a make-up working day
 * isWorkingDay(calendar, '2024-10-13'); // false: an ordinary Sunday
 */
export function isWorkingDay(calendar: BusinessCalendar, date: CalendarDate): boolean {
  const index = calendarIndexOf(calendar);
  return isWorkingEpochDay(index, toEpochDay(date, ['date']));
}

/**
 * The number of working days from `from` to `to`, with the library's period-counting convention:
 * the start day is not counted and the end day is (as "within 7 days" of a sale counts the 7 days
 * after it). So Monday → Friday of one week is 4, and `from === to` is 0.
 *
 * Costs O(log holidays), however long the range.
 *
 * @param calendar - from {@link createBusinessCalendar}
 * @param from - the start date (not counted)
 * @param to - the end date (counted), not before `from`
 * @returns working days in `(from, to]`
 * @throws AftersalesError `time.invalid_range` when `to` is before `from` (path `['to']`),
 *   `time.invalid_date`, `time.invalid_calendar`
 *
 * @example
 * const calendar = createBusinessCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingWeekends: ['2024-09-29', '2024-10-12'],
 * });
 * countWorkingDays(calendar, '2024-09-23', '2024-09-27'); // 4 (Mon → Fri)
 * // Fri 09-27 → Mon 10-14 over National Day 2024: 09-29, 09-30, 10-08 … 10-12, 10-14
 * countWorkingDays(calendar, '2024-09-27', '2024-10-14'); // 8
 */
export function countWorkingDays(calendar: BusinessCalendar, from: CalendarDate, to: CalendarDate): number {
  const index = calendarIndexOf(calendar);
  const start = toEpochDay(from, ['from']);
  const end = toEpochDay(to, ['to']);
  if (end < start) raise('time.invalid_range', ['to'], { start: from, end: to });
  return workingDaysIn(index, start, end);
}

/**
 * The date on which `n` working days after `date` have passed: the deadline of a rule such as
 * the 三包 "within 10 working days" (2021 rules, Art. 28), counted like {@link countWorkingDays}
 * (`date` itself is not counted). For `n ≥ 1` the result is always a working day; for `n = 0` it
 * is `date`. `countWorkingDays(calendar, date, addWorkingDays(calendar, date, n))` is `n`.
 *
 * @param calendar - from {@link createBusinessCalendar}
 * @param date - the day the count starts from (e.g. the day a request was received)
 * @param n - working days to add, an integer ≥ 0
 * @returns the date of the `n`-th working day after `date`
 * @throws AftersalesError `input.invalid_type` / `input.too_small` for a bad `n` (path `['n']`),
 *   `time.invalid_date`, `time.invalid_calendar`
 *
 * @example
 * const calendar = createBusinessCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingWeekends: ['2024-09-29', '2024-10-12'],
 * });
 * // Request received Saturday 2024-09-28, 10 working days:
 * // 09-29, 09-30, 10-08, 10-09, 10-10, 10-11, 10-12, 10-14, 10-15, 10-16
 * addWorkingDays(calendar, '2024-09-28', 10); // '2024-10-16'
 */
export function addWorkingDays(calendar: BusinessCalendar, date: CalendarDate, n: number): CalendarDate {
  const index = calendarIndexOf(calendar);
  const start = toEpochDay(date, ['date']);
  const count = requireInteger(n, ['n'], 0);
  // More working days than there are days in years 0000–9999 cannot land on a writable date.
  if (count > MAX_EPOCH_DAY - MIN_EPOCH_DAY)
    raise('time.invalid_date', ['n'], { value: 'a date beyond year 9999' });
  return fromEpochDay(addWorkingEpochDays(index, start, count), ['n']);
}

/**
 * The first working day strictly after `date` (the same as `addWorkingDays(calendar, date, 1)`).
 *
 * @param calendar - from {@link createBusinessCalendar}
 * @param date - any date
 * @returns the next working day
 * @throws AftersalesError `time.invalid_date`, `time.invalid_calendar`
 *
 * @example
 * const calendar = createBusinessCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingWeekends: ['2024-09-29', '2024-10-12'],
 * });
 * nextWorkingDay(calendar, '2024-09-30'); // '2024-10-08': the National Day week is skipped
 */
export function nextWorkingDay(calendar: BusinessCalendar, date: CalendarDate): CalendarDate {
  const index = calendarIndexOf(calendar);
  const start = toEpochDay(date, ['date']);
  return fromEpochDay(addWorkingEpochDays(index, start, 1), ['date']);
}
