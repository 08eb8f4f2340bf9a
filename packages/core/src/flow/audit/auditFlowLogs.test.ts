import { describe, expect, it } from 'vitest';
import { AftersalesError } from '../../errors/AftersalesError';
import { createBusinessCalendar } from '../../time/businessCalendar';
import { createFlow } from '../createFlow';
import { at, ev, issuesOf, type TicketData, ticketCopy, ticketFlow, ticketImplementation } from '../testing';
import type { FlowDefinition, FlowEvent, FlowImplementation } from '../types';
import { createFlowVersions } from '../versions';
import { type AuditFinding, auditFlowLogs, type FlowHistory } from './auditFlowLogs';

// The ticket flow of ../testing: `ticket.resolve-in-2-days` runs from entering in_progress to
// entering resolved (2 calendar days), `ticket.close-window` from assign to close (day 1 to 5).
// Instants are March 2024 in Beijing time, audited in Asia/Shanghai (UTC+8 all year).
const SHANGHAI = { timeZone: 'Asia/Shanghai' } as const;

/** Assigned 1 March 10:00, a note and a passed check, resolved at `resolvedAt`, closed at `closedAt`. */
function ticketLog(resolvedAt: string, closedAt: string): FlowEvent[] {
  return [
    ev('assign', at(1, 10), { id: 'EV-0' }),
    ev('note', at(1, 11), { id: 'EV-1', data: { text: '客户来电' } }),
    ev('pass_qc', at(1, 12), { id: 'EV-2' }),
    ev('resolve', resolvedAt, { id: 'EV-3' }),
    ev('close', closedAt, { id: 'EV-4' }),
  ];
}
/** Resolved on day 1 and closed on day 2: every SLA met. */
const cleanLog = () => ticketLog(at(2, 10), at(3, 10));
/** Resolved on 4 March, day 3 of 2 allowed; closed the same day (day 3 of the 1–5 window). */
const lateLog = () => ticketLog(at(4, 9), at(4, 10));

const rulesOf = (findings: readonly AuditFinding[]) => findings.map((f) => [f.rule, f.kind, f.events]);
const thrown = (run: () => unknown) =>
  issuesOf(run).map(({ code, path, params }) => ({ code, path, params }));

describe('auditFlowLogs: SLAs on a state', () => {
  it('finds nothing when the ticket is resolved on day 1 and closed on day 2', () => {
    const result = auditFlowLogs(ticketFlow, [{ id: 'T-1', events: cleanLog() }], SHANGHAI).results[0];
    expect(result).toEqual({
      row: 0,
      recordId: 'T-1',
      status: 'clean',
      findings: [],
      state: 'closed',
      pending: [],
    });
  });

  it('returns late, day 3, when it is resolved on 4 March after entering in progress on 1 March', () => {
    const result = auditFlowLogs(ticketFlow, [{ id: 'T-2', events: lateLog() }], SHANGHAI).results[0];
    expect(result?.findings).toEqual([
      {
        recordId: 'T-2',
        rule: 'ticket.resolve-in-2-days',
        cite: 'manual:ticket.sla',
        kind: 'late',
        message: { en: 'Resolved within 2 days: missed', zh: '2日内解决：超时' },
        // Started by `assign` (index 0, which entered in_progress), stopped by `resolve` (index 3).
        events: [0, 3],
        eventIds: ['EV-0', 'EV-3'],
        facts: {
          startedAt: at(1, 10),
          startDate: '2024-03-01',
          stoppedAt: at(4, 9),
          stopDate: '2024-03-04',
          days: 3,
          limitDays: 2,
          deadline: '2024-03-03',
        },
      },
    ]);
  });

  it('lists both clocks as pending while the ticket is only assigned, and neither with asOf before any deadline', () => {
    const events = [ev('assign', at(1, 10))];
    const pending = auditFlowLogs(ticketFlow, [{ id: 'T-3', events }], SHANGHAI).results[0]?.pending;
    expect([...(pending ?? [])].sort()).toEqual(['ticket.close-window', 'ticket.resolve-in-2-days']);
    // asOf 4 March: day 3, past the 2 days to resolve; the close window (to day 5) is still open.
    const late = auditFlowLogs(ticketFlow, [{ id: 'T-3', events }], { ...SHANGHAI, asOf: at(4, 9) })
      .results[0];
    expect([late?.pending, late && rulesOf(late.findings)]).toEqual([
      ['ticket.close-window'],
      [['ticket.resolve-in-2-days', 'overdue', [0]]],
    ]);
  });
});

