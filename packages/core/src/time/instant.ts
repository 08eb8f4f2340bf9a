import type { IssuePath } from '../errors/AftersalesError';
import { checkPath, describeValue, raise, typeName } from '../errors/guards';
import { DAY_MS, daysInMonth, epochDayFromCivil } from './epochDay';

/**
 * A point in time, written ISO 8601 **with** a UTC offset: `'2024-03-01T09:30:00+08:00'` or
 * `'2024-03-01T01:30:00Z'` (the format `instantSchema` accepts: seconds required, fraction
 * optional). A local time without offset is not an instant: its meaning would depend on the
 * host's time zone.
 *
 * A plain `string` alias, like {@link CalendarDate}, so record fields pass straight in.
 *
 * @example
 * const checkedIn: Instant = '2024-03-01T09:30:00+08:00';
 */
export type Instant = string;

// Parsed by hand, not with a regular expression: replaying an event log reads one instant per
// event, millions per second, and this is the hot spot. Accepts exactly
// YYYY-MM-DDTHH:MM:SS(.fraction)?(Z|±HH:MM).

/** The value of the two ASCII digits at `at`, or -1 when one of them is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** The value of the ASCII digits from `at` to `end` (exclusive), or -1 when one is not a digit. */
function digits(text: string, at: number, end: number): number {
  let value = 0;
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Where {@link readInstantInto} writes the time it read. */
export interface InstantSlot {
  ms: number;
}

/**
 * Internal: reads an instant into `slot.ms` (milliseconds since 1970-01-01T00:00:00Z) and says
 * whether it was one. Writing into a field, not returning the number, matters in replay: a time
 * beyond the small-integer range returned from a call is boxed, one allocation per event.
 */
export function readInstantInto(value: unknown, slot: InstantSlot): boolean {
  if (typeof value !== 'string' || value.length < 20) return false;
  if (
    value.charCodeAt(4) !== 45 || // -
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // T
    value.charCodeAt(13) !== 58 || // :
    value.charCodeAt(16) !== 58
  ) {
    return false;
  }
  const century = twoDigits(value, 0);
  const yearOfCentury = twoDigits(value, 2);
  const year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || minute < 0 || second < 0) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  let epochDay: number;
  if (year === lastYear && month === lastMonth && day === lastDay) epochDay = lastEpochDay;
  else {
    if (day > daysInMonth(year, month)) return false;
    epochDay = epochDayFromCivil(year, month, day);
    lastYear = year;
    lastMonth = month;
    lastDay = day;
    lastEpochDay = epochDay;
  }
  let at = 19;
  let millis = 0;
  if (value[at] === '.') {
    const first = ++at;
    while (at < value.length && value.charCodeAt(at) >= 48 && value.charCodeAt(at) <= 57) at++;
    if (at === first) return false;
    // Sub-millisecond digits are dropped (truncated): a JS time value has millisecond precision.
    const end = Math.min(first + 3, at);
    millis = digits(value, first, end) * 10 ** (3 - (end - first));
  }
  let offsetMs = 0;
  const sign = value[at];
  if (sign === 'Z') {
    if (at + 1 !== value.length) return false;
  } else if (sign === '+' || sign === '-') {
    if (at + 6 !== value.length || value[at + 3] !== ':') return false;
    const offsetHours = twoDigits(value, at + 1);
    const offsetMinutes = twoDigits(value, at + 4);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return false;
    offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  } else return false;
  slot.ms = epochDay * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
  return true;
}

const scratch: InstantSlot = { ms: 0.5 };

/** Milliseconds since 1970-01-01T00:00:00Z, or `undefined` when `value` is not an instant. */
export function epochMsOrUndefined(value: unknown): number | undefined {
  return readInstantInto(value, scratch) ? scratch.ms : undefined;
}

// The last date converted: consecutive events of one record mostly share their date.
let lastYear = -1;
let lastMonth = -1;
let lastDay = -1;
let lastEpochDay = 0;

