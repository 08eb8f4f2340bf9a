import {
  addCalendarMonths,
  type CalendarDate,
  compareExact,
  createInstantDayReader,
  createLocalDayReader,
  dayNumberOfDate,
  divideExact,
  type ExactDecimal,
  epochMsOfInstant,
  formatExact,
  parseExact,
} from '@aftersales/core';
import type { RepairAttempt } from '../../history/repairAttempt';
import { californiaFigures, ODOMETER_LIMIT_KM } from './californiaRules';

/**
 * Why a repair does not count toward the presumption: `other_vehicle` (another VIN) ·
 * `not_quality` (its cause is not a defect, so it is no "nonconformity") · `after_as_of` (agreed
 * after the evaluation moment) · `before_delivery` (not "since delivery") · `after_window` (agreed
 * after the 18-month end date) · `over_odometer_limit` (more than 18,000 miles on the odometer).
 */
export type WindowExclusion =
  | 'other_vehicle'
  | 'not_quality'
  | 'after_as_of'
  | 'before_delivery'
  | 'after_window'
  | 'over_odometer_limit';

/**
 * A repair inside the window, with the dealer-local days it kept the vehicle at the shop:
 * `firstDay` the day it was agreed, `lastDay` the day it was finished, or the evaluation day if
 * it is still open (or finished later), never past the window's end date. Day numbers (day 0 is
 * 1970-01-01).
 */
