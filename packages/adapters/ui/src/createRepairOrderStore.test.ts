import { type FlowEvent, isAftersalesError, repairOrderFlow, replay } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { createRepairOrderStore, safeCreateRepairOrderStore } from './createRepairOrderStore';
import {
  at,
  by,
  colleague,
  event,
  inspector,
  lineId,
  newLine,
  readyToSettle,
  technician,
} from './roEvents.fixture';

// A maintenance visit at a Beijing dealer: booked on Friday 2024-03-01, the car arrives on Monday
// 2024-03-04 at 08:30, is delivered at noon, followed up on Thursday 03-07 (day 3) and closed.
// Each row: the event, the status and STAR stage it leads to (from the flow's definition), and
// the effects the definition names for that transition.
const visit: readonly [FlowEvent, string, string, string[]][] = [
  [
    event('book_appointment', at(1, 16), { data: { kind: 'maintenance' } }),
    'appointment',
    'APPOINTMENT_SCHEDULED',
    ['ro.confirm-appointment'],
  ],
  [event('receive_vehicle', at(4, 8, 30)), 'received', 'VEHICLE_RECEIVED', []],
  [event('add_line', at(4, 8, 40), newLine('L1')), 'received', 'VEHICLE_RECEIVED', []],
  [event('complete_walkaround', at(4, 8, 50)), 'inspected', 'PROPOSAL_BUILD', []],
  [event('submit_estimate', at(4, 9)), 'estimated', 'AWAITING_CUSTOMER_AUTHORIZATION', ['ro.send-estimate']],
  [event('approve_line', at(4, 9, 10), lineId('L1')), 'estimated', 'AWAITING_CUSTOMER_AUTHORIZATION', []],
  [event('confirm_approval', at(4, 9, 15)), 'approved', 'AWAITING_CUSTOMER_AUTHORIZATION', []],
  [event('dispatch', at(4, 9, 20)), 'dispatched', 'WORK_IN_PROGRESS', ['ro.print-job-card']],
  [event('start_repair', at(4, 9, 30), { actor: technician }), 'in_repair', 'REPAIR', []],
  [event('start_line', at(4, 9, 31), { actor: technician, ...lineId('L1') }), 'in_repair', 'REPAIR', []],
  [event('complete_line', at(4, 10, 30), { actor: technician, ...lineId('L1') }), 'in_repair', 'REPAIR', []],
  [event('complete_repair', at(4, 10, 35), { actor: technician }), 'self_check', 'QUALITY_ASSURANCE', []],
  [event('pass_self_check', at(4, 10, 40), by(technician)), 'peer_check', 'QUALITY_ASSURANCE', []],
  [event('pass_peer_check', at(4, 10, 50), by(colleague)), 'final_inspection', 'QUALITY_ASSURANCE', []],
  [event('pass_final_inspection', at(4, 11), by(inspector)), 'wash', 'DETAILING', []],
  [event('complete_wash', at(4, 11, 30)), 'ready', 'COMPLETED', []],
  [event('settle', at(4, 11, 45)), 'settled', 'INVOICE', ['ro.issue-invoice']],
  [event('deliver', at(4, 12)), 'delivered', 'VEHICLE_DELIVERED', ['ro.schedule-follow-up']],
  [event('record_follow_up', at(7, 10), { data: { kind: 'first' } }), 'followed_up', 'FOLLOW_UP', []],
  [event('close', at(7, 10, 5)), 'closed', 'CLOSED', []],
];

const ids = (actions: readonly { type: string }[]) => actions.map((a) => a.type);