/**
 * True when `value` is an {@link Instant}: ISO 8601 with seconds and a `Z` or `±HH:MM` offset.
 *
 * @param value - anything
 * @returns whether `value` is an instant
 *
 * @example
 * isInstant('2024-03-01T09:30:00+08:00'); // true
 * isInstant('2024-03-01T09:30:00'); // false: no offset
 * isInstant('2024-03-01T09:30+08:00'); // false: seconds are required
 */
export function isInstant(value: unknown): value is Instant {
  return epochMsOrUndefined(value) !== undefined;
}

/**
 * Internal: milliseconds since the Unix epoch of an instant argument, or an error naming it.
 *
 * @throws AftersalesError `input.required`, `input.invalid_type` or `time.invalid_instant`
 */
export function toEpochMs(value: unknown, path: IssuePath): number {
  const ms = epochMsOrUndefined(value);
  if (ms !== undefined) return ms;
  if (value === undefined) raise('input.required', path);
  if (typeof value !== 'string') {
    raise('input.invalid_type', path, { expected: 'an ISO 8601 instant string', received: typeName(value) });
  }
  return raise('time.invalid_instant', path, { value: describeValue(value) });
}

/**
 * Checks that `value` is an {@link Instant} and returns it.
 *
 * @param value - the text to check, e.g. a field of a record
 * @param path - where the value sits, for the error (default `['instant']`)
 * @returns `value`, typed as an instant
 * @throws AftersalesError `time.invalid_instant` for a string without offset or otherwise
 *   malformed, `input.required` / `input.invalid_type` when missing or not a string
 *
 * @example
 * parseInstant('2024-03-01T09:30:00+08:00'); // '2024-03-01T09:30:00+08:00'
 * parseInstant('2024-03-01 09:30', ['checkedInAt']); // throws time.invalid_instant at checkedInAt
 */
export function parseInstant(value: unknown, path: IssuePath = ['instant']): Instant {
  toEpochMs(value, checkPath(path, ['instant']));
  return value as Instant;
}

/**
 * Elapsed hours from `from` to `to`, as a real duration (a DST day has 23 or 25 of them):
 * positive when `to` is later, fractional when the gap is not whole hours.
 *
 * @param from - an instant
 * @param to - an instant
 * @returns `(to − from)` in hours
 * @throws AftersalesError `time.invalid_instant` (path `['from']` or `['to']`)
 *
 * @example
 * hoursBetween('2024-03-01T09:00:00+08:00', '2024-03-01T10:30:00+08:00'); // 1.5
 * hoursBetween('2024-03-01T09:00:00+08:00', '2024-03-01T01:00:00Z'); // 0: the same instant
 */
export function hoursBetween(from: Instant, to: Instant): number {
  const start = toEpochMs(from, ['from']);
  return (toEpochMs(to, ['to']) - start) / 3_600_000;
}

/**
 * Elapsed days by the 三包 repair-time convention (2021 rules, Art. 40): every full 24 hours is a
 * day, and a remainder under 24 hours counts as one more day. So ceil(hours ÷ 24), with 0 hours
 * giving 0 days.
 *
 * Counted on real elapsed time, not on calendar dates: a car in from 18:00 to 09:00 the next
 * morning has spent 1 day, not 2.
 *
 * @param from - when the time starts (e.g. the car is handed over for repair)
 * @param to - when it ends (e.g. the repaired car is handed back); not before `from`
 * @returns the number of days, an integer ≥ 0
 * @throws AftersalesError `time.invalid_range` when `to` is before `from` (path `['to']`),
 *   `time.invalid_instant` for a malformed instant
 *
 * @example
 * elapsedDaysCeil('2024-03-01T09:00:00+08:00', '2024-03-02T09:00:00+08:00'); // 1 (exactly 24 h)
 * elapsedDaysCeil('2024-03-01T09:00:00+08:00', '2024-03-02T09:01:00+08:00'); // 2 (24 h 1 min)
 * elapsedDaysCeil('2024-03-01T09:00:00+08:00', '2024-03-01T09:00:00+08:00'); // 0
 */
export function elapsedDaysCeil(from: Instant, to: Instant): number {
  const start = toEpochMs(from, ['from']);
  const end = toEpochMs(to, ['to']);
  if (end < start) raise('time.invalid_range', ['to'], { start: from, end: to });
  return Math.ceil((end - start) / DAY_MS);
}
