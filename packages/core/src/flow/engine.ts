import type { TraceStep } from '../decision/Decision';
import { formatPath } from '../errors/AftersalesError';
import { isObjectLike } from '../errors/guards';
import type { LocalizedText } from '../i18n/LocalizedText';
import type { JsonObject } from '../json/JsonValue';
import { epochMsOrUndefined, type InstantSlot, readInstantInto } from '../time/instant';
import type { CompiledFlow, CompiledGuard, CompiledTransition, Flow } from './createFlow';
import { eventIssues, isWellFormedEnvelope } from './flowEvent';
import { pathToEvent } from './paths';
import { payloadIssues } from './payload';
import type { DataUpdate, FlowEvent, FlowRejection, FlowRejectionReason, FlowUnblock } from './types';

/**
 * Internal: how the engine decides. {@link select} checks an event and picks the transition;
 * {@link nextData} and {@link nextMarks} compute what the transition changes. `transition`
 * builds a new state from them; replay folds them without building one per event.
 */

type Named = {
  readonly event: string;
  readonly state: string;
  readonly eventZh: string;
  readonly stateZh: string;
};

const MESSAGES: Record<Exclude<FlowRejectionReason, 'guard_failed'>, (n: Named) => LocalizedText> = {
  invalid_event: (n) => ({ en: `the event '${n.event}' is malformed`, zh: `事件“${n.eventZh}”格式不正确` }),
  unknown_event: (n) => ({ en: `this flow has no event '${n.event}'`, zh: `该流程没有事件“${n.eventZh}”` }),
  final_state: (n) => ({
    en: `'${n.state}' is a final state: no event is accepted, '${n.event}' neither`,
    zh: `“${n.stateZh}”是终态，不再接受任何事件（包括“${n.eventZh}”）`,
  }),
  not_in_state: (n) => ({
    en: `'${n.event}' is not possible in state '${n.state}'`,
    zh: `状态“${n.stateZh}”下不能执行“${n.eventZh}”`,
  }),
  reason_required: (n) => ({ en: `'${n.event}' needs a reason`, zh: `“${n.eventZh}”必须填写原因` }),
  out_of_order: (n) => ({
    en: `'${n.event}' is dated before the record's last event`,
    zh: `“${n.eventZh}”的时间早于该记录的上一个事件`,
  }),
};

/** English names are the ids (what a developer greps for); Chinese names are the titles. */
function names(flow: Flow, event: string, state: string): Named {
  const def = flow.definition;
  // Stryker disable next-line OptionalChaining: createFlow checked the definition, so an own key of events is an event
  const eventZh = Object.hasOwn(def.events, event) ? (def.events[event]?.title.zh ?? event) : event;
  // Stryker disable next-line OptionalChaining: as for events, an own key of states is a state
  const stateZh = Object.hasOwn(def.states, state) ? (def.states[state]?.title.zh ?? state) : state;
  return { event, state, eventZh, stateZh };
}

function pathUnblock(flow: Flow, path: readonly string[]): FlowUnblock {
  // Stryker disable next-line StringLiteral: only the event's name is read, the state's is not used
  const zh = path.map((event) => names(flow, event, '').eventZh);
  return { message: { en: `first: ${path.join(' → ')}`, zh: `需先完成：${zh.join(' → ')}` }, events: path };
}

function reject(
  flow: Flow,
  reason: FlowRejectionReason,
  event: string,
  state: string,
  extra: Partial<Pick<FlowRejection, 'failed' | 'unblock' | 'issues' | 'message'>> = {},
): { ok: false; rejection: FlowRejection } {
  const message =
    // Stryker disable next-line ConditionalExpression,StringLiteral: a guard_failed rejection always brings its own message
    extra.message ?? MESSAGES[reason === 'guard_failed' ? 'not_in_state' : reason](names(flow, event, state));
  return {
    ok: false,
    rejection: {
      reason,
      event,
      state,
      message,
      failed: extra.failed ?? [],
      unblock: extra.unblock ?? [],
      ...(extra.issues ? { issues: extra.issues } : {}),
    },
  };
}

