import { describe, expect, it } from 'vitest';
import { AftersalesError } from '../../errors/AftersalesError';
import { ticketFlow } from '../testing';
import type { FlowEvent } from '../types';
import type { AuditFinding, AuditReport, FlowHistory } from './auditFlowLogs';
import { auditRepairOrders } from './auditRepairOrders';

// Repair orders of a dealer in Beijing time (Asia/Shanghai, UTC+8 all year). Every instant is
// written with its +08:00 offset, so the expected days below are read off the dates as written.
const SHANGHAI = { timeZone: 'Asia/Shanghai' } as const;
const advisor = 'EMP-SA-01';

const HOUR = 3_600_000;
const beijing = (ms: number) => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
const plus = (instant: string, minutes: number) => beijing(Date.parse(instant) + minutes * 60_000);
const event = (type: string, at: string, extra: Partial<Omit<FlowEvent, 'type' | 'at'>> = {}): FlowEvent => ({
  type,
  at,
  actor: advisor,
  ...extra,
});
const L1 = { lineId: 'L1' };

/**
 * A one-line RO from reception to the end of repair. Indexes: 0 receive_vehicle, 1 the customer
 * record (two minutes after reception, so `care.archive` is met), 2–10 the estimate, approval and
 * work, 11 complete_repair at `completedAt`.
 */
function workshop(kind: string | null, receivedAt: string, completedAt: string, payType = 'CP'): FlowEvent[] {
  const r = (minutes: number) => plus(receivedAt, minutes);
  return [
    event('receive_vehicle', receivedAt, kind === null ? {} : { data: { kind } }),
    event('archive_customer_record', r(2), { actor: 'EMP-CC-01' }),
    event('add_line', r(5), { data: { lineId: 'L1', payType, priced: true } }),
    event('complete_walkaround', r(10)),
    event('submit_estimate', r(15)),
    event('approve_line', r(20), { data: L1 }),
    event('confirm_approval', r(25)),
    event('dispatch', r(30)),
    event('start_repair', r(35)),
    event('start_line', r(40), { data: L1 }),
    event('complete_line', r(45), { data: L1 }),
    event('complete_repair', completedAt),
  ];
}

/** Indexes 12–15: the three checks and the wash, five minutes apart after `from`. */
const checksAndWash = (from: string): FlowEvent[] => [
  event('pass_self_check', plus(from, 5), { data: { inspectorId: 'EMP-T-07' } }),
  event('pass_peer_check', plus(from, 10), { data: { inspectorId: 'EMP-T-12' } }),
  event('pass_final_inspection', plus(from, 15), { data: { inspectorId: 'EMP-QC-01' } }),
  event('complete_wash', plus(from, 20)),
];

const COMPLETE = 11;
const SETTLE = 16;
const DELIVER = 17;

/** A full RO: received, completed, settled (index 16) and delivered (index 17). */
function settledAndDelivered(
  kind: string | null,
  times: { received: string; completed: string; settled: string; delivered?: string },
): FlowEvent[] {
  return [
    ...workshop(kind, times.received, times.completed),
    ...checksAndWash(times.completed),
    event('settle', times.settled, { actor: 'EMP-CASH-01' }),
    event('deliver', times.delivered ?? plus(times.settled, 15)),
  ];
}

const followUp = (at: string, kind: 'first' | 'second' | 'other') =>
  event('record_follow_up', at, { actor: 'EMP-CC-01', data: { kind } });

function auditOne(events: FlowEvent[], options: Parameters<typeof auditRepairOrders>[1] = SHANGHAI) {
  const report = auditRepairOrders([{ id: 'RO-2024-0301', events }], options);
  const result = report.results[0];
  if (result === undefined) throw new Error('no result');
  return result;
}
const rulesOf = (findings: readonly AuditFinding[]) => findings.map((f) => [f.rule, f.kind, f.events]);

