import { raise, requireInteger } from '../errors/guards';
import { type CalendarDate, fromEpochDay, toEpochDay } from './calendarDate';
import { civilFromEpochDay, daysInMonth, epochDayFromCivil, MAX_YEAR, MIN_YEAR } from './epochDay';

/**
 * The date `days` calendar days after `date` (before it when `days` is negative).
 *
 * Pure day arithmetic: a calendar day is a day, whatever a clock does on it (DST, leap seconds).
 *
 * @param date - the starting date
 * @param days - a whole number of days, may be negative
 * @returns the resulting date
 * @throws AftersalesError `time.invalid_date` for a bad `date` or a result outside years
 *   0000–9999 (path `['days']`), `input.invalid_type` when `days` is not an integer
 *
 * @example
 * addCalendarDays('2024-03-01', 7); // '2024-03-08': the last day "within 7 days" of a 03-01 sale
 * addCalendarDays('2024-02-28', 1); // '2024-02-29'
 * addCalendarDays('2024-03-01', -1); // '2024-02-29'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const start = toEpochDay(date, ['date']);
  const count = requireInteger(days, ['days']);
  return fromEpochDay(start + count, ['days']);
}

/**
 * The date `months` months after `date`, by the civil-law month-end rule (China Civil Code
 * Art. 202): the corresponding day of the final month, or that month's last day when it has no
 * such day.
 *
 * Not the same as adding days: one month after 01-31 is 02-29 in 2024, and adding one month twice
 * (01-31 → 02-29 → 03-29) differs from adding two months at once (01-31 → 03-31). Count a period
 * from its start date in one call.
 *
 * @param date - the starting date
 * @param months - a whole number of months, may be negative
 * @returns the resulting date
 * @throws AftersalesError `time.invalid_date` for a bad `date` or a result outside years
 *   0000–9999 (path `['months']`), `input.invalid_type` when `months` is not an integer
 *
 * @example
 * addCalendarMonths('2024-01-31', 1); // '2024-02-29'
 * addCalendarMonths('2024-02-29', 12); // '2025-02-28'
 * addCalendarMonths('2022-03-15', 24); // '2024-03-15'
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return shiftMonths(date, requireInteger(months, ['months']), ['months'], 1);
}

/**
 * The date `years` years after `date`: the same as `12 × years` months, so 29 February moves to
 * 28 February in a common year (Civil Code Art. 202).
 *
 * @param date - the starting date
 * @param years - a whole number of years, may be negative
 * @returns the resulting date
 * @throws AftersalesError `time.invalid_date` for a bad `date` or a result outside years
 *   0000–9999 (path `['years']`), `input.invalid_type` when `years` is not an integer
 *
 * @example
 * addCalendarYears('2022-03-15', 2); // '2024-03-15': the end of a two-year 三包 period
 * addCalendarYears('2024-02-29', 1); // '2025-02-28'
 */
export function addCalendarYears(date: CalendarDate, years: number): CalendarDate {
  return shiftMonths(date, requireInteger(years, ['years']), ['years'], 12);
}

function shiftMonths(
  date: CalendarDate,
  amount: number,
  path: readonly string[],
  monthsPerUnit: number,
): CalendarDate {
  const { year, month, day } = civilFromEpochDay(toEpochDay(date, ['date']));
  // Months are counted on year × 12 + month; a huge amount fails the range check below, not the maths.
  const total = year * 12 + (month - 1) + amount * monthsPerUnit;
  const targetYear = Math.floor(total / 12);
  if (!Number.isSafeInteger(total) || targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    raise('time.invalid_date', path, { value: `a date in year ${targetYear}` });
  }
  const targetMonth = total - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromEpochDay(epochDayFromCivil(targetYear, targetMonth, targetDay), path);
}

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later, negative when it
 * is earlier, 0 on the same day.
 *
 * The day `from` itself is not counted and `to` is, the library's period-counting convention:
 * from a 2024-03-01 sale, 2024-03-08 is day 7.
 *
 * @param from - the earlier date, usually
 * @param to - the later date, usually
 * @returns `to − from` in days
 * @throws AftersalesError `time.invalid_date` (path `['from']` or `['to']`)
 *
 * @example
 * calendarDaysBetween('2024-03-01', '2024-03-08'); // 7
 * calendarDaysBetween('2024-02-01', '2024-03-01'); // 29 (leap year)
 * calendarDaysBetween('2024-03-08', '2024-03-01'); // -7
 */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  const start = toEpochDay(from, ['from']);
  return toEpochDay(to, ['to']) - start;
}
