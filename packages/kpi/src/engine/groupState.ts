import type { PeriodBucket } from '@aftersales/core';
import type { CustomMeasure } from '../definition/kpiDefinition';
import type { FactValue } from '../facts/readField';
import type { Plan, RowUpdate } from './plan';

/**
 * The accumulators of one group and period: every slot of every KPI measure. Counts and sums
 * are fixed-point integers that spill into BigInt before they could lose a unit; sets, histograms
 * and "last" values merge exactly too, so a state built from any partition of the rows merges
 * into the state of the whole.
 */
export interface GroupState {
  readonly key: string;
  readonly dimensions: readonly (string | null)[];
  readonly period: PeriodBucket | undefined;
  readonly sums: number[];
  readonly spills: bigint[];
  readonly sets: Set<FactValue>[];
  readonly histograms: Map<number, number>[];
  /** Per `last` slot: the period field (ms or day number) and the value of the latest row. */
  readonly lastAt: number[];
  readonly lastValue: FactValue[];
  readonly custom: unknown[];
  /** Whether a row of any measure landed here (a group made only by a window is not "seen"). */
  seen: boolean;
}

// 2^52: a sum this large still adds any single value (at most 2^43 units) exactly.
const LIMIT = 2 ** 52;

const customs = new WeakMap<Plan, readonly CustomMeasure[]>();

/** The plan's custom measures, in slot order (found once per plan). */
function customsOf(plan: Plan): readonly CustomMeasure[] {
  let list = customs.get(plan);
  if (list === undefined) {
    list = plan.kpis.flatMap((kpi) =>
      Object.values(kpi.measures).flatMap((measure) => (measure.kind === 'custom' ? [measure.custom] : [])),
    );
    customs.set(plan, list);
  }
  return list;
}

/** A new, empty state for a group. */
export function createGroupState(
  plan: Plan,
  key: string,
  dimensions: readonly (string | null)[],
  period: PeriodBucket | undefined,
): GroupState {
  const { slots } = plan;
  return {
    key,
    dimensions,
    period,
    sums: new Array<number>(slots.count).fill(0),
    spills: new Array<bigint>(slots.count).fill(0n),
    sets: Array.from({ length: slots.set }, () => new Set<FactValue>()),
    histograms: Array.from({ length: slots.histogram }, () => new Map<number, number>()),
    lastAt: new Array<number>(slots.last).fill(Number.NEGATIVE_INFINITY),
    lastValue: new Array<FactValue>(slots.last).fill(undefined),
    custom: customsOf(plan).map((custom) => custom.init()),
    seen: false,
  };
}

// A single value this large goes straight to BigInt (the float sum could drop a unit).
const LARGE = 2 ** 43;

/** Moves a slot's running sum and `value` (safe integers) into its BigInt spill, exactly. */
export function spill(state: GroupState, slot: number, value: number): void {
  state.spills[slot] = (state.spills[slot] as bigint) + BigInt(state.sums[slot] as number) + BigInt(value);
  state.sums[slot] = 0;
}

function addToSum(state: GroupState, slot: number, value: number): void {
  const sum = (state.sums[slot] as number) + value;
  if (sum > LIMIT || sum < -LIMIT || value > LARGE || value < -LARGE) spill(state, slot, value);
  else state.sums[slot] = sum;
}