describe('auditRepairOrders: ro.settle.maintenance (settled within 3 days of completion)', () => {
  const times = { received: '2024-03-01T09:00:00+08:00', completed: '2024-03-01T17:00:00+08:00' };

  it('finds nothing when a maintenance RO completed on 1 March is settled on 4 March (day 3)', () => {
    const result = auditOne(
      settledAndDelivered('maintenance', { ...times, settled: '2024-03-04T09:00:00+08:00' }),
    );
    expect([result.status, result.findings, result.state]).toEqual(['clean', [], 'delivered']);
    // The follow-up call has not been made yet: its clock is running.
    expect(result.pending).toEqual(['care.followup.first']);
  });

  it('returns late, day 4, when it is settled on 5 March', () => {
    const result = auditOne(
      settledAndDelivered('maintenance', { ...times, settled: '2024-03-05T09:00:00+08:00' }),
    );
    expect(result.status).toBe('findings');
    expect(result.findings).toEqual([
      {
        recordId: 'RO-2024-0301',
        rule: 'ro.settle.maintenance',
        cite: 'manual:ro.settle.maintenance',
        kind: 'late',
        message: {
          en: 'A maintenance RO is settled within 3 days of completion: missed',
          zh: '保养工单完工后3天内结算：超时',
        },
        events: [COMPLETE, SETTLE],
        eventIds: [],
        facts: {
          startedAt: '2024-03-01T17:00:00+08:00',
          startDate: '2024-03-01',
          stoppedAt: '2024-03-05T09:00:00+08:00',
          stopDate: '2024-03-05',
          days: 4,
          limitDays: 3,
          deadline: '2024-03-04',
        },
      },
    ]);
  });

  it('applies to a first maintenance (首保) too', () => {
    const result = auditOne(
      settledAndDelivered('first_maintenance', { ...times, settled: '2024-03-05T09:00:00+08:00' }),
    );
    expect(rulesOf(result.findings)).toEqual([['ro.settle.maintenance', 'late', [COMPLETE, SETTLE]]]);
  });

  it('does not apply to a general repair settled 10 days later, nor to an RO without a kind', () => {
    for (const kind of ['repair', null]) {
      const result = auditOne(settledAndDelivered(kind, { ...times, settled: '2024-03-11T09:00:00+08:00' }));
      expect([kind, result.status, result.findings]).toEqual([kind, 'clean', []]);
    }
  });

  it('reads the kind from receive_vehicle, over the one booked', () => {
    const late = settledAndDelivered('maintenance', { ...times, settled: '2024-03-05T09:00:00+08:00' });
    const booked = (kind: string) =>
      event('book_appointment', '2024-02-28T15:00:00+08:00', { data: { kind } });
    // Booked as a repair, received as maintenance: the SLA applies (indexes shift by one).
    expect(rulesOf(auditOne([booked('repair'), ...late]).findings)).toEqual([
      ['ro.settle.maintenance', 'late', [COMPLETE + 1, SETTLE + 1]],
    ]);
    // Booked as maintenance, received as a repair: it does not.
    const asRepair = late.map((e, i) => (i === 0 ? { ...e, data: { kind: 'repair' } } : e));
    expect(auditOne([booked('maintenance'), ...asRepair]).findings).toEqual([]);
  });
});

describe('auditRepairOrders: the settlement clock after a failed check', () => {
  // The manual counts from completion. A job that failed an inspection and went back to repair
  // was not complete: it is complete when it passes, after its last complete_repair.
  it('counts from the last completion when a failed check sent the job back to repair', () => {
    const firstDone = '2024-03-01T17:00:00+08:00';
    const reworked = '2024-03-04T16:00:00+08:00';
    const log = [
      ...workshop('maintenance', '2024-03-01T09:00:00+08:00', firstDone),
      event('fail_check', plus(firstDone, 10), { actor: 'EMP-T-12', reason: '异响未消除' }),
      event('complete_repair', reworked, { actor: 'EMP-T-07' }),
      ...checksAndWash(reworked),
      event('settle', '2024-03-05T09:00:00+08:00'),
    ];
    // Settled one day after the rework was completed (and four after the first, failed, completion).
    expect(auditOne(log).findings).toEqual([]);
  });
});

describe('auditRepairOrders: ro.settle.insurance (settled in the month of completion)', () => {
  const monthEnd = {
    received: '2024-03-31T09:00:00+08:00',
    completed: '2024-03-31T23:30:00+08:00',
    settled: '2024-04-01T00:10:00+08:00',
  };

  it('returns late when an RO completed at 23:30 on 31 March is settled at 00:10 on 1 April', () => {
    const result = auditOne(settledAndDelivered('insurance', monthEnd));
    expect(result.findings).toMatchObject([
      {
        rule: 'ro.settle.insurance',
        cite: 'manual:ro.settle.insurance',
        kind: 'late',
        events: [COMPLETE, SETTLE],
        facts: {
          startDate: '2024-03-31',
          stopDate: '2024-04-01',
          startMonth: '2024-03',
          stopMonth: '2024-04',
        },
      },
    ]);
  });

  it('finds the same two instants in one month when audited in UTC (15:30Z and 16:10Z on 31 March)', () => {
    const result = auditOne(settledAndDelivered('insurance', monthEnd), { timeZone: 'UTC' });
    expect([result.status, result.findings]).toEqual(['clean', []]);
  });

  it('counts months, not days: completed on 1 March and settled on 29 March is on time', () => {
    const result = auditOne(
      settledAndDelivered('insurance', {
        received: '2024-03-01T09:00:00+08:00',
        completed: '2024-03-01T17:00:00+08:00',
        settled: '2024-03-29T10:00:00+08:00',
      }),
    );
    expect(result.findings).toEqual([]);
  });
});