/** Runs one guard; `undefined` means it passed and no trace was asked for. */
export function runGuard(
  guard: CompiledGuard,
  data: JsonObject,
  marks: readonly string[],
  event: FlowEvent,
  context: unknown,
  withTrace: true,
): TraceStep;
export function runGuard(
  guard: CompiledGuard,
  data: JsonObject,
  marks: readonly string[],
  event: FlowEvent,
  context: unknown,
  withTrace: boolean,
): TraceStep | undefined | false;
export function runGuard(
  guard: CompiledGuard,
  data: JsonObject,
  marks: readonly string[],
  event: FlowEvent,
  context: unknown,
  withTrace: boolean,
): TraceStep | undefined | false {
  let passed = true;
  let facts: JsonObject | undefined;
  let message: LocalizedText | undefined;
  const required = guard.requireMarks;
  for (let i = 0; i < required.length; i++) if (!marks.includes(required[i] as string)) passed = false;
  const forbidden = guard.forbidMarks;
  for (let i = 0; i < forbidden.length; i++) if (marks.includes(forbidden[i] as string)) passed = false;
  if (passed && guard.check !== undefined) {
    const verdict = guard.check(data, event, context);
    if (typeof verdict === 'boolean') passed = verdict;
    else {
      passed = verdict.passed === true;
      facts = verdict.facts;
      message = verdict.message;
    }
  }
  if (!withTrace) return passed ? undefined : false;
  const def = guard.definition;
  const markFacts = guard.requireMarks.length + guard.forbidMarks.length > 0 ? { marks: [...marks] } : {};
  return {
    rule: guard.name,
    status: passed ? 'passed' : 'failed',
    facts: { ...markFacts, ...(facts ?? {}) },
    message: message ?? (passed ? def.title : def.message),
    cite: def.cite,
  };
}

/** The marks after a transition. */
export function nextMarks(marks: readonly string[], transition: CompiledTransition): readonly string[] {
  let next = marks;
  if (transition.unmark.length > 0) next = next.filter((mark) => !transition.unmark.includes(mark));
  const added = transition.mark;
  for (let i = 0; i < added.length; i++) {
    const mark = added[i] as string;
    if (!next.includes(mark)) next = [...next, mark];
  }
  return next;
}

/** The data after a transition's updates, in order. */
export function nextData(data: JsonObject, transition: CompiledTransition, event: FlowEvent): JsonObject {
  let next = data;
  const updates = transition.assign;
  for (let i = 0; i < updates.length; i++) next = (updates[i] as DataUpdate)(next, event);
  return next;
}

/** What {@link select} found: the transition to take (with the event's time), or why not. */
export type Selection =
  | {
      readonly ok: true;
      readonly transition: CompiledTransition;
      readonly ms: number;
      readonly trace: readonly TraceStep[];
    }
  | { readonly ok: false; readonly rejection: FlowRejection };

/** Does a guard pass? The fast path's check: no trace, no facts. */
function passes(
  guard: CompiledGuard,
  data: JsonObject,
  marks: readonly string[],
  event: FlowEvent,
  context: unknown,
): boolean {
  // Indexed loops: the mark lists are frozen, and for…of over a frozen array allocates an
  // iterator result per step where a plain loop allocates nothing.
  const required = guard.requireMarks;
  for (let i = 0; i < required.length; i++) if (!marks.includes(required[i] as string)) return false;
  const forbidden = guard.forbidMarks;
  for (let i = 0; i < forbidden.length; i++) if (marks.includes(forbidden[i] as string)) return false;
  if (guard.check === undefined) return true;
  const verdict = guard.check(data, event, context);
  return typeof verdict === 'boolean' ? verdict : verdict.passed === true;
}

/**
 * Internal: the fold's fast path, for the common case of an event that is accepted. It makes
 * the same checks as {@link select} in the same order, builds nothing, and answers only with
 * the transition (its time written to the fold's clock), or `undefined` for anything else; the
 * caller then asks {@link select} for the full rejection. Kept apart from `select` because a
 * small function is one the JIT optimizes well.
 */
export function selectFast(
  flow: Flow,
  compiled: CompiledFlow,
  value: string,
  data: JsonObject,
  marks: readonly string[],
  clock: FoldClock,
  event: FlowEvent,
  context: unknown,
): CompiledTransition | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const type = event.type;
  if (!readInstantInto(event.at, clock) || typeof type !== 'string') return undefined;
  // Stryker disable next-line OptionalChaining: value is a state of the flow, and entries has a row per state
  const entry = compiled.entries.get(value)?.get(type);
  if (entry === undefined) return undefined;
  const payload = entry.payload;
  if (!isWellFormedEnvelope(event as unknown as Readonly<Record<string, unknown>>, payload === undefined))
    return undefined;
  if (entry.requiresReason && (event.reason === undefined || event.reason.trim() === '')) return undefined;
  if (clock.started && clock.ms < clock.lastMs) return undefined;
  if (payload !== undefined && payloadIssues(payload, event.data) !== undefined) return undefined;
  const extra = flow.implementation.payload?.[type];
  if (extra !== undefined && extra(event.data).length > 0) return undefined;
  const transitions = entry.transitions;
  for (let t = 0; t < transitions.length; t++) {
    const candidate = transitions[t] as CompiledTransition;
    const guards = candidate.guards;
    let ok = true;
    for (let g = 0; g < guards.length; g++) {
      if (!passes(guards[g] as CompiledGuard, data, marks, event, context)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      clock.lastMs = clock.ms;
      clock.started = true;
      return candidate;
    }
  }
  return undefined;
}

