import { addExact, type ExactDecimal, formatExact, parseExact } from '@aftersales/core';
import type { RepairAttempt } from '../../history/repairAttempt';

const HOUR_MS = 3_600_000n;
const DAY_MS = 86_400_000n;

/**
 * The time one repair took, by 三包 2021 Art. 40 (2013 Art. 19): from the moment the repair was
 * agreed to the moment it was finished, every full 24 hours a day and a remainder under 24 hours
 * one more day (ceil of hours ÷ 24).
 *
 * - `hours`: elapsed hours (2 decimals, for the trace);
 * - `days`: the repair days with everything in, parts waiting included: what the substitute-car
 *   duty reads (2021 Art. 21, 2013 Art. 19);
 * - `excludedHours`: the time Art. 24 (2013 Art. 21) leaves out of the cumulative repair time;
 * - `countedDays`: ceil((elapsed − excluded) ÷ 24 h), at least 0: what the cumulative time adds.
 *
 * The exclusion is subtracted **before** rounding. Art. 24 says that time is "not counted in the
 * repair time", so it is never part of the hours Art. 40 rounds; rounding first and subtracting
 * whole days afterwards would let 3 excluded hours either remove a whole day or nothing at all,
 * depending on where the remainder falls.
 *
 * @example
 * const time: RepairTime = { hours: 121, days: 6, excludedHours: '3', countedDays: 5 };
 */
export interface RepairTime {
  readonly hours: number;
  readonly days: number;
  readonly excludedHours: string;
  readonly countedDays: number;
}

/** ceil(numerator ÷ denominator) for non-negative bigints. */
function ceilDiv(numerator: bigint, denominator: bigint): number {
  return Number((numerator + denominator - 1n) / denominator);
}

/**
 * The repair time of `repair` up to `endMs` (its `finishedAt`, or the as-of moment while the car
 * is still in the workshop), in exact integer arithmetic: the excluded hours are decimals, so
 * milliseconds are scaled by their decimal places instead of being turned into floats.
 *
 * @param repair - a validated repair
 * @param agreedMs - its `agreedAt` in epoch milliseconds
 * @param endMs - when the repair time stops, not before `agreedMs`
 * @returns the {@link RepairTime}
 * @example
 * // agreed 2024-03-01T09:00+08:00, finished 2024-03-06T10:00+08:00: 121 h → 6 days;
 * // with 3 h of rescue travel excluded: 118 h → 5 days toward the cumulative time.
 * repairTime(repair, Date.parse('2024-03-01T01:00:00Z'), Date.parse('2024-03-06T02:00:00Z'));
 */
export function repairTime(repair: RepairAttempt, agreedMs: number, endMs: number): RepairTime {
  const elapsedMs = BigInt(Math.max(0, endMs - agreedMs));
  let excluded: ExactDecimal = { units: 0n, places: 0 };
  for (const part of repair.excludedTime) {
    const hours = parseExact(part.hours);
    if (hours !== undefined) excluded = addExact(excluded, hours);
  }
  const scale = 10n ** BigInt(excluded.places);
  // Everything in milliseconds × 10^places, so the decimal hours stay exact.
  const counted = elapsedMs * scale - excluded.units * HOUR_MS;
  return {
    hours: Math.round(Number(elapsedMs) / 36_000) / 100,
    days: ceilDiv(elapsedMs, DAY_MS),
    excludedHours: formatExact(excluded),
    countedDays: counted <= 0n ? 0 : ceilDiv(counted, DAY_MS * scale),
  };
}
