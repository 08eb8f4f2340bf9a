import { raise } from '../errors/guards';
import type { BusinessCalendar } from './businessCalendar';
import { type CalendarIndex, calendarIndexOf, isWorkingEpochDay } from './calendarIndex';
import { DAY_MS, isoWeekdayOfEpochDay } from './epochDay';
import { type Instant, toEpochMs } from './instant';
import { offsetMsAt, toLocalTime, wallToEpochMs } from './timeZone';

/** The longest range {@link openMinutesBetween} walks: 100 years of days (36,525). */
const MAX_RANGE_DAYS = 36_525;

/**
 * The instants a local day's opening intervals begin and end (none when the day is not worked).
 * Converting each boundary to an instant (rather than comparing clock readings) is what makes a
 * DST day's hours as long as they really are: 01:00–05:00 lasts 3 h on a spring-forward night and
 * 5 h on a fall-back night.
 */
function openIntervals(index: CalendarIndex, epochDay: number): (readonly [number, number])[] {
  if (!isWorkingEpochDay(index, epochDay)) return [];
  const hours = index.hours[isoWeekdayOfEpochDay(epochDay)] ?? [];
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (first === undefined || last === undefined) return [];
  const zone = index.timeZone;
  const midnight = epochDay * DAY_MS;
  // Fast path, three offset look-ups for the whole day: the offset is the same a day before the
  // first opening, at it, and a day after the last closing, so no clock change touches the day.
  const before = offsetMsAt(zone, midnight + first.open * 60_000 - DAY_MS);
  const steady =
    before === offsetMsAt(zone, midnight + last.close * 60_000 + DAY_MS) &&
    before === offsetMsAt(zone, midnight + first.open * 60_000 - before);
  const toInstant = (minute: number): number =>
    steady ? midnight + minute * 60_000 - before : wallToEpochMs(zone, midnight + minute * 60_000);
  return hours.map(({ open, close }) => [toInstant(open), toInstant(close)] as const);
}

/**
 * True when the workshop is open at `instant`: the dealer-local date is a working day and the
 * local time is within one of that weekday's opening intervals (`open` inclusive, `close`
 * exclusive; a lunch break is closed).
 *
 * @param calendar - from {@link createBusinessCalendar}
 * @param instant - the moment to check, with its offset (any offset: it is read in the calendar's zone)
 * @returns whether the workshop is open
 * @throws AftersalesError `time.invalid_instant` (path `['instant']`), `time.invalid_calendar`
 *
 * @example
 * const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai', openingHours: { open: '08:30', close: '18:00' } });
 * isOpenAt(calendar, '2024-03-01T08:30:00+08:00'); // true (Friday, opening minute)
 * isOpenAt(calendar, '2024-03-01T10:00:00Z'); // false (18:00 in Shanghai: just closed)
 */
export function isOpenAt(calendar: BusinessCalendar, instant: Instant): boolean {
  const index = calendarIndexOf(calendar);
  const at = toEpochMs(instant, ['instant']);
  const intervals = openIntervals(index, toLocalTime(index.timeZone, at).epochDay);
  return intervals.some(([open, close]) => open <= at && at < close);
}

/**
 * Business time elapsed from `from` to `to`: the minutes inside opening hours on working days,
 * in the calendar's zone. The clock of an SLA such as "first response within 4 working hours".
 *
 * Counted in real minutes, so a DST change inside opening hours shortens or lengthens that day.
 * Fractional when an instant is not on a whole minute. Walks the local days of the range, so its
 * cost grows with the range (a week takes microseconds, a year a few milliseconds); ranges over
 * 100 years (36,525 days) are refused.
 *
 * @param calendar - from {@link createBusinessCalendar}
 * @param from - the start instant
 * @param to - the end instant, not before `from`
 * @returns open minutes in `[from, to)`
 * @throws AftersalesError `time.invalid_range` when `to` is before `from` (path `['to']`),
 *   `time.range_too_long` over 100 years, `time.invalid_instant`, `time.invalid_calendar`
 *
 * @example
 * const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai', openingHours: { open: '08:30', close: '17:30' } });
 * // Friday 16:00 → Monday 09:00: 90 + 30 minutes
 * openMinutesBetween(calendar, '2024-03-01T16:00:00+08:00', '2024-03-04T09:00:00+08:00'); // 120
 */
export function openMinutesBetween(calendar: BusinessCalendar, from: Instant, to: Instant): number {
  const index = calendarIndexOf(calendar);
  const start = toEpochMs(from, ['from']);
  const end = toEpochMs(to, ['to']);
  if (end < start) raise('time.invalid_range', ['to'], { start: from, end: to });
  const firstDay = toLocalTime(index.timeZone, start).epochDay;
  const lastDay = toLocalTime(index.timeZone, end).epochDay;
  // The walk is day by day (exact across every clock change); bound it so that a mistyped year
  // (2204 for 2024) gives an error at once instead of a long computation.
  if (lastDay - firstDay > MAX_RANGE_DAYS) {
    raise('time.range_too_long', ['to'], { start: from, end: to, maximum: MAX_RANGE_DAYS });
  }
  let total = 0;
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const [open, close] of openIntervals(index, day)) {
      const overlap = Math.min(close, end) - Math.max(open, start);
      if (overlap > 0) total += overlap;
    }
  }
  return total / 60_000;
}
