import { computeVinCheckDigit, type RepairOrderInput, repairOrderFlow, replay } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { repairOrderEvents } from './serviceEvents';

const bj = (local: string) => `${local.replace(' ', 'T')}:00+08:00`;
const body = 'LSVAU2180N2100001';
const VIN = `${body.slice(0, 8)}${computeVinCheckDigit(body)}${body.slice(9)}`;

const closed: RepairOrderInput = {
  id: 'RO-1',
  roNumber: 'RO-1',
  dealerId: 'D0571',
  vin: VIN,
  advisorId: 'SA-1',
  kind: 'maintenance',
  currency: 'CNY',
  status: 'closed',
  openedAt: bj('2024-03-04 09:00'),
  receivedAt: bj('2024-03-04 09:00'),
  walkaroundAt: bj('2024-03-04 09:10'),
  estimatedAt: bj('2024-03-04 09:20'),
  approvedAt: bj('2024-03-04 09:30'),
  dispatchedAt: bj('2024-03-04 09:40'),
  repairStartedAt: bj('2024-03-04 10:00'),
  repairCompletedAt: bj('2024-03-04 11:00'),
  qc: {
    selfAt: bj('2024-03-04 11:10'),
    selfInspectorId: 'T-1',
    peerAt: bj('2024-03-04 11:20'),
    peerInspectorId: 'T-2',
    finalAt: bj('2024-03-04 11:30'),
    finalInspectorId: 'QC-1',
  },
  washedAt: bj('2024-03-04 11:45'),
  settledAt: bj('2024-03-04 12:00'),
  deliveredAt: bj('2024-03-04 12:30'),
  followUps: [
    { kind: 'second', doneAt: bj('2024-03-16 10:00') },
    { kind: 'first', doneAt: bj('2024-03-08 10:00'), outcome: 'satisfied' },
  ],
  closedAt: bj('2024-03-20 09:00'),
  jobs: [
    { id: 'J1', concern: '定期保养', authorization: 'approved', payType: 'CP', laborLines: [] },
    { id: 'J2', concern: '雨刮异响', authorization: 'declined', payType: 'CP', laborLines: [] },
  ],
};

describe('repairOrderEvents', () => {
  it('reads a complete RO as the flow’s steps in order, which the standard flow replays to closed', () => {
    const events = repairOrderEvents(closed);
    // The flow of docs/flows.md: reception → walk-around → lines → estimate → answers → approval →
    // dispatch → repair (the approved job done) → three checks → wash → settle → deliver → calls → close.
    expect(events.map((e) => [e.type, e.id])).toEqual([
      ['receive_vehicle', 'receivedAt'],
      ['complete_walkaround', 'walkaroundAt'],
      ['add_line', 'jobs[0]'],
      ['add_line', 'jobs[1]'],
      ['submit_estimate', 'estimatedAt'],
      ['approve_line', 'jobs[0].authorization'],
      ['decline_line', 'jobs[1].authorization'],
      ['confirm_approval', 'approvedAt'],
      ['dispatch', 'dispatchedAt'],
      ['start_repair', 'repairStartedAt'],
      ['complete_line', 'jobs[0].completedAt'],
      ['complete_repair', 'repairCompletedAt'],
      ['pass_self_check', 'qc.selfAt'],
      ['pass_peer_check', 'qc.peerAt'],
      ['pass_final_inspection', 'qc.finalAt'],
      ['complete_wash', 'washedAt'],
      ['settle', 'settledAt'],
      ['deliver', 'deliveredAt'],
      // The calls in the order they were made, not as listed.
      ['record_follow_up', 'followUps[1]'],
      ['record_follow_up', 'followUps[0]'],
      ['close', 'closedAt'],
    ]);
    expect(events[0]?.data).toEqual({ kind: 'maintenance' });
    // A job has no price of its own: with no labor line unpriced, it is priced.
    expect(events[2]?.data).toEqual({ lineId: 'J1', payType: 'CP', priced: true });
    expect(replay(repairOrderFlow, events).value).toBe('closed');
  });

  it('gives a step with no instant of its own the latest instant before it', () => {
    const events = repairOrderEvents(closed);
    expect(events.find((e) => e.type === 'add_line')?.at).toBe(closed.walkaroundAt);
    expect(events.find((e) => e.type === 'decline_line')?.at).toBe(closed.approvedAt);
  });

  it('skips the wash, with a reason, when the record has none after a final inspection', () => {
    const events = repairOrderEvents({ ...closed, washedAt: undefined });
    const skip = events.find((e) => e.type === 'skip_wash');
    expect([skip?.id, skip?.at, typeof skip?.reason]).toEqual(['washedAt', closed.qc?.finalAt, 'string']);
    expect(replay(repairOrderFlow, events).value).toBe('closed');
  });

  it('reads an RO cancelled at reception as received, then cancelled with a reason', () => {
    const cancelled: RepairOrderInput = {
      ...closed,
      status: 'cancelled',
      walkaroundAt: undefined,
      estimatedAt: undefined,
      approvedAt: undefined,
      dispatchedAt: undefined,
      repairStartedAt: undefined,
      repairCompletedAt: undefined,
      qc: undefined,
      washedAt: undefined,
      settledAt: undefined,
      deliveredAt: undefined,
      followUps: [],
      closedAt: undefined,
      jobs: [],
      cancelledAt: bj('2024-03-04 09:15'),
    };
    const events = repairOrderEvents(cancelled);
    expect(events.map((e) => e.type)).toEqual(['receive_vehicle', 'cancel']);
    expect(replay(repairOrderFlow, events).value).toBe('cancelled');
  });
});