describe('auditRepairOrders: care.followup.first (day 3 to day 7 after delivery)', () => {
  // Delivered on Monday 4 March at 12:00: day 3 is 7 March, day 7 is 11 March.
  const delivered = settledAndDelivered('repair', {
    received: '2024-03-04T08:00:00+08:00',
    completed: '2024-03-04T10:00:00+08:00',
    settled: '2024-03-04T11:30:00+08:00',
    delivered: '2024-03-04T12:00:00+08:00',
  });
  const calledOn = (date: string) => auditOne([...delivered, followUp(`${date}T10:00:00+08:00`, 'first')]);

  it('returns early for a call on day 2', () => {
    const result = calledOn('2024-03-06');
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'care.followup.first',
        cite: 'manual:care.followup.first',
        kind: 'early',
        events: [DELIVER, DELIVER + 1],
        message: {
          en: 'First follow-up call on day 3 to 7 after delivery: too early',
          zh: '交车后第3至7天内第一次回访：早于时间窗口',
        },
        facts: {
          startedAt: '2024-03-04T12:00:00+08:00',
          startDate: '2024-03-04',
          stoppedAt: '2024-03-06T10:00:00+08:00',
          stopDate: '2024-03-06',
          day: 2,
          window: '3–7',
          windowFrom: '2024-03-07',
          windowTo: '2024-03-11',
        },
      }),
    ]);
  });

  it('finds nothing for a call on day 3 or day 7', () => {
    expect(calledOn('2024-03-07').findings).toEqual([]);
    expect(calledOn('2024-03-11').findings).toEqual([]);
  });

  it('returns late for a call on day 8', () => {
    const result = calledOn('2024-03-12');
    expect(rulesOf(result.findings)).toEqual([['care.followup.first', 'late', [DELIVER, DELIVER + 1]]]);
    expect(result.findings[0]?.facts.day).toBe(8);
  });

  it('counts local days: delivered 23:30 on 1 March, called 00:30 on 4 March is day 3 in Shanghai', () => {
    const lateNight = [
      ...settledAndDelivered('repair', {
        received: '2024-03-01T09:00:00+08:00',
        completed: '2024-03-01T17:00:00+08:00',
        settled: '2024-03-01T23:00:00+08:00',
        delivered: '2024-03-01T23:30:00+08:00',
      }),
      followUp('2024-03-04T00:30:00+08:00', 'first'),
    ];
    expect(auditOne(lateNight).findings).toEqual([]);
    // In UTC the same call is on day 2 (15:30Z on 1 March → 16:30Z on 3 March).
    const utc = auditOne(lateNight, { timeZone: 'UTC' });
    expect(rulesOf(utc.findings)).toEqual([['care.followup.first', 'early', [DELIVER, DELIVER + 1]]]);
    expect(utc.findings[0]?.facts.day).toBe(2);
  });

  it('does not stop the clock with a call of another kind', () => {
    const result = auditOne([...delivered, followUp('2024-03-05T10:00:00+08:00', 'other')], {
      ...SHANGHAI,
      asOf: '2024-03-12T09:00:00+08:00',
    });
    expect(rulesOf(result.findings)).toEqual([['care.followup.first', 'overdue', [DELIVER]]]);
  });
});

