import { describeValue, raise } from '../errors/guards';
import { civilFromEpochDay, epochDayFromCivil, formatEpochDay, isWritableEpochDay } from './epochDay';
import { epochMsOrUndefined } from './instant';
import { offsetMsAt, parseTimeZone } from './timeZone';

/**
 * Day numbers: the bulk form of calendar dates, for work over millions of records (KPIs, SQL
 * pushdown) where a `YYYY-MM-DD` string per record would dominate the time. Day 0 is
 * 1970-01-01; a day number is a date, not an instant (it carries no zone).
 *
 * Public functions take and return {@link CalendarDate} strings; these are the fast path behind
 * them, exported for the domain packages.
 */

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day number of a calendar date, or `undefined` when `value` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * dayNumberOfDate('1970-01-02'); // 1
 * dayNumberOfDate('2023-02-29'); // undefined
 */
export function dayNumberOfDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10 || !DATE_SHAPE.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const dayNumber = epochDayFromCivil(year, month, day);
  // A day past the month's end (e.g. 02-30) lands in the next month: reject it.
  return civilFromEpochDay(dayNumber).day === day ? dayNumber : undefined;
}

/**
 * The calendar date of a day number (`'YYYY-MM-DD'`), or `undefined` beyond years 0000–9999.
 *
 * @example
 * dateOfDayNumber(19_783); // '2024-03-01'
 */
export function dateOfDayNumber(dayNumber: number): string | undefined {
  return typeof dayNumber === 'number' && isWritableEpochDay(dayNumber)
    ? formatEpochDay(dayNumber)
    : undefined;
}

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an instant (ISO 8601 with seconds and an offset), or
 * `undefined` when `value` is not one. The hand parser behind `parseInstant`, without the error.
 *
 * @example
 * epochMsOfInstant('1970-01-01T08:00:00+08:00'); // 0
 */
export function epochMsOfInstant(value: unknown): number | undefined {
  return epochMsOrUndefined(value);
}

const MAX_MS = 8.64e15;

function checkEpochMs(epochMs: unknown): asserts epochMs is number {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_MS) {
    raise('input.invalid_type', ['epochMs'], {
      expected: 'milliseconds since 1970 (a finite number)',
      received: describeValue(epochMs),
    });
  }
}

/**
 * The dealer's local day number of an instant given in epoch milliseconds: the date its clocks
 * showed. For millions of instants in one zone use {@link createLocalDayReader}, which checks the
 * zone once.
 *
 * @throws AftersalesError `time.invalid_zone`; `input.invalid_type` when `epochMs` is not a finite number
 *
 * @example
 * localDayNumber(Date.UTC(2024, 1, 29, 16), 'Asia/Shanghai'); // 19_783 (2024-03-01 in Shanghai)
 */
export function localDayNumber(epochMs: number, timeZone: string): number {
  return createLocalDayReader(timeZone)(epochMs);
}

/**
 * A function giving the local day number of epoch milliseconds in one time zone, checked once:
 * the bulk path behind KPI periods. Offsets are cached per UTC day.
 *
 * @throws AftersalesError `time.invalid_zone` (and, from the function, `input.invalid_type` for a non-finite time)
 *
 * @example
 * const dayInShanghai = createLocalDayReader('Asia/Shanghai');
 * dayInShanghai(Date.UTC(2024, 1, 29, 16)); // 19_783
 */
export function createLocalDayReader(timeZone: string): (epochMs: number) => number {
  const zone = parseTimeZone(timeZone, ['timeZone']);
  // The last two UTC days asked about and their offsets: a stream of records mostly stays on a
  // day or two (an RO opened one day and closed the next).
  let startA = 0;
  let endA = 0;
  let offsetA = 0;
  let startB = 0;
  let endB = 0;
  let offsetB = 0;
  return (epochMs) => {
    if (typeof epochMs === 'number') {
      if (epochMs >= startA && epochMs < endA) return Math.floor((epochMs + offsetA) / 86_400_000);
      if (epochMs >= startB && epochMs < endB) return Math.floor((epochMs + offsetB) / 86_400_000);
    }
    checkEpochMs(epochMs);
    const offset = offsetMsAt(zone, epochMs);
    const start = Math.floor(epochMs / 86_400_000) * 86_400_000;
    // Remembered only when the whole UTC day has one offset (not on a DST change).
    if (offsetMsAt(zone, start) === offset && offsetMsAt(zone, start + 86_399_999) === offset) {
      startB = startA;
      endB = endA;
      offsetB = offsetA;
      startA = start;
      endA = start + 86_400_000;
      offsetA = offset;
    }
    return Math.floor((epochMs + offset) / 86_400_000);
  };
}
