import {
  AftersalesError,
  type AftersalesIssue,
  type BusinessCalendar,
  createIssue,
  dayNumberOfDate,
  type PeriodBucket,
  parseTimeZone,
  periodBucketOf,
  typeName,
} from '@aftersales/core';
import type { ComebackReport } from '../comeback/detectComebacks';
import type { Literal } from '../definition/expr';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { type FactReader, fieldIndexes } from '../facts/factReader';
import { describeValue, type FactValue } from '../facts/readField';
import { createGroupState, type GroupState, mergeGroupState } from './groupState';
import { checkPeriod, dayOf } from './kpiOptions';
import type { GroupKey, KpiRejection, KpiReport } from './kpiReport';
import { createPlan, type Placement, type Plan } from './plan';
import { readersFor } from './readers';
import { finishReport } from './results';
import { createWindowSpreader } from './windows';

/**
 * The days a period, and a trailing window of up to 1,200 months around it, can be placed in
 * without running past year 0000 or 9999. A record whose period field lies outside (a placeholder
 * like 9999-12-31, a year 0000 typo) is rejected at that field: it used to fail the whole batch
 * when its period or window was built.
 */
const FIRST_PERIOD_DATE = '0100-01-01';
const LAST_PERIOD_DATE = '9799-12-31';
const FIRST_PERIOD_DAY = dayNumberOfDate(FIRST_PERIOD_DATE) as number;
const LAST_PERIOD_DAY = dayNumberOfDate(LAST_PERIOD_DATE) as number;

/** One period field of a source a placement reads, for the range check. */
interface PeriodField {
  readonly index: number;
  readonly name: string;
  readonly isDate: boolean;
  readonly localDay: (epochMs: number) => number;
}

/** Options of {@link computeKpis} and {@link createKpiAccumulator}. */
export interface ComputeKpisOptions {
  /** The KPI definitions to compute (e.g. `kpiCatalog`). */
  readonly kpis: readonly KpiDefinition[];
  /** Dimensions (`dealer`, `advisor`, `technician`, `payType`, `channel`, `team`) and at most one grain (`day` … `year`). */
  readonly groupBy: readonly GroupKey[];
  /** The dealer's IANA time zone: periods and day counts are on its calendar. */
  readonly timeZone: string;
  /** Working days for `workingDays` measures (default: every day is a working day). */
  readonly calendar?: BusinessCalendar;
  /**
   * Only rows placed on these dates (inclusive, dealer calendar) count; for an "as of" measure
   * (a trailing window), the periods within these dates count every row of their window.
   */
  readonly period?: { readonly from: string; readonly to: string };
  /** The currency money is summed in (default `CNY`); records in another are rejected. */
  readonly currency?: string;
  /** Per KPI id, parameter values that replace the definition's defaults. */
  readonly params?: Readonly<Record<string, Readonly<Record<string, Literal>>>>;
  /** Comebacks found by `detectComebacks`: a detected comeback counts like a flagged one. */
  readonly comebacks?: ComebackReport;
  /**
   * How KPI expressions run: `generated` (default) compiles each source's measures into one
   * function with `new Function`; `closures` never evaluates code (for a strict CSP). Same results.
   */
  readonly compile?: 'generated' | 'closures';
}

/**
 * A mergeable KPI accumulator: `createKpiAccumulator` is *init*, `add` adds one record, `merge`
 * adds another accumulator's state (from a partition, a worker, a day), and `result` gives the
 * report. Any partition of the records, accumulated apart and merged, gives the same report as
 * the whole (rejected rows keep the row numbers their accumulator gave them).
 */
export interface KpiAccumulator {
  /** Adds one record of an input (`'repairOrders'`, `'complaints'`, …); `row` defaults to a running count. */
  add(input: string, record: unknown, row?: number): void;
  /** Adds another accumulator built with the same options. */
  merge(other: KpiAccumulator): void;
  /** The report so far. */
  result(): KpiReport;
}

