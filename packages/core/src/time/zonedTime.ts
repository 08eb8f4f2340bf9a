import type { IssuePath } from '../errors/AftersalesError';
import { raise, typeName } from '../errors/guards';
import { type CalendarDate, fromEpochDay, toEpochDay } from './calendarDate';
import { civilFromEpochDay, DAY_MS, isWritableEpochDay } from './epochDay';
import { type Instant, toEpochMs } from './instant';
import { offsetMsAt, parseTimeZone, toLocalTime, wallToEpochMs } from './timeZone';

/**
 * A local clock time `HH:mm` on the 24-hour clock, `'00:00'` … `'23:59'` (opening hours may also
 * close at `'24:00'`, the end of the day).
 *
 * @example
 * const opens: TimeOfDay = '08:30';
 */
export type TimeOfDay = string;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Internal: minutes since midnight of an `HH:mm` argument; `'24:00'` (1440) only when
 * `allowEndOfDay`.
 */
export function toMinuteOfDay(value: unknown, path: IssuePath, allowEndOfDay = false): number {
  if (allowEndOfDay && value === '24:00') return 1440;
  const match = typeof value === 'string' ? TIME_PATTERN.exec(value) : null;
  if (match !== null) return Number(match[1]) * 60 + Number(match[2]);
  if (value === undefined) raise('input.required', path);
  if (typeof value !== 'string') {
    raise('input.invalid_type', path, {
      expected: 'a time of day string (HH:mm)',
      received: typeName(value),
    });
  }
  return raise('input.invalid_format', path, {
    format: allowEndOfDay ? 'time of day (HH:mm, 00:00–24:00)' : 'time of day (HH:mm, 00:00–23:59)',
  });
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * Internal: writes an instant as the local time of `timeZone` with its offset,
 * `2024-03-10T00:00:00-05:00`, the way a dealer reads it (`Z` when the offset is zero). An offset
 * with seconds (local mean time before ~1900) cannot be written `±HH:MM`, so those are given in UTC.
 */
export function formatInstant(epochMs: number, timeZone: string, path: IssuePath): Instant {
  let offset = offsetMsAt(timeZone, epochMs);
  if (offset % 60_000 !== 0) offset = 0;
  const wall = epochMs + offset;
  const epochDay = Math.floor(wall / DAY_MS);
  if (!isWritableEpochDay(epochDay))
    raise('time.invalid_instant', path, { value: new Date(epochMs).toISOString() });
  const { year, month, day } = civilFromEpochDay(epochDay);
  const ms = wall - epochDay * DAY_MS;
  const time = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
  const fraction = ms % 1000 === 0 ? '' : `.${pad(ms % 1000, 3)}`;
  const minutes = Math.abs(offset) / 60_000;
  const zone =
    offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${fraction}${zone}`;
}

/**
 * The dealer-local calendar date of an instant: which day it is on the clocks of `timeZone`.
 *
 * @param instant - a point in time, with its offset
 * @param timeZone - the dealer's IANA time zone
 * @returns the local date
 * @throws AftersalesError `time.invalid_instant` (path `['instant']`), `time.invalid_zone`
 *   (path `['timeZone']`)
 *
 * @example
 * toCalendarDate('2024-03-01T16:30:00Z', 'Asia/Shanghai'); // '2024-03-02' (00:30 in Beijing)
 * toCalendarDate('2024-03-01T16:30:00Z', 'America/New_York'); // '2024-03-01'
 */
export function toCalendarDate(instant: Instant, timeZone: string): CalendarDate {
  const epochMs = toEpochMs(instant, ['instant']);
  const zone = parseTimeZone(timeZone, ['timeZone']);
  return fromEpochDay(toLocalTime(zone, epochMs).epochDay, ['instant']);
}

/**
 * The first instant of a local calendar date in `timeZone`: usually its 00:00, or the first
 * instant that exists when the clocks skip midnight (in America/Santiago 2024-09-08 begins at
 * 01:00). The result carries the zone's offset, e.g. `'2024-03-10T00:00:00-05:00'`.
 *
 * A local day is not always 24 hours long: subtract two starts with {@link hoursBetween} to get its
 * length (23 h on a spring-forward day).
 *
 * @param date - a local calendar date
 * @param timeZone - the dealer's IANA time zone
 * @returns the instant the day begins
 * @throws AftersalesError `time.invalid_date` (path `['date']`), `time.invalid_zone` (path `['timeZone']`)
 *
 * @example
 * startOfCalendarDate('2024-03-02', 'Asia/Shanghai'); // '2024-03-02T00:00:00+08:00'
 * startOfCalendarDate('2024-03-10', 'America/New_York'); // '2024-03-10T00:00:00-05:00' (23 h day)
 */
export function startOfCalendarDate(date: CalendarDate, timeZone: string): Instant {
  const epochDay = toEpochDay(date, ['date']);
  const zone = parseTimeZone(timeZone, ['timeZone']);
  return formatInstant(wallToEpochMs(zone, epochDay * DAY_MS), zone, ['date']);
}

/**
 * The instant at which the clocks of `timeZone` show `time` on `date`: "Tuesday at 09:30 in
 * Shanghai" as a point in time.
 *
 * Around DST changes: a time that happens twice resolves to the first occurrence, a time that is
 * skipped is moved forward by the gap (02:30 on a New York spring-forward night → 03:30 EDT).
 *
 * @param date - a local calendar date
 * @param time - a local clock time `HH:mm`
 * @param timeZone - the dealer's IANA time zone
 * @returns the instant, with the zone's offset
 * @throws AftersalesError `time.invalid_date` (path `['date']`), `input.invalid_format` (path
 *   `['time']`), `time.invalid_zone` (path `['timeZone']`)
 *
 * @example
 * zonedDateTime('2024-03-01', '09:30', 'Asia/Shanghai'); // '2024-03-01T09:30:00+08:00'
 * zonedDateTime('2024-03-10', '02:30', 'America/New_York'); // '2024-03-10T03:30:00-04:00'
 */
export function zonedDateTime(date: CalendarDate, time: TimeOfDay, timeZone: string): Instant {
  const epochDay = toEpochDay(date, ['date']);
  const minutes = toMinuteOfDay(time, ['time']);
  const zone = parseTimeZone(timeZone, ['timeZone']);
  return formatInstant(wallToEpochMs(zone, epochDay * DAY_MS + minutes * 60_000), zone, ['date']);
}
