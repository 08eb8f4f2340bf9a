/**
 * Internal: calendar dates as integer day numbers.
 *
 * Every date computation in this module goes through these functions, which are plain integer
 * arithmetic on year, month and day. No `Date` object is involved, so neither the host's time zone
 * nor `Date.UTC`'s quirk of mapping years 0–99 to 1900–1999 can leak into a result.
 *
 * The day number counts days since 1970-01-01 (day 0), in the proleptic Gregorian calendar, the
 * one ISO 8601 and `YYYY-MM-DD` strings use. The algorithms are Howard Hinnant's
 * `days_from_civil` / `civil_from_days` (public domain), which work in 400-year eras.
 */

/** Milliseconds in a calendar day of 24 hours. */
export const DAY_MS = 86_400_000;

/** The range of years a `YYYY-MM-DD` string can write (the same as `calendarDateSchema`). */
export const MIN_YEAR = 0;
export const MAX_YEAR = 9999;

/** Year, month (1–12) and day (1–31) of a calendar date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** True for years with a 29 February in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** The day number of a civil date (1970-01-01 → 0). The date must be valid. */
export function epochDayFromCivil(year: number, month: number, day: number): number {
  // Count years from March, so that a leap day is the last day of its year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date of a day number (0 → 1970-01-01). */
export function civilFromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** First and last day numbers a `YYYY-MM-DD` string can write (0000-01-01 and 9999-12-31). */
export const MIN_EPOCH_DAY = epochDayFromCivil(MIN_YEAR, 1, 1);
export const MAX_EPOCH_DAY = epochDayFromCivil(MAX_YEAR, 12, 31);

/** True when `epochDay` is a whole day number that a `YYYY-MM-DD` string can write. */
export function isWritableEpochDay(epochDay: number): boolean {
  return Number.isSafeInteger(epochDay) && epochDay >= MIN_EPOCH_DAY && epochDay <= MAX_EPOCH_DAY;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a day number; the caller checks the range first. */
export function formatEpochDay(epochDay: number): string {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A date beyond the writable range, spelled out for an error message (e.g. `+10000-01-01`). */
export function describeEpochDay(epochDay: number): string {
  if (!Number.isSafeInteger(epochDay)) return 'a date beyond year 9999';
  const { year, month, day } = civilFromEpochDay(epochDay);
  const sign = year < 0 ? '-' : year > MAX_YEAR ? '+' : '';
  return `${sign}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday.
 */
export function isoWeekdayOfEpochDay(epochDay: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
