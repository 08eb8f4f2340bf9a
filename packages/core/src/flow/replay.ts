import { AftersalesError, createIssue } from '../errors/AftersalesError';
import { isObjectLike, typeName } from '../errors/guards';
import { attempt, type Result } from '../errors/Result';
import type { JsonObject } from '../json/JsonValue';
import { epochMsOrUndefined } from '../time/instant';
import { compiledOf, type Flow } from './createFlow';
import { createFoldClock, nextData, nextMarks, select, selectFast } from './engine';
import { checkState, initialState, readingCallerState } from './transition';
import type { FlowEvent, FlowRejection, FlowState } from './types';
import { type FlowVersions, flowOfVersion, isFlowVersions, migrateState } from './versions';

/** Options of {@link replay}. */
export interface ReplayOptions<D extends JsonObject = JsonObject> {
  /** Passed to the guards, as in `transition`. */
  readonly context?: unknown;
  /** Continue from a stored state (a snapshot) instead of the initial state. */
  readonly from?: FlowState<D>;
  /** The version of events that do not name one (default: `from`'s, else the first event's, else the latest). */
  readonly version?: number;
}

/**
 * What {@link foldLog} reports for each event, as arguments rather than an object (one object
 * fewer per event): its index, the state after it, whether a state was entered, its time in
 * epoch milliseconds, and the rejection when it was refused.
 */
export type FoldStep = (
  index: number,
  value: string,
  entered: boolean,
  ms: number,
  rejection: FlowRejection | undefined,
) => void;

/**
 * The fast path and the full check disagree: a guard that answered differently the second time
 * (it is not pure). Reported as that guard's failure rather than taken silently.
 */
function unexpected(flow: Flow, event: FlowEvent, state: string): FlowRejection {
  return {
    reason: 'guard_failed',
    // Stryker disable next-line OptionalChaining: called only for an event select accepted, so an object
    event: String(event?.type),
    state,
    message: {
      en: `a guard of flow '${flow.id}' answered differently for the same event: guards must be pure`,
      zh: `流程“${flow.id}”的守卫对同一事件给出了不同结果：守卫必须是纯函数`,
    },
    failed: [],
    unblock: [],
  };
}

/**
 * A state from the fold's loose parts. A function of its arguments, not a closure over the
 * fold's variables: a closure would move them from registers into a heap context, and the
 * fold writes them for every event.
 */
function snapshot(
  flow: Flow,
  value: string,
  data: JsonObject,
  marks: readonly string[],
  at: string | null,
  enteredAt: string | null,
  eventCount: number,
): FlowState {
  return { flow: flow.id, version: flow.version, value, data, marks, at, enteredAt, eventCount };
}

function unknownVersion(
  versions: { readonly id: string; readonly flows: readonly Flow[] },
  version: unknown,
  path: (string | number)[],
): never {
  throw AftersalesError.of('flow.unknown_version', path, {
    flow: versions.id,
    version: String(version),
    known: versions.flows.map((f) => String(f.version)),
  });
}

function versionOf(event: unknown): number | undefined {
  const version = typeof event === 'object' && event !== null ? (event as FlowEvent).flowVersion : undefined;
  return typeof version === 'number' ? version : undefined;
}

/**
 * Internal: folds a log, reporting each step to `onStep`. With `tolerant`, a refused event is
 * reported and skipped (the audit wants every problem); otherwise the fold stops there.
 * Returns the final state, or the first rejection when not tolerant.
 */
