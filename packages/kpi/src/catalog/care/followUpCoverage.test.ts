import { describe, expect, it } from 'vitest';
import { followUpCoverage } from './followUpCoverage';
import { cellOf, ndv, ro, run } from './testing';

const opened = '2024-03-01T09:00:00+08:00';
const repairOrders = [
  // Reached on the first call: followed up
  ro('R1', {
    openedAt: opened,
    deliveredAt: '2024-03-10T17:00:00+08:00',
    followUps: [{ kind: 'first', doneAt: '2024-03-13T10:00:00+08:00', outcome: 'satisfied' }],
  }),
  // Called but unreachable: not followed up
  ro('R2', {
    openedAt: opened,
    deliveredAt: '2024-03-12T17:00:00+08:00',
    followUps: [{ kind: 'first', doneAt: '2024-03-15T10:00:00+08:00', outcome: 'unreachable' }],
  }),
  // 2024-03-31T15:30Z = 23:30 on 31 March, Shanghai: delivered in March, never called
  ro('R3', { openedAt: opened, deliveredAt: '2024-03-31T15:30:00Z' }),
  // A second call with no outcome recorded still counts as done
  ro('R4', {
    openedAt: opened,
    deliveredAt: '2024-03-20T17:00:00+08:00',
    followUps: [{ kind: 'second', doneAt: '2024-03-28T10:00:00+08:00' }],
  }),
  // Voided after delivery: excluded
  ro('R5', {
    openedAt: opened,
    deliveredAt: '2024-03-15T17:00:00+08:00',
    voidedAt: '2024-03-16T09:00:00+08:00',
  }),
  // Internal work: no customer to call, excluded
  ro('R6', { payType: 'I', openedAt: opened, deliveredAt: '2024-03-20T17:00:00+08:00' }),
  // Not delivered: no period
  ro('R7', { openedAt: opened }),
  // 2024-03-31T16:30Z = 00:30 on 1 April, Shanghai: April, followed up
  ro('R8', {
    openedAt: opened,
    deliveredAt: '2024-03-31T16:30:00Z',
    followUps: [{ kind: 'first', doneAt: '2024-04-04T10:00:00+08:00', outcome: 'neutral' }],
  }),
  // D2 delivered only a cancelled RO in March
  ro('R9', {
    dealerId: 'D2',
    openedAt: opened,
    deliveredAt: '2024-03-12T17:00:00+08:00',
    cancelledAt: '2024-03-12T18:00:00+08:00',
  }),
];

describe('care.followup.coverage', () => {
  const report = run({ repairOrders }, [followUpCoverage]);

  it('counts delivered customer ROs whose customer was reached, by Shanghai delivery month', () => {
    // March: delivered R1, R2, R3, R4 (R5 voided, R6 internal, R7 not delivered, R8 April);
    // followed up R1, R4 → 2 ÷ 4 × 100 = 50
    expect(ndv(cellOf(report, 'care.followup.coverage', 'D1', '2024-03'))).toEqual(['2', '4', '50']);
    // April: R8 → 1 ÷ 1 × 100 = 100
    expect(ndv(cellOf(report, 'care.followup.coverage', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
  });

  it('has no data without a delivered RO', () => {
    const cell = cellOf(report, 'care.followup.coverage', 'D2', '2024-03');
    expect(cell?.status).toBe('no_data');
    expect(cell?.reason?.zh).toBe('无交车工单');
  });
});