describe('createRepairOrderStore: a visit from appointment to close', () => {
  it('moves through every status with its STAR stage and effects, one notification per event', () => {
    const store = createRepairOrderStore();
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.getSnapshot().state.value).toBe('new');
    expect(store.getSnapshot().stage).toBe('OPEN');
    visit.forEach(([sent, status, stage, effects], index) => {
      const result = store.dispatch(sent);
      expect(result.ok && result.effects.map((e) => e.type)).toEqual(effects);
      const snapshot = store.getSnapshot();
      expect([snapshot.state.value, snapshot.stage]).toEqual([status, stage]);
      expect(snapshot.events).toHaveLength(index + 1);
      expect(calls).toBe(index + 1);
    });
    const end = store.getSnapshot();
    // 20 events; the data the flow keeps: one line, approved, done; the three checks by three people.
    expect(end.state.eventCount).toBe(20);
    expect(end.state.data.kind).toBe('maintenance');
    expect(end.state.data.lines).toEqual([
      {
        id: 'L1',
        payType: 'CP',
        answer: 'approved',
        priced: true,
        additional: false,
        eligibility: null,
        work: 'done',
      },
    ]);
    expect(end.state.data.qc).toEqual({
      self: { by: technician, at: at(4, 10, 40) },
      peer: { by: colleague, at: at(4, 10, 50) },
      final: { by: inspector, at: at(4, 11) },
    });
    expect(end.state.data.followUps).toBe(1);
    // `closed` still accepts a comeback: reopen is its one action, and it needs a reason.
    expect(end.final).toBe(false);
    expect(end.allowed.map((a) => [a.type, a.enabled, a.requiresReason])).toEqual([['reopen', true, true]]);
  });

  it('offers the actions of the received status in definition order, all enabled', () => {
    const store = createRepairOrderStore({ events: visit.slice(0, 2).map(([e]) => e) });
    const { allowed, title } = store.getSnapshot();
    expect(title).toEqual({ en: 'Received, interview done', zh: '已接车问诊' });
    expect(ids(allowed)).toEqual([
      'complete_walkaround',
      'add_line',
      'price_line',
      'attach_eligibility',
      'archive_customer_record',
      'cancel',
    ]);
    expect(allowed.every((a) => a.enabled && a.reasons.length === 0)).toBe(true);
    // A line's id is only known when the event is sent: those guards wait for the dispatch.
    expect(allowed.find((a) => a.type === 'add_line')?.checkedOnSend).toEqual(['ro.line-is-new']);
    expect(allowed.find((a) => a.type === 'add_line')?.payload?.payType).toEqual({
      type: 'string',
      required: true,
      enum: ['CP', 'W', 'I', 'INS'],
    });
    expect(allowed.find((a) => a.type === 'cancel')?.target).toBe('cancelled');
  });

  it('rebuilds from the stored log the state the live store reached', () => {
    const live = createRepairOrderStore();
    for (const [sent] of visit) live.dispatch(sent);
    const stored = createRepairOrderStore({ events: live.getSnapshot().events });
    expect(stored.getSnapshot().state).toEqual(live.getSnapshot().state);
    expect(stored.getSnapshot().allowed).toEqual(live.getSnapshot().allowed);
    expect(stored.getSnapshot().events).toEqual(visit.map(([e]) => e));
  });
});

