/**
 * Internal: a business calendar turned into lookup tables, so that the calendar functions cost
 * O(log holidays) per call whatever the length of the range, instead of walking day by day.
 *
 * A calendar made by `createBusinessCalendar` is frozen and known valid, so its index is built
 * once and kept in a WeakMap. Any other value (e.g. a calendar read back from JSON) is checked and
 * indexed on every call: correct, only slower.
 */
import type { IssuePath } from '../errors/AftersalesError';
import type { BusinessCalendar } from './businessCalendar';
import { type IsoWeekday, toEpochDay } from './calendarDate';
import { normalizeCalendar } from './calendarValidation';
import { isoWeekdayOfEpochDay } from './epochDay';

/** An opening interval in minutes since local midnight. */
export interface MinuteRange {
  readonly open: number;
  readonly close: number;
}

/** Lookup tables of one calendar; day numbers count from 1970-01-01. */
export interface CalendarIndex {
  readonly timeZone: string;
  /** By ISO weekday (index 0 unused). */
  readonly workingWeekday: readonly boolean[];
  /** `workingUpTo[k]`: how many of the weekdays Monday … k are working weekdays (k = 0 … 7). */
  readonly workingUpTo: readonly number[];
  readonly holidays: ReadonlySet<number>;
  readonly makeUpDays: ReadonlySet<number>;
  /** Sorted day numbers of holidays that fall on a working weekday (the only ones that remove a day). */
  readonly removedDays: readonly number[];
  /** Sorted day numbers of make-up working days. */
  readonly addedDays: readonly number[];
  /** Sorted opening intervals by ISO weekday (index 0 unused; empty when a weekday has no hours). */
  readonly hours: readonly (readonly MinuteRange[])[];
}

/** Calendars made by `createBusinessCalendar` (known valid, deeply frozen) and their indexes. */
const created = new WeakSet<object>();
const cache = new WeakMap<object, CalendarIndex>();

/** Marks a calendar as made by `createBusinessCalendar`, so it is indexed once and never re-checked. */
export function registerCalendar(calendar: BusinessCalendar): BusinessCalendar {
  created.add(calendar);
  return calendar;
}

/** A Monday: 1970-01-05 is day 4. */
const MONDAY = 4;

function buildIndex(calendar: BusinessCalendar): CalendarIndex {
  const workingWeekday = [false, false, false, false, false, false, false, false];
  for (const day of calendar.workingWeekdays) workingWeekday[day] = true;
  const workingUpTo = [0];
  for (let day = 1; day <= 7; day += 1)
    workingUpTo.push((workingUpTo[day - 1] ?? 0) + (workingWeekday[day] ? 1 : 0));
  const holidayDays = calendar.holidays.map((date) => toEpochDay(date, ['calendar', 'holidays']));
  const addedDays = calendar.workingWeekends.map((date) => toEpochDay(date, ['calendar', 'workingWeekends']));
  const hours: MinuteRange[][] = [[]];
  for (let day = 1; day <= 7; day += 1) {
    const intervals = calendar.openingHours[day as IsoWeekday] ?? [];
    hours.push(intervals.map(({ open, close }) => ({ open: minuteOf(open), close: minuteOf(close) })));
  }
  return {
    timeZone: calendar.timeZone,
    workingWeekday,
    workingUpTo,
    holidays: new Set(holidayDays),
    makeUpDays: new Set(addedDays),
    // Calendar lists are sorted, so these stay sorted.
    removedDays: holidayDays.filter((day) => workingWeekday[isoWeekdayOfEpochDay(day)]),
    addedDays,
    hours,
  };
}

/** `HH:mm` (already checked) to minutes; `24:00` is 1440. */
function minuteOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The index of a calendar argument.
 *
 * @throws AftersalesError `time.invalid_calendar` / `time.invalid_zone` when `value` is not a valid calendar
 */
export function calendarIndexOf(value: unknown, path: IssuePath = ['calendar']): CalendarIndex {
  if (typeof value === 'object' && value !== null && created.has(value)) {
    let index = cache.get(value);
    if (index === undefined) {
      index = buildIndex(value as BusinessCalendar);
      cache.set(value, index);
    }
    return index;
  }
  return buildIndex(normalizeCalendar(value, path));
}

/** True when a day is a working day: not a holiday, and a working weekday or a make-up day. */
export function isWorkingEpochDay(index: CalendarIndex, epochDay: number): boolean {
  if (index.holidays.has(epochDay)) return false;
  return index.makeUpDays.has(epochDay) || (index.workingWeekday[isoWeekdayOfEpochDay(epochDay)] ?? false);
}

/** How many entries of a sorted list are ≤ `value`. */
function countUpTo(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Working weekdays (ignoring holidays) from a fixed Monday up to and including `epochDay`. */
function weekdaysUpTo(index: CalendarIndex, epochDay: number): number {
  const sinceMonday = epochDay - MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  const rest = sinceMonday - weeks * 7;
  return weeks * (index.workingUpTo[7] ?? 0) + (index.workingUpTo[rest + 1] ?? 0);
}

/** Working days in `(from, to]`: `from` itself not counted, `to` counted. Requires `from ≤ to`. */
export function workingDaysIn(index: CalendarIndex, from: number, to: number): number {
  const weekdays = weekdaysUpTo(index, to) - weekdaysUpTo(index, from);
  const removed = countUpTo(index.removedDays, to) - countUpTo(index.removedDays, from);
  const added = countUpTo(index.addedDays, to) - countUpTo(index.addedDays, from);
  return weekdays - removed + added;
}

/**
 * The earliest day `d ≥ from` with `n` working days in `(from, d]`, by binary search: the count
 * only grows with `d`, and it reaches `n` within `7 × (n + removed days)` days because every
 * week has at least one working weekday.
 */
export function addWorkingEpochDays(index: CalendarIndex, from: number, n: number): number {
  let low = from;
  let high = from + 7 * (n + index.removedDays.length);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (workingDaysIn(index, from, middle) >= n) high = middle;
    else low = middle + 1;
  }
  return low;
}
