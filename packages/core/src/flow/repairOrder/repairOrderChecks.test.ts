import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '../types';
import {
  initialRepairOrderData,
  type RepairOrderFlowData,
  type RepairOrderFlowLine,
  repairOrderUpdates,
} from './repairOrderData';
import { repairOrderGuardChecks } from './repairOrderGuards';

/**
 * The repair-order guards and data updates called one by one on hand-made data (the rules of
 * manual:flows.repair-order and manual:qc.three.checks; see FLOWS.md, "Repair order").
 */

const AT = '2024-03-01T09:00:00+08:00';
const event = (type: string, data?: FlowEvent['data']): FlowEvent => ({
  type,
  at: AT,
  actor: 'EMP-SA-01',
  ...(data === undefined ? {} : { data }),
});
const line = (id: string, over: Partial<RepairOrderFlowLine> = {}): RepairOrderFlowLine => ({
  id,
  payType: 'CP',
  answer: 'pending',
  priced: true,
  additional: false,
  eligibility: null,
  work: 'not_started',
  ...over,
});
const withLines = (...lines: RepairOrderFlowLine[]): RepairOrderFlowData => ({
  ...initialRepairOrderData,
  lines,
});
const check = (name: string, data: RepairOrderFlowData, e: FlowEvent = event('probe')) => {
  const fn = repairOrderGuardChecks[name];
  if (fn === undefined) throw new Error(`no check ${name}`);
  return fn(data, e, undefined);
};
const update = (name: string, data: RepairOrderFlowData, e: FlowEvent) => {
  const fn = repairOrderUpdates[name];
  if (fn === undefined) throw new Error(`no update ${name}`);
  return fn(data, e);
};

describe('repair-order guard checks', () => {
  it('finds no line for an event without a payload, rather than failing on it', () => {
    const data = withLines(line('L1'));
    expect(check('ro.line-exists', data, event('approve_line'))).toBe(false);
    expect(check('ro.line-is-new', data, event('add_line'))).toBe(true);
  });

  it('names every unpriced line, in en and zh, when the estimate is not priced', () => {
    const data = withLines(line('L1', { priced: false }), line('L2'), line('L3', { priced: false }));
    expect(check('ro.estimate-priced', data)).toEqual({
      passed: false,
      facts: { lines: ['L1', 'L3'] },
      message: { en: 'unpriced lines: L1, L3', zh: '未报价项目：L1、L3' },
    });
    expect(check('ro.estimate-priced', withLines(line('L1'), line('L2')))).toBe(true);
  });

  it('names the lines still waiting for the customer', () => {
    const data = withLines(line('L1', { answer: 'approved' }), line('L2'));
    expect(check('ro.no-pending-lines', data)).toEqual({
      passed: false,
      facts: { lines: ['L2'] },
      message: { en: 'lines waiting for the customer: L2', zh: '待客户确认项目：L2' },
    });
  });

  it('names the lines work has started on', () => {
    const data = withLines(line('L1', { work: 'started' }), line('L2'), line('L3', { work: 'done' }));
    expect(check('ro.no-work-started', data)).toEqual({
      passed: false,
      facts: { lines: ['L1', 'L3'] },
      message: { en: 'work started on: L1, L3', zh: '已开工项目：L1、L3' },
    });
  });

  it('names the approved lines not done; declined ones need no work', () => {
    const data = withLines(
      line('L1', { answer: 'approved', work: 'done' }),
      line('L2', { answer: 'approved', work: 'started' }),
      line('L3', { answer: 'declined' }),
    );
    expect(check('ro.approved-lines-done', data)).toEqual({
      passed: false,
      facts: { lines: ['L2'] },
      message: { en: 'lines not done: L2', zh: '未完工项目：L2' },
    });
  });

  it('asks a price only of approved lines at settlement', () => {
    // L2 is declined and unpriced: nothing to invoice, it does not block; L1 is approved and unpriced.
    expect(check('ro.lines-priced', withLines(line('L2', { answer: 'declined', priced: false })))).toBe(true);
    expect(
      check('ro.lines-priced', withLines(line('L1', { answer: 'approved', priced: false }), line('L2'))),
    ).toEqual({
      passed: false,
      facts: { lines: ['L1'] },
      message: { en: 'unpriced lines: L1', zh: '未计价项目：L1' },
    });
  });

  it('reports the line and its progress when work on it has started', () => {
    const data = withLines(line('L1', { work: 'started' }));
    expect(check('ro.line-not-started', data, event('decline_line', { lineId: 'L1' }))).toEqual({
      passed: false,
      facts: { lineId: 'L1', work: 'started' },
    });
    expect(check('ro.line-not-started', data, event('decline_line', { lineId: 'L9' }))).toBe(true);
  });

  it('lets any inspector do the peer check when no self-check is recorded', () => {
    expect(check('ro.peer-is-another-person', initialRepairOrderData, event('pass_peer_check'))).toBe(true);
    expect(
      check(
        'ro.peer-is-another-person',
        initialRepairOrderData,
        event('pass_peer_check', { inspectorId: 'T2' }),
      ),
    ).toBe(true);
  });

  it('refuses a peer check by the technician who did the self-check', () => {
    const data = { ...initialRepairOrderData, qc: { self: { by: 'T1', at: AT }, peer: null, final: null } };
    expect(check('ro.peer-is-another-person', data, event('pass_peer_check', { inspectorId: 'T1' }))).toEqual(
      {
        passed: false,
        facts: { selfCheckBy: 'T1', peerCheckBy: 'T1' },
      },
    );
    expect(check('ro.peer-is-another-person', data, event('pass_peer_check', { inspectorId: 'T2' }))).toBe(
      true,
    );
  });
});

describe('repair-order data updates', () => {
  it('records the customer declining or deferring a line on that line only', () => {
    const data = withLines(line('L1'), line('L2'));
    expect(
      update('ro.decline-line', data, event('decline_line', { lineId: 'L1' })).lines.map((l) => l.answer),
    ).toEqual(['declined', 'pending']);
    expect(
      update('ro.defer-line', data, event('defer_line', { lineId: 'L2' })).lines.map((l) => l.answer),
    ).toEqual(['pending', 'deferred']);
  });

  it('records each level of the three checks in its own slot', () => {
    const self = update(
      'ro.pass-self-check',
      initialRepairOrderData,
      event('pass_self_check', { inspectorId: 'T1' }),
    );
    expect(self.qc).toEqual({ self: { by: 'T1', at: AT }, peer: null, final: null });
    const peer = update('ro.pass-peer-check', self, event('pass_peer_check', { inspectorId: 'T2' }));
    expect(peer.qc).toEqual({ self: { by: 'T1', at: AT }, peer: { by: 'T2', at: AT }, final: null });
  });
});
