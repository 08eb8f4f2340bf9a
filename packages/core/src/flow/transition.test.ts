import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/JsonValue';
import { createFlow, type Flow } from './createFlow';
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
import { can, initialState, transition } from './transition';
import type { FlowEvent, FlowRejection, FlowState } from './types';

const assign = ev('assign', at(1, 9));
const note = (time: string) => ev('note', time, { data: { text: '客户来电说明故障' } });
const priority = (level: string, time: string) => ev('set_priority', time, { data: { level } });

/** The state after `events`, applied one by one with `transition`; fails the test on a refusal. */
function walk(events: readonly FlowEvent[], from = initialState(ticketFlow)): FlowState<TicketData> {
  let state = from;
  for (const event of events) {
    const result = transition(ticketFlow, state, event);
    if (!result.ok) throw new Error(`'${event.type}' was refused: ${result.rejection.message.en}`);
    state = result.state;
  }
  return state;
}

/** The rejection of `event` in `state`; fails the test when it was accepted. */
function refusal(state: FlowState<TicketData>, event: FlowEvent): FlowRejection {
  const result = transition(ticketFlow, state, event);
  if (result.ok) throw new Error(`'${event.type}' was accepted in '${result.state.value}'`);
  return result.rejection;
}

/** Sends `event` as received from an untrusted caller (any shape). */
function refusalOfAnything(state: FlowState<TicketData>, event: unknown): FlowRejection {
  return refusal(state, event as FlowEvent);
}

const inProgress = walk([assign]);

describe('initialState', () => {
  it('returns the initial state with a fresh copy of the initial data when no event happened', () => {
    const state = initialState(ticketFlow);
    expect(state).toEqual({
      flow: 'ticket',
      version: 1,
      value: 'open',
      data: { notes: 0, priority: null },
      marks: [],
      at: null,
      enteredAt: null,
      eventCount: 0,
    });
    expect(state.data).not.toBe(ticketFlow.implementation.initialData);
    expect(Object.isFrozen(state.data)).toBe(false);
  });

  it('throws input.invalid_type at flow when the flow was not made with createFlow', () => {
    const fake = { ...ticketFlow } as Flow<TicketData>;
    expect(issuesOf(() => initialState(fake)).map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'input.invalid_type', path: ['flow'] },
    ]);
  });
});

