import { describe, expect, it } from 'vitest';
import { createFlow } from './createFlow';
import { nextEvents } from './nextEvents';
import {
  at,
  blockedResolve,
  deepFreeze,
  ev,
  issuesOf,
  type TicketData,
  ticketDefinition,
  ticketFlow,
  ticketImplementation,
} from './testing';
import { initialState, transition } from './transition';
import type { FlowEvent, FlowState } from './types';

/** The state after `events`; fails the test on a refusal. */
function walk(events: readonly FlowEvent[], from = initialState(ticketFlow)): FlowState<TicketData> {
  let state = from;
  for (const event of events) {
    const result = transition(ticketFlow, state, event);
    if (!result.ok) throw new Error(`'${event.type}' was refused: ${result.rejection.message.en}`);
    state = result.state;
  }
  return state;
}

const inProgress = walk([ev('assign', at(1, 9))]);
const note = ev('note', at(1, 10), { data: { text: '已联系客户' } });

/** An allowed entry as the UI gets it. */
const allowed = (type: string, en: string, zh: string, target: string, requiresReason = false) => ({
  type,
  title: { en, zh },
  allowed: true,
  target,
  failed: [],
  unblock: [],
  checkedOnSend: [],
  requiresReason,
});

describe('nextEvents', () => {
  it('returns the events of the initial state, each allowed, with their targets', () => {
    expect(nextEvents(ticketFlow, initialState(ticketFlow))).toEqual([
      allowed('assign', 'Assign', '分派', 'in_progress'),
      allowed('cancel', 'Cancel', '取消', 'cancelled', true),
    ]);
  });

  it('returns every event of the state in definition order, blocked ones with failed guards and unblock', () => {
    expect(nextEvents(ticketFlow, inProgress)).toEqual([
      allowed('note', 'Add a note', '添加备注', 'in_progress'),
      allowed('set_priority', 'Set the priority', '设置优先级', 'in_progress'),
      allowed('pass_qc', 'Pass the check', '检查通过', 'in_progress'),
      allowed('fail_qc', 'Fail the check', '检查未通过', 'in_progress'),
      {
        type: 'resolve',
        title: { en: 'Resolve', zh: '解决' },
        allowed: false,
        ...blockedResolve,
        checkedOnSend: [],
        requiresReason: false,
      },
      allowed('hold', 'Hold', '挂起', 'on_hold', true),
      { ...allowed('escalate', 'Escalate', '升级', 'in_progress'), checkedOnSend: ['ticket.tier-allowed'] },
    ]);
  });

  it('returns exactly the events with a transition out of the current state', () => {
    const states = [
      initialState(ticketFlow),
      inProgress,
      walk([ev('hold', at(1, 10), { reason: '等待配件' })], inProgress),
      walk([note, ev('pass_qc', at(1, 11)), ev('resolve', at(1, 12))], inProgress),
    ];
    for (const state of states) {
      expect(nextEvents(ticketFlow, state).map((next) => next.type)).toEqual(
        Object.keys(ticketDefinition.states[state.value]?.on ?? {}),
      );
    }
  });

  it('returns the failed guards that transition would report for the same event', () => {
    const listed = nextEvents(ticketFlow, inProgress).find((next) => next.type === 'resolve');
    const result = transition(ticketFlow, inProgress, ev('resolve', at(1, 10)));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect([listed?.failed, listed?.unblock]).toEqual([result.rejection.failed, result.rejection.unblock]);
  });

  it('returns the target of the first passing candidate when a guarded event is allowed', () => {
    const resolve = (state: FlowState<TicketData>) =>
      nextEvents(ticketFlow, state).find((n) => n.type === 'resolve');
    // A note and low priority: the fast close (first candidate) passes.
    const low = walk([note, ev('set_priority', at(1, 11), { data: { level: 'low' } })], inProgress);
    expect(resolve(low)).toMatchObject({ allowed: true, target: 'closed', failed: [], unblock: [] });
    // A note and the check passed, no priority: the fast close fails, the normal way passes.
    const checked = walk([note, ev('pass_qc', at(1, 11))], inProgress);
    expect(resolve(checked)).toMatchObject({ allowed: true, target: 'resolved', failed: [], unblock: [] });
  });

  it('returns an event blocked by a forbidden mark with the marks as facts', () => {
    const escalated = walk([ev('escalate', at(1, 10), { data: { tier: 'l2' } })], inProgress);
    expect(nextEvents(ticketFlow, escalated).find((next) => next.type === 'hold')).toEqual({
      type: 'hold',
      title: { en: 'Hold', zh: '挂起' },
      allowed: false,
      failed: [
        {
          rule: 'ticket.not-escalated',
          status: 'failed',
          facts: { marks: ['ticket.escalated'] },
          message: { en: 'an escalated ticket cannot be held', zh: '已升级的工单不能挂起' },
          cite: 'manual:ticket.hold',
        },
      ],
      unblock: [{ message: { en: 'ask the L3 team', zh: '请联系三线团队' } }],
      checkedOnSend: [],
      requiresReason: true,
    });
  });

  it('returns a payload-reading guard in checkedOnSend without running it or blocking the event', () => {
    const throwing = createFlow(ticketDefinition, {
      ...ticketImplementation,
      guards: {
        ...ticketImplementation.guards,
        'ticket.tier-allowed': () => {
          throw new Error('a payload guard ran without a payload');
        },
      },
    });
    // The same id and version: a state of the ticket flow is a state of this one.
    expect(nextEvents(throwing, inProgress).find((next) => next.type === 'escalate')).toMatchObject({
      allowed: true,
      checkedOnSend: ['ticket.tier-allowed'],
    });
  });

  it('returns no event when the state is final', () => {
    expect(nextEvents(ticketFlow, walk([ev('cancel', at(1, 9), { reason: '重复工单' })]))).toEqual([]);
    const closed = walk(
      [note, ev('set_priority', at(1, 11), { data: { level: 'low' } }), ev('resolve', at(1, 12))],
      inProgress,
    );
    expect([closed.value, nextEvents(ticketFlow, closed)]).toEqual(['closed', []]);
  });

  it('never changes the state it is given', () => {
    const state = deepFreeze(walk([note, ev('pass_qc', at(1, 11))], inProgress));
    const before = structuredClone(state);
    nextEvents(ticketFlow, state);
    expect(state).toEqual(before);
  });

  it('throws flow.state_mismatch at state when the state belongs to another version', () => {
    const ticketV2 = createFlow({ ...ticketDefinition, version: 2 }, ticketImplementation);
    expect(issuesOf(() => nextEvents(ticketV2, inProgress)).map(({ code, path }) => [code, path])).toEqual([
      ['flow.state_mismatch', ['state']],
    ]);
  });
});