interface Internals {
  readonly origin: Origin;
  readonly plan: Plan;
  readonly groups: Map<string, GroupState>;
  readonly dayGroups: Map<string, { placement: Placement; day: number; state: GroupState }>;
  readonly placementIds: Map<Placement, number>;
  readonly counts: Map<string, { read: number; accepted: number; rejected: number }>;
  readonly rejected: KpiRejection[];
  readonly range: { last: number };
}

const internals = new WeakMap<KpiAccumulator, Internals>();

/**
 * What `merge` compares: the options a report's figures depend on. States of different KPIs,
 * groupings, zones, periods or currencies look alike (a count slot is a count slot), so merging
 * them would mix figures without a word. KPI definitions, the calendar and the comebacks are
 * compared as objects (the ones passed in), the rest by value.
 */
interface Origin {
  readonly kpis: readonly KpiDefinition[];
  readonly calendar: BusinessCalendar | undefined;
  readonly comebacks: ComebackReport | undefined;
  readonly key: string;
}

function originOf(options: ComputeKpisOptions, timeZone: string, currency: string): Origin {
  const period = options.period === undefined ? null : [options.period.from, options.period.to];
  return {
    kpis: [...options.kpis],
    calendar: options.calendar,
    comebacks: options.comebacks,
    key: JSON.stringify([options.groupBy, timeZone, currency, period, paramsKey(options.params ?? {})]),
  };
}

/** `params` in a form JSON can hold and key order does not change (the plan reads only literals). */
function paramsKey(params: unknown): unknown {
  const literal = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : typeName(value);
  const sorted = (record: object) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (params === null || typeof params !== 'object') return literal(params);
  return sorted(params).map(([kpi, values]) => [
    kpi,
    values !== null && typeof values === 'object'
      ? sorted(values).map(([name, value]) => [name, literal(value)])
      : literal(values),
  ]);
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return (
    a.key === b.key &&
    a.calendar === b.calendar &&
    a.comebacks === b.comebacks &&
    a.kpis.length === b.kpis.length &&
    a.kpis.every((kpi, i) => kpi === b.kpis[i])
  );
}
const NULL = '\u0000';

/**
 * Creates an empty accumulator for a set of KPIs and a grouping (the *init* of init/add/merge/result).
 *
 * @throws AftersalesError `kpi.invalid_definition` naming the KPI and the node that does not
 *   check; `time.invalid_zone`; `input.*` for a bad `groupBy`, `period` or `currency`
 *
 * @example
 * const accumulator = createKpiAccumulator({ kpis: kpiCatalog, groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 * for (const ro of repairOrders) accumulator.add('repairOrders', ro);
 * const report = accumulator.result();
 */
