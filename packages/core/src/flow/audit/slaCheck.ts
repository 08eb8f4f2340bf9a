import type { JsonObject, JsonValue } from '../../json/JsonValue';
import type { BusinessCalendar } from '../../time/businessCalendar';
import { calendarIndexOf, workingDaysIn } from '../../time/calendarIndex';
import { civilFromEpochDay } from '../../time/epochDay';
import { toLocalTime } from '../../time/timeZone';
import type { FlowEvent, FlowSla, FlowSlaPoint } from '../types';

/** One accepted event of a log, as the SLA check reads it. */
export interface TimelineEntry {
  readonly index: number;
  readonly event: FlowEvent;
  readonly ms: number;
  /** The state the event entered, when it had a target. */
  readonly entered: string | undefined;
}

/** How one SLA came out on one record. */
export type SlaOutcome =
  | {
      readonly status: 'met' | 'late' | 'early' | 'overdue';
      readonly start: number;
      readonly stop?: number;
      readonly facts: JsonObject;
    }
  | { readonly status: 'pending'; readonly start: number; readonly facts: JsonObject }
  | { readonly status: 'not_started' | 'not_applicable' };

function matches(point: FlowSlaPoint, entry: TimelineEntry): boolean {
  if ('state' in point) return entry.entered === point.state;
  if (entry.event.type !== point.event) return false;
  if (point.where === undefined) return true;
  const data = entry.event.data ?? {};
  for (const key in point.where) if (data[key] !== point.where[key]) return false;
  return true;
}

function stops(stop: FlowSla['stop'], entry: TimelineEntry): boolean {
  if (!Array.isArray(stop)) return matches(stop as FlowSlaPoint, entry);
  for (const point of stop as readonly FlowSlaPoint[]) if (matches(point, entry)) return true;
  return false;
}

/** The local day number of an instant in the dealer's zone. */
function localDay(ms: number, timeZone: string): number {
  return toLocalTime(timeZone, ms).epochDay;
}

function day(epochDay: number): string {
  const { year, month, day: d } = civilFromEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Is the record's data in the SLA's scope (`when`)? */
export function slaApplies(sla: FlowSla, data: JsonObject): boolean {
  if (sla.when === undefined) return true;
  const value: JsonValue | undefined = data[sla.when.field];
  return value !== undefined && sla.when.in.includes(value);
}

/**
 * Checks one SLA against a record's timeline, in the dealer's time zone. The clock starts at the
 * first entry matching `start` and stops at the first later entry matching `stop`. Without a
 * stop, the SLA is `overdue` when `asOfMs` is past its deadline, else `pending`.
 */
export function checkSla(
  sla: FlowSla,
  timeline: readonly TimelineEntry[],
  timeZone: string,
  calendar: BusinessCalendar | undefined,
  asOfMs: number | undefined,
): SlaOutcome {
  const startPoint = sla.start as FlowSlaPoint;
  // The clock restarts at every start: it runs from the last start before the first stop that
  // follows one. A job that failed its inspection was not complete, so settlement is counted
  // from the completion that held; a second delivery after a comeback restarts the follow-ups.
  let start: TimelineEntry | undefined;
  let stop: TimelineEntry | undefined;
  for (const entry of timeline) {
    if (start !== undefined && stops(sla.stop, entry)) {
      stop = entry;
      break;
    }
    if (matches(startPoint, entry)) start = entry;
  }
  if (start === undefined) return { status: 'not_started' };
  const startDay = localDay(start.ms, timeZone);
  const limit = sla.limit;
  const endMs = stop?.ms ?? asOfMs;
  if (endMs === undefined)
    return { status: 'pending', start: start.index, facts: { startedAt: start.event.at } };
  const endDay = localDay(endMs, timeZone);
  const facts: Record<string, JsonValue> = { startedAt: start.event.at, startDate: day(startDay) };
  if (stop) {
    facts.stoppedAt = stop.event.at;
    facts.stopDate = day(endDay);
  }
  let late: boolean;
  let early = false;
  if ('days' in limit) {
    facts.days = endDay - startDay;
    facts.limitDays = limit.days;
    facts.deadline = day(startDay + limit.days);
    late = endDay - startDay > limit.days;
  } else if ('workingDays' in limit) {
    const index = calendarIndexOf(calendar, ['options', 'calendar']);
    const counted = endDay >= startDay ? workingDaysIn(index, startDay, endDay) : 0;
    facts.workingDays = counted;
    facts.limitWorkingDays = limit.workingDays;
    late = counted > limit.workingDays;
  } else if ('hours' in limit) {
    const hours = (endMs - start.ms) / 3_600_000;
    facts.hours = Math.round(hours * 100) / 100;
    facts.limitHours = limit.hours;
    late = hours > limit.hours;
  } else if ('sameMonth' in limit) {
    const a = civilFromEpochDay(startDay);
    const b = civilFromEpochDay(endDay);
    facts.startMonth = day(startDay).slice(0, 7);
    facts.stopMonth = day(endDay).slice(0, 7);
    late = a.year !== b.year || a.month !== b.month;
  } else {
    const offset = endDay - startDay;
    facts.day = offset;
    facts.window = `${limit.window.from}–${limit.window.to}`;
    facts.windowFrom = day(startDay + limit.window.from);
    facts.windowTo = day(startDay + limit.window.to);
    late = offset > limit.window.to;
    early = stop !== undefined && offset < limit.window.from;
  }
  if (!stop)
    return late
      ? { status: 'overdue', start: start.index, facts }
      : { status: 'pending', start: start.index, facts };
  const status = late ? 'late' : early ? 'early' : 'met';
  return { status, start: start.index, stop: stop.index, facts };
}
