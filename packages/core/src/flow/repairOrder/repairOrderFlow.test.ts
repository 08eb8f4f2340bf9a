import { describe, expect, it } from 'vitest';
import { starRepairStageSchema } from '../../schemas/repairOrderCodes';
import { nextEvents } from '../nextEvents';
import { replay } from '../replay';
import { can, initialState, transition } from '../transition';
import type { FlowEvent, FlowRejection, FlowState } from '../types';
import type { RepairOrderFlowData } from './repairOrderData';
import { repairOrderFlow } from './repairOrderFlow';

// A maintenance visit at a Beijing-time dealer: the service advisor books it on Friday 2024-03-01,
// the car comes in on Monday 2024-03-04 at 08:30, and the work runs through the day.
const advisor = 'EMP-SA-01';
const technician = 'EMP-T-07';
const colleague = 'EMP-T-12';
const inspector = 'EMP-QC-01';
const cashier = 'EMP-CASH-01';
const care = 'EMP-CC-01';

const HOUR = 3_600_000;
/** An instant written the way the dealer's system writes it: Beijing wall time with +08:00. */
const beijing = (ms: number) => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
const at = (day: number, hour: number, minute = 0) =>
  `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
const event = (type: string, time: string, extra: Partial<FlowEvent> = {}): FlowEvent => ({
  type,
  at: time,
  actor: advisor,
  ...extra,
});

type Data = RepairOrderFlowData;
type State = FlowState<Data>;
type Extra = Partial<Omit<FlowEvent, 'type' | 'at'>>;

/** The next event on a record: five minutes after its last one (08:00 on 2024-03-04 for a new one). */
function after(state: State, type: string, extra: Extra = {}, minutes = 5): FlowEvent {
  const last = state.at === null ? Date.parse(at(4, 8)) : Date.parse(state.at);
  return event(type, beijing(last + minutes * 60_000), extra);
}

/** Sends an event that must be accepted and returns the next state. */
function send(state: State, type: string, extra: Extra = {}): State {
  const result = transition(repairOrderFlow, state, after(state, type, extra));
  if (!result.ok)
    throw new Error(`'${type}' was refused in '${state.value}': ${result.rejection.message.en}`);
  return result.state;
}

/** Sends a series of events that must all be accepted. */
function sendAll(state: State, steps: readonly (readonly [string, Extra?])[]): State {
  return steps.reduce((s, [type, extra]) => send(s, type, extra), state);
}

/** Sends an event that must be refused and returns the rejection. */
function refuse(state: State, type: string, extra: Extra = {}): FlowRejection {
  const result = transition(repairOrderFlow, state, after(state, type, extra));
  if (result.ok) throw new Error(`'${type}' was accepted in '${state.value}'`);
  return result.rejection;
}

const line = (lineId: string, payType = 'CP', priced = true): Extra => ({
  data: { lineId, payType, priced },
});
const lineId = (id: string): Extra => ({ data: { lineId: id } });
const by = (inspectorId: string): Extra => ({ actor: inspectorId, data: { inspectorId } });

type Answer = 'approve_line' | 'decline_line' | 'defer_line';
type LineSpec = { id: string; payType?: string; priced?: boolean; answer: Answer };

/** A walk-in repair RO with the given lines, estimated and answered, still in `estimated`. */
function answered(lines: readonly LineSpec[], kind = 'repair'): State {
  let state = send(initialState(repairOrderFlow), 'receive_vehicle', { data: { kind } });
  for (const l of lines) state = send(state, 'add_line', line(l.id, l.payType, l.priced));
  state = sendAll(state, [['complete_walkaround'], ['submit_estimate']]);
  for (const l of lines) state = send(state, l.answer, lineId(l.id));
  return state;
}

/** The same RO dispatched and in repair. */
function inRepair(lines: readonly LineSpec[]): State {
  return sendAll(answered(lines), [['confirm_approval'], ['dispatch'], ['start_repair']]);
}

/** In repair → every approved line done → the three checks → washed: `ready` to settle. */
function finishRepair(state: State): State {
  let s = state;
  for (const l of s.data.lines) {
    if (l.answer !== 'approved' || l.work === 'done') continue;
    s = sendAll(s, [
      ['start_line', lineId(l.id)],
      ['complete_line', lineId(l.id)],
    ]);
  }
  return sendAll(s, [
    ['complete_repair'],
    ['pass_self_check', by(technician)],
    ['pass_peer_check', by(colleague)],
    ['pass_final_inspection', by(inspector)],
    ['complete_wash'],
  ]);
}

const approvedCp: LineSpec = { id: 'L1', answer: 'approve_line' };

/** A maintenance RO delivered to the customer. */
function delivered(): State {
  return sendAll(finishRepair(inRepair([approvedCp])), [['settle'], ['deliver']]);
}

describe('repairOrderFlow: the happy path', () => {
  // Appointment → reception & interview → walk-around → estimate → approval → dispatch → repair →
  // self / peer / final inspection → wash → settlement → delivery → follow-up calls → closed.
  const happyPath: FlowEvent[] = [
    event('book_appointment', at(1, 16), { data: { kind: 'maintenance' } }),
    event('receive_vehicle', at(4, 8, 30), { data: { kind: 'maintenance' } }),
    event('add_line', at(4, 8, 40), line('L1')),
    event('complete_walkaround', at(4, 8, 50)),
    event('submit_estimate', at(4, 9)),
    event('approve_line', at(4, 9, 10), lineId('L1')),
    event('confirm_approval', at(4, 9, 15)),
    event('dispatch', at(4, 9, 20), { actor: 'EMP-FM-01' }),
    event('start_repair', at(4, 9, 30), { actor: technician }),
    event('start_line', at(4, 9, 31), { actor: technician, ...lineId('L1') }),
    event('complete_line', at(4, 10, 30), { actor: technician, ...lineId('L1') }),
    event('complete_repair', at(4, 10, 35), { actor: technician }),
    event('pass_self_check', at(4, 10, 40), by(technician)),
    event('pass_peer_check', at(4, 10, 50), by(colleague)),
    event('pass_final_inspection', at(4, 11), by(inspector)),
    event('complete_wash', at(4, 11, 30), { actor: 'EMP-W-01' }),
    event('settle', at(4, 11, 45), { actor: cashier }),
    event('deliver', at(4, 12)),
    event('record_follow_up', at(7, 10), { actor: care, data: { kind: 'first', outcome: 'satisfied' } }),
    event('record_follow_up', at(14, 10), { actor: care, data: { kind: 'second' } }),
    event('close', at(14, 10, 5), { actor: care }),
  ];
  const expectedValues = [
    'appointment',
    'received',
    'received',
    'inspected',
    'estimated',
    'estimated',
    'approved',
    'dispatched',
    'in_repair',
    'in_repair',
    'in_repair',
    'self_check',
    'peer_check',
    'final_inspection',
    'wash',
    'ready',
    'settled',
    'delivered',
    'followed_up',
    'followed_up',
    'closed',
  ];

  it('passes through every step of the manual in order, one event at a time', () => {
    let state = initialState(repairOrderFlow);
    const values: string[] = [];
    for (const e of happyPath) {
      const result = transition(repairOrderFlow, state, e);
      if (!result.ok) throw new Error(`${e.type} refused: ${result.rejection.message.en}`);
      state = result.state;
      values.push(state.value);
    }
    expect(values).toEqual(expectedValues);
  });

  it('returns a closed RO with its line done, the three checks and two follow-ups recorded', () => {
    expect(replay(repairOrderFlow, happyPath)).toEqual({
      flow: 'repair-order',
      version: 1,
      value: 'closed',
      data: {
        kind: 'maintenance',
        rescue: false,
        hold: null,
        lines: [
          {
            id: 'L1',
            payType: 'CP',
            answer: 'approved',
            priced: true,
            additional: false,
            eligibility: null,
            work: 'done',
          },
        ],
        qc: {
          self: { by: technician, at: at(4, 10, 40) },
          peer: { by: colleague, at: at(4, 10, 50) },
          final: { by: inspector, at: at(4, 11) },
        },
        followUps: 2,
        reopened: 0,
      },
      marks: ['qc.final-passed'],
      at: at(14, 10, 5),
      enteredAt: at(14, 10, 5),
      eventCount: 21,
    });
  });

  it('returns the effects the manual asks for: confirm, send the estimate, job card, invoice, follow-up', () => {
    let state = initialState(repairOrderFlow);
    const effects: string[] = [];
    for (const e of happyPath) {
      const result = transition(repairOrderFlow, state, e);
      if (!result.ok) throw new Error(e.type);
      effects.push(...result.effects.map((f) => `${f.event}:${f.type}`));
      state = result.state;
    }
    expect(effects).toEqual([
      'book_appointment:ro.confirm-appointment',
      'submit_estimate:ro.send-estimate',
      'dispatch:ro.print-job-card',
      'settle:ro.issue-invoice',
      'deliver:ro.schedule-follow-up',
    ]);
  });

  it('keeps the appointment’s kind when the car is received without one', () => {
    const state = replay(repairOrderFlow, [
      event('book_appointment', at(1, 16), { data: { kind: 'first_maintenance' } }),
      event('receive_vehicle', at(4, 8, 30)),
    ]);
    expect([state.value, state.data.kind]).toEqual(['received', 'first_maintenance']);
  });

  it('takes the kind found at reception over the one booked', () => {
    const state = replay(repairOrderFlow, [
      event('book_appointment', at(1, 16), { data: { kind: 'maintenance' } }),
      event('receive_vehicle', at(4, 8, 30), { data: { kind: 'repair' } }),
    ]);
    expect(state.data.kind).toBe('repair');
  });

  it('receives a walk-in customer straight from new', () => {
    const state = replay(repairOrderFlow, [
      event('receive_vehicle', at(4, 8, 30), { data: { kind: 'repair' } }),
    ]);
    expect([state.value, state.data.kind, state.data.rescue, state.enteredAt]).toEqual([
      'received',
      'repair',
      false,
      at(4, 8, 30),
    ]);
  });

  it('opens a roadside rescue with its fee to collect, then receives the towed car', () => {
    const start = event('start_rescue', at(4, 7), { actor: 'EMP-RESCUE-01' });
    const result = transition(repairOrderFlow, initialState(repairOrderFlow), start);
    expect(result.ok && result.effects).toEqual([
      { type: 'ro.collect-rescue-fee', event: 'start_rescue', from: 'new', to: 'rescue', at: at(4, 7) },
    ]);
    expect(result.ok && [result.state.value, result.state.data.rescue]).toEqual(['rescue', true]);
    const received = replay(repairOrderFlow, [
      start,
      event('add_line', at(4, 7, 30), line('R1', 'CP')),
      event('receive_vehicle', at(4, 8, 30), { data: { kind: 'rescue' } }),
    ]);
    expect([received.value, received.data.rescue, received.data.kind, received.data.lines.length]).toEqual([
      'received',
      true,
      'rescue',
      1,
    ]);
  });
});

describe('repairOrderFlow: the guards of the manuals', () => {
  describe('ro.final-inspection-passed (no delivery before the final inspection)', () => {
    // The declarative guard reads the mark `qc.final-passed`. The flow itself cannot reach
    // `settled` without it (every way to `wash` goes through pass_final_inspection), so the
    // state is built: a settled RO whose mark was removed.
    const settled = sendAll(finishRepair(inRepair([approvedCp])), [['settle']]);

    it('refuses deliver on a settled RO without the mark, citing the three-check rule', () => {
      expect(settled.marks).toEqual(['qc.final-passed']);
      const rejection = refuse({ ...settled, marks: [] }, 'deliver');
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed).toEqual([
        {
          rule: 'ro.final-inspection-passed',
          status: 'failed',
          facts: { marks: [] },
          message: { en: 'no delivery before the final inspection', zh: '终检未通过，不得交车' },
          cite: 'manual:qc.three.checks',
        },
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['pass_final_inspection']]);
    });

    it('allows deliver once the mark is there', () => {
      expect(send(settled, 'deliver').value).toBe('delivered');
    });

    it('removes the mark on a reopen, and sets it again only with a new final inspection', () => {
      const reopened = send(delivered(), 'reopen', { reason: '客户反映异响' });
      expect(reopened.marks).toEqual([]);
      let s = sendAll(reopened, [['dispatch'], ['start_repair'], ['complete_repair']]);
      s = sendAll(s, [
        ['pass_self_check', by(technician)],
        ['pass_peer_check', by(colleague)],
      ]);
      expect([s.value, s.marks]).toEqual(['final_inspection', []]);
      s = send(s, 'pass_final_inspection', by(inspector));
      expect(s.marks).toEqual(['qc.final-passed']);
    });

    it('answers a delivery before the final inspection as a step out of place', () => {
      const waiting = sendAll(inRepair([approvedCp]), [
        ['start_line', lineId('L1')],
        ['complete_line', lineId('L1')],
        ['complete_repair'],
        ['pass_self_check', by(technician)],
        ['pass_peer_check', by(colleague)],
      ]);
      const rejection = refuse(waiting, 'deliver');
      expect([rejection.reason, rejection.state]).toEqual(['not_in_state', 'final_inspection']);
      expect(rejection.unblock.map((u) => u.events)).toEqual([
        ['pass_final_inspection', 'complete_wash', 'settle'],
      ]);
    });
  });

  describe('ro.line-approved (no repair on a line the customer has not approved)', () => {
    // L1 approved at the estimate, L2 declined, L3 deferred; A1 is additional work still pending.
    const repairing = inRepair([
      approvedCp,
      { id: 'L2', answer: 'decline_line' },
      { id: 'L3', answer: 'defer_line' },
    ]);
    const withAdditional = send(repairing, 'find_additional_work', {
      actor: technician,
      ...line('A1'),
    });

    const lineRule = (id: string, answer: string | null) => ({
      rule: 'ro.line-approved',
      status: 'failed',
      facts: { lineId: id, answer },
      message: { en: 'no repair on a line the customer has not approved', zh: '客户未确认的项目不得施工' },
      cite: 'manual:flows.repair-order',
    });

    for (const [type, id, answer, state] of [
      ['start_line', 'L2', 'declined', repairing],
      ['complete_line', 'L2', 'declined', repairing],
      ['start_line', 'L3', 'deferred', repairing],
      ['complete_line', 'L3', 'deferred', repairing],
      ['start_line', 'A1', 'pending', withAdditional],
      ['complete_line', 'A1', 'pending', withAdditional],
    ] as const) {
      it(`refuses ${type} on a ${answer} line (${id}) in ${state.value}`, () => {
        const rejection = refuse(state, type, lineId(id));
        expect(rejection.reason).toBe('guard_failed');
        expect(rejection.failed).toEqual([lineRule(id, answer)]);
        expect(rejection.unblock.map((u) => u.events)).toEqual([['approve_line']]);
      });
    }

    it('allows the work once the customer approves the line', () => {
      let s = send(withAdditional, 'approve_line', lineId('A1'));
      s = sendAll(s, [
        ['start_line', lineId('A1')],
        ['complete_line', lineId('A1')],
      ]);
      expect(s.data.lines.find((l) => l.id === 'A1')).toMatchObject({ answer: 'approved', work: 'done' });
      // A declined line the customer changes their mind on while additional work is discussed.
      s = send(s, 'approve_line', lineId('L2'));
      expect(send(s, 'start_line', lineId('L2')).data.lines.find((l) => l.id === 'L2')?.work).toBe('started');
    });

    it('refuses work on a line that is not on the RO with both line rules', () => {
      const rejection = refuse(repairing, 'start_line', lineId('L9'));
      expect(rejection.failed.map((f) => [f.rule, f.facts])).toEqual([
        ['ro.line-exists', {}],
        ['ro.line-approved', { lineId: 'L9', answer: null }],
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['add_line'], ['approve_line']]);
    });
  });

  describe('ro.lines-priced (no settlement with an unpriced line)', () => {
    // Additional work reported without a price, approved and done: the RO reaches `ready` unpriced.
    let repairing = send(inRepair([approvedCp]), 'find_additional_work', line('A1', 'CP', false));
    repairing = sendAll(repairing, [['approve_line', lineId('A1')], ['confirm_approval']]);
    const ready = finishRepair(repairing);

    it('refuses settle and lists the unpriced line', () => {
      expect(ready.value).toBe('ready');
      const rejection = refuse(ready, 'settle');
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed).toEqual([
        {
          rule: 'ro.lines-priced',
          status: 'failed',
          facts: { lines: ['A1'] },
          message: { en: 'unpriced lines: A1', zh: '未计价项目：A1' },
          cite: 'manual:flows.repair-order',
        },
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['price_line']]);
    });

    it('allows settle once the line is priced', () => {
      const priced = send(ready, 'price_line', lineId('A1'));
      expect([priced.value, send(priced, 'settle').value]).toEqual(['ready', 'settled']);
    });
  });

  describe('ro.warranty-eligibility (warranty lines need an eligibility decision)', () => {
    const ready = finishRepair(inRepair([{ id: 'L1', payType: 'W', answer: 'approve_line' }]));

    it('refuses settle of an approved W line without a decision, citing the warranty-claim flow', () => {
      const rejection = refuse(ready, 'settle');
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed).toEqual([
        {
          rule: 'ro.warranty-eligibility',
          status: 'failed',
          facts: { lines: ['L1'] },
          message: {
            en: 'warranty lines without an eligibility decision: L1',
            zh: '未附保修资格判定的保修项目：L1',
          },
          cite: 'manual:flows.warranty-claim',
        },
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['attach_eligibility']]);
    });

    it('allows settle once the decision is attached', () => {
      const decided = send(ready, 'attach_eligibility', {
        data: { lineId: 'L1', outcome: 'covered', decisionId: 'DEC-2024-0042' },
      });
      expect(decided.data.lines[0]?.eligibility).toBe('covered');
      expect(send(decided, 'settle').value).toBe('settled');
    });

    it('does not ask a decision for a W line the customer declined', () => {
      const mixed = finishRepair(inRepair([approvedCp, { id: 'L2', payType: 'W', answer: 'decline_line' }]));
      expect(send(mixed, 'settle').value).toBe('settled');
    });

    it('reports both settlement rules when both fail', () => {
      let s = inRepair([{ id: 'L1', payType: 'W', answer: 'approve_line' }]);
      s = send(s, 'find_additional_work', line('A1', 'CP', false));
      s = finishRepair(sendAll(s, [['approve_line', lineId('A1')], ['confirm_approval']]));
      expect(refuse(s, 'settle').failed.map((f) => f.rule)).toEqual([
        'ro.lines-priced',
        'ro.warranty-eligibility',
      ]);
    });
  });

  describe('confirm_approval and dispatch need answered, approved lines', () => {
    it('refuses confirm_approval while a line waits for the customer (ro.no-pending-lines)', () => {
      let state = send(initialState(repairOrderFlow), 'receive_vehicle');
      state = sendAll(state, [
        ['add_line', line('L1')],
        ['add_line', line('L2')],
        ['complete_walkaround'],
        ['submit_estimate'],
        ['approve_line', lineId('L1')],
      ]);
      const rejection = refuse(state, 'confirm_approval');
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed.map((f) => [f.rule, f.facts, f.cite])).toEqual([
        ['ro.no-pending-lines', { lines: ['L2'] }, 'manual:flows.repair-order'],
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([
        ['approve_line', 'decline_line', 'defer_line'],
      ]);
      expect(send(send(state, 'defer_line', lineId('L2')), 'confirm_approval').value).toBe('approved');
    });

    it('refuses confirm_approval when the customer declined everything (ro.some-line-approved)', () => {
      const state = answered([{ id: 'L1', answer: 'decline_line' }]);
      const rejection = refuse(state, 'confirm_approval');
      expect(rejection.failed.map((f) => f.rule)).toEqual(['ro.some-line-approved']);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['approve_line', 'cancel']]);
      expect(send(state, 'cancel', { reason: '客户不修了' }).value).toBe('cancelled');
    });

    it('refuses dispatch with nothing approved (ro.some-line-approved)', () => {
      // confirm_approval already needs an approved line, so the state is built: an approved RO
      // whose only line was declined.
      const approved = send(answered([approvedCp]), 'confirm_approval');
      const declined: State = {
        ...approved,
        data: { ...approved.data, lines: approved.data.lines.map((l) => ({ ...l, answer: 'declined' })) },
      };
      const rejection = refuse(declined, 'dispatch');
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed.map((f) => [f.rule, f.facts, f.cite])).toEqual([
        ['ro.some-line-approved', {}, 'manual:flows.repair-order'],
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['approve_line', 'cancel']]);
      expect(send(approved, 'dispatch').value).toBe('dispatched');
    });

    it('refuses dispatch of a comeback while a new line waits for the customer', () => {
      const reopened = send(delivered(), 'reopen', { reason: '客户反映异响' });
      const pending = send(reopened, 'add_line', line('C1'));
      const rejection = refuse(pending, 'dispatch');
      expect(rejection.failed.map((f) => [f.rule, f.facts])).toEqual([
        ['ro.no-pending-lines', { lines: ['C1'] }],
      ]);
      expect(send(send(pending, 'approve_line', lineId('C1')), 'dispatch').value).toBe('dispatched');
    });

    it('refuses submit_estimate without lines, then with an unpriced line', () => {
      const inspected = sendAll(initialState(repairOrderFlow), [
        ['receive_vehicle'],
        ['complete_walkaround'],
      ]);
      const empty = refuse(inspected, 'submit_estimate');
      expect(empty.failed.map((f) => [f.rule, f.facts])).toEqual([['ro.has-lines', {}]]);
      expect(empty.unblock.map((u) => u.events)).toEqual([['add_line']]);
      const unpriced = send(inspected, 'add_line', line('L1', 'CP', false));
      const rejection = refuse(unpriced, 'submit_estimate');
      expect(rejection.failed.map((f) => [f.rule, f.facts])).toEqual([
        ['ro.estimate-priced', { lines: ['L1'] }],
      ]);
      expect(send(send(unpriced, 'price_line', lineId('L1')), 'submit_estimate').value).toBe('estimated');
    });
  });

  describe('ro.peer-is-another-person (three-level inspection)', () => {
    const peer = sendAll(inRepair([approvedCp]), [
      ['start_line', lineId('L1')],
      ['complete_line', lineId('L1')],
      ['complete_repair'],
      ['pass_self_check', by(technician)],
    ]);

    it('refuses a peer check by the technician who did the self-check', () => {
      const rejection = refuse(peer, 'pass_peer_check', by(technician));
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed).toEqual([
        {
          rule: 'ro.peer-is-another-person',
          status: 'failed',
          facts: { selfCheckBy: technician, peerCheckBy: technician },
          message: { en: 'the peer check must be done by another technician', zh: '互检须由其他技师完成' },
          cite: 'manual:qc.three.checks',
        },
      ]);
      expect(rejection.unblock).toEqual([
        {
          message: { en: 'have another technician check the work', zh: '请由另一名技师互检' },
          fields: ['data.inspectorId'],
        },
      ]);
    });

    it('allows the peer check by another technician', () => {
      const s = send(peer, 'pass_peer_check', by(colleague));
      expect([s.value, s.data.qc.peer?.by]).toEqual(['final_inspection', colleague]);
    });
  });

  describe('complete_repair needs no open hold and every approved line done', () => {
    const repairing = send(
      inRepair([approvedCp, { id: 'L2', answer: 'approve_line' }]),
      'start_line',
      lineId('L1'),
    );

    it('refuses while on hold (ro.not-on-hold) and with lines not done (ro.approved-lines-done)', () => {
      const held = send(repairing, 'place_hold', { reason: '等待左前制动卡钳到货', data: { hold: 'parts' } });
      expect([held.value, held.data.hold]).toEqual(['in_repair', 'parts']);
      const rejection = refuse(held, 'complete_repair');
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed.map((f) => [f.rule, f.facts, f.cite])).toEqual([
        ['ro.not-on-hold', { hold: 'parts' }, 'manual:flows.repair-order'],
        ['ro.approved-lines-done', { lines: ['L1', 'L2'] }, 'manual:flows.repair-order'],
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([['release_hold'], ['complete_line']]);
    });

    it('refuses with only the hold left open, then allows once it is released', () => {
      const done = sendAll(repairing, [
        ['complete_line', lineId('L1')],
        ['start_line', lineId('L2')],
        ['complete_line', lineId('L2')],
        ['place_hold', { reason: '等待客户确认', data: { hold: 'customer' } }],
      ]);
      expect(refuse(done, 'complete_repair').failed.map((f) => f.rule)).toEqual(['ro.not-on-hold']);
      const released = send(done, 'release_hold');
      expect(released.data.hold).toBeNull();
      expect(send(released, 'complete_repair').value).toBe('self_check');
    });
  });

  describe('cancel', () => {
    it('cancels an RO before work starts and tells the customer', () => {
      const state = sendAll(answered([approvedCp]), [['confirm_approval'], ['dispatch']]);
      const result = transition(repairOrderFlow, state, after(state, 'cancel', { reason: '客户改期' }));
      expect(result.ok && [result.state.value, result.effects.map((e) => e.type)]).toEqual([
        'cancelled',
        ['ro.notify-customer'],
      ]);
    });

    it('refuses cancel once work has started (ro.no-work-started)', () => {
      // The only way back to a cancellable step with work done is a comeback: reopen → dispatch.
      const dispatched = sendAll(delivered(), [['reopen', { reason: '客户反映异响' }], ['dispatch']]);
      const rejection = refuse(dispatched, 'cancel', { reason: '客户不修了' });
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed.map((f) => [f.rule, f.facts, f.cite])).toEqual([
        ['ro.no-work-started', { lines: ['L1'] }, 'manual:flows.repair-order'],
      ]);
      expect(rejection.unblock.map((u) => u.events)).toEqual([undefined]);
    });

    it('needs a reason', () => {
      const rejection = refuse(initialState(repairOrderFlow), 'cancel', { reason: '  ' });
      expect(rejection.reason).toBe('reason_required');
      expect(rejection.unblock).toEqual([
        { message: { en: 'give the reason', zh: '请填写原因' }, fields: ['reason'] },
      ]);
    });

    it('accepts nothing after cancel: a final state', () => {
      const cancelled = send(initialState(repairOrderFlow), 'cancel', { reason: '客户改期' });
      expect(refuse(cancelled, 'receive_vehicle').reason).toBe('final_state');
      expect(nextEvents(repairOrderFlow, cancelled)).toEqual([]);
    });
  });

  describe('add_line (ro.line-is-new)', () => {
    it('refuses a line id already used, then accepts a new one', () => {
      const state = sendAll(initialState(repairOrderFlow), [['receive_vehicle'], ['add_line', line('L1')]]);
      const rejection = refuse(state, 'add_line', line('L1', 'W'));
      expect(rejection.reason).toBe('guard_failed');
      expect(rejection.failed.map((f) => [f.rule, f.cite])).toEqual([
        ['ro.line-is-new', 'manual:flows.repair-order'],
      ]);
      expect(rejection.unblock).toEqual([
        { message: { en: 'use a new line id', zh: '请使用新的项目编号' }, fields: ['data.lineId'] },
      ]);
      expect(send(state, 'add_line', line('L2', 'W')).data.lines.map((l) => [l.id, l.payType])).toEqual([
        ['L1', 'CP'],
        ['L2', 'W'],
      ]);
    });

    it('refuses additional work under an id already used', () => {
      const rejection = refuse(inRepair([approvedCp]), 'find_additional_work', line('L1'));
      expect(rejection.failed.map((f) => f.rule)).toEqual(['ro.line-is-new']);
    });

    it('refuses a payload that is not a line', () => {
      const received = send(initialState(repairOrderFlow), 'receive_vehicle');
      const rejection = refuse(received, 'add_line', { data: { lineId: 'L1', payType: 'CASH' } });
      expect(rejection.reason).toBe('invalid_event');
      expect(rejection.issues?.map((i) => [i.code, i.path])).toEqual([
        ['input.invalid_value', ['data', 'payType']],
      ]);
    });
  });
});

describe('repairOrderFlow: three-level inspection, additional work and holds', () => {
  const repaired = sendAll(inRepair([approvedCp]), [
    ['start_line', lineId('L1')],
    ['complete_line', lineId('L1')],
    ['complete_repair'],
  ]);

  it('sends the job back to repair from the peer check and clears the self-check', () => {
    const peer = send(repaired, 'pass_self_check', by(technician));
    expect(peer.data.qc.self).toEqual({ by: technician, at: peer.at });
    const back = send(peer, 'fail_check', { actor: colleague, reason: '异响未消除' });
    expect([back.value, back.data.qc, back.marks]).toEqual([
      'in_repair',
      { self: null, peer: null, final: null },
      [],
    ]);
  });

  it('sends the job back to repair from the final inspection and clears both passes', () => {
    const final = sendAll(repaired, [
      ['pass_self_check', by(technician)],
      ['pass_peer_check', by(colleague)],
    ]);
    expect(final.value).toBe('final_inspection');
    const back = send(final, 'fail_check', { actor: inspector, reason: '漆面色差' });
    expect([back.value, back.data.qc, back.marks]).toEqual([
      'in_repair',
      { self: null, peer: null, final: null },
      [],
    ]);
    // The three checks start again; the lines stay done.
    expect(back.data.lines[0]?.work).toBe('done');
    expect(send(back, 'complete_repair').value).toBe('self_check');
  });

  it('needs a reason to fail a check', () => {
    expect(refuse(repaired, 'fail_check').reason).toBe('reason_required');
  });

  it('puts additional work found in repair before the customer, then back to repair', () => {
    const result = transition(
      repairOrderFlow,
      inRepair([approvedCp]),
      after(inRepair([approvedCp]), 'find_additional_work', { actor: technician, ...line('A1', 'W', false) }),
    );
    if (!result.ok) throw new Error('refused');
    expect(result.effects.map((e) => e.type)).toEqual(['ro.ask-customer-approval']);
    const found = result.state;
    expect(found.value).toBe('additional_work');
    expect(found.data.lines[1]).toEqual({
      id: 'A1',
      payType: 'W',
      answer: 'pending',
      priced: false,
      additional: true,
      eligibility: null,
      work: 'not_started',
    });
    // A second line the customer is asked about at the same time is additional too.
    const two = send(found, 'add_line', line('A2'));
    expect(two.data.lines[2]).toMatchObject({ id: 'A2', additional: true, answer: 'pending' });
    expect(refuse(two, 'confirm_approval').failed.map((f) => [f.rule, f.facts])).toEqual([
      ['ro.no-pending-lines', { lines: ['A1', 'A2'] }],
    ]);
    const back = sendAll(two, [
      ['approve_line', lineId('A1')],
      ['decline_line', lineId('A2')],
      ['confirm_approval'],
    ]);
    expect(back.value).toBe('in_repair');
  });

  it('keeps a hold as data over the step: the state does not change', () => {
    const state = inRepair([approvedCp]);
    const held = send(state, 'place_hold', { reason: '等待保险公司定损', data: { hold: 'insurer' } });
    expect([held.value, held.enteredAt, held.data.hold]).toEqual(['in_repair', state.enteredAt, 'insurer']);
  });

  it('refuses a hold without a reason, and a release without a hold (ro.on-hold)', () => {
    const state = inRepair([approvedCp]);
    const noReason = refuse(state, 'place_hold', { data: { hold: 'parts' } });
    expect([noReason.reason, noReason.unblock[0]?.fields]).toEqual(['reason_required', ['reason']]);
    const release = refuse(state, 'release_hold');
    expect(release.reason).toBe('guard_failed');
    expect(release.failed.map((f) => [f.rule, f.message.en])).toEqual([
      ['ro.on-hold', 'the repair order is not on hold'],
    ]);
  });

  it('refuses a hold of a kind the manuals do not know', () => {
    const rejection = refuse(inRepair([approvedCp]), 'place_hold', {
      reason: '等待',
      data: { hold: 'lunch' },
    });
    expect(rejection.reason).toBe('invalid_event');
  });
});

describe('repairOrderFlow: reopen for a comeback', () => {
  const followedUp = send(delivered(), 'record_follow_up', { actor: care, data: { kind: 'first' } });
  const closed = send(followedUp, 'close');

  for (const [name, state] of [
    ['delivered', delivered()],
    ['followed_up', followedUp],
    ['closed', closed],
  ] as const) {
    it(`reopens from ${name} with a reason, clears the checks and counts the comeback`, () => {
      expect(state.value).toBe(name);
      expect(refuse(state, 'reopen').reason).toBe('reason_required');
      const reopened = send(state, 'reopen', { reason: '客户反映制动异响' });
      expect([reopened.value, reopened.data.reopened, reopened.data.qc, reopened.marks]).toEqual([
        'reopened',
        1,
        { self: null, peer: null, final: null },
        [],
      ]);
      expect(send(reopened, 'dispatch').value).toBe('dispatched');
    });
  }

  it('counts each comeback', () => {
    let s = send(closed, 'reopen', { reason: '第一次返修' });
    s = send(s, 'add_line', line('C1'));
    s = send(s, 'approve_line', lineId('C1'));
    s = sendAll(s, [['dispatch'], ['start_repair']]);
    s = sendAll(finishRepair(s), [['settle'], ['deliver']]);
    s = send(s, 'reopen', { reason: '第二次返修' });
    expect([s.value, s.data.reopened, s.data.lines.map((l) => [l.id, l.additional])]).toEqual([
      'reopened',
      2,
      [
        ['L1', false],
        ['C1', false],
      ],
    ]);
  });
});

describe('repairOrderFlow: what is missing when a step is out of place', () => {
  it('lists the steps from in_repair to a delivery, with the Chinese titles', () => {
    const rejection = refuse(inRepair([approvedCp]), 'deliver');
    expect(rejection).toEqual({
      reason: 'not_in_state',
      event: 'deliver',
      state: 'in_repair',
      message: { en: "'deliver' is not possible in state 'in_repair'", zh: '状态“维修中”下不能执行“交车”' },
      failed: [],
      unblock: [
        {
          message: {
            en: 'first: complete_repair → pass_self_check → pass_peer_check → pass_final_inspection → complete_wash → settle',
            zh: '需先完成：维修完工 → 自检通过 → 互检通过 → 终检通过 → 洗车完成 → 结算',
          },
          events: [
            'complete_repair',
            'pass_self_check',
            'pass_peer_check',
            'pass_final_inspection',
            'complete_wash',
            'settle',
          ],
        },
      ],
    });
  });

  it('lists the steps from a new RO to a dispatch', () => {
    const rejection = refuse(initialState(repairOrderFlow), 'dispatch');
    expect(rejection.unblock.map((u) => u.events)).toEqual([
      ['receive_vehicle', 'complete_walkaround', 'submit_estimate', 'confirm_approval'],
    ]);
  });

  it('names the guard’s event in Chinese in the message of a guard failure', () => {
    // Every other rejection message names the event by its Chinese title in `zh`.
    const ready = finishRepair(inRepair([{ id: 'L1', payType: 'W', answer: 'approve_line' }]));
    expect(refuse(ready, 'settle').message).toEqual({
      en: "'settle' is blocked: warranty lines without an eligibility decision: L1",
      zh: '“结算”被阻止：未附保修资格判定的保修项目：L1',
    });
  });
});

describe('nextEvents(repairOrderFlow) in ready with a W line lacking eligibility', () => {
  const ready = finishRepair(inRepair([{ id: 'L1', payType: 'W', answer: 'approve_line' }]));

  it('offers settle disabled with the guard’s message, attach_eligibility enabled', () => {
    const offered = nextEvents(repairOrderFlow, ready);
    expect(offered.map((n) => [n.type, n.allowed])).toEqual([
      ['settle', false],
      ['price_line', true],
      ['attach_eligibility', true],
      ['archive_customer_record', true],
    ]);
    const settle = offered[0];
    expect(settle?.failed.map((f) => [f.rule, f.message, f.cite])).toEqual([
      [
        'ro.warranty-eligibility',
        { en: 'warranty lines without an eligibility decision: L1', zh: '未附保修资格判定的保修项目：L1' },
        'manual:flows.warranty-claim',
      ],
    ]);
    expect(settle?.unblock.map((u) => u.events)).toEqual([['attach_eligibility']]);
    expect(offered[2]).toMatchObject({
      type: 'attach_eligibility',
      allowed: true,
      target: 'ready',
      checkedOnSend: ['ro.line-exists'],
      failed: [],
    });
  });

  it('agrees with can() once the decision is attached', () => {
    const decided = send(ready, 'attach_eligibility', { data: { lineId: 'L1', outcome: 'not_covered' } });
    expect(nextEvents(repairOrderFlow, decided)[0]).toMatchObject({
      type: 'settle',
      allowed: true,
      target: 'settled',
    });
    expect(can(repairOrderFlow, decided, after(decided, 'settle'))).toEqual({
      allowed: true,
      target: 'settled',
    });
  });
});

describe('repairOrderDefinition: STAR stages', () => {
  // FLOWS.md, "our step ↔ STAR stage"; where our flow splits a step, both halves carry it.
  const expected: Record<string, string> = {
    new: 'OPEN',
    appointment: 'APPOINTMENT_SCHEDULED',
    rescue: 'OTHER',
    received: 'VEHICLE_RECEIVED',
    // Walk-around done: the advisor builds the estimate (FLOWS.md: estimate ↔ PROPOSAL_BUILD).
    inspected: 'PROPOSAL_BUILD',
    estimated: 'AWAITING_CUSTOMER_AUTHORIZATION',
    approved: 'AWAITING_CUSTOMER_AUTHORIZATION',
    dispatched: 'WORK_IN_PROGRESS',
    in_repair: 'REPAIR',
    additional_work: 'AWAITING_CUSTOMER_AUTHORIZATION',
    self_check: 'QUALITY_ASSURANCE',
    peer_check: 'QUALITY_ASSURANCE',
    final_inspection: 'QUALITY_ASSURANCE',
    wash: 'DETAILING',
    ready: 'COMPLETED',
    settled: 'INVOICE',
    delivered: 'VEHICLE_DELIVERED',
    followed_up: 'FOLLOW_UP',
    closed: 'CLOSED',
    reopened: 'RE_OPEN',
    cancelled: 'CLOSED',
  };

  it('tags every state with exactly one STAR RepairStageTypes value', () => {
    const stages = new Set<string>(starRepairStageSchema.options);
    for (const [name, state] of Object.entries(repairOrderFlow.definition.states)) {
      const tags = (state.tags ?? []).filter((tag) => tag.startsWith('star:'));
      expect(tags, name).toHaveLength(1);
      expect(stages.has((tags[0] as string).slice('star:'.length)), name).toBe(true);
    }
  });

  it('tags each step with the stage FLOWS.md gives it', () => {
    const tags = Object.fromEntries(
      Object.entries(repairOrderFlow.definition.states).map(([name, state]) => [
        name,
        (state.tags ?? []).find((tag) => tag.startsWith('star:'))?.slice('star:'.length),
      ]),
    );
    expect(tags).toEqual(expected);
  });

  it('marks only cancelled as final', () => {
    const finals = Object.entries(repairOrderFlow.definition.states)
      .filter(([, state]) => state.final === true)
      .map(([name]) => name);
    expect(finals).toEqual(['cancelled']);
  });
});

describe('repairOrderFlow: answers to lines whose work has started', () => {
  // The manual: no repair on a line the customer has not approved. A line already done (or
  // under way) cannot become "not approved" afterwards, or the RO says work was done without
  // the customer's approval.
  const repairing = sendAll(inRepair([approvedCp]), [
    ['start_line', lineId('L1')],
    ['complete_line', lineId('L1')],
  ]);

  it('refuses to decline, in additional work, a line already done', () => {
    const found = send(repairing, 'find_additional_work', line('A1'));
    const result = transition(repairOrderFlow, found, after(found, 'decline_line', lineId('L1')));
    expect(result.ok).toBe(false);
  });

  it('refuses to defer, on a comeback, a line already done', () => {
    const reopened = send(delivered(), 'reopen', { reason: '客户反映异响' });
    const result = transition(repairOrderFlow, reopened, after(reopened, 'defer_line', lineId('L1')));
    expect(result.ok).toBe(false);
  });
});