export interface WindowRepair {
  readonly repair: RepairAttempt;
  readonly agreedMs: number;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** The 18-month / 18,000-mile window and the repairs sorted into it. */
export interface PresumptionWindow {
  readonly deliveryDate: CalendarDate;
  readonly endDate: CalendarDate;
  /** In window, oldest first (by agreed time, then RO id). */
  readonly counted: readonly WindowRepair[];
  readonly excluded: readonly { readonly roId: string; readonly reason: WindowExclusion }[];
}

/** What {@link sortRepairsIntoWindow} reads besides the repairs. */
export interface WindowOptions {
  readonly vin: string;
  readonly deliveryDate: CalendarDate;
  readonly timeZone: string;
  /** The evaluation moment in epoch ms; `undefined` when the history has no time at all. */
  readonly asOfMs: number | undefined;
}

/**
 * The odometer reading in miles, to one decimal (half-even), for people reading the details.
 *
 * @example
 * odometerMiles(28_968); // '17999.9'
 */
export function odometerMiles(km: number): string {
  const miles = divideExact(
    parseExact(km) as ExactDecimal,
    parseExact(californiaFigures.kmPerMile) as ExactDecimal,
    1,
  );
  return formatExact(miles, 1);
}

/**
 * True when an odometer reading (integer km) is at most 18,000 miles: km ≤ 28,968.192, compared
 * exactly (28,968 is inside, 28,969 is not).
 *
 * @example
 * isWithinOdometerLimit(28_968); // true
 * isWithinOdometerLimit(28_969); // false
 */
export function isWithinOdometerLimit(km: number): boolean {
  return compareExact(parseExact(km) as ExactDecimal, ODOMETER_LIMIT_KM) <= 0;
}

/**
 * Sorts a vehicle's repairs into the §1793.22(b) window: "within 18 months from delivery to the
 * buyer or 18,000 miles on the odometer of the vehicle, whichever occurs first".
 *
 * - The end date is delivery + 18 months by the month-end rule of `addCalendarMonths`, inclusive
 *   (2024-01-31 → 2025-07-31; 2023-08-31 → 2025-02-28).
 * - A repair is placed by the dealer-local date it was agreed (the vehicle was presented for
 *   repair) and the odometer then: the reading on the odometer, not the distance since delivery.
 * - Days at the shop after the end date are cut off: they are not within 18 months.
 * - `counted` is in the order the repairs were agreed, then by RO number, then as given.
 *
 * @param repairs - the vehicle's repairs, any order, validated
 * @param options - see {@link WindowOptions}; `timeZone` already checked
 * @returns the window; never throws for validated repairs
 * @example
 * const window = sortRepairsIntoWindow(repairs, {
 *   vin: '1HGCM82633A004352', deliveryDate: '2024-01-31', timeZone: 'America/Los_Angeles', asOfMs: undefined,
 * });
 * window.endDate; // '2025-07-31'
 */
export function sortRepairsIntoWindow(
  repairs: readonly RepairAttempt[],
  options: WindowOptions,
): PresumptionWindow {
  const dayOf = createInstantDayReader(options.timeZone);
  const endDate = addCalendarMonths(options.deliveryDate, californiaFigures.months);
  const deliveryDay = dayNumberOfDate(options.deliveryDate) as number;
  const endDay = dayNumberOfDate(endDate) as number;
  const asOfMs = options.asOfMs ?? Number.POSITIVE_INFINITY;
  const asOfDay = Number.isFinite(asOfMs) ? createLocalDayReader(options.timeZone)(asOfMs) : undefined;

  const counted: WindowRepair[] = [];
  const excluded: { roId: string; reason: WindowExclusion }[] = [];
  for (const repair of repairs) {
    const agreedMs = epochMsOfInstant(repair.agreedAt) as number;
    const firstDay = dayOf(repair.agreedAt) as number;
    const reason: WindowExclusion | undefined =
      repair.vin !== options.vin
        ? 'other_vehicle'
        : repair.cause !== 'quality'
          ? 'not_quality'
          : agreedMs > asOfMs
            ? 'after_as_of'
            : firstDay < deliveryDay
              ? 'before_delivery'
              : firstDay > endDay
                ? 'after_window'
                : isWithinOdometerLimit(repair.odometerKm)
                  ? undefined
                  : 'over_odometer_limit';
    if (reason !== undefined) {
      excluded.push({ roId: repair.roId, reason });
      continue;
    }
    // Still at the shop at the evaluation moment when unfinished, or finished only after it.
    const finishedMs =
      repair.finishedAt === undefined
        ? Number.POSITIVE_INFINITY
        : (epochMsOfInstant(repair.finishedAt) as number);
    const outDay =
      finishedMs <= asOfMs ? (dayOf(repair.finishedAt as string) as number) : (asOfDay ?? firstDay);
    counted.push({ repair, agreedMs, firstDay, lastDay: Math.max(firstDay, Math.min(outDay, endDay)) });
  }
  // A total order (sort is stable): two entries of one RO agreed at one instant keep the order given.
  counted.sort(
    (a, b) =>
      a.agreedMs - b.agreedMs || (a.repair.roId < b.repair.roId ? -1 : a.repair.roId > b.repair.roId ? 1 : 0),
  );
  return { deliveryDate: options.deliveryDate, endDate, counted, excluded };
}

/**
 * The odometer at the latest repair of the vehicle up to the evaluation moment, whatever its
 * cause, in km and miles: how far the car is into the 18,000 miles. Of two repairs agreed at the
 * same instant, the one given last (the later entry).
 *
 * @param repairs - the vehicle's repairs, validated
 * @param vin - the vehicle's VIN: repairs of other vehicles are skipped
 * @param asOfMs - the evaluation moment (epoch ms), or `undefined` for none
 * @returns the reading, or `null` when there is no repair
 * @example
 * latestOdometer(repairs, '1HGCM82633A004352', undefined); // { roId: 'RO-4', odometerKm: 28968, odometerMiles: '17999.9', withinOdometerLimit: true }
 */
export function latestOdometer(
  repairs: readonly RepairAttempt[],
  vin: string,
  asOfMs: number | undefined,
): { roId: string; odometerKm: number; odometerMiles: string; withinOdometerLimit: boolean } | null {
  let latest: RepairAttempt | undefined;
  let latestMs = Number.NEGATIVE_INFINITY;
  for (const repair of repairs) {
    const ms = epochMsOfInstant(repair.agreedAt) as number;
    if (repair.vin !== vin || (asOfMs !== undefined && ms > asOfMs) || ms < latestMs) continue;
    [latest, latestMs] = [repair, ms];
  }
  if (latest === undefined) return null;
  return {
    roId: latest.roId,
    odometerKm: latest.odometerKm,
    odometerMiles: odometerMiles(latest.odometerKm),
    withinOdometerLimit: isWithinOdometerLimit(latest.odometerKm),
  };
}
