import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  type IssuePath,
} from '../errors/AftersalesError';
import {
  checkPath,
  describeValue,
  isObjectLike,
  raise,
  requireInteger,
  requireObject,
} from '../errors/guards';
import { attempt, type Result } from '../errors/Result';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween } from './calendarArithmetic';
import { type CalendarDate, toEpochDay } from './calendarDate';

/**
 * A "whichever comes first" period: a time limit in days **or** months, a distance limit in km,
 * or both (e.g. the 三包 period of 2 years or 50,000 km is `{ months: 24, km: 50_000 }`).
 * At least one limit; all are integers ≥ 0. Years are written as months.
 *
 * @example
 * const sanbao: WhicheverFirstPeriod = { months: 24, km: 50_000 };
 * const sevenDays: WhicheverFirstPeriod = { days: 7 };
 */
export type WhicheverFirstPeriod =
  | { readonly days: number; readonly months?: never; readonly km?: number }
  | { readonly days?: never; readonly months: number; readonly km?: number }
  | { readonly days?: never; readonly months?: never; readonly km: number };

/**
 * A date and, when known, the odometer on that date: the start of a period (sale, delivery) or
 * the moment it is checked (a repair). `km` `null` or absent means the odometer is not known.
 *
 * @example
 * const delivered: PeriodReading = { date: '2022-03-15', km: 0 };
 * const repair: PeriodReading = { date: '2024-03-15', km: 49_999 };
 */
export interface PeriodReading {
  readonly date: CalendarDate;
  readonly km?: number | null;
}

/**
 * Where a reading stands in a period, as plain JSON.
 *
 * - `within`: `true` when inside every limit; `false` when past at least one; `null` when no limit
 *   is past but the distance could not be checked (an odometer is missing): the answer is then
 *   not known, and never silently "within".
 * - `endedBy`: the limit that is past (`'both'` when both are: which came first cannot be told
 *   from two readings), `null` otherwise.
 * - `time` / `distance`: each limit's own status; `'not_limited'` when the period has no such limit.
 * - `endDate`: the last day inside the period (start + days or months, month-end rule); `daysLeft`
 *   (0 on the last day) or `daysOver` (1 on the day after).
 * - `endKm`: the highest odometer reading inside (start km + limit); `drivenKm`, and `kmLeft` (0 at
 *   exactly the limit) or `kmOver`.
 * - `elapsedDays`: calendar days since the start (start day not counted).
 * - `missing`: which odometer readings were absent when `distance` is `'unknown'`.
 *
 * @example
 * const result: PeriodEvaluation = {
 *   within: false, endedBy: 'distance', time: 'within', distance: 'ended', elapsedDays: 292,
 *   endDate: '2024-03-15', daysLeft: 439, endKm: 50_000, drivenKm: 50_001, kmOver: 1,
 * };
 */
export interface PeriodEvaluation {
  readonly within: boolean | null;
  readonly endedBy: 'time' | 'distance' | 'both' | null;
  readonly time: 'within' | 'ended' | 'not_limited';
  readonly distance: 'within' | 'ended' | 'unknown' | 'not_limited';
  readonly elapsedDays: number;
  readonly endDate?: CalendarDate;
  readonly daysLeft?: number;
  readonly daysOver?: number;
  readonly endKm?: number;
  readonly drivenKm?: number;
  readonly kmLeft?: number;
  readonly kmOver?: number;
  readonly missing?: readonly ('start.km' | 'at.km')[];
}

const PERIOD_KEYS = ['days', 'months', 'km'] as const;

function periodIssue(path: IssuePath, reason: string, reasonZh: string): AftersalesIssue {
  return createIssue('time.invalid_period', path, { reason, reasonZh });
}

/**
 * Checks that `value` is a {@link WhicheverFirstPeriod} and returns a frozen copy, e.g. when a
 * warranty policy is loaded. Every problem is reported at once.
 *
 * @param value - the period to check
 * @param path - where it sits, for the errors (default `['period']`)
 * @returns the period, frozen, without `undefined` fields
 * @throws AftersalesError `time.invalid_period`: no limit, both days and months, a limit that is
 *   not an integer ≥ 0, an unknown field
 *
 * @example
 * parseWhicheverFirstPeriod({ months: 24, km: 50_000 }); // { months: 24, km: 50000 }
 * parseWhicheverFirstPeriod({ years: 2 }); // throws: unknown field 'years' (write months: 24)
 */
