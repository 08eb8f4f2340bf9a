import type { LocalizedText } from '../../i18n/LocalizedText';
import type { JsonObject } from '../../json/JsonValue';
import { compiledOf, type Flow } from '../createFlow';
import type { FlowTransitionDefinition } from '../types';

/**
 * The XState form of a flow, as plain JSON: a flat machine (one XState state per flow state)
 * whose guards and data updates are two parameterized implementations, `aftersales.guards` and
 * `aftersales.apply` (see `createXStateImplementations`). Only the engine's transition logic is
 * exported: the checks of the event itself (a well-formed envelope, a known event type, a
 * non-decreasing `at`, a reason where one is required, a valid payload) stay with the engine's
 * `transition`, so an XState actor must be fed events that already pass them.
 */

/** The guard type every guarded transition of the exported config uses. */
export const XSTATE_GUARD_TYPE = 'aftersales.guards';
/** The action type every transition that changes data or marks uses. */
export const XSTATE_APPLY_TYPE = 'aftersales.apply';

/** The XState machine context of an exported flow: the flow's data and its marks. */
export type XStateFlowContext<D extends JsonObject = JsonObject> = {
  readonly data: D;
  readonly marks: readonly string[];
};

/** The params of the `aftersales.guards` guard: the flow's guard names, all of which must pass. */
export type XStateGuardParams = { readonly guards: readonly string[] };

/** The params of the `aftersales.apply` action: data updates in order, then marks removed and set. */
export type XStateApplyParams = {
  readonly assign: readonly string[];
  readonly mark: readonly string[];
  readonly unmark: readonly string[];
};

/** One candidate transition of an exported state (XState `TransitionConfig`). */
export type XStateTransitionConfig = {
  /** A sibling state's name; absent for an internal transition (no exit, no re-entry). */
  readonly target?: string;
  /** Present for a transition to its own state: the engine re-enters it (new `enteredAt`). */
  readonly reenter?: true;
  readonly guard?: { readonly type: typeof XSTATE_GUARD_TYPE; readonly params: XStateGuardParams };
  readonly actions?: readonly [
    { readonly type: typeof XSTATE_APPLY_TYPE; readonly params: XStateApplyParams },
  ];
  /** The flow's effects of this transition (data for the caller, not XState actions). */
  readonly meta?: { readonly effects: readonly string[] };
};

/** One exported state (XState `StateNodeConfig`). */
export type XStateStateConfig = {
  readonly type?: 'final';
  readonly tags?: readonly string[];
  readonly meta: { readonly title: LocalizedText };
  readonly on?: Readonly<Record<string, readonly XStateTransitionConfig[]>>;
};

/** The exported machine config (XState v5 `MachineConfig`), plain JSON. */
export type XStateMachineConfig<D extends JsonObject = JsonObject> = {
  readonly id: string;
  readonly initial: string;
  readonly context: XStateFlowContext<D>;
  readonly meta: { readonly version: number; readonly title: LocalizedText };
  readonly states: Readonly<Record<string, XStateStateConfig>>;
};

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function transitionConfig(source: string, transition: FlowTransitionDefinition): XStateTransitionConfig {
  const guards = transition.guards ?? [];
  const assign = transition.assign ?? [];
  const mark = transition.mark ?? [];
  const unmark = transition.unmark ?? [];
  const effects = transition.effects ?? [];
  const applies = assign.length + mark.length + unmark.length > 0;
  return {
    ...(transition.target !== undefined ? { target: transition.target } : {}),
    ...(transition.target === source ? { reenter: true as const } : {}),
    ...(guards.length > 0 ? { guard: { type: XSTATE_GUARD_TYPE, params: { guards: [...guards] } } } : {}),
    ...(applies
      ? {
          actions: [
            {
              type: XSTATE_APPLY_TYPE,
              params: { assign: [...assign], mark: [...mark], unmark: [...unmark] },
            },
          ] as const,
        }
      : {}),
    ...(effects.length > 0 ? { meta: { effects: [...effects] } } : {}),
  };
}

/**
 * Converts a flow into an XState v5 machine config: plain JSON (no functions), so it can be
 * stored, diffed, or pasted into Stately's editor. Each flow state becomes a top-level XState
 * state in definition order, with `type: 'final'`, its tags, and `meta.title`; each event's
 * candidate transitions keep their order, so XState picks the first whose guard passes, as the
 * engine does. The context is `{ data: initialData, marks: [] }`.
 *
 * - A transition's guards become one guard `{ type: 'aftersales.guards', params: { guards } }`.
 * - Its data updates and marks become one action
 *   `{ type: 'aftersales.apply', params: { assign, mark, unmark } }`.
 * - A transition without a target stays internal (no exit, no entry); one that targets its own
 *   state gets `reenter: true`, since the engine re-enters it.
 * - Its effects are kept as `meta.effects` (the engine returns them as data, XState runs nothing).
 *
 * Run it with `setup(createXStateImplementations(flow, { assign })).createMachine(config)`.
 * The engine's checks of the event envelope (well-formed, known type, `at` not before the last
 * event, reason, payload) are not part of the export: XState ignores an unknown event like the
 * engine refuses it, but accepts a late or malformed one.
 *
 * @param flow - a flow made with `createFlow`
 * @returns the machine config, a fresh JSON object on every call
 * @throws AftersalesError `input.invalid_type` when `flow` was not made with `createFlow`
 *
 * @example
 * import { assign, createActor, setup } from 'xstate';
 * const config = toXStateConfig(repairOrderFlow);
 * const machine = setup(createXStateImplementations(repairOrderFlow, { assign })).createMachine(config);
 * const actor = createActor(machine).start();
 * actor.send({ type: 'receive_vehicle', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-SA-01' });
 * actor.getSnapshot().value; // 'received'
 */
export function toXStateConfig<D extends JsonObject>(flow: Flow<D>): XStateMachineConfig<D> {
  compiledOf(flow);
  const definition = flow.definition;
  const states: Record<string, XStateStateConfig> = {};
  for (const [name, state] of Object.entries(definition.states)) {
    const on: Record<string, XStateTransitionConfig[]> = {};
    for (const [event, transitions] of Object.entries(state.on ?? {})) {
      on[event] = transitions.map((transition) => transitionConfig(name, transition));
    }
    states[name] = {
      ...(state.final === true ? { type: 'final' as const } : {}),
      ...(state.tags !== undefined && state.tags.length > 0 ? { tags: [...state.tags] } : {}),
      meta: { title: { en: state.title.en, zh: state.title.zh } },
      ...(Object.keys(on).length > 0 ? { on } : {}),
    };
  }
  return {
    id: definition.id,
    initial: definition.initial,
    context: { data: jsonCopy(flow.implementation.initialData), marks: [] },
    meta: { version: definition.version, title: { en: definition.title.en, zh: definition.title.zh } },
    states,
  };
}