describe('transition', () => {
  describe('an accepted event', () => {
    it('returns the next state and the effects as data when the event is accepted', () => {
      expect(transition(ticketFlow, initialState(ticketFlow), assign)).toEqual({
        ok: true,
        state: {
          flow: 'ticket',
          version: 1,
          value: 'in_progress',
          data: { notes: 0, priority: null },
          marks: [],
          at: at(1, 9),
          enteredAt: at(1, 9),
          eventCount: 1,
        },
        effects: [
          { type: 'ticket.notify-assignee', event: 'assign', from: 'open', to: 'in_progress', at: at(1, 9) },
        ],
        trace: [],
      });
    });

    it('returns the passed guards as trace steps with rule, facts, message and citation', () => {
      // Notes 1, priority high, check passed: the fast close fails on the priority, so the second
      // candidate is taken, and only its guards are in the trace.
      const ready = walk([assign, note(at(1, 10)), ev('pass_qc', at(1, 11)), priority('high', at(1, 12))]);
      expect(transition(ticketFlow, ready, ev('resolve', at(1, 13)))).toEqual({
        ok: true,
        state: {
          flow: 'ticket',
          version: 1,
          value: 'resolved',
          data: { notes: 1, priority: 'high' },
          marks: ['ticket.qc-passed'],
          at: at(1, 13),
          enteredAt: at(1, 13),
          eventCount: 5,
        },
        effects: [
          {
            type: 'ticket.notify-customer',
            event: 'resolve',
            from: 'in_progress',
            to: 'resolved',
            at: at(1, 13),
          },
        ],
        trace: [
          {
            rule: 'ticket.qc-passed',
            status: 'passed',
            facts: { marks: ['ticket.qc-passed'] },
            message: { en: 'The check has passed', zh: '检查已通过' },
            cite: 'manual:ticket.qc',
          },
          {
            rule: 'ticket.has-notes',
            status: 'passed',
            facts: { notes: 1 },
            message: { en: 'The ticket has a note', zh: '工单有备注' },
            cite: 'manual:ticket.notes',
          },
        ],
      });
    });

    it('returns the first candidate whose guards pass when several would', () => {
      // Notes 1, priority low, check passed: both candidates pass; the fast close comes first.
      const ready = walk([assign, note(at(1, 10)), ev('pass_qc', at(1, 11)), priority('low', at(1, 12))]);
      const result = transition(ticketFlow, ready, ev('resolve', at(1, 13)));
      expect(result.ok && [result.state.value, result.effects.map((e) => e.type)]).toEqual([
        'closed',
        ['ticket.archive'],
      ]);
      expect(result.ok && result.trace.map((step) => [step.rule, step.facts])).toEqual([
        ['ticket.has-notes', { notes: 1 }],
        ['ticket.low-priority', { priority: 'low' }],
      ]);
    });

    it('returns the state with the data updated when an internal transition assigns', () => {
      const result = transition(ticketFlow, inProgress, priority('high', at(1, 10)));
      expect(result.ok && [result.state.value, result.state.data, result.effects]).toEqual([
        'in_progress',
        { notes: 0, priority: 'high' },
        [],
      ]);
    });

    it('returns the marks set and cleared in the order they were set', () => {
      const pass = (minute: number) => ev('pass_qc', at(1, 10, minute));
      const fail = (minute: number) => ev('fail_qc', at(1, 10, minute));
      expect(walk([pass(1)], inProgress).marks).toEqual(['ticket.qc-passed']);
      expect(walk([pass(1), pass(2)], inProgress).marks).toEqual(['ticket.qc-passed']);
      expect(walk([pass(1), fail(2)], inProgress).marks).toEqual(['ticket.qc-failed']);
      expect(walk([pass(1), fail(2), pass(3)], inProgress).marks).toEqual([
        'ticket.qc-failed',
        'ticket.qc-passed',
      ]);
    });

    it('changes enteredAt only when the transition has a target', () => {
      const noted = walk([note(at(1, 10))], inProgress);
      expect([noted.value, noted.at, noted.enteredAt, noted.eventCount]).toEqual([
        'in_progress',
        at(1, 10),
        at(1, 9),
        2,
      ]);
      const held = walk([ev('hold', at(1, 11), { reason: '等待客户回复' })], noted);
      expect([held.value, held.at, held.enteredAt]).toEqual(['on_hold', at(1, 11), at(1, 11)]);
    });

    it('never changes the state it is given', () => {
      const state = deepFreeze(walk([note(at(1, 10)), ev('pass_qc', at(1, 11))], inProgress));
      const before = structuredClone(state);
      for (const event of [
        note(at(1, 12)),
        priority('low', at(1, 12)),
        ev('fail_qc', at(1, 12)),
        ev('resolve', at(1, 12)),
        ev('hold', at(1, 12), { reason: '等待配件' }),
      ]) {
        expect(transition(ticketFlow, state, event).ok).toBe(true);
      }
      expect(state).toEqual(before);
    });

    it('passes the context to the guards untouched', () => {
      const door = createFlow<{ readonly opened: number }>(
        {
          id: 'door',
          version: 1,
          title: { en: 'Door', zh: '门' },
          initial: 'closed',
          events: { open: { title: { en: 'Open', zh: '开门' } } },
          guards: {
            'door.key-holder': {
              title: { en: 'The actor holds the key', zh: '开门人持有钥匙' },
              cite: 'manual:door.key',
              message: { en: 'the actor holds no key', zh: '开门人没有钥匙' },
              unblock: { message: { en: 'get the key', zh: '请取钥匙' } },
            },
          },
          states: {
            closed: {
              title: { en: 'Closed', zh: '关着' },
              on: { open: [{ target: 'open', guards: ['door.key-holder'] }] },
            },
            open: { title: { en: 'Open', zh: '开着' }, final: true },
          },
        },
        {
          initialData: { opened: 0 },
          guards: {
            'door.key-holder': (_data, event, context) => ({
              passed: (context as { keyHolder?: string } | undefined)?.keyHolder === event.actor,
              facts: { actor: event.actor },
            }),
          },
        },
      );
      const open = ev('open', at(1, 9));
      expect(transition(door, initialState(door), open, { keyHolder: 'EMP-SA-01' }).ok).toBe(true);
      const refused = transition(door, initialState(door), open, { keyHolder: 'EMP-SA-02' });
      expect(!refused.ok && refused.rejection.failed).toEqual([
        {
          rule: 'door.key-holder',
          status: 'failed',
          facts: { actor: 'EMP-SA-01' },
          message: { en: 'the actor holds no key', zh: '开门人没有钥匙' },
          cite: 'manual:door.key',
        },
      ]);
    });
  });

  describe('invalid_event', () => {
    it('returns invalid_event with an issue at actor when the actor is missing', () => {
      expect(refusalOfAnything(initialState(ticketFlow), { type: 'assign', at: at(1, 9) })).toEqual({
        reason: 'invalid_event',
        event: 'assign',
        state: 'open',
        message: { en: "the event 'assign' is malformed", zh: '事件“分派”格式不正确' },
        failed: [],
        unblock: [],
        issues: [
          {
            code: 'input.required',
            path: ['actor'],
            message: { en: 'actor is required', zh: 'actor 为必填项' },
          },
        ],
      });
    });

    it('returns invalid_event with time.invalid_instant at at when the time has no offset', () => {
      const rejection = refusal(initialState(ticketFlow), ev('assign', '2024-03-01T09:00:00'));
      expect([rejection.reason, rejection.issues]).toMatchObject([
        'invalid_event',
        [{ code: 'time.invalid_instant', path: ['at'], params: { value: '2024-03-01T09:00:00' } }],
      ]);
    });

    it('returns invalid_event with input.unrecognized_keys when the envelope has an unknown field', () => {
      const rejection = refusalOfAnything(initialState(ticketFlow), { ...assign, comment: '加急' });
      expect(rejection.issues).toEqual([
        {
          code: 'input.unrecognized_keys',
          path: [],
          message: { en: 'has unknown field(s): comment', zh: '含有未知字段：comment' },
          params: { keys: ['comment'] },
        },
      ]);
    });

    it('returns invalid_event with an issue at the field when the data is not plain JSON', () => {
      // pass_qc declares no payload, so any JSON object is accepted, and nothing else.
      const withDate = refusalOfAnything(inProgress, {
        ...ev('pass_qc', at(1, 10)),
        data: { when: new Date(0) },
      });
      expect(withDate.issues).toMatchObject([{ code: 'input.invalid', path: ['data', 'when'] }]);
      const withNaN = refusalOfAnything(inProgress, {
        ...ev('pass_qc', at(1, 10)),
        data: { score: Number.NaN },
      });
      expect(withNaN.issues).toMatchObject([{ code: 'input.invalid', path: ['data', 'score'] }]);
      const nested = refusalOfAnything(inProgress, {
        ...ev('pass_qc', at(1, 10)),
        data: { by: { fn: () => 1 } },
      });
      expect(nested.issues).toMatchObject([{ code: 'input.invalid', path: ['data', 'by', 'fn'] }]);
      const array = refusalOfAnything(inProgress, { ...ev('pass_qc', at(1, 10)), data: ['ok'] });
      expect(array.issues).toMatchObject([{ code: 'input.invalid_type', path: ['data'] }]);
    });

    it('returns invalid_event with an issue per field when several are wrong', () => {
      const rejection = refusalOfAnything(inProgress, {
        type: 'note',
        at: 'yesterday',
        actor: '  ',
        reason: 7,
      });
      expect(rejection.issues?.map(({ code, path }) => [code, path])).toEqual([
        ['time.invalid_instant', ['at']],
        ['input.too_small', ['actor']],
        ['input.invalid_type', ['reason']],
      ]);
    });

    it('returns invalid_event with input.invalid_type when the event is not an object', () => {
      expect(refusalOfAnything(inProgress, null)).toMatchObject({
        reason: 'invalid_event',
        event: '',
        state: 'in_progress',
        issues: [{ code: 'input.invalid_type', path: [], params: { expected: 'object', received: 'null' } }],
      });
    });
  });

  describe('where the event is out of place', () => {
    it('returns unknown_event when the flow has no such event', () => {
      expect(refusal(inProgress, ev('explode', at(1, 10)))).toEqual({
        reason: 'unknown_event',
        event: 'explode',
        state: 'in_progress',
        message: { en: "this flow has no event 'explode'", zh: '该流程没有事件“explode”' },
        failed: [],
        unblock: [],
      });
    });

    it('returns final_state when the record is in a final state', () => {
      const cancelled = walk([ev('cancel', at(1, 9), { reason: '客户撤回' })]);
      expect(refusal(cancelled, ev('assign', at(1, 10)))).toEqual({
        reason: 'final_state',
        event: 'assign',
        state: 'cancelled',
        message: {
          en: "'cancelled' is a final state: no event is accepted, 'assign' neither",
          zh: '“已取消”是终态，不再接受任何事件（包括“分派”）',
        },
        failed: [],
        unblock: [],
      });
    });

    it('returns not_in_state with the shortest event path to a state that accepts the event', () => {
      // open → assign → in_progress → resolve → resolved, which accepts close.
      expect(refusal(initialState(ticketFlow), ev('close', at(1, 9)))).toEqual({
        reason: 'not_in_state',
        event: 'close',
        state: 'open',
        message: { en: "'close' is not possible in state 'open'", zh: '状态“待分派”下不能执行“关闭”' },
        failed: [],
        unblock: [
          {
            message: { en: 'first: assign → resolve', zh: '需先完成：分派 → 解决' },
            events: ['assign', 'resolve'],
          },
        ],
      });
      const onHold = walk([ev('hold', at(1, 10), { reason: '等待配件' })], inProgress);
      expect(refusal(onHold, ev('close', at(1, 11))).unblock).toEqual([
        {
          message: { en: 'first: resume → resolve', zh: '需先完成：恢复 → 解决' },
          events: ['resume', 'resolve'],
        },
      ]);
      expect(refusal(inProgress, ev('resume', at(1, 10))).unblock.map((u) => u.events)).toEqual([['hold']]);
    });

    it('returns not_in_state with no unblock when no reachable state accepts the event', () => {
      // assign is accepted only in open, and no transition leads back to open.
      const rejection = refusal(inProgress, ev('assign', at(1, 10)));
      expect([rejection.reason, rejection.unblock]).toEqual(['not_in_state', []]);
    });

    it('returns not_in_state rather than reason_required when the event is out of place', () => {
      expect(refusal(inProgress, ev('reopen', at(1, 10))).reason).toBe('not_in_state');
    });
  });

  describe('reason_required', () => {
    it('returns reason_required when the reason is missing or blank', () => {
      for (const extra of [{}, { reason: '' }, { reason: ' \n\t' }]) {
        expect(refusal(inProgress, ev('hold', at(1, 10), extra))).toEqual({
          reason: 'reason_required',
          event: 'hold',
          state: 'in_progress',
          message: { en: "'hold' needs a reason", zh: '“挂起”必须填写原因' },
          failed: [],
          unblock: [{ message: { en: 'give the reason', zh: '请填写原因' }, fields: ['reason'] }],
        });
      }
    });

    it('returns the next state when the reason is given', () => {
      expect(walk([ev('hold', at(1, 10), { reason: '等待客户回复' })], inProgress).value).toBe('on_hold');
    });
  });

  describe('out_of_order', () => {
    // The last event, assign, happened at 09:00 Beijing time = 01:00Z.
    it('returns out_of_order when the event is earlier with the same offset', () => {
      expect(refusal(inProgress, note('2024-03-01T08:59:59+08:00'))).toEqual({
        reason: 'out_of_order',
        event: 'note',
        state: 'in_progress',
        message: {
          en: "'note' is dated before the record's last event",
          zh: '“添加备注”的时间早于该记录的上一个事件',
        },
        failed: [],
        unblock: [],
      });
    });

    it('returns out_of_order when the event is earlier in real time though it reads later', () => {
      // 12:00+12:00 is 00:00Z, an hour before 01:00Z.
      expect(refusal(inProgress, note('2024-03-01T12:00:00+12:00')).reason).toBe('out_of_order');
      // 00:30Z is half an hour before.
      expect(refusal(inProgress, note('2024-03-01T00:30:00Z')).reason).toBe('out_of_order');
    });

    it('returns the next state when the event reads earlier but is later in real time', () => {
      // 02:30+01:00 is 01:30Z, half an hour after 01:00Z, though '02:30' < '09:00' as text.
      const later = walk([note('2024-03-01T02:30:00+01:00')], inProgress);
      expect([later.at, later.data.notes]).toEqual(['2024-03-01T02:30:00+01:00', 1]);
    });

    it('returns the next state when the event is half a second later, written with a short fraction', () => {
      // 09:00:00.5+08:00 is 500 ms after the assignment at 09:00:00+08:00.
      const later = walk([note('2024-03-01T09:00:00.5+08:00')], inProgress);
      expect(later.at).toBe('2024-03-01T09:00:00.5+08:00');
    });

    it('returns the next state when the event happens at the same instant', () => {
      expect(walk([note('2024-03-01T01:00:00Z')], inProgress).eventCount).toBe(2);
    });
  });

  describe('guard_failed', () => {
    it('returns each failed guard once, with its facts, message, citation and unblock', () => {
      // Notes 0, no priority, no check: the fast close fails on has-notes and low-priority, the
      // normal way on qc-passed and has-notes again, which is listed once.
      expect(refusal(inProgress, ev('resolve', at(1, 10)))).toEqual({
        reason: 'guard_failed',
        event: 'resolve',
        state: 'in_progress',
        message: {
          en: "'resolve' is blocked: the ticket has no note; the priority is not set; the check has not passed",
          zh: expect.stringContaining('被阻止：工单没有备注；优先级为未设置；检查尚未通过'),
        },
        ...blockedResolve,
      });
    });

    it('returns a Chinese message that names the event by its title when guards fail', () => {
      // Every other rejection names the event by its Chinese title in zh ('“解决”'), the id only in en.
      expect(refusal(inProgress, ev('resolve', at(1, 10))).message.zh).toBe(
        '“解决”被阻止：工单没有备注；优先级为未设置；检查尚未通过',
      );
    });

    it('returns guard_failed with the marks as facts when a forbidden mark is set', () => {
      const escalated = walk([ev('escalate', at(1, 10), { data: { tier: 'l2' } })], inProgress);
      const rejection = refusal(escalated, ev('hold', at(1, 11), { reason: '等待配件' }));
      expect([rejection.reason, rejection.failed, rejection.unblock]).toEqual([
        'guard_failed',
        [
          {
            rule: 'ticket.not-escalated',
            status: 'failed',
            facts: { marks: ['ticket.escalated'] },
            message: { en: 'an escalated ticket cannot be held', zh: '已升级的工单不能挂起' },
            cite: 'manual:ticket.hold',
          },
        ],
        [{ message: { en: 'ask the L3 team', zh: '请联系三线团队' } }],
      ]);
    });

    it('returns guard_failed when a guard that reads the payload refuses it', () => {
      const rejection = refusal(inProgress, ev('escalate', at(1, 10), { data: { tier: 'l3' } }));
      expect([rejection.reason, rejection.failed]).toEqual([
        'guard_failed',
        [
          {
            rule: 'ticket.tier-allowed',
            status: 'failed',
            facts: {},
            message: { en: 'only a high-priority ticket goes to L3', zh: '只有高优先级工单可升级到三线' },
            cite: 'regulation:ticket-policy-2024#3.2',
          },
        ],
      ]);
      const high = walk([priority('high', at(1, 10))], inProgress);
      expect(walk([ev('escalate', at(1, 11), { data: { tier: 'l3' } })], high).marks).toEqual([
        'ticket.escalated',
      ]);
    });
  });

  describe('the payload', () => {
    const payloadIssues = (data: JsonObject | undefined) =>
      refusal(inProgress, ev('set_priority', at(1, 10), data === undefined ? {} : { data })).issues?.map(
        ({ code, path, params }) => ({ code, path, ...(params ? { params } : {}) }),
      );

    it('returns invalid_event with input.required at data.level when a required field is missing', () => {
      expect(refusal(inProgress, ev('set_priority', at(1, 10)))).toEqual({
        reason: 'invalid_event',
        event: 'set_priority',
        state: 'in_progress',
        message: { en: "the event 'set_priority' is malformed", zh: '事件“设置优先级”格式不正确' },
        failed: [],
        unblock: [
          { message: { en: 'correct the event payload', zh: '请更正事件数据' }, fields: ['data.level'] },
        ],
        issues: [
          {
            code: 'input.required',
            path: ['data', 'level'],
            message: { en: 'data.level is required', zh: 'data.level 为必填项' },
          },
        ],
      });
      expect(payloadIssues({ urgent: true })).toEqual([{ code: 'input.required', path: ['data', 'level'] }]);
    });

    it('returns invalid_event with input.invalid_type at the field when a field has the wrong type', () => {
      expect(payloadIssues({ level: 3 })).toEqual([
        {
          code: 'input.invalid_type',
          path: ['data', 'level'],
          params: { expected: 'string', received: 'number' },
        },
      ]);
      expect(payloadIssues({ level: 'low', urgent: 'yes' })).toEqual([
        {
          code: 'input.invalid_type',
          path: ['data', 'urgent'],
          params: { expected: 'boolean', received: 'string' },
        },
      ]);
    });

    it('returns invalid_event with input.invalid_value at the field when the text is not allowed', () => {
      expect(payloadIssues({ level: 'medium' })).toEqual([
        { code: 'input.invalid_value', path: ['data', 'level'], params: { allowed: ['low', 'high'] } },
      ]);
    });

    it('returns invalid_event with input.unrecognized_keys at data when a field is not declared', () => {
      expect(payloadIssues({ level: 'low', colour: 'red' })).toEqual([
        { code: 'input.unrecognized_keys', path: ['data'], params: { keys: ['colour'] } },
      ]);
    });

    it('returns every payload issue at once, the declared fields first', () => {
      expect(payloadIssues({ colour: 'red', level: 'medium' })?.map((issue) => issue.code)).toEqual([
        'input.invalid_value',
        'input.unrecognized_keys',
      ]);
    });

    it('returns invalid_event with the issues of the implementation payload check', () => {
      expect(payloadIssues({ level: 'low', hours: 96 })).toEqual([
        { code: 'input.too_big', path: ['data', 'hours'], params: { maximum: 72, inclusive: true } },
      ]);
    });

    it('returns invalid_event at the field when a declared field holds something that is not JSON', () => {
      const nan = refusalOfAnything(
        inProgress,
        ev('set_priority', at(1, 10), { data: { level: 'low', hours: Number.NaN } }),
      );
      expect(nan.issues).toMatchObject([
        {
          code: 'input.invalid_type',
          path: ['data', 'hours'],
          params: { expected: 'number', received: 'NaN' },
        },
      ]);
      const date = refusalOfAnything(inProgress, {
        ...ev('set_priority', at(1, 10)),
        data: { level: 'low', hours: new Date(0) },
      });
      expect(date.issues).toMatchObject([{ code: 'input.invalid_type', path: ['data', 'hours'] }]);
      const extra = refusalOfAnything(inProgress, {
        ...ev('set_priority', at(1, 10)),
        data: { level: 'low', when: new Date(0) },
      });
      expect(extra.issues).toMatchObject([
        { code: 'input.unrecognized_keys', path: ['data'], params: { keys: ['when'] } },
      ]);
      const array = refusalOfAnything(inProgress, { ...ev('set_priority', at(1, 10)), data: ['low'] });
      expect(array.issues).toMatchObject([{ code: 'input.invalid_type', path: ['data'] }]);
    });

    it('returns invalid_event with input.invalid when a text field is blank', () => {
      const rejection = refusal(inProgress, ev('note', at(1, 10), { data: { text: '   ' } }));
      expect(rejection.issues).toMatchObject([{ code: 'input.invalid', path: ['data', 'text'] }]);
    });

    it('returns the next state when every field is valid', () => {
      const state = walk(
        [ev('set_priority', at(1, 10), { data: { level: 'high', urgent: true, hours: 4 } })],
        inProgress,
      );
      expect(state.data).toEqual({ notes: 0, priority: 'high' });
    });
  });

  describe('the state argument', () => {
    it('throws flow.state_mismatch at state when the state belongs to another version of the flow', () => {
      const ticketV2 = createFlow({ ...ticketDefinition, version: 2 }, ticketImplementation);
      expect(issuesOf(() => transition(ticketV2, inProgress, note(at(1, 10))))).toMatchInlineSnapshot(`
        [
          {
            "code": "flow.state_mismatch",
            "message": {
              "en": "state the state belongs to flow 'ticket' version 1, not 'ticket' version 2",
              "zh": "state 该状态属于流程“ticket”版本 1，而不是“ticket”版本 2",
            },
            "params": {
              "flow": "ticket",
              "stateFlow": "ticket",
              "stateVersion": "1",
              "version": 2,
            },
            "path": [
              "state",
            ],
          },
        ]
      `);
    });

    it('throws flow.state_mismatch at state when the state belongs to another flow', () => {
      const other = { ...inProgress, flow: 'door' };
      expect(issuesOf(() => transition(ticketFlow, other, note(at(1, 10))))[0]).toMatchObject({
        code: 'flow.state_mismatch',
        path: ['state'],
      });
    });

    it('throws input.invalid_type at state when the state is not a flow state', () => {
      for (const garbage of [
        null,
        'in_progress',
        [],
        { value: 'in_progress' },
        { ...inProgress, marks: 'x' },
      ]) {
        const state = garbage as unknown as FlowState<TicketData>;
        expect(issuesOf(() => transition(ticketFlow, state, note(at(1, 10))))[0]).toMatchObject({
          code: 'input.invalid_type',
          path: ['state'],
        });
      }
    });

    it('throws input.invalid_value at state.value when the flow has no such state', () => {
      const state = { ...inProgress, value: 'archived' };
      expect(issuesOf(() => transition(ticketFlow, state, note(at(1, 10))))[0]).toMatchObject({
        code: 'input.invalid_value',
        path: ['state', 'value'],
        params: { allowed: ['open', 'in_progress', 'on_hold', 'resolved', 'closed', 'cancelled'] },
      });
    });
  });
});