describe('auditRepairOrders: care.followup.second (days 7–13 after the first)', () => {
  const firstCall = [
    ...settledAndDelivered('repair', {
      received: '2024-03-04T08:00:00+08:00',
      completed: '2024-03-04T10:00:00+08:00',
      settled: '2024-03-04T11:30:00+08:00',
      delivered: '2024-03-04T12:00:00+08:00',
    }),
    followUp('2024-03-07T10:00:00+08:00', 'first'),
  ];
  const FIRST = DELIVER + 1;
  const secondOn = (date: string) => auditOne([...firstCall, followUp(`${date}T15:00:00+08:00`, 'second')]);

  it('returns early 6 days after the first call, nothing at 7 and 13 days, late at 14', () => {
    const outcomes = ['2024-03-13', '2024-03-14', '2024-03-20', '2024-03-21'].map((date) => {
      const found = secondOn(date).findings;
      return [date, found.map((f) => [f.rule, f.kind, f.events, f.facts.day])];
    });
    expect(outcomes).toEqual([
      ['2024-03-13', [['care.followup.second', 'early', [FIRST, FIRST + 1], 6]]],
      ['2024-03-14', []],
      ['2024-03-20', []],
      ['2024-03-21', [['care.followup.second', 'late', [FIRST, FIRST + 1], 14]]],
    ]);
  });

  it('cites the manual', () => {
    expect(secondOn('2024-03-21').findings[0]).toMatchObject({
      cite: 'manual:care.followup.second',
      facts: { windowFrom: '2024-03-14', windowTo: '2024-03-20' },
    });
  });
});

describe('auditRepairOrders: care.archive (the customer record within 2 days)', () => {
  const visit = (received: string, archived: string) => [
    event('receive_vehicle', received),
    event('archive_customer_record', archived, { actor: 'EMP-CC-01' }),
  ];

  it('finds nothing for a record made on day 2, and late on day 3', () => {
    expect(auditOne(visit('2024-03-01T09:00:00+08:00', '2024-03-03T18:00:00+08:00')).findings).toEqual([]);
    const late = auditOne(visit('2024-03-01T09:00:00+08:00', '2024-03-04T08:00:00+08:00'));
    expect(late.findings).toMatchObject([
      {
        rule: 'care.archive',
        cite: 'manual:care.archive',
        kind: 'late',
        events: [0, 1],
        facts: { days: 3, limitDays: 2, deadline: '2024-03-03' },
      },
    ]);
  });

  it('counts in the dealer’s zone: 07:00 on 1 March to 20:00 on 3 March is 2 days, 3 in UTC', () => {
    const log = visit('2024-03-01T07:00:00+08:00', '2024-03-03T20:00:00+08:00');
    expect(auditOne(log).findings).toEqual([]);
    expect(rulesOf(auditOne(log, { timeZone: 'UTC' }).findings)).toEqual([['care.archive', 'late', [0, 1]]]);
  });
});

describe('auditRepairOrders: asOf', () => {
  // Delivered at 12:00 on 4 March and never called: day 7 ends with 11 March.
  const neverCalled = settledAndDelivered('maintenance', {
    received: '2024-03-04T08:00:00+08:00',
    completed: '2024-03-04T10:00:00+08:00',
    settled: '2024-03-04T11:30:00+08:00',
    delivered: '2024-03-04T12:00:00+08:00',
  });

  it('returns overdue for the first call when audited on day 8', () => {
    const result = auditOne(neverCalled, { ...SHANGHAI, asOf: '2024-03-12T09:00:00+08:00' });
    expect(result.findings).toEqual([
      {
        recordId: 'RO-2024-0301',
        rule: 'care.followup.first',
        cite: 'manual:care.followup.first',
        kind: 'overdue',
        message: {
          en: 'First follow-up call on day 3 to 7 after delivery: overdue',
          zh: '交车后第3至7天内第一次回访：已逾期',
        },
        events: [DELIVER],
        eventIds: [],
        facts: {
          startedAt: '2024-03-04T12:00:00+08:00',
          startDate: '2024-03-04',
          day: 8,
          window: '3–7',
          windowFrom: '2024-03-07',
          windowTo: '2024-03-11',
        },
      },
    ]);
    expect(result.pending).toEqual([]);
  });

  it('lists the call as pending when audited on day 5, or on the last minute of day 7', () => {
    for (const asOf of ['2024-03-09T09:00:00+08:00', '2024-03-11T23:59:00+08:00']) {
      const result = auditOne(neverCalled, { ...SHANGHAI, asOf });
      expect([asOf, result.status, result.pending]).toEqual([asOf, 'clean', ['care.followup.first']]);
    }
  });

  it('lists the call as pending without asOf', () => {
    const result = auditOne(neverCalled);
    expect([result.status, result.findings, result.pending]).toEqual(['clean', [], ['care.followup.first']]);
  });
});

