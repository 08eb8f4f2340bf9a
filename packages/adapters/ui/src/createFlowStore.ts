import {
  AftersalesError,
  attempt,
  createIssue,
  type Flow,
  type FlowEvent,
  type FlowRejection,
  type FlowState,
  type FlowVersions,
  initialState,
  isAftersalesError,
  isFlowVersions,
  type JsonObject,
  migrateState,
  type Result,
  replay,
  type TransitionResult,
  transition,
} from '@aftersales/core';
import { deepFreeze, frozenJsonCopy } from './frozen';
import { createListeners, defaultReporter } from './listeners';
import { checkOptions } from './options';
import { buildSnapshot } from './snapshot';
import type { FlowStore, FlowStoreOptions, FlowStoreSnapshot } from './types';

/** The flow a store dispatches through: the flow itself, or the latest of its versions. */
function currentFlow<D extends JsonObject>(source: Flow<D> | FlowVersions<D>): Flow<D> {
  if (!isFlowVersions(source)) return source as Flow<D>;
  const versions = source as FlowVersions<D>;
  return versions.flows.find((flow) => flow.version === versions.latest) as Flow<D>;
}

/** Replays the stored log; its errors name the option they come from (`options.events[3]`). */
function replayLog<D extends JsonObject>(
  source: Flow<D> | FlowVersions<D>,
  flow: Flow<D>,
  events: readonly FlowEvent[],
  context: unknown,
): FlowState<D> {
  try {
    const state = replay(source, events, { context });
    // A log written under an older version is moved to the version new events are written in.
    return isFlowVersions(source) && state.version < flow.version
      ? migrateState(source as FlowVersions<D>, state, flow.version)
      : state;
  } catch (error) {
    if (!isAftersalesError(error) || error.path[0] !== 'events') throw error;
    throw new AftersalesError(
      error.issues.map((issue) => createIssue(issue.code, ['options', ...issue.path], issue.params ?? {})),
    );
  }
}

/**
 * An event written under another version than the store's: the engine would take it, but the
 * log could then not be replayed (a plain flow has one version; a versioned log never goes back).
 */
function versionRejection(flow: Flow, state: FlowState, event: unknown): FlowRejection | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const { flowVersion, type } = event as { flowVersion?: unknown; type?: unknown };
  if (typeof flowVersion !== 'number' || flowVersion === flow.version) return undefined;
  const issue = createIssue('flow.unknown_version', ['flowVersion'], {
    flow: flow.id,
    version: String(flowVersion),
    known: [String(flow.version)],
  });
  return {
    reason: 'invalid_event',
    event: typeof type === 'string' ? type : '',
    state: state.value,
    message: issue.message,
    failed: [],
    unblock: [
      {
        message: {
          en: `write the event under version ${flow.version}, or leave flowVersion out`,
          zh: `请按版本 ${flow.version} 填写事件，或不填 flowVersion`,
        },
        fields: ['flowVersion'],
      },
    ],
    issues: [issue],
  };
}

/**
 * A framework-free store for one record of any flow (repair order, complaint, warranty claim, or
 * a plugin's): `getSnapshot` / `subscribe` for React's `useSyncExternalStore`, Vue and Svelte, and
 * `dispatch` through the flow engine. It never reads the clock: time comes in each event.
 *
 * Listeners are called after each accepted event, and after each refused one too, because the
 * refusal is recorded in the snapshot (`lastRejection`), which is a change. A listener that throws
 * is reported to `onListenerError` and the others still run.
 *
 * With every version of a flow (`createFlowVersions`), a stored log replays under the versions it
 * was written with, the state is migrated to the latest, and new events are written (and stamped
 * with `flowVersion`) under the latest.
 *
 * @param flow - a flow made with `createFlow`, or its versions
 * @param options - a stored log to replay, a guard context, a reporter for failing listeners
 * @returns the store; nothing is built when the log does not replay
 * @throws AftersalesError `input.*` for a bad flow or option, `flow.rejected_event` (path
 *   `options.events[i]`) or `flow.unknown_version` for a stored log that does not replay
 *
 * @example
 * const store = createFlowStore(complaintFlow);
 * store.subscribe(() => render(store.getSnapshot()));
 * store.dispatch({ type: 'record_complaint', at: '2024-03-04T09:00:00+08:00', actor: 'EMP-CR-01' });
 * store.getSnapshot().state.value; // 'recorded'
 */
export function createFlowStore<D extends JsonObject>(
  flow: Flow<D> | FlowVersions<D>,
  options?: FlowStoreOptions,
): FlowStore<D> {
  const current = currentFlow(flow);
  const start = initialState(current); // also checks that `flow` is one
  const { events: stored, context, onListenerError } = checkOptions(options);
  const versioned = isFlowVersions(flow);

  let state = deepFreeze(stored === undefined ? start : replayLog(flow, current, stored, context));
  let events: readonly FlowEvent[] = Object.freeze((stored ?? []).map(frozenJsonCopy));
  let rejection: FlowRejection | undefined;
  let snapshot: FlowStoreSnapshot<D> = buildSnapshot(current, state, events, rejection, context);
  const listeners = createListeners(onListenerError ?? defaultReporter);

  const publish = (): void => {
    snapshot = buildSnapshot(current, state, events, rejection, context);
    listeners.notify();
  };

  const dispatch = (event: FlowEvent): TransitionResult<D> => {
    const refused = versionRejection(current as unknown as Flow, state as FlowState, event);
    const result: TransitionResult<D> = refused
      ? { ok: false, rejection: refused }
      : transition(current, state, event, context);
    if (result.ok) {
      state = deepFreeze(result.state);
      const logged =
        versioned && event.flowVersion === undefined ? { ...event, flowVersion: current.version } : event;
      events = Object.freeze([...events, frozenJsonCopy(logged)]);
      rejection = undefined;
    } else rejection = deepFreeze(result.rejection);
    publish();
    return result;
  };

  return Object.freeze({
    getSnapshot: () => snapshot,
    subscribe: (listener: () => void) => {
      if (typeof listener !== 'function') {
        throw AftersalesError.of('input.invalid_type', ['listener'], {
          expected: 'function',
          received: listener === null ? 'null' : typeof listener,
        });
      }
      return listeners.subscribe(listener);
    },
    dispatch,
    dismissRejection: () => {
      if (rejection === undefined) return;
      rejection = undefined;
      publish();
    },
  });
}

/**
 * {@link createFlowStore} that returns a result instead of throwing: a stored log that does not
 * replay is `{ ok: false, issues }`, with the index of the refused event.
 *
 * @example
 * const result = safeCreateFlowStore(warrantyClaimFlow, { events: storedEvents });
 * if (!result.ok) showError(result.issues[0]?.message.zh);
 */
export function safeCreateFlowStore<D extends JsonObject>(
  flow: Flow<D> | FlowVersions<D>,
  options?: FlowStoreOptions,
): Result<FlowStore<D>> {
  return attempt(() => createFlowStore(flow, options));
}
