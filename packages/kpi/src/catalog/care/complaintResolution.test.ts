import { describe, expect, it } from 'vitest';
import { complaintRate } from './complaintRate';
import { complaintResolution } from './complaintResolution';
import { cellOf, ndv, ro, run } from './testing';

const complaint = (
  id: string,
  dealerId: string,
  receivedAt: string,
  status: string,
  resolvedAt?: string,
) => ({
  id,
  dealerId,
  receivedAt,
  status,
  ...(resolvedAt === undefined ? {} : { resolvedAt }),
});

const complaints = [
  complaint('C1', 'D1', '2024-03-05T10:00:00+08:00', 'resolved', '2024-03-07T10:00:00+08:00'), // resolved
  complaint('C2', 'D1', '2024-03-31T15:30:00Z', 'closed'), // 23:30 on 31 March, Shanghai; closed = resolved
  complaint('C3', 'D1', '2024-03-12T10:00:00+08:00', 'investigating'), // open
  complaint('C4', 'D1', '2024-03-20T10:00:00+08:00', 'withdrawn'), // withdrawn: not resolved
  // A complaint resolved in April counts in March, its received month
  complaint('C5', 'D1', '2024-03-25T10:00:00+08:00', 'escalated', '2024-04-03T10:00:00+08:00'),
  // 23:59 on 29 February, Shanghai (15:59Z): February
  complaint('C6', 'D1', '2024-02-29T15:59:00Z', 'resolved', '2024-03-01T10:00:00+08:00'),
];

// D2 closed an RO in April but received no complaint
const repairOrders = [
  ro('R1', { dealerId: 'D2', openedAt: '2024-04-01T09:00:00+08:00', closedAt: '2024-04-02T17:00:00+08:00' }),
];

describe('care.complaint.resolved', () => {
  const report = run({ complaints, repairOrders }, [complaintResolution, complaintRate]);

  it('divides complaints resolved by complaints received, by received month', () => {
    // March: received C1–C5 = 5; resolved C1, C2, C5 = 3 → 3 ÷ 5 × 100 = 60
    expect(ndv(cellOf(report, 'care.complaint.resolved', 'D1', '2024-03'))).toEqual(['3', '5', '60']);
    // February: C6 → 1 ÷ 1 × 100 = 100
    expect(ndv(cellOf(report, 'care.complaint.resolved', 'D1', '2024-02'))).toEqual(['1', '1', '100']);
  });

  it('has no data without a complaint received', () => {
    expect(cellOf(report, 'care.complaint.resolved', 'D2', '2024-04')?.status).toBe('no_data');
  });
});