describe('auditRepairOrders: refused events', () => {
  const completed = '2024-03-04T10:00:00+08:00';
  const repaired = workshop('repair', '2024-03-04T08:00:00+08:00', completed);
  const [selfCheck, peerCheck, finalCheck, wash] = checksAndWash(completed) as [
    FlowEvent,
    FlowEvent,
    FlowEvent,
    FlowEvent,
  ];

  it('reports a delivery before the final inspection as a step out of place, and reads on', () => {
    // `deliver` leaves only `settled`, which is reached only through the final inspection: in
    // final_inspection the event has no transition at all (flow.not-in-state), so the guard
    // ro.final-inspection-passed is never the one to refuse it.
    const early = event('deliver', plus(completed, 12), { id: 'EV-14' });
    const log = [
      ...repaired,
      selfCheck,
      peerCheck,
      early,
      finalCheck,
      wash,
      event('settle', plus(completed, 30)),
      event('deliver', plus(completed, 40)),
    ];
    const result = auditOne(log);
    expect(result.findings).toEqual([
      {
        recordId: 'RO-2024-0301',
        rule: 'flow.not-in-state',
        cite: 'manual:flows.repair-order',
        kind: 'refused',
        message: {
          en: "event 14: 'deliver' is not possible in state 'final_inspection'",
          zh: '第 14 个事件：状态“待终检”下不能执行“交车”',
        },
        events: [14],
        eventIds: ['EV-14'],
        facts: {
          event: 'deliver',
          state: 'final_inspection',
          reason: 'not_in_state',
          missingSteps: ['pass_final_inspection', 'complete_wash', 'settle'],
        },
      },
    ]);
    // The refused event is skipped: the log still ends delivered, and the follow-up clock starts
    // at the accepted delivery.
    expect([result.state, result.pending]).toEqual(['delivered', ['care.followup.first']]);
  });

  it('reports a settlement a guard refuses with the guard’s rule, facts and citation', () => {
    const warranty = workshop('warranty', '2024-03-04T08:00:00+08:00', completed, 'W');
    const log = [...warranty, ...checksAndWash(completed), event('settle', plus(completed, 30))];
    const result = auditOne(log);
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'ro.warranty-eligibility',
        cite: 'manual:flows.warranty-claim',
        kind: 'refused',
        events: [16],
        facts: { lines: ['L1'], event: 'settle', state: 'ready' },
      }),
    ]);
    expect(result.state).toBe('ready');
  });

  it('reports an event with a bad envelope as flow.invalid-event', () => {
    const log = [...repaired, { type: 'pass_self_check', at: '2024-03-04 10:05', actor: 'EMP-T-07' }];
    const result = auditOne(log);
    expect(result.findings).toMatchObject([
      {
        rule: 'flow.invalid-event',
        cite: 'manual:flows.repair-order',
        kind: 'refused',
        events: [12],
        facts: { event: 'pass_self_check', state: 'self_check', reason: 'invalid_event' },
      },
    ]);
    expect(result.findings[0]?.facts.issues).toEqual([
      expect.stringContaining("'2024-03-04 10:05' is not an instant"),
    ]);
  });

  it('reports a bad payload, an event out of order, and a null event', () => {
    const log: FlowEvent[] = [
      ...repaired,
      event('pass_self_check', plus(completed, 5)), // no inspectorId
      event('pass_self_check', plus(completed, -60), { data: { inspectorId: 'EMP-T-07' } }),
      null as unknown as FlowEvent,
    ];
    expect(rulesOf(auditOne(log).findings)).toEqual([
      ['flow.invalid-event', 'refused', [12]],
      ['flow.out-of-order', 'refused', [13]],
      ['flow.invalid-event', 'refused', [14]],
    ]);
  });
});