describe('can', () => {
  it('returns allowed with the target when the event would be accepted', () => {
    expect(can(ticketFlow, initialState(ticketFlow), assign)).toEqual({
      allowed: true,
      target: 'in_progress',
    });
  });

  it('returns allowed with the current state as target when the transition is internal', () => {
    expect(can(ticketFlow, inProgress, note(at(1, 10)))).toEqual({ allowed: true, target: 'in_progress' });
  });

  it('returns the rejection of transition when the event would be refused', () => {
    const resolve = ev('resolve', at(1, 10));
    expect(can(ticketFlow, inProgress, resolve)).toEqual({
      allowed: false,
      rejection: refusal(inProgress, resolve),
    });
  });

  it('returns the same answer as transition for every event in every reachable state', () => {
    const states = [
      initialState(ticketFlow),
      inProgress,
      walk([note(at(1, 10)), ev('pass_qc', at(1, 11))], inProgress),
      walk([ev('hold', at(1, 10), { reason: '等待配件' })], inProgress),
      walk([note(at(1, 10)), ev('pass_qc', at(1, 11)), ev('resolve', at(1, 12))], inProgress),
      walk([ev('cancel', at(1, 9), { reason: '客户撤回' })]),
    ];
    for (const state of states) {
      for (const type of Object.keys(ticketDefinition.events)) {
        const event = ev(type, at(2, 9), {
          reason: '测试',
          data: { text: '备注', level: 'low', tier: 'l2' },
        });
        const result = transition(ticketFlow, state, event);
        expect(can(ticketFlow, state, event)).toEqual(
          result.ok
            ? { allowed: true, target: result.state.value }
            : { allowed: false, rejection: result.rejection },
        );
      }
    }
  });

  it('throws flow.state_mismatch like transition when the state belongs to another flow', () => {
    const other = { ...inProgress, flow: 'door' };
    expect(issuesOf(() => can(ticketFlow, other, note(at(1, 10))))[0]?.code).toBe('flow.state_mismatch');
  });
});
