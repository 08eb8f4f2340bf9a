import { computeVinCheckDigit, type RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { auditRepairOrderRecords } from './serviceRoAudit';

const bj = (local: string) => `${local.replace(' ', 'T')}:00+08:00`;
const body = 'LSVAU2180N2100001';
const VIN = `${body.slice(0, 8)}${computeVinCheckDigit(body)}${body.slice(9)}`;

/** A maintenance RO completed 4 March 11:00, settled at 12:00, delivered at 12:30, never called. */
const maintenance: RepairOrderInput = {
  id: 'RO-1',
  roNumber: 'RO-1',
  dealerId: 'D0571',
  vin: VIN,
  advisorId: 'SA-1',
  kind: 'maintenance',
  currency: 'CNY',
  status: 'delivered',
  openedAt: bj('2024-03-04 09:00'),
  walkaroundAt: bj('2024-03-04 09:10'),
  estimatedAt: bj('2024-03-04 09:20'),
  approvedAt: bj('2024-03-04 09:30'),
  dispatchedAt: bj('2024-03-04 09:40'),
  repairStartedAt: bj('2024-03-04 10:00'),
  repairCompletedAt: bj('2024-03-04 11:00'),
  qc: { selfAt: bj('2024-03-04 11:10'), selfInspectorId: 'T-1' },
  settledAt: bj('2024-03-04 12:00'),
  deliveredAt: bj('2024-03-04 12:30'),
  jobs: [{ id: 'J1', concern: '定期保养', authorization: 'approved', payType: 'W', laborLines: [] }],
};
const options = {
  timeZone: 'Asia/Shanghai',
  period: { from: '2024-03-01', to: '2024-03-31' },
  asOf: '2024-04-01',
};

describe('auditRepairOrderRecords', () => {
  it('folds into the missing peer check the steps and the settlement clock it blocked', () => {
    // After the self-check the RO waits for the peer check: settle and deliver are refused in
    // peer_check. The maintenance settlement clock (3 days from completion on 4 March) is still
    // running on 1 April only because settle was refused: not a second fault. The follow-up
    // clock never starts (no delivery accepted). A warranty job with no eligibility decision is
    // not a finding on a record (the decision is not on it).
    const { audit } = auditRepairOrderRecords([{ row: 0, raw: maintenance, value: maintenance }], options);
    expect(audit.byCode).toEqual({ 'flow.not-in-state': 1 });
    const message = audit.findings[0]?.message;
    expect(message?.en).toContain("'settle' is not possible in state 'peer_check'");
    expect(message?.en).toContain('(RO fields: settledAt); refused after it, in the same state: deliveredAt');
    expect(message?.en).toContain(
      'not judged, the step that stops their clock was refused: ro.settle.maintenance',
    );
    expect(message?.zh).toContain('ro.settle.maintenance');
  });

  it('reports the settlement clock overdue when the record has no settlement at all', () => {
    // Same RO, checked through the final inspection, neither settled nor delivered: completed
    // 4 March, 3 days allowed → due 7 March, still open on 1 April.
    const unsettled: RepairOrderInput = {
      ...maintenance,
      status: 'ready',
      qc: {
        selfAt: bj('2024-03-04 11:10'),
        selfInspectorId: 'T-1',
        peerAt: bj('2024-03-04 11:15'),
        peerInspectorId: 'T-2',
        finalAt: bj('2024-03-04 11:20'),
        finalInspectorId: 'QC-1',
      },
      washedAt: bj('2024-03-04 11:30'),
    };
    delete unsettled.settledAt;
    delete unsettled.deliveredAt;
    const { audit } = auditRepairOrderRecords([{ row: 0, raw: unsettled, value: unsettled }], options);
    expect(audit.findings.map((f) => [f.code, f.cite])).toEqual([
      ['ro.settle.maintenance.overdue', 'manual:ro.settle.maintenance'],
    ]);
  });

  it('audits only the ROs opened in the period on the dealer’s clock, voided ones left out', () => {
    // Opened 16:30Z on 31 March = 00:30 on 1 April in Shanghai: April, outside March.
    const april = { ...maintenance, id: 'RO-2', openedAt: '2024-03-31T16:30:00Z' };
    const voided = { ...maintenance, id: 'RO-3', status: 'voided' as const };
    const records = [maintenance, april, voided].map((ro, row) => ({ row, raw: ro, value: ro }));
    expect(auditRepairOrderRecords(records, options).audit.audited).toBe(1);
  });
});
