import { describe, expect, it } from 'vitest';
import { complaintStatusSchema } from '../../schemas/complaint';
import { nextEvents } from '../nextEvents';
import { replay, safeReplay } from '../replay';
import { initialState, transition } from '../transition';
import type { FlowEvent, FlowRejection } from '../types';
import { complaintFlow } from './complaintFlow';

// A repair-quality complaint taken by the customer-care clerk on Monday 2024-03-11 14:00 Beijing time.
const handler = 'EMP-CC-01';
const supervisor = 'EMP-SM-01';
const at = (day: number, hour: number, minute = 0) =>
  `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
const event = (type: string, time: string, extra: Partial<FlowEvent> = {}): FlowEvent => ({
  type,
  at: time,
  actor: handler,
  ...extra,
});

const record = event('record_complaint', at(11, 14), { data: { category: 'repair_quality' } });
const investigate = event('start_investigation', at(11, 15));
const propose = event('propose_resolution', at(12, 10));
const answer = event('answer_customer', at(12, 16));
const followUp = (satisfied: boolean, time = at(15, 10)) =>
  event('record_follow_up', time, { data: { satisfied } });
const close = (actor = handler, time = at(15, 11)) => event('close', time, { actor });
const escalate = (time: string, to = supervisor) =>
  event('escalate', time, { reason: '客户要求赔偿，超出本人权限', data: { supervisorId: to } });

const happyPath = [record, investigate, propose, answer, followUp(true), close()];

/** Replays `log`, sends `next`, and returns the rejection (fails the test when it was accepted). */
function refused(log: readonly FlowEvent[], next: FlowEvent): FlowRejection {
  const result = transition(complaintFlow, replay(complaintFlow, log), next);
  if (result.ok) throw new Error(`'${next.type}' was accepted in '${result.state.value}'`);
  return result.rejection;
}

describe('complaintFlow: the happy path', () => {
  it('returns a closed complaint after record → investigate → propose → answer → follow up → close', () => {
    const state = replay(complaintFlow, happyPath);
    expect(state).toEqual({
      flow: 'complaint',
      version: 1,
      value: 'closed',
      data: { category: 'repair_quality', escalated: null, proposals: 1, satisfied: true },
      marks: [],
      at: at(15, 11),
      enteredAt: at(15, 11),
      eventCount: 6,
    });
  });

  it('passes through each state of the manual in order', () => {
    const values = happyPath.map((_, i) => replay(complaintFlow, happyPath.slice(0, i + 1)).value);
    expect(values).toEqual([
      'recorded',
      'investigating',
      'resolution_proposed',
      'answered',
      'followed_up',
      'closed',
    ]);
  });

  it('starts in new with empty data', () => {
    const state = initialState(complaintFlow);
    expect([state.value, state.data]).toEqual([
      'new',
      { category: null, escalated: null, proposals: 0, satisfied: null },
    ]);
  });

  it('returns the follow-up to schedule when the customer is answered', () => {
    const result = transition(complaintFlow, replay(complaintFlow, [record, investigate, propose]), answer);
    expect(result.ok && result.effects).toEqual([
      {
        type: 'complaint.schedule-follow-up',
        event: 'answer_customer',
        from: 'resolution_proposed',
        to: 'answered',
        at: at(12, 16),
      },
    ]);
  });

  it('returns the complaint as a JSON-serializable state', () => {
    const state = replay(complaintFlow, happyPath);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('complaintFlow: escalation', () => {
  it('records the supervisor and the time, keeps the state, and asks to notify the supervisor', () => {
    const before = replay(complaintFlow, [record, investigate]);
    const result = transition(complaintFlow, before, escalate(at(12, 9)));
    if (!result.ok) throw new Error('escalate was refused');
    expect([result.state.value, result.state.enteredAt, result.state.data.escalated]).toEqual([
      'investigating',
      at(11, 15),
      { to: supervisor, at: at(12, 9) },
    ]);
    expect(result.effects.map((e) => e.type)).toEqual(['complaint.notify-supervisor']);
  });

  it('is possible in every open state from recorded to followed up, and not before the complaint is recorded', () => {
    const logs = [
      [record],
      [record, investigate],
      [record, investigate, propose],
      [record, investigate, propose, answer],
      [record, investigate, propose, answer, followUp(false)],
    ];
    for (const log of logs) {
      const state = replay(complaintFlow, [...log, escalate(at(15, 12))]);
      expect(state.data.escalated).toEqual({ to: supervisor, at: at(15, 12) });
    }
    expect(refused([], escalate(at(11, 14))).reason).toBe('not_in_state');
  });

  it('replaces the earlier report when the complaint is reported again, higher up', () => {
    const state = replay(complaintFlow, [record, escalate(at(11, 16)), escalate(at(12, 9), 'EMP-SD-01')]);
    expect(state.data.escalated).toEqual({ to: 'EMP-SD-01', at: at(12, 9) });
  });

  it('refuses an escalation without a reason, asking for one', () => {
    for (const reason of [undefined, '', '   ']) {
      const next: FlowEvent = {
        type: 'escalate',
        at: at(12, 9),
        actor: handler,
        data: { supervisorId: supervisor },
      };
      const rejection = refused([record], reason === undefined ? next : { ...next, reason });
      expect([rejection.reason, rejection.unblock]).toEqual([
        'reason_required',
        [{ message: { en: 'give the reason', zh: '请填写原因' }, fields: ['reason'] }],
      ]);
    }
  });

  it('refuses an escalation that names no supervisor', () => {
    const rejection = refused([record], event('escalate', at(12, 9), { reason: '超出权限' }));
    expect(rejection.reason).toBe('invalid_event');
    expect(rejection.issues?.map((i) => [i.code, i.path])).toEqual([
      ['input.required', ['data', 'supervisorId']],
    ]);
  });

  it('refuses an escalation to the person reporting it, citing care.escalate', () => {
    const rejection = refused([record], escalate(at(12, 9), handler));
    expect(rejection.reason).toBe('guard_failed');
    expect(rejection.failed).toEqual([
      {
        rule: 'complaint.escalate-to-another-person',
        status: 'failed',
        facts: { actor: handler, supervisorId: handler },
        message: {
          en: 'a complaint is reported to a supervisor, not to the person reporting it',
          zh: '投诉须上报主管，不能上报给本人',
        },
        cite: 'manual:care.escalate',
      },
    ]);
    expect(rejection.unblock).toEqual([
      {
        message: { en: 'name the supervisor the complaint is reported to', zh: '请填写接收上报的主管' },
        fields: ['data.supervisorId'],
      },
    ]);
  });
});

describe('complaintFlow: categorizing before the investigation', () => {
  const uncategorized = event('record_complaint', at(11, 14));

  it('refuses to investigate an uncategorized complaint, and says to categorize it', () => {
    const rejection = refused([uncategorized], investigate);
    expect(rejection.reason).toBe('guard_failed');
    expect(rejection.failed.map((f) => [f.rule, f.cite])).toEqual([
      ['complaint.category-known', 'manual:flows.complaint'],
    ]);
    expect(rejection.unblock.map((u) => [u.events, u.fields])).toEqual([[['categorize'], ['data.category']]]);
  });

  it('investigates once the category is recorded', () => {
    const categorize = event('categorize', at(11, 14, 30), { data: { category: 'price' } });
    const state = replay(complaintFlow, [uncategorized, categorize, investigate]);
    expect([state.value, state.data.category]).toEqual(['investigating', 'price']);
  });

  it('refuses a category outside the Complaint schema', () => {
    const rejection = refused([], event('record_complaint', at(11, 14), { data: { category: 'weather' } }));
    expect([rejection.reason, rejection.issues?.[0]?.code]).toEqual(['invalid_event', 'input.invalid_value']);
  });
});

describe('complaintFlow: closing', () => {
  it('refuses to close an unanswered complaint, naming the steps missing', () => {
    const rejection = refused([record, investigate], close(handler, at(12, 9)));
    expect(rejection.reason).toBe('not_in_state');
    expect(rejection.unblock).toEqual([
      {
        message: {
          en: 'first: propose_resolution → answer_customer → record_follow_up',
          zh: '需先完成：提出解决方案 → 答复客户 → 记录回访',
        },
        events: ['propose_resolution', 'answer_customer', 'record_follow_up'],
      },
    ]);
  });

  it('refuses to close an answered complaint that was not followed up', () => {
    const rejection = refused([record, investigate, propose, answer], close(handler, at(13, 9)));
    expect([rejection.reason, rejection.unblock.map((u) => u.events)]).toEqual([
      'not_in_state',
      [['record_follow_up']],
    ]);
  });

  it('refuses to close a complaint the customer is dissatisfied with before it was escalated', () => {
    const rejection = refused([record, investigate, propose, answer, followUp(false)], close());
    expect(rejection.reason).toBe('guard_failed');
    expect(rejection.failed.map((f) => [f.rule, f.cite, f.facts])).toEqual([
      ['complaint.dissatisfied-escalated', 'manual:flows.complaint', { satisfied: false, escalated: null }],
    ]);
    expect(rejection.unblock.map((u) => u.events)).toEqual([['escalate', 'reject_resolution']]);
  });

  it('refuses the close of an escalated, dissatisfied complaint by anyone but the supervisor', () => {
    const log = [record, investigate, propose, answer, followUp(false), escalate(at(15, 10, 30))];
    const rejection = refused(log, close(handler));
    expect(rejection.failed.map((f) => [f.rule, f.cite, f.facts])).toEqual([
      [
        'complaint.dissatisfied-closed-by-supervisor',
        'manual:flows.complaint',
        { actor: handler, supervisorId: supervisor },
      ],
    ]);
    expect(rejection.unblock).toEqual([
      {
        message: { en: 'have the supervisor close the complaint', zh: '请由主管关闭投诉' },
        fields: ['actor'],
      },
    ]);
    expect(replay(complaintFlow, [...log, close(supervisor)]).value).toBe('closed');
  });

  it('lets the handler close once a later follow-up finds the customer satisfied', () => {
    const log = [
      record,
      investigate,
      propose,
      answer,
      followUp(false),
      followUp(true, at(18, 10)),
      close(handler, at(18, 11)),
    ];
    const state = replay(complaintFlow, log);
    expect([state.value, state.data.satisfied]).toEqual(['closed', true]);
  });

  it('refuses every event once closed or withdrawn', () => {
    expect(refused(happyPath, followUp(true, at(16, 9))).reason).toBe('final_state');
    const withdrawn = [record, event('withdraw', at(11, 16), { reason: '客户表示已自行解决' })];
    expect(replay(complaintFlow, withdrawn).value).toBe('withdrawn');
    expect(refused(withdrawn, investigate).reason).toBe('final_state');
  });

  it('refuses a withdrawal without a reason', () => {
    expect(refused([record], event('withdraw', at(11, 16))).reason).toBe('reason_required');
  });
});

describe('complaintFlow: rejected resolutions', () => {
  const reject = (time: string) => event('reject_resolution', time, { reason: '客户要求更换而非维修' });

  it('returns to the investigation when the customer rejects the answer, and counts the next proposal', () => {
    const state = replay(complaintFlow, [record, investigate, propose, answer, reject(at(12, 17))]);
    expect([state.value, state.data.proposals]).toEqual(['investigating', 1]);
    const again = replay(complaintFlow, [
      record,
      investigate,
      propose,
      answer,
      reject(at(12, 17)),
      event('propose_resolution', at(13, 10)),
    ]);
    expect([again.value, again.data.proposals]).toEqual(['resolution_proposed', 2]);
  });

  it('forgets the follow-up answer when a rejection at the follow-up reopens the investigation', () => {
    const state = replay(complaintFlow, [
      record,
      investigate,
      propose,
      answer,
      followUp(false),
      reject(at(15, 10, 5)),
    ]);
    expect([state.value, state.data.satisfied]).toEqual(['investigating', null]);
  });

  it('refuses a rejection without a reason', () => {
    expect(
      refused([record, investigate, propose, answer], event('reject_resolution', at(12, 17))).reason,
    ).toBe('reason_required');
  });

  it('refuses a rejection before the customer was answered', () => {
    const rejection = refused([record, investigate, propose], reject(at(12, 11)));
    expect([rejection.reason, rejection.unblock.map((u) => u.events)]).toEqual([
      'not_in_state',
      [['answer_customer']],
    ]);
  });
});

describe('complaintFlow: the event log', () => {
  it('refuses an event dated before the last one, and accepts one at the same instant', () => {
    expect(refused([record, investigate], event('propose_resolution', at(11, 14, 59))).reason).toBe(
      'out_of_order',
    );
    expect(replay(complaintFlow, [record, event('start_investigation', at(11, 14))]).value).toBe(
      'investigating',
    );
  });

  it('stops a replay at the first refused event, naming its index', () => {
    const result = safeReplay(complaintFlow, [record, investigate, close()]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect([result.issues[0]?.code, result.issues[0]?.path]).toEqual([
        'flow.rejected_event',
        ['events', 2],
      ]);
  });

  it('refuses an event the flow does not know', () => {
    expect(refused([record], event('reopen', at(11, 16))).reason).toBe('unknown_event');
  });

  it('refuses a follow-up that does not say whether the customer is satisfied', () => {
    const rejection = refused([record, investigate, propose, answer], event('record_follow_up', at(15, 10)));
    expect(rejection.issues?.map((i) => [i.code, i.path])).toEqual([
      ['input.required', ['data', 'satisfied']],
    ]);
  });
});

describe('complaintFlow: next events', () => {
  it('offers only the recording of the complaint at first', () => {
    expect(nextEvents(complaintFlow, initialState(complaintFlow)).map((n) => n.type)).toEqual([
      'record_complaint',
    ]);
  });

  it('offers close disabled with its reason when the customer is dissatisfied and nobody escalated', () => {
    const state = replay(complaintFlow, [record, investigate, propose, answer, followUp(false)]);
    const next = nextEvents(complaintFlow, state);
    expect(next.map((n) => n.type)).toEqual([
      'record_follow_up',
      'close',
      'reject_resolution',
      'escalate',
      'withdraw',
    ]);
    const closing = next.find((n) => n.type === 'close');
    expect([closing?.allowed, closing?.failed.map((f) => f.rule), closing?.checkedOnSend]).toEqual([
      false,
      ['complaint.dissatisfied-escalated'],
      ['complaint.dissatisfied-closed-by-supervisor'],
    ]);
    expect(next.find((n) => n.type === 'escalate')?.requiresReason).toBe(true);
  });
});

describe('complaintDefinition', () => {
  it('tags each state with the Complaint schema status it corresponds to', () => {
    const statuses = Object.fromEntries(
      Object.entries(complaintFlow.definition.states).map(([name, state]) => [
        name,
        (state.tags ?? [])
          .filter((tag) => tag.startsWith('status:'))
          .map((tag) => tag.slice('status:'.length)),
      ]),
    );
    expect(statuses).toEqual({
      new: ['received'],
      recorded: ['received'],
      investigating: ['investigating'],
      resolution_proposed: ['resolved'],
      answered: ['resolved'],
      followed_up: ['resolved'],
      closed: ['closed'],
      withdrawn: ['withdrawn'],
    });
    for (const [status] of Object.values(statuses)) expect(complaintStatusSchema.options).toContain(status);
  });

  it('defines the two clocks of care.escalate: answered or reported within 2 days, and the same day a solution is found', () => {
    expect(complaintFlow.definition.slas?.map((s) => [s.id, s.cite, s.start, s.stop, s.limit])).toEqual([
      [
        'care.complaint.answer',
        'manual:care.escalate',
        { event: 'record_complaint' },
        [{ event: 'answer_customer' }, { event: 'escalate' }],
        { days: 2 },
      ],
      [
        'care.answer.same-day',
        'manual:care.escalate',
        { event: 'propose_resolution' },
        { event: 'answer_customer' },
        { days: 0 },
      ],
    ]);
  });

  it('runs the example of its documentation', () => {
    const state = replay(complaintFlow, [
      {
        type: 'record_complaint',
        at: '2024-03-11T14:00:00+08:00',
        actor: 'EMP-CC-01',
        data: { category: 'repair_quality' },
      },
      { type: 'start_investigation', at: '2024-03-11T15:00:00+08:00', actor: 'EMP-CC-01' },
      {
        type: 'escalate',
        at: '2024-03-12T10:00:00+08:00',
        actor: 'EMP-CC-01',
        reason: '需车间主管复查',
        data: { supervisorId: 'EMP-SM-01' },
      },
    ]);
    expect([state.value, state.data.escalated]).toEqual([
      'investigating',
      { to: 'EMP-SM-01', at: '2024-03-12T10:00:00+08:00' },
    ]);
  });
});
