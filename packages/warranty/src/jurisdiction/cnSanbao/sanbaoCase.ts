import {
  type CalendarDate,
  calendarDaysBetween,
  epochMsOfInstant,
  evaluatePeriod,
  type Instant,
  toCalendarDate,
  type WhicheverFirstPeriod,
} from '@aftersales/core';
import type { RepairAttempt } from '../../history/repairAttempt';
import type { VehicleCase } from '../../rights/vehicleCase';
import type { SanbaoParameters } from './parameters';
import { type RepairTime, repairTime } from './repairTime';
import type { SanbaoVersion } from './sanbaoVersion';

/** One repair as the rules read it: its local date, day and km since the start, its time. */
export interface SanbaoRepair {
  readonly repair: RepairAttempt;
  readonly agreedMs: number;
  /** Local date of `agreedAt` in the dealer's zone. */
  readonly date: CalendarDate;
  /** Days since the start (the start day not counted: the day after the start is day 1). */
  readonly day: number;
  /** Km driven since the start: the odometer minus the start km (0, see {@link START_KM}). */
  readonly km: number;
  readonly time: RepairTime;
  readonly inRepairPeriod: boolean;
  readonly inSanbaoPeriod: boolean;
  /** A quality problem (`cause: 'quality'`): the only repairs the rights count. */
  readonly isQuality: boolean;
}

/** Everything the rules of one evaluation share. */
export interface SanbaoContext {
  readonly version: SanbaoVersion;
  readonly params: SanbaoParameters;
  readonly timeZone: string;
  readonly input: VehicleCase;
  readonly startDate: CalendarDate;
  readonly asOf: Instant;
  readonly asOfDate: CalendarDate;
  /** Repairs agreed from the start to `asOf`, oldest first. */
  readonly repairs: readonly SanbaoRepair[];
  /** Repairs left out, and why (agreed before the start, or after `asOf`). */
  readonly ignored: readonly { readonly roId: string; readonly reason: 'before_start' | 'after_as_of' }[];
  /** The latest repair up to `asOf` (its odometer is the latest reading known), or null. */
  readonly latest: SanbaoRepair | null;
}

/**
 * The odometer at the start. The vehicle record has no delivery odometer, so the library assumes
 * 0 km (a new car) and every trace that reads distance says so in its facts (`startKm: 0`).
 */
export const START_KM = 0;

/** Whether a date and km reading lies inside a "whichever first" period from the start. */
export function isWithin(
  period: WhicheverFirstPeriod,
  start: CalendarDate,
  date: CalendarDate,
  km: number,
): boolean {
  return evaluatePeriod(period, { date: start, km: START_KM }, { date, km: START_KM + km }).within === true;
}

/**
 * The as-of moment: given, or the latest time in the history (an agreement, a finish, a request).
 * Of two spellings of the latest instant (`+08:00` and `Z`), the first met: repairs in the order
 * given, each's agreement before its finish, then the request.
 *
 * @example
 * asOfOf({ ...input, asOf: undefined }); // the latest agreedAt / finishedAt / requestedAt, or undefined
 */
export function asOfOf(input: VehicleCase): Instant | undefined {
  if (input.asOf !== undefined) return input.asOf;
  let latest: Instant | undefined;
  let latestMs = Number.NEGATIVE_INFINITY;
  const consider = (instant: Instant | undefined): void => {
    const ms = instant === undefined ? undefined : epochMsOfInstant(instant);
    if (ms !== undefined && ms > latestMs) {
      latestMs = ms;
      latest = instant;
    }
  };
  for (const repair of input.repairs) {
    consider(repair.agreedAt);
    consider(repair.finishedAt);
  }
  consider(input.requestedAt);
  return latest;
}

/**
 * Reads a validated case into a {@link SanbaoContext}: each repair's local date in the dealer's
 * zone (an instant at 23:30 in Shanghai is 15:30 UTC, same date; 00:30 is the day before in UTC),
 * its day and km since the start, its repair time up to its finish or `asOf`, and which periods
 * it falls in.
 *
 * @example
 * const context = readSanbaoCase(version, parameters, input, 'Asia/Shanghai', '2024-03-01', asOf);
 */
export function readSanbaoCase(
  version: SanbaoVersion,
  params: SanbaoParameters,
  input: VehicleCase,
  timeZone: string,
  startDate: CalendarDate,
  asOf: Instant,
): SanbaoContext {
  const asOfMs = epochMsOfInstant(asOf) as number;
  const repairs: SanbaoRepair[] = [];
  const ignored: { roId: string; reason: 'before_start' | 'after_as_of' }[] = [];
  for (const repair of input.repairs) {
    const agreedMs = epochMsOfInstant(repair.agreedAt) as number;
    const date = toCalendarDate(repair.agreedAt, timeZone);
    const day = calendarDaysBetween(startDate, date);
    if (day < 0) ignored.push({ roId: repair.roId, reason: 'before_start' });
    else if (agreedMs > asOfMs) ignored.push({ roId: repair.roId, reason: 'after_as_of' });
    else {
      const finishedMs = repair.finishedAt === undefined ? undefined : epochMsOfInstant(repair.finishedAt);
      const endMs = finishedMs === undefined || finishedMs > asOfMs ? asOfMs : finishedMs;
      const km = repair.odometerKm - START_KM;
      repairs.push({
        repair,
        agreedMs,
        date,
        day,
        km,
        time: repairTime(repair, agreedMs, endMs),
        inRepairPeriod: isWithin(params.repairPeriod, startDate, date, km),
        inSanbaoPeriod: isWithin(params.sanbaoPeriod, startDate, date, km),
        isQuality: repair.cause === 'quality',
      });
    }
  }
  repairs.sort((a, b) => a.agreedMs - b.agreedMs);
  const latest = repairs[repairs.length - 1] ?? null;
  const asOfDate = toCalendarDate(asOf, timeZone);
  return { version, params, timeZone, input, startDate, asOf, asOfDate, repairs, ignored, latest };
}

/**
 * The repairs the 三包-period grounds count (2021 Art. 24, 2013 Arts. 20–21): quality problems
 * agreed inside the 三包 period. Exempted causes (Art. 32 / 2013 Art. 30), wear, accidents and
 * external causes are not quality problems of the product and are left out, with the reason.
 *
 * @example
 * const { counted, notCounted } = groundRepairs(context);
 */
export function groundRepairs(context: SanbaoContext): {
  counted: SanbaoRepair[];
  notCounted: { roId: string; reason: string }[];
} {
  const counted: SanbaoRepair[] = [];
  const notCounted: { roId: string; reason: string }[] = [];
  for (const r of context.repairs) {
    if (!r.isQuality) notCounted.push({ roId: r.repair.roId, reason: `cause ${r.repair.cause}` });
    else if (!r.inSanbaoPeriod) notCounted.push({ roId: r.repair.roId, reason: 'outside the 三包 period' });
    else counted.push(r);
  }
  return { counted, notCounted };
}