describe('auditFlowLogs: refused events', () => {
  it('reports a hold without a reason with the flow’s citation and no missing steps', () => {
    const events = [ev('assign', at(1, 10)), ev('hold', at(1, 11))];
    const [finding] = auditFlowLogs(ticketFlow, [{ id: 'T-4', events }], SHANGHAI).results[0]?.findings ?? [];
    expect(finding).toEqual({
      recordId: 'T-4',
      rule: 'flow.reason-required',
      cite: 'manual:ticket.steps',
      kind: 'refused',
      message: { en: expect.stringMatching(/^event 1: \S/), zh: expect.stringMatching(/^第 1 个事件：\S/) },
      events: [1],
      eventIds: [],
      // The unblock asks for a field (the reason), not for an event: no missingSteps.
      facts: { event: 'hold', state: 'in_progress', reason: 'reason_required' },
    });
  });

  it('reports each failed guard of a refused resolve as its own finding, with the guard’s message', () => {
    // A fresh ticket in progress: no note, no priority, no passed check (testing.ts, blockedResolve).
    const events = [ev('assign', at(1, 10)), ev('resolve', at(1, 11))];
    const findings = auditFlowLogs(ticketFlow, [{ id: 'T-5', events }], SHANGHAI).results[0]?.findings;
    expect(findings?.map((f) => [f.rule, f.cite])).toEqual([
      ['ticket.has-notes', 'manual:ticket.notes'],
      ['ticket.low-priority', 'manual:ticket.fast-close'],
      ['ticket.qc-passed', 'manual:ticket.qc'],
    ]);
    expect(findings?.[0]).toEqual({
      recordId: 'T-5',
      rule: 'ticket.has-notes',
      cite: 'manual:ticket.notes',
      kind: 'refused',
      message: {
        en: "event 1 'resolve' in state 'in_progress': the ticket has no note",
        zh: '第 1 个事件“resolve”（状态“in_progress”）：工单没有备注',
      },
      events: [1],
      eventIds: [],
      facts: { notes: 0, event: 'resolve', state: 'in_progress' },
    });
  });

  it('cites manual:flows.repair-order for a step out of place when the flow has no citation of its own', () => {
    const definition = ticketCopy();
    delete definition.cite;
    const uncited = createFlow(definition as FlowDefinition, ticketImplementation);
    const events = [ev('close', at(1, 10), { id: 'EV-9' })];
    const [finding] = auditFlowLogs(uncited, [{ id: 'T-6', events }], SHANGHAI).results[0]?.findings ?? [];
    expect([finding?.rule, finding?.cite, finding?.eventIds]).toEqual([
      'flow.not-in-state',
      'manual:flows.repair-order',
      ['EV-9'],
    ]);
  });

  it('passes the context to the guards', () => {
    // A variant whose note guard lets a ticket without a note through in a lenient context.
    const lenient: FlowImplementation<TicketData> = {
      ...ticketImplementation,
      guards: {
        ...ticketImplementation.guards,
        'ticket.has-notes': (data, _event, context) => data.notes >= 1 || context === 'lenient',
      },
    };
    const flow = createFlow(ticketFlow.definition, lenient);
    const events = [ev('assign', at(1, 10)), ev('pass_qc', at(1, 11)), ev('resolve', at(1, 12))];
    const audit = (context?: string) =>
      auditFlowLogs(
        flow,
        [{ id: 'T-7', events }],
        context === undefined ? SHANGHAI : { ...SHANGHAI, context },
      ).results[0];
    // Without it both candidates fail: the fast close on the note and the priority, the normal
    // way on the note; each failed guard is listed once.
    expect([audit()?.state, audit()?.findings.map((f) => f.rule)]).toEqual([
      'in_progress',
      ['ticket.has-notes', 'ticket.low-priority'],
    ]);
    expect([audit('lenient')?.state, audit('lenient')?.findings]).toEqual(['resolved', []]);
  });
});

describe('auditFlowLogs: versions', () => {
  it('checks the SLAs of the version the log ends in', () => {
    const versions = createFlowVersions([ticketFlow]);
    const report = auditFlowLogs(versions, [{ id: 'T-8', events: lateLog() }], SHANGHAI);
    const result = report.results[0];
    expect([result?.status, result?.state, result && rulesOf(result.findings)]).toEqual([
      'findings',
      'closed',
      [['ticket.resolve-in-2-days', 'late', [0, 3]]],
    ]);
  });
});

describe('auditFlowLogs: working-day SLAs', () => {
  // The ticket flow plus: closed within 3 working days of assignment (Monday to Friday).
  const definition = ticketCopy();
  definition.slas?.push({
    id: 'ticket.close-3-working-days',
    title: { en: 'Closed within 3 working days', zh: '3个工作日内关闭' },
    cite: 'manual:ticket.sla',
    start: { event: 'assign' },
    stop: { event: 'close' },
    limit: { workingDays: 3 },
  });
  const flow = createFlow(definition as FlowDefinition, ticketImplementation);
  const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai' });

  it('needs a calendar: without one the audit throws at options.calendar', () => {
    expect(thrown(() => auditFlowLogs(flow, [], SHANGHAI)).map((i) => [i.code, i.path])).toEqual([
      ['time.invalid_calendar', ['options', 'calendar']],
    ]);
  });

  it('counts working days: assigned Friday 1 March, closed Thursday 7 March is 4 (Mon–Thu), late', () => {
    // Closed on day 6 as well: the 1–5 window is missed too.
    const events = ticketLog(at(2, 10), at(7, 10));
    const findings = auditFlowLogs(flow, [{ id: 'T-9', events }], { ...SHANGHAI, calendar }).results[0]
      ?.findings;
    const found = (findings ?? []).map((f) => [f.rule, f.kind, f.facts.workingDays ?? f.facts.day]);
    expect(found.sort()).toEqual([
      ['ticket.close-3-working-days', 'late', 4],
      ['ticket.close-window', 'late', 6],
    ]);
  });
});

