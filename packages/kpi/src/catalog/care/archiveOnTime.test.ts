import { describe, expect, it } from 'vitest';
import { archiveOnTime } from './archiveOnTime';
import { cellOf, ndv, run } from './testing';

const visit = (
  id: string,
  dealerId: string,
  visitedAt: string,
  isNewCustomer: boolean,
  archivedAt?: string,
) => ({
  id,
  dealerId,
  visitedAt,
  isNewCustomer,
  ...(archivedAt === undefined ? {} : { archivedAt }),
});

const customerVisits = [
  // Visit 4 March, record 6 March (day 2): on time
  visit('V1', 'D1', '2024-03-04T10:00:00+08:00', true, '2024-03-06T23:00:00+08:00'),
  // 2024-03-06T16:30Z is 00:30 on 7 March in Shanghai: day 3, late (in UTC it would be day 2)
  visit('V2', 'D1', '2024-03-04T10:00:00+08:00', true, '2024-03-06T16:30:00Z'),
  // No record: late
  visit('V3', 'D1', '2024-03-10T10:00:00+08:00', true),
  // A returning customer: excluded
  visit('V4', 'D1', '2024-03-10T10:00:00+08:00', false, '2024-03-10T11:00:00+08:00'),
  // 23:30 on 31 March in Shanghai (15:30Z): March; record next morning (day 1), on time
  visit('V5', 'D1', '2024-03-31T15:30:00Z', true, '2024-04-01T09:00:00+08:00'),
  // 00:30 on 1 April in Shanghai (16:30Z on 31 March): April, on time
  visit('V6', 'D1', '2024-03-31T16:30:00Z', true, '2024-04-01T09:00:00+08:00'),
  // D2: only a returning customer
  visit('V7', 'D2', '2024-03-10T10:00:00+08:00', false),
];

describe('care.archive.ontime', () => {
  const report = run({ customerVisits }, [archiveOnTime]);

  it('counts records made within 2 days of a new customer’s visit', () => {
    // March: new-customer visits V1, V2, V3, V5 = 4; on time V1, V5 = 2 → 2 ÷ 4 × 100 = 50
    expect(ndv(cellOf(report, 'care.archive.ontime', 'D1', '2024-03'))).toEqual(['2', '4', '50']);
    // April: V6 → 1 ÷ 1 × 100 = 100
    expect(ndv(cellOf(report, 'care.archive.ontime', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
  });

  it('takes the allowed days from its parameter', () => {
    const relaxed = run({ customerVisits }, [archiveOnTime], {
      params: { 'care.archive.ontime': { archiveDays: 3 } },
    });
    // ≤ 3 days: V2 (day 3) is on time too → 3 ÷ 4 × 100 = 75
    expect(ndv(cellOf(relaxed, 'care.archive.ontime', 'D1', '2024-03'))).toEqual(['3', '4', '75']);
  });

  it('has no data without a new customer’s visit', () => {
    expect(cellOf(report, 'care.archive.ontime', 'D2', '2024-03')?.status).toBe('no_data');
  });
});
