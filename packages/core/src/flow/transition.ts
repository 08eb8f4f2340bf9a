import { AftersalesError, type IssuePath, isAftersalesError } from '../errors/AftersalesError';
import { describeValue, isObjectLike, typeName } from '../errors/guards';
import type { JsonObject } from '../json/JsonValue';
import { epochMsOrUndefined } from '../time/instant';
import { type CompiledFlow, compiledOf, type Flow } from './createFlow';
import { nextData, nextMarks, select } from './engine';
import type { FlowEffect, FlowEvent, FlowRejection, FlowState, TransitionResult } from './types';

/**
 * A fresh, unfrozen copy of the initial data. The flow keeps its own copy frozen; the state's
 * copy is not, because V8 copies a frozen object (`{ ...data }`) several times slower, and
 * every data update starts with such a copy.
 */
function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = plainCopy(value[key]);
    return out as T;
  }
  return value;
}

/**
 * The state of a record before any event: the flow's initial state and initial data.
 *
 * @example
 * const state = initialState(repairOrderFlow); // { value: 'new', data: { lines: [], … }, … }
 */
export function initialState<D extends JsonObject>(flow: Flow<D>): FlowState<D> {
  compiledOf(flow);
  return {
    flow: flow.id,
    version: flow.version,
    value: flow.definition.initial,
    data: plainCopy(flow.implementation.initialData),
    marks: [],
    at: null,
    enteredAt: null,
    eventCount: 0,
  };
}

/** Checks that `state` is a state of this flow and version; a coded error otherwise. */
export function checkState(flow: Flow, compiled: CompiledFlow, state: unknown): asserts state is FlowState {
  if (!isObjectLike(state) || typeof state.value !== 'string' || !Array.isArray(state.marks)) {
    throw AftersalesError.of('input.invalid_type', ['state'], {
      expected: 'a flow state',
      received: typeName(state),
    });
  }
  if (state.flow !== flow.id || state.version !== flow.version) {
    throw AftersalesError.of('flow.state_mismatch', ['state'], {
      // describeValue: String() throws for a symbol or an object whose toString is not a function.
      stateFlow: describeValue(state.flow),
      stateVersion: describeValue(state.version),
      flow: flow.id,
      version: flow.version,
    });
  }
  if (!compiled.table.has(state.value)) {
    throw AftersalesError.of('input.invalid_value', ['state', 'value'], {
      allowed: [...compiled.table.keys()],
    });
  }
}

/**
 * Internal: runs `read` over a state a caller passed in (a snapshot stored and read back, perhaps
 * edited or damaged). The flow's guards and data updates read the data the flow wrote itself, so
 * one that cannot read this data (`lines: 5` is not iterable) throws: that becomes a coded error
 * at the state's data, not a TypeError.
 */
export function readingCallerState<T>(path: IssuePath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isAftersalesError(error)) throw error;
    throw AftersalesError.of('input.invalid', [...path, 'data'], {
      detail: `the flow cannot read this state's data (${error instanceof Error ? error.message : String(error)})`,
      detailZh: `流程无法读取该状态的数据（${error instanceof Error ? error.message : String(error)}）`,
    });
  }
}

/**
 * Internal: one step on a full state, for `transition`, `can` and the fold's slow path.
 */
export function step(
  flow: Flow,
  compiled: CompiledFlow,
  state: FlowState,
  event: FlowEvent,
  context: unknown,
): TransitionResult {
  const lastMs = state.at === null ? undefined : epochMsOrUndefined(state.at);
  const selected = select(flow, compiled, state.value, state.data, state.marks, lastMs, event, context);
  if (!selected.ok) return selected;
  const chosen = selected.transition;
  const next: FlowState = {
    flow: state.flow,
    version: state.version,
    value: chosen.target ?? state.value,
    data: nextData(state.data, chosen, event),
    marks: nextMarks(state.marks, chosen),
    at: event.at,
    enteredAt: chosen.target !== undefined ? event.at : state.enteredAt,
    eventCount: state.eventCount + 1,
  };
  const effects: FlowEffect[] = chosen.effects.map((effect) => ({
    type: effect,
    event: event.type,
    from: state.value,
    to: next.value,
    at: event.at,
  }));
  return { ok: true, state: next, effects, trace: selected.trace };
}

/**
 * Applies an event to a state: the next state and the effects to carry out, or a rejection that
 * says why (the failed guards, each with its message and citation) and what would unblock it
 * (the missing step, or the field to fill). Pure: `state` is not changed.
 *
 * @param flow - a flow made with `createFlow`
 * @param state - the current state (from `initialState`, `replay` or a previous transition)
 * @param event - what happened: type, time, actor, reason, payload
 * @param context - anything the flow's guards read besides the state (passed through untouched)
 * @returns `{ ok: true, state, effects, trace }` or `{ ok: false, rejection }`
 * @throws AftersalesError only for a `flow` or `state` that is not one (a refused event is a result),
 *   including `input.invalid` at `state.data` for data the flow's guards cannot read
 *
 * @example
 * const result = transition(repairOrderFlow, state, {
 *   type: 'deliver', at: '2024-03-01T17:00:00+08:00', actor: 'EMP-SA-01',
 * });
 * if (!result.ok) console.log(result.rejection.message.zh, result.rejection.unblock);
 */
export function transition<D extends JsonObject>(
  flow: Flow<D>,
  state: FlowState<D>,
  event: FlowEvent,
  context?: unknown,
): TransitionResult<D> {
  const compiled = compiledOf(flow);
  checkState(flow as unknown as Flow, compiled, state);
  return readingCallerState(
    ['state'],
    () => step(flow as unknown as Flow, compiled, state as FlowState, event, context) as TransitionResult<D>,
  );
}

/**
 * Would this event be accepted? The same answer as {@link transition} without the new state: the
 * target, or the rejection with its reasons and what would unblock it.
 *
 * @example
 * const answer = can(repairOrderFlow, state, { type: 'settle', at, actor: 'EMP-CASH-01' });
 * if (!answer.allowed) showTooltip(answer.rejection.message.zh);
 */
export function can<D extends JsonObject>(
  flow: Flow<D>,
  state: FlowState<D>,
  event: FlowEvent,
  context?: unknown,
):
  | { readonly allowed: true; readonly target: string }
  | { readonly allowed: false; readonly rejection: FlowRejection } {
  const result = transition(flow, state, event, context);
  return result.ok
    ? { allowed: true, target: result.state.value }
    : { allowed: false, rejection: result.rejection };
}
