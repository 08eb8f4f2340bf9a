import {
  type Flow,
  type FlowEvent,
  type FlowRejection,
  type FlowState,
  type JsonObject,
  type NextEvent,
  nextEvents,
} from '@aftersales/core';
import { deepFreeze } from './frozen';
import type { BlockedReason, FlowAction, FlowStoreSnapshot } from './types';

/**
 * Internal: builds the frozen snapshot a component reads. Every blocked reason is the engine's
 * (`nextEvents`): the store decides nothing itself, it only puts each failed guard next to what
 * unblocks it.
 */

const STAR = 'star:';

/** `nextEvents` lists the failed guards and their unblock hints in the same order: zip them. */
function reasonsOf(next: NextEvent): BlockedReason[] {
  return next.failed.map((step, index) => ({
    rule: step.rule,
    message: step.message,
    cite: step.cite,
    facts: step.facts,
    unblock: next.unblock[index] ?? { message: step.message },
  }));
}

function actionOf(flow: Flow, next: NextEvent): FlowAction {
  const payload = flow.definition.events[next.type]?.payload;
  return {
    type: next.type,
    title: next.title,
    enabled: next.allowed,
    ...(next.target !== undefined ? { target: next.target } : {}),
    reasons: reasonsOf(next),
    checkedOnSend: next.checkedOnSend,
    requiresReason: next.requiresReason,
    ...(payload !== undefined ? { payload } : {}),
  };
}

/** The snapshot of a state, its log and the last rejection, frozen all the way down. */
export function buildSnapshot<D extends JsonObject>(
  flow: Flow<D>,
  state: FlowState<D>,
  events: readonly FlowEvent[],
  rejection: FlowRejection | undefined,
  context: unknown,
): FlowStoreSnapshot<D> {
  const definition = flow.definition.states[state.value];
  const tags = definition?.tags ?? [];
  const stage = tags.find((tag) => tag.startsWith(STAR))?.slice(STAR.length);
  const allowed = nextEvents(flow, state, context).map((next) => actionOf(flow as unknown as Flow, next));
  return deepFreeze({
    state,
    title: definition?.title ?? { en: state.value, zh: state.value },
    tags,
    ...(stage !== undefined ? { stage } : {}),
    final: definition?.final === true,
    events,
    allowed,
    ...(rejection !== undefined ? { lastRejection: rejection } : {}),
  });
}