/** Applies a row to the updates of its placement. `at` is the row's period field (for `last`). */
export function applyRow(
  updates: readonly RowUpdate[],
  row: readonly FactValue[],
  state: GroupState,
  at: number,
) {
  for (let i = 0; i < updates.length; i += 1) {
    const update = updates[i] as RowUpdate;
    if (update.where !== undefined && update.where(row) !== true) continue;
    switch (update.kind) {
      case 'count':
        addToSum(state, update.slot, 1);
        break;
      case 'sum': {
        const value = (update.of as (row: readonly FactValue[]) => FactValue)(row);
        if (typeof value === 'number') addToSum(state, update.slot, value);
        break;
      }
      case 'set': {
        const value = (update.of as (row: readonly FactValue[]) => FactValue)(row);
        if (value !== undefined) (state.sets[update.slot] as Set<FactValue>).add(value);
        break;
      }
      case 'histogram': {
        const value = (update.of as (row: readonly FactValue[]) => FactValue)(row);
        if (typeof value !== 'number') break;
        const histogram = state.histograms[update.slot] as Map<number, number>;
        const bin = Math.floor(value / update.binWidth);
        histogram.set(bin, (histogram.get(bin) ?? 0) + 1);
        break;
      }
      case 'last': {
        const value = (update.of as (row: readonly FactValue[]) => FactValue)(row);
        if (value === undefined) break;
        keepLatest(state, update.slot, at, value);
        break;
      }
      case 'custom': {
        const custom = update.custom;
        const read = update.read;
        if (custom !== undefined && read !== undefined) {
          state.custom[update.slot] = custom.add(state.custom[update.slot], read(row));
        }
        break;
      }
    }
  }
  state.seen = true;
}

// The latest row wins; on a tie the larger value, so that the order rows arrive in never matters.
function keepLatest(state: GroupState, slot: number, at: number, value: NonNullable<FactValue>): void {
  const previousAt = state.lastAt[slot] as number;
  const previous = state.lastValue[slot];
  if (at > previousAt || (at === previousAt && (previous === undefined || compare(value, previous) > 0))) {
    state.lastAt[slot] = at;
    state.lastValue[slot] = value;
  }
}

function compare(a: NonNullable<FactValue>, b: NonNullable<FactValue>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = `${typeof a}:${String(a)}`;
  const y = `${typeof b}:${String(b)}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function mergeSum(into: GroupState, from: GroupState, slot: number): void {
  const value = from.sums[slot] as number;
  if (value !== 0) addToSum(into, slot, value);
  const spill = from.spills[slot] as bigint;
  if (spill !== 0n) into.spills[slot] = (into.spills[slot] as bigint) + spill;
}

/**
 * Adds to `into` only the slots `updates` feed: how an "as of" day is spread over the periods
 * whose window holds it, without touching every other measure of the group.
 */
export function mergeSlots(into: GroupState, from: GroupState, updates: readonly RowUpdate[]): void {
  for (const update of updates) {
    const slot = update.slot;
    switch (update.kind) {
      case 'count':
      case 'sum':
        mergeSum(into, from, slot);
        break;
      case 'set': {
        const target = into.sets[slot] as Set<FactValue>;
        for (const value of from.sets[slot] as Set<FactValue>) target.add(value);
        break;
      }
      case 'histogram': {
        const target = into.histograms[slot] as Map<number, number>;
        for (const [bin, count] of from.histograms[slot] as Map<number, number>) {
          target.set(bin, (target.get(bin) ?? 0) + count);
        }
        break;
      }
      case 'last': {
        const value = from.lastValue[slot];
        if (value !== undefined) keepLatest(into, slot, from.lastAt[slot] as number, value);
        break;
      }
      case 'custom':
        if (update.custom !== undefined) {
          into.custom[slot] = update.custom.merge(into.custom[slot], from.custom[slot]);
        }
        break;
    }
  }
}

/** Adds `from` into `into` (same plan, same group). */
export function mergeGroupState(plan: Plan, into: GroupState, from: GroupState): void {
  for (let slot = 0; slot < into.sums.length; slot += 1) mergeSum(into, from, slot);
  from.sets.forEach((set, slot) => {
    const target = into.sets[slot] as Set<FactValue>;
    for (const value of set) target.add(value);
  });
  from.histograms.forEach((histogram, slot) => {
    const target = into.histograms[slot] as Map<number, number>;
    for (const [bin, count] of histogram) target.set(bin, (target.get(bin) ?? 0) + count);
  });
  from.lastValue.forEach((value, slot) => {
    if (value !== undefined) keepLatest(into, slot, from.lastAt[slot] as number, value);
  });
  customsOf(plan).forEach((custom, slot) => {
    into.custom[slot] = custom.merge(into.custom[slot], from.custom[slot]);
  });
  into.seen ||= from.seen;
}
