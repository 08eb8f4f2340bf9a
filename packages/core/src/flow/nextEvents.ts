import type { TraceStep } from '../decision/Decision';
import type { LocalizedText } from '../i18n/LocalizedText';
import type { JsonObject } from '../json/JsonValue';
import { type CompiledFlow, compiledOf, type Flow } from './createFlow';
import { runGuard } from './engine';
import { checkState, readingCallerState } from './transition';
import type { FlowEvent, FlowState, FlowUnblock } from './types';

/** One event a UI could offer from the current state: a button, enabled or not, with its tooltip. */
export interface NextEvent {
  readonly type: string;
  readonly title: LocalizedText;
  /** True when the guards that can be checked now pass. */
  readonly allowed: boolean;
  /** Where the first passing transition leads (the current state for an internal one). */
  readonly target?: string;
  /** The guards that block it, as trace steps (message and citation). */
  readonly failed: readonly TraceStep[];
  readonly unblock: readonly FlowUnblock[];
  /** Guards that read the event's payload and are checked only when the event is sent. */
  readonly checkedOnSend: readonly string[];
  readonly requiresReason: boolean;
}

/**
 * The events possible from the current state, in definition order, each saying whether it is
 * allowed now and, when not, which guards block it and what would unblock it: what a UI needs
 * to render enabled and disabled buttons with tooltips. A final state offers none.
 *
 * Guards that read the payload (a line id, an inspector) cannot be answered before the event
 * exists; they are listed in `checkedOnSend` and do not disable the event.
 *
 * @param flow - a flow made with `createFlow`
 * @param state - the current state
 * @param context - passed to the guards, as in `transition`
 * @returns one entry per event with a transition out of the current state
 * @throws AftersalesError for a `flow` or `state` that is not one
 *
 * @example
 * for (const next of nextEvents(repairOrderFlow, state)) {
 *   renderButton(next.title.zh, { disabled: !next.allowed, tooltip: next.failed[0]?.message.zh });
 * }
 */
export function nextEvents<D extends JsonObject>(
  flow: Flow<D>,
  state: FlowState<D>,
  context?: unknown,
): readonly NextEvent[] {
  const compiled = compiledOf(flow);
  checkState(flow as unknown as Flow, compiled, state);
  if (compiled.finals.has(state.value)) return [];
  return readingCallerState(['state'], () => probeEvents(flow as unknown as Flow, compiled, state, context));
}

function probeEvents(flow: Flow, compiled: CompiledFlow, state: FlowState, context: unknown): NextEvent[] {
  const out: NextEvent[] = [];
  const definition = flow.definition;
  // Stryker disable next-line ArrayDeclaration: checkState made sure the state has a row in the table
  for (const [type, candidates] of compiled.table.get(state.value) ?? []) {
    const probe: FlowEvent = { type, at: state.at ?? '1970-01-01T00:00:00Z', actor: 'system:probe' };
    const failed: TraceStep[] = [];
    const checkedOnSend = new Set<string>();
    let target: string | undefined;
    for (const candidate of candidates) {
      let passes = true;
      for (const guard of candidate.guards) {
        if (guard.definition.readsPayload === true) {
          checkedOnSend.add(guard.name);
          continue;
        }
        const verdict = runGuard(guard, state.data, state.marks, probe, context, true);
        if (verdict.status === 'failed') {
          passes = false;
          if (!failed.some((f) => f.rule === verdict.rule)) failed.push(verdict);
        }
      }
      if (passes) {
        target = candidate.target ?? state.value;
        break;
      }
    }
    const guards = definition.guards ?? {};
    out.push({
      type,
      title: (definition.events[type] as { title: LocalizedText }).title,
      allowed: target !== undefined,
      ...(target !== undefined ? { target } : {}),
      failed: target !== undefined ? [] : failed,
      unblock:
        target !== undefined ? [] : failed.map((f) => (guards[f.rule] as { unblock: FlowUnblock }).unblock),
      checkedOnSend: [...checkedOnSend],
      requiresReason: compiled.requiresReason.has(type),
    });
  }
  return out;
}