export function createKpiAccumulator(options: ComputeKpisOptions): KpiAccumulator {
  if (options === null || typeof options !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'an object',
      received: typeName(options),
    });
  }
  const timeZone = parseTimeZone(options.timeZone, ['timeZone']);
  const currency = options.currency ?? 'CNY';
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw AftersalesError.of('money.invalid_currency', ['currency'], { currency: describeValue(currency) });
  }
  if (!Array.isArray(options.kpis)) {
    throw AftersalesError.of('input.invalid_type', ['kpis'], {
      expected: 'an array',
      received: typeName(options.kpis),
    });
  }
  checkPeriod(options.period);
  const fromDay =
    options.period === undefined ? Number.NEGATIVE_INFINITY : dayOf(options.period.from, 'from');
  const toDay = options.period === undefined ? Number.POSITIVE_INFINITY : dayOf(options.period.to, 'to');
  if (fromDay > toDay) throw AftersalesError.of('time.invalid_range', ['period', 'to'], {});
  const plan = createPlan({
    kpis: options.kpis,
    groupBy: options.groupBy,
    timeZone,
    ...(options.params === undefined ? {} : { params: options.params }),
    ...(options.compile === undefined ? {} : { compile: options.compile }),
  });
  const readers = readersFor(options.comebacks, plan.fields);
  const origin = originOf(options, timeZone, currency);
  const groups = new Map<string, GroupState>();
  // "As of" rows by placement, dimensions and day (see place and withWindows).
  const dayGroups = new Map<string, { placement: Placement; day: number; state: GroupState }>();
  const placementIds = new Map<Placement, number>();
  const placementsById: Placement[] = [];
  for (const list of plan.placements.values()) {
    for (const placement of list) {
      placementIds.set(placement, placementIds.size);
      placementsById.push(placement);
    }
  }
  const counts = new Map<string, { read: number; accepted: number; rejected: number }>();
  const rejected: KpiRejection[] = [];
  // The last day a row was placed on (from period.from): periods after it only a window reaches are left out.
  const range = { last: Number.NEGATIVE_INFINITY };
  const grain = plan.grain;
  const width = plan.dimensions.length;
  const bucketsByDay = new Map<number, PeriodBucket>();

  // Per reader, per source: the placements to feed, and where the row's currency is.
  const routes = new Map<
    FactReader,
    { placements: readonly Placement[]; currency: number | undefined; periods: readonly PeriodField[] }[]
  >();
  for (const reader of readers.values()) {
    routes.set(
      reader,
      reader.sources.map((source) => {
        const placements = plan.placements.get(source.name) ?? [];
        const names = Object.entries(fieldIndexes(source));
        const periods = new Map<number, PeriodField>();
        for (const placement of placements) {
          const name = names.find(([, index]) => index === placement.periodIndex)?.[0] ?? 'period';
          periods.set(placement.periodIndex, {
            index: placement.periodIndex,
            name,
            isDate: placement.periodIsDate,
            localDay: placement.localDay,
          });
        }
        return {
          placements,
          currency: source.currency === undefined ? undefined : fieldIndexes(source)[source.currency],
          // Only a grain builds periods (and windows): without one, any date is placed.
          periods: grain === undefined ? [] : [...periods.values()],
        };
      }),
    );
  }

  /** An issue for the first row whose period field no period can hold, if any. */
  function periodOutOfRange(reader: FactReader, sourceRoutes: readonly Route[]): AftersalesIssue | undefined {
    for (let s = 0; s < sourceRoutes.length; s += 1) {
      const periods = (sourceRoutes[s] as Route).periods;
      if (periods.length === 0) continue;
      const rows = reader.rows[s] as FactValue[][];
      const n = reader.counts[s] as number;
      for (let r = 0; r < n; r += 1) {
        for (const field of periods) {
          const at = (rows[r] as FactValue[])[field.index];
          if (typeof at !== 'number') continue;
          const day = field.isDate ? at : field.localDay(at);
          if (day < FIRST_PERIOD_DAY) {
            return createIssue('input.too_small', [field.name], { minimum: FIRST_PERIOD_DATE });
          }
          if (day > LAST_PERIOD_DAY) {
            return createIssue('input.too_big', [field.name], { maximum: LAST_PERIOD_DATE });
          }
        }
      }
    }
    return undefined;
  }
  // Per placement: the last group used, so that consecutive rows of one dealer and month skip the lookup.
  // Rows of several dealers come interleaved, so the last group is remembered per value of the
  // first dimension (e.g. per dealer).
  type CacheEntry = { dims: FactValue[]; first: number; last: number; state: GroupState | undefined };
  const cache = new Map<Placement, Map<FactValue, CacheEntry>>();
  for (const list of plan.placements.values()) {
    for (const placement of list) cache.set(placement, new Map());
  }
  function cacheEntry(placement: Placement, lead: FactValue): CacheEntry {
    const byLead = cache.get(placement) as Map<FactValue, CacheEntry>;
    let entry = byLead.get(lead);
    if (entry === undefined) {
      entry = { dims: new Array(width).fill(NULL), first: 1, last: 0, state: undefined };
      if (byLead.size > 10_000) byLead.clear();
      byLead.set(lead, entry);
    }
    return entry;
  }

  function bucketOf(day: number): PeriodBucket | undefined {
    if (grain === undefined) return undefined;
    let bucket = bucketsByDay.get(day);
    if (bucket === undefined) {
      bucket = periodBucketOf(day, grain);
      if (bucketsByDay.size > 100_000) bucketsByDay.clear();
      bucketsByDay.set(day, bucket);
    }
    return bucket;
  }

  function stateFor(dims: readonly FactValue[], bucket: PeriodBucket | undefined): GroupState {
    let key = '';
    for (let i = 0; i < width; i += 1) key += `${dims[i] ?? NULL}\u0001`;
    if (bucket !== undefined) key += bucket.label;
    let state = groups.get(key);
    if (state === undefined) {
      const values = Array.from({ length: width }, (_, i) => (dims[i] as string | undefined) ?? null);
      state = createGroupState(plan, key, values, bucket);
      groups.set(key, state);
    }
    return state;
  }

  function place(placement: Placement, row: readonly FactValue[]): void {
    const at = row[placement.periodIndex];
    if (typeof at !== 'number') return;
    const day = placement.periodIsDate ? at : placement.localDay(at);
    // A row of an "as of" measure dated before `period.from` still counts in the trailing windows
    // of the periods within it (see placeInWindow).
    if (day > toDay || (day < fromDay && placement.window === undefined)) return;
    if (day >= fromDay && day > range.last) range.last = day;
    const indexes = placement.dimensionIndexes;
    const cached = cacheEntry(placement, width > 0 ? row[indexes[0] as number] : undefined) as {
      dims: FactValue[];
      first: number;
      last: number;
      state: GroupState;
    };
    if (placement.window !== undefined) {
      // Counted once, on its own day; result() spreads each day over the periods whose window holds it.
      let same = cached.state !== undefined && day === cached.first;
      for (let i = 0; same && i < width; i += 1) same = row[indexes[i] as number] === cached.dims[i];
      if (!same) {
        for (let i = 0; i < width; i += 1) cached.dims[i] = row[indexes[i] as number];
        cached.state = dayStateFor(placement, cached.dims, day);
        cached.first = day;
        cached.last = day;
      }
      placement.apply(row, cached.state, at);
      return;
    }
    let same = cached.state !== undefined && day >= cached.first && day <= cached.last;
    for (let i = 0; same && i < width; i += 1) same = row[indexes[i] as number] === cached.dims[i];
    if (!same) {
      for (let i = 0; i < width; i += 1) cached.dims[i] = row[indexes[i] as number];
      const bucket = bucketOf(day);
      cached.state = stateFor(cached.dims, bucket);
      cached.first = bucket?.firstDay ?? Number.NEGATIVE_INFINITY;
      cached.last = bucket?.lastDay ?? Number.POSITIVE_INFINITY;
    }
    placement.apply(row, cached.state, at);
  }

  function dayStateFor(placement: Placement, dims: readonly FactValue[], day: number): GroupState {
    let key = `${placementIds.get(placement)}\u0002`;
    for (let i = 0; i < width; i += 1) key += `${dims[i] ?? NULL}\u0001`;
    key += day;
    let entry = dayGroups.get(key);
    if (entry === undefined) {
      const values = Array.from({ length: width }, (_, i) => (dims[i] as string | undefined) ?? null);
      entry = { placement, day, state: createGroupState(plan, key, values, undefined) };
      dayGroups.set(key, entry);
    }
    return entry.state;
  }

  const spreader = createWindowSpreader(plan, bucketOf, fromDay, toDay);

  function reject(input: string, row: number, issues: readonly AftersalesIssue[]) {
    rejected.push({ input, row, issues });
  }

  type Route = {
    placements: readonly Placement[];
    currency: number | undefined;
    periods: readonly PeriodField[];
  };
  const lane: {
    input: string | undefined;
    reader: FactReader | undefined;
    count: { read: number; accepted: number; rejected: number } | undefined;
    routes: Route[] | undefined;
  } = { input: undefined, reader: undefined, count: undefined, routes: undefined };

  const accumulator: KpiAccumulator = {
    add(input, record, row) {
      if (row !== undefined && row !== null && !(Number.isSafeInteger(row) && row >= 0)) {
        throw AftersalesError.of('input.invalid_type', ['row'], {
          expected: 'a row number (a whole number, 0 or more)',
          received: describeValue(row),
        });
      }
      // Records of one input mostly come in a run: the last input's reader and count are kept.
      if (input !== lane.input || lane.reader === undefined) {
        const reader = readers.get(input);
        if (reader === undefined) {
          throw AftersalesError.of('input.invalid_value', ['input'], { allowed: [...readers.keys()] });
        }
        let count = counts.get(input);
        if (count === undefined) {
          count = { read: 0, accepted: 0, rejected: 0 };
          counts.set(input, count);
        }
        lane.input = input;
        lane.reader = reader;
        lane.count = count;
        lane.routes = routes.get(reader) as Route[];
      }
      const reader = lane.reader as FactReader;
      const count = lane.count as { read: number; accepted: number; rejected: number };
      const rowNumber = row ?? count.read;
      count.read += 1;
      const issues = reader.read(record);
      if (issues.length > 0) {
        count.rejected += 1;
        reject(input, rowNumber, issues);
        return;
      }
      const sourceRoutes = lane.routes as Route[];
      for (let s = 0; s < sourceRoutes.length; s += 1) {
        const route = sourceRoutes[s] as { placements: readonly Placement[]; currency: number | undefined };
        if (route.currency === undefined || (reader.counts[s] as number) === 0) continue;
        const rowCurrency = (reader.rows[s] as FactValue[][])[0]?.[route.currency];
        if (rowCurrency !== undefined && rowCurrency !== currency) {
          count.rejected += 1;
          reject(input, rowNumber, [
            createIssue('kpi.currency_mismatch', ['currency'], {
              currency: String(rowCurrency),
              expected: currency,
            }),
          ]);
          return;
        }
      }
      const outOfRange = periodOutOfRange(reader, sourceRoutes);
      if (outOfRange !== undefined) {
        count.rejected += 1;
        reject(input, rowNumber, [outOfRange]);
        return;
      }
      count.accepted += 1;
      for (let s = 0; s < sourceRoutes.length; s += 1) {
        const placements = (sourceRoutes[s] as { placements: readonly Placement[] }).placements;
        if (placements.length === 0) continue;
        const rows = reader.rows[s] as FactValue[][];
        const n = reader.counts[s] as number;
        for (let r = 0; r < n; r += 1) {
          const factRow = rows[r] as FactValue[];
          for (let p = 0; p < placements.length; p += 1) place(placements[p] as Placement, factRow);
        }
      }
    },
    merge(other) {
      const theirs = internals.get(other);
      if (theirs === undefined || !sameOrigin(theirs.origin, origin)) {
        throw AftersalesError.of('input.invalid', ['other'], {
          detail: 'only an accumulator created with the same options can be merged',
          detailZh: '只能合并以相同选项创建的累加器',
        });
      }
      for (const [key, state] of theirs.groups) {
        const mine = groups.get(key);
        if (mine === undefined) {
          const copy = createGroupState(plan, key, state.dimensions, state.period);
          mergeGroupState(plan, copy, state);
          groups.set(key, copy);
        } else {
          mergeGroupState(plan, mine, state);
        }
      }
      for (const [key, entry] of theirs.dayGroups) {
        const mine = dayGroups.get(key);
        const placement = placementsById[theirs.placementIds.get(entry.placement) as number] as Placement;
        if (mine === undefined) {
          const copy = createGroupState(plan, key, entry.state.dimensions, undefined);
          mergeGroupState(plan, copy, entry.state);
          dayGroups.set(key, { placement, day: entry.day, state: copy });
        } else {
          mergeGroupState(plan, mine.state, entry.state);
        }
      }
      for (const [input, count] of theirs.counts) {
        const mine = counts.get(input) ?? { read: 0, accepted: 0, rejected: 0 };
        counts.set(input, {
          read: mine.read + count.read,
          accepted: mine.accepted + count.accepted,
          rejected: mine.rejected + count.rejected,
        });
      }
      rejected.push(...theirs.rejected);
      lane.reader = undefined; // the counts were replaced: look them up again
      range.last = Math.max(range.last, theirs.range.last);
    },
    result() {
      return finishReport({
        plan,
        groups: spreader.spread(groups, dayGroups),
        counts,
        rejected,
        range,
        timeZone,
        currency,
        groupBy: options.groupBy,
        calendar: options.calendar,
        period: options.period === undefined ? undefined : { from: fromDay, to: toDay },
      });
    },
  };
  internals.set(accumulator, { origin, plan, groups, dayGroups, placementIds, counts, rejected, range });
  return accumulator;
}