export function parseWhicheverFirstPeriod(
  value: unknown,
  path: IssuePath = ['period'],
): WhicheverFirstPeriod {
  const where = checkPath(path, ['period']);
  if (!isObjectLike(value)) {
    throw new AftersalesError([
      periodIssue(
        where,
        'a period must be an object such as { months: 24, km: 50000 }',
        '期限应为对象，如 { months: 24, km: 50000 }',
      ),
    ]);
  }
  const issues: AftersalesIssue[] = [];
  const out: { days?: number; months?: number; km?: number } = {};
  for (const key of Object.keys(value)) {
    if (!(PERIOD_KEYS as readonly string[]).includes(key)) {
      const hint = key === 'years' ? ' (write years as months)' : '';
      issues.push(
        periodIssue(
          [...where, key],
          `unknown field '${key}'${hint}`,
          `未知字段“${key}”${hint ? '（年请换算为月）' : ''}`,
        ),
      );
    }
  }
  for (const key of PERIOD_KEYS) {
    const limit = value[key];
    if (limit === undefined) continue;
    // `+ 0` reads -0 (JSON.parse('-0')) as 0: a limit of -0 would come back from a JSON round trip
    // as 0, so a decision citing it would not be the plain JSON it claims to be.
    if (typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 0) out[key] = limit + 0;
    else {
      const shown = describeValue(limit);
      issues.push(
        periodIssue(
          [...where, key],
          `${key} must be an integer ≥ 0 (received ${shown})`,
          `${key} 应为不小于 0 的整数（实际为 ${shown}）`,
        ),
      );
    }
  }
  const hasKey = (key: (typeof PERIOD_KEYS)[number]): boolean => value[key] !== undefined;
  if (!hasKey('days') && !hasKey('months') && !hasKey('km')) {
    issues.push(
      periodIssue(
        where,
        'give at least one limit: days, months or km',
        '至少应给出一个限值：days、months 或 km',
      ),
    );
  }
  if (hasKey('days') && hasKey('months')) {
    issues.push(periodIssue(where, 'give days or months, not both', 'days 与 months 只能给出其一'));
  }
  if (issues.length > 0) throw new AftersalesError(issues);
  return Object.freeze(out) as WhicheverFirstPeriod;
}

interface Reading {
  readonly date: CalendarDate;
  readonly day: number;
  readonly km: number | undefined;
}

function readReading(value: unknown, name: 'start' | 'at'): Reading {
  const reading = requireObject(value, [name]);
  const day = toEpochDay(reading.date, [name, 'date']);
  const km =
    reading.km === undefined || reading.km === null ? undefined : requireInteger(reading.km, [name, 'km'], 0);
  return { date: reading.date as CalendarDate, day, km };
}

/** The last day of the time limit; a limit beyond year 9999 is a mistake in the period. */
function endOfTime(period: WhicheverFirstPeriod, start: CalendarDate): CalendarDate | undefined {
  const [key, add] =
    period.days !== undefined
      ? (['days', addCalendarDays] as const)
      : (['months', addCalendarMonths] as const);
  const limit = period[key];
  if (limit === undefined) return undefined;
  try {
    return add(start, limit);
  } catch (error) {
    if (!(error instanceof AftersalesError)) throw error;
    return raise('time.invalid_period', ['period', key], {
      reason: `${key} ${limit} from ${start} ends after 9999-12-31`,
      reasonZh: `自 ${start} 起 ${limit} ${key === 'days' ? '天' : '个月'}将超过 9999-12-31`,
    });
  }
}