describe('createRepairOrderStore: blocked actions and refused events', () => {
  it('blocks an estimate without lines, saying which line to add', () => {
    const store = createRepairOrderStore({
      events: [event('receive_vehicle', at(4, 8, 30)), event('complete_walkaround', at(4, 8, 50))],
    });
    const submit = store.getSnapshot().allowed.find((a) => a.type === 'submit_estimate');
    // ro.has-lines fails (0 lines); ro.estimate-priced passes: no line is unpriced.
    expect(submit?.enabled).toBe(false);
    expect(submit?.reasons).toEqual([
      {
        rule: 'ro.has-lines',
        message: { en: 'an estimate needs at least one line', zh: '估价单至少需要一个维修项目' },
        cite: 'manual:flows.repair-order',
        facts: {},
        unblock: {
          message: { en: 'add the lines to quote', zh: '请添加需报价的项目' },
          events: ['add_line'],
        },
      },
    ]);
  });

  it('blocks settlement on an unpriced additional line and a warranty line without an eligibility decision', () => {
    // L1 customer-pay and L2 warranty in the estimate; L3 found during the repair, not priced.
    const store = createRepairOrderStore({
      events: readyToSettle([{ id: 'L1' }, { id: 'L2', payType: 'W' }], [{ id: 'L3', priced: false }]),
    });
    const before = store.getSnapshot();
    expect(before.state.value).toBe('ready');
    const settle = before.allowed.find((a) => a.type === 'settle');
    expect(settle?.enabled).toBe(false);
    expect(
      settle?.reasons.map((r) => [r.rule, r.message.en, r.message.zh, r.facts, r.unblock.events]),
    ).toEqual([
      ['ro.lines-priced', 'unpriced lines: L3', '未计价项目：L3', { lines: ['L3'] }, ['price_line']],
      [
        'ro.warranty-eligibility',
        'warranty lines without an eligibility decision: L2',
        '未附保修资格判定的保修项目：L2',
        { lines: ['L2'] },
        ['attach_eligibility'],
      ],
    ]);

    // Settling anyway is refused with the same guards; the refusal is recorded, nothing else moves.
    let calls = 0;
    store.subscribe(() => calls++);
    const refused = store.dispatch(event('settle', at(4, 12)));
    expect(refused.ok).toBe(false);
    const after = store.getSnapshot();
    expect(after.lastRejection?.reason).toBe('guard_failed');
    expect(after.lastRejection?.failed.map((f) => f.rule)).toEqual([
      'ro.lines-priced',
      'ro.warranty-eligibility',
    ]);
    expect(after.state).toBe(before.state);
    expect(after.events).toBe(before.events);
    expect(calls).toBe(1);

    // Price L3 and attach L2's eligibility: settlement opens, and the accepted event clears the refusal.
    store.dispatch(event('price_line', at(4, 12, 5), lineId('L3')));
    store.dispatch(
      event('attach_eligibility', at(4, 12, 10), { data: { lineId: 'L2', outcome: 'covered' } }),
    );
    expect(store.getSnapshot().lastRejection).toBeUndefined();
    expect(store.getSnapshot().allowed.find((a) => a.type === 'settle')?.enabled).toBe(true);
    const settled = store.dispatch(event('settle', at(4, 12, 15)));
    expect(settled.ok && settled.state.value).toBe('settled');
    expect(calls).toBe(4);
  });

  it('refuses settlement before the three-level inspection passed, naming the missing steps', () => {
    const log = readyToSettle([{ id: 'L1' }]);
    // Up to the self-check: the peer check, final inspection and wash (the last three) not sent yet.
    const store = createRepairOrderStore({ events: log.slice(0, -3) });
    expect(store.getSnapshot().state.value).toBe('peer_check');
    // Settle is not an action of peer_check at all.
    expect(ids(store.getSnapshot().allowed)).toEqual([
      'pass_peer_check',
      'fail_check',
      'archive_customer_record',
    ]);
    const result = store.dispatch(event('settle', at(4, 12)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.reason).toBe('not_in_state');
    expect(result.rejection.message.zh).toBe('状态“待互检”下不能执行“结算”');
    // peer_check → final_inspection → wash → ready, where settle is possible.
    expect(result.rejection.unblock[0]?.events).toEqual([
      'pass_peer_check',
      'pass_final_inspection',
      'complete_wash',
    ]);
    expect(store.getSnapshot().lastRejection).toEqual(result.rejection);
  });

  it('blocks completing the repair while on hold and with a line not done', () => {
    const log = readyToSettle([{ id: 'L1' }]);
    const started = log.findIndex((e) => e.type === 'start_repair');
    const store = createRepairOrderStore({ events: log.slice(0, started + 1) });
    store.dispatch(event('place_hold', at(4, 10), { reason: '等待配件到货', data: { hold: 'parts' } }));
    const complete = () => store.getSnapshot().allowed.find((a) => a.type === 'complete_repair');
    expect(complete()?.reasons.map((r) => [r.rule, r.facts])).toEqual([
      ['ro.not-on-hold', { hold: 'parts' }],
      ['ro.approved-lines-done', { lines: ['L1'] }],
    ]);
    expect(complete()?.reasons[0]?.unblock.events).toEqual(['release_hold']);
    store.dispatch(event('release_hold', at(4, 11)));
    expect(complete()?.reasons.map((r) => r.rule)).toEqual(['ro.approved-lines-done']);
  });

  it('offers the peer check but refuses it from the technician who did the self-check', () => {
    const log = readyToSettle([{ id: 'L1' }]);
    const store = createRepairOrderStore({ events: log.slice(0, -3) });
    const peer = store.getSnapshot().allowed.find((a) => a.type === 'pass_peer_check');
    expect([peer?.enabled, peer?.checkedOnSend]).toEqual([true, ['ro.peer-is-another-person']]);
    const result = store.dispatch(event('pass_peer_check', at(4, 12), by(technician)));
    expect(!result.ok && result.rejection.failed.map((f) => [f.rule, f.facts])).toEqual([
      ['ro.peer-is-another-person', { selfCheckBy: technician, peerCheckBy: technician }],
    ]);
  });

  it('refuses a malformed event and one dated before the last, without moving', () => {
    const store = createRepairOrderStore({ events: [event('receive_vehicle', at(4, 8, 30))] });
    const local = store.dispatch({ type: 'complete_walkaround', at: '2024-03-04 09:00', actor: 'EMP-SA-01' });
    expect(!local.ok && local.rejection.issues?.map((i) => [i.code, i.path])).toEqual([
      ['time.invalid_instant', ['at']],
    ]);
    const early = store.dispatch(event('complete_walkaround', at(4, 8)));
    expect(!early.ok && early.rejection.reason).toBe('out_of_order');
    expect(store.getSnapshot().state.eventCount).toBe(1);
  });
});

describe('createRepairOrderStore: a stored log that does not replay', () => {
  // Event 1 settles a car that was only received: refused, so no store is built.
  const bad = [event('receive_vehicle', at(4, 8, 30)), event('settle', at(4, 9))];

  it('throws flow.rejected_event naming the option and the event', () => {
    try {
      createRepairOrderStore({ events: bad });
      expect.unreachable('a bad log must not build a store');
    } catch (error) {
      expect(isAftersalesError(error) && [error.code, error.path]).toEqual([
        'flow.rejected_event',
        ['options', 'events', 1],
      ]);
    }
  });

  it('returns the issues from the safe variant', () => {
    const result = safeCreateRepairOrderStore({ events: bad });
    expect(!result.ok && result.issues[0]?.message.zh).toContain('第 1 个事件（“settle”）');
    expect(safeCreateRepairOrderStore({ events: bad.slice(0, 1) }).ok).toBe(true);
  });

  it('agrees with the engine: the stored log replays to the snapshot state', () => {
    const log = readyToSettle([{ id: 'L1' }, { id: 'L2', payType: 'W' }]);
    expect(createRepairOrderStore({ events: log }).getSnapshot().state).toEqual(replay(repairOrderFlow, log));
  });
});
