import type {
  FlowEventDefinition,
  FlowPayloadField,
  FlowStateDefinition,
  FlowTransitionDefinition,
} from './types';

/**
 * Internal: the small builders the standard flow definitions are written with, so that each
 * definition file reads as the flow itself. What they build is plain data.
 */

/** A state's transitions by event. */
export type On = Record<string, FlowTransitionDefinition[]>;

/** An event's payload fields. */
export type Payload = Record<string, FlowPayloadField>;

/** One transition on an event: to `target`, or an internal one (no target) when it is `undefined`. */
export function to(
  target: string | undefined,
  extra: Omit<FlowTransitionDefinition, 'target'> = {},
): FlowTransitionDefinition[] {
  return [target === undefined ? extra : { target, ...extra }];
}

/** An event type: its title, whether it needs a reason, and its payload fields. */
export function eventType(
  en: string,
  zh: string,
  requiresReason = false,
  payload?: Payload,
): FlowEventDefinition {
  return {
    title: { en, zh },
    ...(requiresReason ? { requiresReason } : {}),
    ...(payload ? { payload } : {}),
  };
}

/** A state with one tag (`star:<stage>`, `status:<value>`) and its transitions, or a final state. */
export function stateOf(
  en: string,
  zh: string,
  tag: string,
  on: On = {},
  final = false,
): FlowStateDefinition {
  return { title: { en, zh }, tags: [tag], ...(final ? { final } : { on }) };
}