describe('auditFlowLogs: records that cannot be read', () => {
  it('returns each bad history as invalid with its coded issue, path and parameters', () => {
    const histories = [
      null,
      { events: [] },
      { id: 7, events: [] },
      { id: '  ', events: [] },
      { id: 'T-10' },
      { id: 'T-11', events: {} },
      { id: 'T-12', events: [] },
    ] as unknown as FlowHistory[];
    const report = auditFlowLogs(ticketFlow, histories, SHANGHAI);
    expect(
      report.results.map((r) => [
        r.recordId,
        r.status,
        r.issues?.map(({ code, path, params }) => ({ code, path, params })),
      ]),
    ).toEqual([
      [
        null,
        'invalid',
        [{ code: 'input.invalid_type', path: [], params: { expected: 'object', received: 'null' } }],
      ],
      [null, 'invalid', [{ code: 'input.required', path: ['id'], params: undefined }]],
      [
        null,
        'invalid',
        [{ code: 'input.invalid_type', path: ['id'], params: { expected: 'string', received: 'number' } }],
      ],
      ['  ', 'invalid', [{ code: 'input.too_small', path: ['id'], params: { minimum: 1, inclusive: true } }]],
      [
        'T-10',
        'invalid',
        [{ code: 'input.required', path: ['events'], params: { expected: 'array', received: 'undefined' } }],
      ],
      [
        'T-11',
        'invalid',
        [{ code: 'input.invalid_type', path: ['events'], params: { expected: 'array', received: 'object' } }],
      ],
      ['T-12', 'clean', undefined],
    ]);
  });

  it('returns an invalid history with no findings and nothing pending', () => {
    const [result] = auditFlowLogs(
      ticketFlow,
      [{ id: 'T-13' }] as unknown as FlowHistory[],
      SHANGHAI,
    ).results;
    expect([result?.findings, result?.pending, result?.state]).toEqual([[], [], undefined]);
  });

  it('returns a log that names an unknown version as invalid, with the issue and nothing else', () => {
    const versions = createFlowVersions([ticketFlow]);
    const events = [ev('assign', at(1, 10), { flowVersion: 2 })];
    const [result] = auditFlowLogs(versions, [{ id: 'T-14', events }], SHANGHAI).results;
    expect({ ...result, issues: result?.issues?.map((i) => [i.code, i.path]) }).toEqual({
      row: 0,
      recordId: 'T-14',
      status: 'invalid',
      findings: [],
      pending: [],
      issues: [['flow.unknown_version', ['events', 0, 'flowVersion']]],
    });
  });

  it('lets an error that is not the library’s own (a guard that throws) through', () => {
    const broken: FlowImplementation<TicketData> = {
      ...ticketImplementation,
      guards: {
        ...ticketImplementation.guards,
        'ticket.has-notes': () => {
          throw new RangeError('guard broke');
        },
      },
    };
    const flow = createFlow(ticketFlow.definition, broken);
    const events = [ev('assign', at(1, 10)), ev('resolve', at(1, 11))];
    expect(() => auditFlowLogs(flow, [{ id: 'T-15', events }], SHANGHAI)).toThrow(RangeError);
  });

  it('counts clean, with findings, invalid and findings by rule in the summary', () => {
    const histories = [
      { id: 'T-1', events: cleanLog() },
      null,
      { id: 'T-2', events: lateLog() },
      { id: 'T-3', events: lateLog() },
    ] as unknown as FlowHistory[];
    expect(auditFlowLogs(ticketFlow, histories, SHANGHAI).summary).toEqual({
      records: 4,
      clean: 1,
      withFindings: 2,
      invalid: 1,
      findings: 2,
      byRule: { 'ticket.resolve-in-2-days': 2 },
    });
  });
});

describe('auditFlowLogs: bad arguments', () => {
  it('throws a coded error with the expected and received types', () => {
    expect(thrown(() => auditFlowLogs(ticketFlow, 'T-1' as unknown as FlowHistory[], SHANGHAI))).toEqual([
      { code: 'input.invalid_type', path: ['histories'], params: { expected: 'array', received: 'string' } },
    ]);
    expect(
      thrown(() => auditFlowLogs(ticketFlow, [], 'Asia/Shanghai' as unknown as typeof SHANGHAI)),
    ).toEqual([
      { code: 'input.invalid_type', path: ['options'], params: { expected: 'object', received: 'string' } },
    ]);
    expect(thrown(() => auditFlowLogs(ticketFlow, [], { ...SHANGHAI, asOf: '2024-03-12' }))).toEqual([
      { code: 'time.invalid_instant', path: ['options', 'asOf'], params: { value: '2024-03-12' } },
    ]);
    expect(() => auditFlowLogs(ticketFlow, [], SHANGHAI)).not.toThrow(AftersalesError);
  });
});
