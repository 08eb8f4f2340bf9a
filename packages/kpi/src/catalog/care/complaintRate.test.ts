import { describe, expect, it } from 'vitest';
import { complaintRate } from './complaintRate';
import { cellOf, ndv, ro, run } from './testing';

const complaint = (id: string, dealerId: string, receivedAt: string, status = 'received') => ({
  id,
  dealerId,
  receivedAt,
  status,
});

const complaints = [
  complaint('C1', 'D1', '2024-03-05T10:00:00+08:00'),
  complaint('C2', 'D1', '2024-03-31T15:30:00Z', 'closed'), // 23:30 on 31 March, Shanghai: March
  complaint('C3', 'D1', '2024-03-31T16:30:00Z'), // 00:30 on 1 April, Shanghai: April
  complaint('C4', 'D1', '2024-03-20T10:00:00+08:00', 'withdrawn'), // still a complaint received
  complaint('C5', 'D2', '2024-03-08T10:00:00+08:00'), // D2 closed no RO in March
];

const opened = '2024-03-01T09:00:00+08:00';
const repairOrders = [
  ro('R1', { openedAt: opened, closedAt: '2024-03-10T17:00:00+08:00' }),
  ro('R2', { payType: 'W', openedAt: opened, closedAt: '2024-03-20T17:00:00+08:00' }),
  ro('R3', { openedAt: opened, closedAt: '2024-03-31T15:00:00Z' }), // 23:00 on 31 March, Shanghai
  ro('R4', { payType: 'I', openedAt: opened, closedAt: '2024-03-25T17:00:00+08:00' }), // internal: still a closed RO
  ro('R5', {
    openedAt: opened,
    closedAt: '2024-03-15T17:00:00+08:00',
    voidedAt: '2024-03-16T09:00:00+08:00',
  }), // voided
  ro('R6', { openedAt: opened }), // not closed
  ro('R7', { openedAt: opened, closedAt: '2024-04-02T17:00:00+08:00' }), // April
];

describe('care.complaint.rate', () => {
  const report = run({ complaints, repairOrders }, [complaintRate]);

  it('divides complaints by received month by ROs by closed month', () => {
    // March: complaints C1, C2, C4 = 3; closed ROs R1, R2, R3, R4 = 4 (R5 voided, R6 open, R7 April)
    // → 3 ÷ 4 × 100 = 75
    expect(ndv(cellOf(report, 'care.complaint.rate', 'D1', '2024-03'))).toEqual(['3', '4', '75']);
    // April: C3 ÷ R7 → 1 ÷ 1 × 100 = 100
    expect(ndv(cellOf(report, 'care.complaint.rate', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
  });

  it('has no data when no RO closed', () => {
    const cell = cellOf(report, 'care.complaint.rate', 'D2', '2024-03');
    expect(cell?.status).toBe('no_data');
    expect(cell?.numerator).toBe('1');
    expect(cell?.denominator).toBe('0');
  });
});
