import { describe, expect, it } from 'vitest';
import { approvalRate } from './approvalRate';
import { cellOf, claim, report } from './testing';

const submittedAt = '2024-03-01T10:00:00+08:00';

describe('wty.approval', () => {
  const claims = [
    claim('100.00', 'approved', { submittedAt, adjudicatedAt: '2024-03-05T10:00:00+08:00' }),
    claim('100.00', 'partially_approved', { submittedAt, adjudicatedAt: '2024-03-06T10:00:00+08:00' }),
    claim('100.00', 'paid', {
      submittedAt,
      adjudicatedAt: '2024-03-07T10:00:00+08:00',
      paidAt: '2024-03-20T10:00:00+08:00',
    }),
    claim('100.00', 'charged_back', {
      submittedAt,
      adjudicatedAt: '2024-03-08T10:00:00+08:00',
      paidAt: '2024-03-20T10:00:00+08:00',
    }),
    claim('100.00', 'rejected', { submittedAt, adjudicatedAt: '2024-03-31T23:30:00+08:00' }), // March in Shanghai
    // Rejected once, resubmitted: awaiting a new decision, not adjudicated.
    claim('100.00', 'submitted', {
      submittedAt,
      submissionCount: 2,
      adjudicatedAt: '2024-03-09T10:00:00+08:00',
    }),
    // Not adjudicated yet.
    claim('100.00', 'submitted', { submittedAt }),
    // 2024-03-31T16:30Z = April 1st in Shanghai.
    claim('100.00', 'rejected', { submittedAt, adjudicatedAt: '2024-03-31T16:30:00Z' }),
    // D2: only a resubmitted claim in March.
    claim('100.00', 'submitted', { submittedAt, adjudicatedAt: '2024-03-09T10:00:00+08:00', dealerId: 'D2' }),
  ];
  const result = report(approvalRate, claims);

  it('counts approvals, partial ones included, among adjudicated claims', () => {
    // approved: approved, partially_approved, paid, charged_back = 4; adjudicated: those + rejected = 5
    // value = 4 ÷ 5 = 80 %
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '4',
      denominator: '5',
      value: '80',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '0', denominator: '1', value: '0' });
  });

  it('has no data without adjudicated claims', () => {
    expect(cellOf(result, 'D2', '2024-03')).toMatchObject({
      status: 'no_data',
      value: null,
      denominator: '0',
    });
  });
});
