import { describeValue, raise } from '../errors/guards';
import {
  type CivilDate,
  civilFromEpochDay,
  epochDayFromCivil,
  formatEpochDay,
  isWritableEpochDay,
} from './epochDay';
import { epochMsOrUndefined, type InstantSlot, readInstantInto } from './instant';
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

/** About 273,000 years either side of 1970: far past any date, well inside exact float arithmetic. */
const MAX_CIVIL_DAY = 100_000_000;

/**
 * The year, month and day of a day number on the proleptic Gregorian calendar, or `undefined` when
 * `dayNumber` is not an integer within ±10⁸. Unlike {@link dateOfDayNumber} it does not stop at year
 * 9999: a time late on 9999-12-31 UTC is already 10000-01-01 in a zone east of it.
 *
 * @example
 * civilDateOfDayNumber(19_783); // { year: 2024, month: 3, day: 1 }
 * civilDateOfDayNumber(2_932_897); // { year: 10000, month: 1, day: 1 }
 */
export function civilDateOfDayNumber(dayNumber: number): CivilDate | undefined {
  return Number.isInteger(dayNumber) && Math.abs(dayNumber) <= MAX_CIVIL_DAY
    ? civilFromEpochDay(dayNumber)
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

/** 1900-01-01, and 2¹⁷ days (about 358 years) on from it: the days whose offsets are cached. */
const FIRST_CACHED_DAY = -25_567;
const CACHED_DAYS = 1 << 17;

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
  // The offset of each UTC day from 1900 on, found once: records come in any order (a DMS
  // exports movements part by part, each part's dates jumping about), and asking the zone is
  // slow. NaN: not asked yet; Infinity: the offset changes during that day (DST), ask each time.
  let offsets: Float64Array | undefined;
  return (epochMs) => {
    if (typeof epochMs === 'number' && offsets !== undefined) {
      const slot = Math.floor(epochMs / 86_400_000) - FIRST_CACHED_DAY;
      if (slot >= 0 && slot < CACHED_DAYS) {
        const offset = offsets[slot] as number;
        if (!Number.isNaN(offset) && offset !== Infinity) return Math.floor((epochMs + offset) / 86_400_000);
      }
    }
    checkEpochMs(epochMs);
    const offset = offsetMsAt(zone, epochMs);
    const utcDay = Math.floor(epochMs / 86_400_000);
    const slot = utcDay - FIRST_CACHED_DAY;
    if (slot >= 0 && slot < CACHED_DAYS) {
      if (offsets === undefined) offsets = new Float64Array(CACHED_DAYS).fill(Number.NaN);
      const start = utcDay * 86_400_000;
      const whole = offsetMsAt(zone, start) === offset && offsetMsAt(zone, start + 86_399_999) === offset;
      offsets[slot] = whole ? offset : Infinity;
    }
    return Math.floor((epochMs + offset) / 86_400_000);
  };
}

/**
 * A function giving the dealer's local day number of an instant string (ISO 8601 with seconds
 * and an offset), or `undefined` when the value is not one: {@link epochMsOfInstant} and
 * {@link createLocalDayReader} in one step, for millions of rows. It returns a small integer,
 * so reading a row allocates nothing (an epoch time in milliseconds would be boxed per row).
 *
 * @throws AftersalesError `time.invalid_zone`
 *
 * @example
 * const dayInShanghai = createInstantDayReader('Asia/Shanghai');
 * dayInShanghai('2024-02-29T23:30:00+08:00'); // 19_782 (2024-02-29)
 * dayInShanghai('2024-02-29T16:30:00Z'); // 19_783 (already 1 March in Shanghai)
 * dayInShanghai('2024-02-29'); // undefined: no time, no offset
 */
export function createInstantDayReader(timeZone: string): (instant: unknown) => number | undefined {
  const localDay = createLocalDayReader(timeZone);
  const slot: InstantSlot = { ms: 0.5 };
  return (instant) => (readInstantInto(instant, slot) ? localDay(slot.ms) : undefined);
}