/**
 * Whether a reading is still inside a "whichever comes first" period that began at `start`.
 *
 * Counting (library convention, from the Civil Code Art. 201–202): the start day is not counted,
 * so "within 7 days" of a 2024-03-01 sale covers 03-02 … 03-08 (03-08 within, 03-09 not); 60 days
 * end on day 60 inclusive; months end on the same date that many months later, or that month's
 * last day (2024-02-29 + 12 months → 2025-02-28), inclusive. "Within" includes the number: exactly
 * 3,000 km driven is inside, 3,001 is not. A missing odometer leaves the distance `'unknown'`.
 *
 * @param period - the limits, see {@link WhicheverFirstPeriod}
 * @param start - when (and at what odometer) the period began
 * @param at - the reading to check, not before `start`
 * @returns a {@link PeriodEvaluation}
 * @throws AftersalesError `time.invalid_period` (path `['period', …]`); `time.invalid_range` when
 *   `at.date` is before `start.date` (path `['at', 'date']`) or the odometer reads less at `at`
 *   than at `start` (path `['at', 'km']`: rolled back or replaced); `time.invalid_date`,
 *   `input.invalid_type` / `input.too_small` for a malformed reading
 *
 * @example
 * const sanbao = { months: 24, km: 50_000 };
 * const start = { date: '2022-03-15', km: 0 };
 * evaluatePeriod(sanbao, start, { date: '2024-03-15', km: 49_999 }).within; // true (last day)
 * evaluatePeriod(sanbao, start, { date: '2024-03-16', km: 49_999 }).endedBy; // 'time'
 * evaluatePeriod(sanbao, start, { date: '2023-01-01', km: 50_001 }).kmOver; // 1
 * evaluatePeriod(sanbao, start, { date: '2023-01-01' }).within; // null: distance unknown
 */
export function evaluatePeriod(
  period: WhicheverFirstPeriod,
  start: PeriodReading,
  at: PeriodReading,
): PeriodEvaluation {
  const limits = parseWhicheverFirstPeriod(period, ['period']);
  const from = readReading(start, 'start');
  const to = readReading(at, 'at');
  if (to.day < from.day) raise('time.invalid_range', ['at', 'date'], { start: from.date, end: to.date });
  if (from.km !== undefined && to.km !== undefined && to.km < from.km) {
    raise('time.invalid_range', ['at', 'km'], {
      start: `${from.km} km`,
      end: `${to.km} km`,
      reason: 'the odometer reads less than at the start of the period (rolled back or replaced?)',
      reasonZh: '里程表读数低于期限开始时的读数（里程表被回调或更换？）',
    });
  }

  const result: { -readonly [K in keyof PeriodEvaluation]: PeriodEvaluation[K] } = {
    within: null,
    endedBy: null,
    time: 'not_limited',
    distance: 'not_limited',
    elapsedDays: to.day - from.day,
  };
  const endDate = endOfTime(limits, from.date);
  if (endDate !== undefined) {
    const left = calendarDaysBetween(to.date, endDate);
    result.time = left >= 0 ? 'within' : 'ended';
    result.endDate = endDate;
    if (left >= 0) result.daysLeft = left;
    else result.daysOver = -left;
  }
  if (limits.km !== undefined) {
    if (from.km !== undefined) result.endKm = from.km + limits.km;
    if (from.km === undefined || to.km === undefined) {
      result.distance = 'unknown';
      result.missing = [
        ...(from.km === undefined ? ['start.km' as const] : []),
        ...(to.km === undefined ? ['at.km' as const] : []),
      ];
    } else {
      const driven = to.km - from.km;
      result.drivenKm = driven;
      result.distance = driven <= limits.km ? 'within' : 'ended';
      if (driven <= limits.km) result.kmLeft = limits.km - driven;
      else result.kmOver = driven - limits.km;
    }
  }
  const timeEnded = result.time === 'ended';
  const distanceEnded = result.distance === 'ended';
  result.endedBy =
    timeEnded && distanceEnded ? 'both' : timeEnded ? 'time' : distanceEnded ? 'distance' : null;
  result.within = result.endedBy !== null ? false : result.distance === 'unknown' ? null : true;
  return result;
}

/**
 * {@link evaluatePeriod} that returns a {@link Result} instead of throwing, for untrusted input.
 *
 * @param period - a {@link WhicheverFirstPeriod}, unchecked
 * @param start - a {@link PeriodReading}, unchecked
 * @param at - a {@link PeriodReading}, unchecked
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 *
 * @example
 * const result = safeEvaluatePeriod({ months: 24, km: 50_000 }, { date: '2022-03-15', km: 12_000 }, { date: '2023-01-01', km: 9_000 });
 * if (!result.ok) result.issues[0]?.code; // 'time.invalid_range' at ['at', 'km']
 */
export function safeEvaluatePeriod(period: unknown, start: unknown, at: unknown): Result<PeriodEvaluation> {
  return attempt(() =>
    evaluatePeriod(period as WhicheverFirstPeriod, start as PeriodReading, at as PeriodReading),
  );
}