/**
 * The time of the last event a fold accepted. An object rather than a number passed in and out:
 * event times are beyond the small-integer range, and a number crossing a call is boxed, one
 * allocation per event; a field of an object is written in place.
 */
export interface FoldClock extends InstantSlot {
  /** The time of the last accepted event (valid when `started`). */
  lastMs: number;
  started: boolean;
}

/** A clock for a fold, at `lastMs` when the state already has a time. */
export function createFoldClock(lastMs: number | undefined): FoldClock {
  // Made with a fraction, so that every clock has the same shape and the field holds doubles.
  // Stryker disable next-line ObjectLiteral: the shape only; ms is written before it is read, lastMs read only once started
  const clock: FoldClock = { ms: 0.5, lastMs: 0.5, started: false };
  if (lastMs !== undefined) {
    clock.lastMs = lastMs;
    clock.started = true;
  }
  return clock;
}

/**
 * Internal: the heart of the engine. Checks the event (envelope, type, state, reason, time
 * order, payload) and picks the first transition whose guards pass, reading the current state
 * as loose parts so that replay can keep them in local variables instead of allocating a
 * state per event. It builds the trace of every guard it runs; replay's fast path is
 * {@link selectFast}, and `select` explains what the fast path refused.
 */
export function select(
  flow: Flow,
  compiled: CompiledFlow,
  value: string,
  data: JsonObject,
  marks: readonly string[],
  lastMs: number | undefined,
  event: FlowEvent,
  context: unknown,
): Selection {
  const ms = isObjectLike(event) ? epochMsOrUndefined(event.at) : undefined;
  const type = typeof (event as { type?: unknown } | null)?.type === 'string' ? event.type : '';
  const spec = compiled.eventSpecs.get(type);
  const declared = spec?.payload !== undefined;
  if (
    ms === undefined ||
    !isWellFormedEnvelope(event as unknown as Readonly<Record<string, unknown>>, !declared)
  ) {
    return reject(flow, 'invalid_event', type, value, { issues: eventIssues(event) });
  }
  // Stryker disable next-line OptionalChaining: value is a state of the flow (checkState, or a transition's target)
  const candidates = compiled.table.get(value)?.get(type);
  if (candidates === undefined) {
    if (!compiled.events.has(type)) return reject(flow, 'unknown_event', type, value);
    if (compiled.finals.has(value)) return reject(flow, 'final_state', type, value);
    const path = pathToEvent(compiled, value, type);
    const unblock: FlowUnblock[] = path === null ? [] : [pathUnblock(flow, path)];
    return reject(flow, 'not_in_state', type, value, { unblock });
  }
  // Stryker disable next-line OptionalChaining: candidates exist only for a declared event, which has a spec
  if (spec?.requiresReason === true && (event.reason === undefined || event.reason.trim() === '')) {
    return reject(flow, 'reason_required', type, value, {
      unblock: [{ message: { en: 'give the reason', zh: '请填写原因' }, fields: ['reason'] }],
    });
  }
  if (lastMs !== undefined && ms < lastMs) return reject(flow, 'out_of_order', type, value);
  // Stryker disable next-line OptionalChaining: candidates exist only for a declared event, which has a spec
  const issues = spec?.payload === undefined ? undefined : payloadIssues(spec.payload, event.data);
  const extra = flow.implementation.payload?.[type]?.(event.data);
  if (issues !== undefined || (extra !== undefined && extra.length > 0)) {
    const all = [...(issues ?? []), ...(extra ?? [])];
    return reject(flow, 'invalid_event', type, value, {
      issues: all,
      unblock: [
        {
          message: { en: 'correct the event payload', zh: '请更正事件数据' },
          fields: all.map((i) => formatPath(i.path)),
        },
      ],
    });
  }

  const failed: TraceStep[] = [];
  for (const candidate of candidates) {
    const passedSteps: TraceStep[] = [];
    let ok = true;
    for (const guard of candidate.guards) {
      const verdict = runGuard(guard, data, marks, event, context, true);
      if (verdict.status === 'passed') passedSteps.push(verdict);
      else {
        ok = false;
        if (!failed.some((f) => f.rule === verdict.rule)) failed.push(verdict);
      }
    }
    if (ok) return { ok: true, transition: candidate, ms, trace: passedSteps };
  }
  const guards = flow.definition.guards ?? {};
  return reject(flow, 'guard_failed', type, value, {
    failed,
    unblock: failed.map((f) => (guards[f.rule] as { unblock: FlowUnblock }).unblock),
    message: {
      en: `'${type}' is blocked: ${failed.map((f) => f.message.en).join('; ')}`,
      zh: `“${names(flow, type, value).eventZh}”被阻止：${failed.map((f) => f.message.zh).join('；')}`,
    },
  });
}
