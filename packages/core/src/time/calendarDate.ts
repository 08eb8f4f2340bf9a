import type { IssuePath } from '../errors/AftersalesError';
import { checkPath, describeValue, raise, typeName } from '../errors/guards';
import {
  daysInMonth,
  describeEpochDay,
  epochDayFromCivil,
  formatEpochDay,
  isoWeekdayOfEpochDay,
  isWritableEpochDay,
} from './epochDay';

/**
 * A calendar date without time or zone, written `YYYY-MM-DD` (e.g. `'2024-03-01'`): the way
 * records store purchase dates, holidays and deadlines.
 *
 * A plain `string` alias rather than a branded type, so that a field read from a record (which zod
 * types as `string`) can be passed straight in; every function checks the text at run time.
 *
 * @example
 * const purchased: CalendarDate = '2024-03-01';
 */
export type CalendarDate = string;

/**
 * ISO 8601 weekday number: 1 = Monday … 6 = Saturday, 7 = Sunday.
 *
 * @example
 * const weekend: readonly IsoWeekday[] = [6, 7];
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a well-formed, real date, or `undefined`. */
function epochDayOrUndefined(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayFromCivil(year, month, day);
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (years 0000–9999, the same
 * dates `calendarDateSchema` accepts).
 *
 * @param value - anything
 * @returns whether `value` is a {@link CalendarDate}; `'2023-02-29'` is not (2023 is not a leap year)
 *
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2023-02-29'); // false
 * isCalendarDate('2024-3-1'); // false: month and day take two digits
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return epochDayOrUndefined(value) !== undefined;
}

/**
 * Internal: the day number of a date argument, or an error naming the argument.
 *
 * @throws AftersalesError `input.required`, `input.invalid_type` or `time.invalid_date`
 */
export function toEpochDay(value: unknown, path: IssuePath): number {
  const epochDay = epochDayOrUndefined(value);
  if (epochDay !== undefined) return epochDay;
  if (value === undefined) raise('input.required', path);
  if (typeof value !== 'string') {
    raise('input.invalid_type', path, {
      expected: 'a calendar date string (YYYY-MM-DD)',
      received: typeName(value),
    });
  }
  return raise('time.invalid_date', path, { value: describeValue(value) });
}

/**
 * Internal: the date of a day number, or `time.invalid_date` when a computation left years
 * 0000–9999 (e.g. adding 10,000 years).
 */
export function fromEpochDay(epochDay: number, path: IssuePath): CalendarDate {
  if (!isWritableEpochDay(epochDay)) raise('time.invalid_date', path, { value: describeEpochDay(epochDay) });
  return formatEpochDay(epochDay);
}

/**
 * Checks that `value` is a {@link CalendarDate} and returns it.
 *
 * @param value - the text to check, e.g. a field of a record
 * @param path - where the value sits, for the error (default `['date']`)
 * @returns `value`, typed as a calendar date
 * @throws AftersalesError `input.required` when missing, `input.invalid_type` when not a string,
 *   `time.invalid_date` when not a real `YYYY-MM-DD` date
 *
 * @example
 * parseCalendarDate('2024-02-29'); // '2024-02-29'
 * parseCalendarDate('2023-02-29', ['vehicle', 'purchaseDate']); // throws time.invalid_date at vehicle.purchaseDate
 */
export function parseCalendarDate(value: unknown, path: IssuePath = ['date']): CalendarDate {
  toEpochDay(value, checkPath(path, ['date']));
  return value as CalendarDate;
}

/**
 * Orders two dates, for `Array.prototype.sort` or a plain comparison.
 *
 * @param left - a calendar date
 * @param right - a calendar date
 * @returns -1 when `left` is earlier, 0 when the same day, 1 when `left` is later
 * @throws AftersalesError `time.invalid_date` (path `['left']` or `['right']`)
 *
 * @example
 * compareCalendarDates('2024-03-01', '2024-03-08'); // -1
 * ['2024-10-07', '2024-10-01'].sort(compareCalendarDates); // ['2024-10-01', '2024-10-07']
 */
export function compareCalendarDates(left: CalendarDate, right: CalendarDate): -1 | 0 | 1 {
  const a = toEpochDay(left, ['left']);
  const b = toEpochDay(right, ['right']);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday. No time zone is involved: a calendar date
 * is the same weekday everywhere.
 *
 * @param date - a calendar date
 * @returns 1–7
 * @throws AftersalesError `time.invalid_date` (path `['date']`)
 *
 * @example
 * isoWeekday('2024-10-01'); // 2 (Tuesday: China's National Day 2024)
 * isoWeekday('2024-09-29'); // 7 (Sunday, a make-up working day that year)
 */
export function isoWeekday(date: CalendarDate): IsoWeekday {
  return isoWeekdayOfEpochDay(toEpochDay(date, ['date']));
}