describe('auditRepairOrders: one result per RO, in order', () => {
  const clean = settledAndDelivered('maintenance', {
    received: '2024-03-01T09:00:00+08:00',
    completed: '2024-03-01T17:00:00+08:00',
    settled: '2024-03-02T09:00:00+08:00',
  });
  const late = settledAndDelivered('maintenance', {
    received: '2024-03-01T09:00:00+08:00',
    completed: '2024-03-01T17:00:00+08:00',
    settled: '2024-03-06T09:00:00+08:00',
  }).map((e, i) => ({ ...e, id: `EV-${i}` }));
  const histories = [
    { id: 'RO-1', events: clean },
    null,
    { events: [] },
    { id: 'RO-4', events: 'receive_vehicle' },
    { id: 'RO-5', events: [...late, event('deliver', '2024-03-06T10:00:00+08:00')] },
    { id: 'RO-6', events: [{ ...event('receive_vehicle', '2024-03-01T09:00:00+08:00'), flowVersion: 2 }] },
  ] as unknown as FlowHistory[];
  // Audited inside each test: a mutation run switches a mutant on only around the tests.
  const audit = (): AuditReport => auditRepairOrders(histories, SHANGHAI);

  it('returns every input once, in order, invalid ones included', () => {
    expect(audit().results.map((r) => [r.row, r.recordId, r.status])).toEqual([
      [0, 'RO-1', 'clean'],
      [1, null, 'invalid'],
      [2, null, 'invalid'],
      [3, 'RO-4', 'invalid'],
      [4, 'RO-5', 'findings'],
      [5, 'RO-6', 'invalid'],
    ]);
  });

  it('says why an input is invalid, with coded issues', () => {
    const issues = audit().results.map((r) => r.issues?.map((i) => [i.code, i.path]));
    expect(issues).toEqual([
      undefined,
      [['input.invalid_type', []]],
      [['input.required', ['id']]],
      [['input.invalid_type', ['events']]],
      undefined,
      [['flow.unknown_version', ['events', 0, 'flowVersion']]],
    ]);
  });

  it('echoes the event ids of a finding', () => {
    expect(audit().results[4]?.findings.map((f) => [f.rule, f.events, f.eventIds])).toEqual([
      ['flow.not-in-state', [18], []],
      ['ro.settle.maintenance', [COMPLETE, SETTLE], [`EV-${COMPLETE}`, `EV-${SETTLE}`]],
    ]);
  });

  it('returns a summary that adds up', () => {
    const report = audit();
    const { summary } = report;
    expect(summary).toEqual({
      records: 6,
      clean: 1,
      withFindings: 1,
      invalid: 4,
      findings: 2,
      byRule: { 'flow.not-in-state': 1, 'ro.settle.maintenance': 1 },
    });
    expect(summary.clean + summary.withFindings + summary.invalid).toBe(summary.records);
    const byRule = Object.values(summary.byRule).reduce((a, b) => a + b, 0);
    expect(byRule).toBe(report.results.reduce((n, r) => n + r.findings.length, 0));
  });

  it('returns an empty report for no histories', () => {
    expect(auditRepairOrders([], SHANGHAI)).toEqual({
      results: [],
      summary: { records: 0, clean: 0, withFindings: 0, invalid: 0, findings: 0, byRule: {} },
    });
  });
});

describe('auditRepairOrders: bad arguments', () => {
  const issueOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof AftersalesError) return [error.code, error.path];
      throw error;
    }
    throw new Error('did not throw');
  };

  it('throws a coded error naming the argument', () => {
    expect(issueOf(() => auditRepairOrders('RO-1' as unknown as FlowHistory[], SHANGHAI))).toEqual([
      'input.invalid_type',
      ['histories'],
    ]);
    expect(issueOf(() => auditRepairOrders([], { timeZone: 'Beijing' }))).toEqual([
      'time.invalid_zone',
      ['options', 'timeZone'],
    ]);
    expect(issueOf(() => auditRepairOrders([], {} as unknown as typeof SHANGHAI))).toEqual([
      'input.required',
      ['options', 'timeZone'],
    ]);
    expect(issueOf(() => auditRepairOrders([], { ...SHANGHAI, asOf: '2024-03-12' }))).toEqual([
      'time.invalid_instant',
      ['options', 'asOf'],
    ]);
    expect(issueOf(() => auditRepairOrders([], null as unknown as typeof SHANGHAI))).toEqual([
      'input.invalid_type',
      ['options'],
    ]);
    expect(issueOf(() => auditRepairOrders([], undefined as unknown as typeof SHANGHAI))).toEqual([
      'input.invalid_type',
      ['options'],
    ]);
  });
});

describe('auditRepairOrders: the flow option', () => {
  it('audits against the flow given in the options instead of the standard repair-order flow', () => {
    // The ticket flow of ../testing: `assign` is its first step, which the repair-order flow
    // refuses in `new`; under the ticket flow it is accepted and the log ends in_progress.
    const flow = ticketFlow as unknown as NonNullable<Parameters<typeof auditRepairOrders>[1]['flow']>;
    const log = [event('assign', '2024-03-01T10:00:00+08:00')];
    const viaTicket = auditOne(log, { ...SHANGHAI, flow });
    const viaRepairOrder = auditOne(log);
    expect([viaTicket.state, viaTicket.findings]).toEqual(['in_progress', []]);
    expect([viaRepairOrder.state, rulesOf(viaRepairOrder.findings)]).toEqual([
      'new',
      [['flow.unknown-event', 'refused', [0]]],
    ]);
  });
});