export function foldLog(
  source: Flow | FlowVersions,
  events: readonly unknown[],
  options: ReplayOptions,
  tolerant: boolean,
  onStep?: FoldStep,
): { state: FlowState; rejected?: { index: number; rejection: FlowRejection } } {
  const versions = isFlowVersions(source) ? source : undefined;
  let flow: Flow;
  if (versions) {
    const start = options.from?.version ?? options.version ?? versionOf(events[0]) ?? versions.latest;
    const where = options.from
      ? ['options', 'from', 'version']
      : options.version !== undefined
        ? ['options', 'version']
        : ['events', 0, 'flowVersion'];
    if (!versions.flows.some((f) => f.version === start)) unknownVersion(versions, start, where);
    flow = flowOfVersion(versions, start);
  } else flow = source as Flow;
  let compiled = compiledOf(flow);
  const state: FlowState = options.from ?? initialState(flow);
  if (options.from !== undefined) checkState(flow, compiled, state);
  const fallback = options.version ?? state.version;
  // The fold keeps the state in local variables and builds a FlowState only where one is
  // needed (a migration, a callback, the end): one object per event less to allocate.
  let value = state.value;
  let data = state.data;
  let marks = state.marks;
  let at = state.at;
  let enteredAt = state.enteredAt;
  let count = state.eventCount;
  const clock = createFoldClock(at === null ? undefined : epochMsOrUndefined(at));
  const context = options.context;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as FlowEvent;
    const version = versionOf(event) ?? fallback;
    if (version !== flow.version) {
      const known = versions?.flows.some((f) => f.version === version) === true;
      // A log never goes back to an older version, and names only versions that exist.
      if (!versions || !known || version < flow.version) {
        unknownVersion(versions ?? { id: flow.id, flows: [flow] }, version, ['events', index, 'flowVersion']);
      }
      const migrated = migrateState(
        versions as FlowVersions,
        snapshot(flow, value, data, marks, at, enteredAt, count),
        version,
      );
      flow = flowOfVersion(versions as FlowVersions, version);
      compiled = compiledOf(flow);
      ({ value, data, marks } = migrated);
    }
    const chosen = selectFast(flow, compiled, value, data, marks, clock, event, context);
    if (chosen === undefined) {
      const lastMs = clock.started ? clock.lastMs : undefined;
      const selected = select(flow, compiled, value, data, marks, lastMs, event, options.context);
      const rejection = selected.ok ? unexpected(flow, event, value) : selected.rejection;
      onStep?.(index, value, false, Number.NaN, rejection);
      if (!tolerant)
        return {
          state: snapshot(flow, value, data, marks, at, enteredAt, count),
          rejected: { index, rejection },
        };
      continue;
    }
    if (chosen.assign.length > 0) data = nextData(data, chosen, event);
    if (chosen.mark.length > 0 || chosen.unmark.length > 0) marks = nextMarks(marks, chosen);
    if (chosen.target !== undefined) {
      value = chosen.target;
      enteredAt = event.at;
    }
    at = event.at;
    count++;
    onStep?.(index, value, chosen.target !== undefined, clock.lastMs, undefined);
  }
  return { state: snapshot(flow, value, data, marks, at, enteredAt, count) };
}

/**
 * Folds an event log into the record's state: the state is nothing but its events, so replaying
 * the same log always gives the same state. Every event must be accepted; the first refused one
 * stops the replay with `flow.rejected_event` naming its index and why.
 *
 * With {@link FlowVersions}, each event replays under the version it was written with
 * (`flowVersion`), and the state is migrated forward where the log moves to a later version.
 *
 * @param flow - a flow, or every version of it
 * @param events - the log, oldest first
 * @param options - a guard context, a snapshot to continue from, a default version
 * @returns the state after the last event
 * @throws AftersalesError `flow.rejected_event` (path `events.<i>`), `flow.unknown_version`,
 *   `input.invalid_type` when `events` is not an array
 *
 * @example
 * const state = replay(repairOrderFlow, storedEvents);
 * state.value; // 'delivered'
 */
export function replay<D extends JsonObject>(
  flow: Flow<D> | FlowVersions<D>,
  events: readonly FlowEvent[],
  options: ReplayOptions<D> = {},
): FlowState<D> {
  if (!Array.isArray(events)) {
    throw AftersalesError.of('input.invalid_type', ['events'], {
      expected: 'array',
      received: typeName(events),
    });
  }
  if (!isObjectLike(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const fold = () => foldLog(flow as unknown as Flow | FlowVersions, events, options as ReplayOptions, false);
  // A snapshot to continue from is the caller's data: see readingCallerState.
  const { state, rejected } =
    options.from === undefined ? fold() : readingCallerState(['options', 'from'], fold);
  if (rejected) {
    const { index, rejection } = rejected;
    throw new AftersalesError([
      ...AftersalesError.of('flow.rejected_event', ['events', index], {
        index,
        event: rejection.event,
        state: rejection.state,
        reason: rejection.message.en,
        reasonZh: rejection.message.zh,
      }).issues,
      ...(rejection.issues ?? []).map((issue) =>
        createIssue(issue.code, ['events', index, ...issue.path], issue.params ?? {}),
      ),
    ]);
  }
  return state as FlowState<D>;
}

/**
 * {@link replay} that returns a result instead of throwing.
 *
 * @example
 * const result = safeReplay(repairOrderFlow, events);
 * if (!result.ok) console.log(result.issues[0]?.message.zh);
 */
export function safeReplay<D extends JsonObject>(
  flow: Flow<D> | FlowVersions<D>,
  events: readonly FlowEvent[],
  options: ReplayOptions<D> = {},
): Result<FlowState<D>> {
  return attempt(() => replay(flow, events, options));
}
