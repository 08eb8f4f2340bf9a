import {
  addCalendarMonths,
  dateOfDayNumber,
  dayNumberOfDate,
  nextPeriodBucket,
  type PeriodBucket,
} from '@aftersales/core';
import type { TrailingWindow } from '../definition/expr';
import type { FactValue } from '../facts/readField';
import { createGroupState, type GroupState, mergeGroupState, mergeSlots } from './groupState';
import type { Placement, Plan } from './plan';

/**
 * "As of" KPIs (customer base, retention, churn) count a row in every period whose trailing
 * window holds its day. The accumulator counts such a row once, on its own day (a DayEntry); at
 * the end these spread the days over the periods.
 */

/** The rows of one windowed placement, one group of dimension values and one day. */
export interface DayEntry {
  readonly placement: Placement;
  readonly day: number;
  readonly state: GroupState;
}

const NULL = '\u0000';

/**
 * The days a period's trailing window holds, `(lower, upper]` in day numbers: upper is the
 * period's last day less `offsetMonths`, lower a further `months` back (month ends clamped).
 */
export function windowBounds(bucket: PeriodBucket, window: TrailingWindow): { lower: number; upper: number } {
  const lastDate = dateOfDayNumber(bucket.lastDay) as string;
  const offset = window.offsetMonths ?? 0;
  return {
    upper: dayNumberOfDate(addCalendarMonths(lastDate, -offset)) as number,
    lower: dayNumberOfDate(addCalendarMonths(lastDate, -(offset + window.months))) as number,
  };
}

/** A spreader for one plan and report period; `bucketOf` gives the period of a day. */
export function createWindowSpreader(
  plan: Plan,
  bucketOf: (day: number) => PeriodBucket | undefined,
  fromDay: number,
  toDay: number,
): {
  spread(
    groups: ReadonlyMap<string, GroupState>,
    dayGroups: ReadonlyMap<string, DayEntry>,
  ): ReadonlyMap<string, GroupState>;
} {
  // Each period's window bounds, computed once.
  const cachedBounds = new Map<string, { lower: number; upper: number }>();
  function boundsOf(bucket: PeriodBucket, window: TrailingWindow) {
    const key = `${bucket.label}|${window.months}|${window.offsetMonths ?? 0}`;
    let bounds = cachedBounds.get(key);
    if (bounds === undefined) {
      bounds = windowBounds(bucket, window);
      cachedBounds.set(key, bounds);
    }
    return bounds;
  }

  /**
   * The groups with each "as of" day spread over the periods whose window holds it. Counts and sums
   * are added day by day; a distinct-count set is added per value over the union of its days'
   * periods, so a vehicle seen every month is added to each period once, not once per visit.
   */
  function spread(
    groups: ReadonlyMap<string, GroupState>,
    dayGroups: ReadonlyMap<string, DayEntry>,
  ): ReadonlyMap<string, GroupState> {
    if (dayGroups.size === 0) return groups;
    const final = new Map<string, GroupState>();
    for (const [key, state] of groups) {
      const copy = createGroupState(plan, key, state.dimensions, state.period);
      mergeGroupState(plan, copy, state);
      final.set(key, copy);
    }
    const targetFor = (dimensions: readonly (string | null)[], bucket: PeriodBucket): GroupState => {
      let key = '';
      for (const value of dimensions) key += `${value ?? NULL}\u0001`;
      key += bucket.label;
      let target = final.get(key);
      if (target === undefined) {
        target = createGroupState(plan, key, dimensions, bucket);
        final.set(key, target);
      }
      return target;
    };
    // One series per placement and dimension values, its days in order.
    const series = new Map<string, { placement: Placement; day: number; state: GroupState }[]>();
    for (const [key, entry] of dayGroups) {
      // The key is `placement \u0002 dimensions… \u0001 day`; with no dimensions there is no \u0001,
      // and the series must still be one per placement.
      const seriesKey = key.slice(0, Math.max(key.lastIndexOf('\u0001'), key.indexOf('\u0002')) + 1);
      const list = series.get(seriesKey);
      if (list === undefined) series.set(seriesKey, [entry]);
      else list.push(entry);
    }
    for (const days of series.values()) {
      days.sort((x, y) => x.day - y.day);
      const placement = (days[0] as { placement: Placement }).placement;
      const window = placement.window as TrailingWindow;
      const sets = placement.updates.filter((update) => update.kind === 'set');
      const others = placement.updates.filter((update) => update.kind !== 'set');
      // Targets in period order; a day's targets are a run [first, last] of it.
      const ordered: GroupState[] = [];
      const ordinal = new Map<GroupState, number>();
      const runs: [number, number][] = [];
      for (const { day, state } of days) {
        let first = -1;
        let last = -2;
        let bucket = bucketOf(day) as PeriodBucket;
        for (let guard = 0; guard < 40_000; guard += 1) {
          const { lower, upper } = boundsOf(bucket, window);
          if (lower >= day || bucket.firstDay > toDay) break;
          if (day <= upper && bucket.lastDay >= fromDay) {
            const target = targetFor(state.dimensions, bucket);
            let index = ordinal.get(target);
            if (index === undefined) {
              index = ordered.length;
              ordinal.set(target, index);
              ordered.push(target);
            }
            if (first < 0) first = index;
            last = index;
            if (others.length > 0) mergeSlots(target, state, others);
          }
          bucket = nextPeriodBucket(bucket);
        }
        runs.push([first, last]);
      }
      for (const { slot } of sets) {
        const covered = new Map<FactValue, number>();
        days.forEach(({ state }, i) => {
          const [first, last] = runs[i] as [number, number];
          if (first < 0) return;
          for (const value of state.sets[slot] as Set<FactValue>) {
            const done = covered.get(value) ?? -1;
            for (let t = Math.max(first, done + 1); t <= last; t += 1) {
              ((ordered[t] as GroupState).sets[slot] as Set<FactValue>).add(value);
            }
            if (last > done) covered.set(value, last);
          }
        });
      }
    }
    return final;
  }

  return { spread };
}
