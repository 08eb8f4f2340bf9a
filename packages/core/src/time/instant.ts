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

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since 1970-01-01T00:00:00Z, or `undefined` when `value` is not an instant. */
function epochMsOrUndefined(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = INSTANT_PATTERN.exec(value);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[10] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  // Sub-millisecond digits are dropped (truncated): a JS time value has millisecond precision.
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMs = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const wall =
    epochDayFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return wall - offsetMs;
}

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
