import { dateOfDayNumber } from '@aftersales/core';
import type { WindowRepair } from './presumptionWindow';

/** One repair's stay at the shop, as counted: its first and last local date and the days between. */
export interface ShopStay {
  readonly roId: string;
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

/** The calendar days out of service, in total and per repair. */
export interface DaysOutOfService {
  /** Distinct dealer-local calendar days on which the vehicle was at the shop for repair. */
  readonly days: number;
  readonly stays: readonly ShopStay[];
}

/**
 * Counts the calendar days a vehicle was out of service by reason of repair of nonconformities
 * (§1793.22(b)(3)).
 *
 * Convention (the statute says "calendar days" and no more): every dealer-local calendar day the
 * vehicle was at the shop counts, the day it was brought in and the day it was handed back
 * included, as California practitioners count "days out of service"; a car in at 16:30 and out at
 * 10:00 the next morning was out of service 2 days. Unlike the 三包 convention (Art. 40, elapsed
 * hours ÷ 24 rounded up), this counts days touched, not durations. Days are counted once: two
 * repair orders open on the same day make one day out of service, not two.
 *
 * @param repairs - the repairs inside the window, with their local days (see `sortRepairsIntoWindow`)
 * @returns the total and each repair's stay
 * @example
 * countDaysOutOfService(window.counted).days; // 31 → more than 30: paragraph (3) is met
 */
export function countDaysOutOfService(repairs: readonly WindowRepair[]): DaysOutOfService {
  const days = new Set<number>();
  const stays: ShopStay[] = [];
  for (const { repair, firstDay, lastDay } of repairs) {
    for (let day = firstDay; day <= lastDay; day += 1) days.add(day);
    stays.push({
      roId: repair.roId,
      from: dateOfDayNumber(firstDay) as string,
      to: dateOfDayNumber(lastDay) as string,
      days: lastDay - firstDay + 1,
    });
  }
  return { days: days.size, stays };
}
