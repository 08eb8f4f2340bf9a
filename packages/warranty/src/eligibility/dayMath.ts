import { dateOfDayNumber } from '@aftersales/core';
import { dayOfDate } from '../fastChecks';

/**
 * Day arithmetic on day numbers (days since 1970-01-01), for the hot path: a warranty decision
 * adds months to a start date for every coverage, and core's string functions allocate.
 * Same convention as core's `addCalendarMonths`: the same date that many months later, or that
 * month's last day (2024-02-29 + 12 months → 2025-02-28).
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** Days from 1970-01-01 to a civil date (Hinnant's algorithm). */
function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The day number of `date` + `months` (month-end rule), for a date already checked; `day` is
 * the date's own day number when the caller has it.
 *
 * @example
 * addMonthsToDate('2024-02-29', 12) === dayNumberOf('2025-02-28');
 */
export function addMonthsToDate(date: string, months: number, day: number = dayOfDate(date)): number {
  // A start date and a month count recur across decisions (every car invoiced that day): kept by
  // the start's day number (`day`, when the caller has it) and the months, both small integers.
  const key = day * 2_048 + months;
  if (months < 2_048 && day >= 0 && day < 400_000) {
    const known = ends.get(key);
    if (known !== undefined) return known;
    const end = monthsLater(date, months);
    if (ends.size >= 200_000) ends.clear();
    ends.set(key, end);
    return end;
  }
  return monthsLater(date, months);
}

const ends = new Map<number, number>();

function monthsLater(date: string, months: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = month - 1 + months;
  const toYear = year + Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return civilToDay(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/** The day number of a calendar date already checked (`YYYY-MM-DD`). */
export function dayNumberOf(date: string): number {
  return dayOfDate(date);
}

/** Dates of 1970-01-01 … 2159-12-31 by day number, written when first asked (hot path). */
const KEPT_DAYS = 69_400;
const dates: (string | undefined)[] = new Array(KEPT_DAYS).fill(undefined);

/**
 * The calendar date of a day number. A day outside 0000–9999 (an instant at 9999-12-31T23:59Z is
 * already 10000-01-01 in Shanghai) is written with ISO 8601's expanded year, `+010000-01-01`,
 * never as undefined.
 */
export function dateOf(day: number): string {
  if (day >= 0 && day < KEPT_DAYS) {
    const known = dates[day];
    if (known !== undefined) return known;
    const date = dateOfDayNumber(day) as string;
    dates[day] = date;
    return date;
  }
  return dateOfDayNumber(day) ?? new Date(day * 86_400_000).toISOString().slice(0, -14);
}
