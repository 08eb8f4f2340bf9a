import { describe, expect, it } from 'vitest';
import { costPerClaim } from './costPerClaim';
import { cellOf, claim, report } from './testing';

const submittedAt = '2024-03-01T10:00:00+08:00';

describe('wty.cost.per.claim', () => {
  const claims = [
    // Exact decimals: 0.10 + 0.20 must add up to exactly 0.3.
    claim('0.10', 'paid', {
      submittedAt,
      approvedAmount: '0.10',
      paidAt: '2024-03-10T10:00:00+08:00',
      paidAmount: '0.10',
    }),
    claim('0.20', 'paid', {
      submittedAt,
      approvedAmount: '0.20',
      paidAt: '2024-03-11T10:00:00+08:00',
      paidAmount: '0.20',
    }),
    // Partly approved and paid: its approved amount counts (not the amount claimed).
    claim('1404.00', 'paid', {
      submittedAt,
      approvedAmount: '1000.00',
      paidAt: '2024-03-12T10:00:00+08:00',
      paidAmount: '1000.00',
    }),
    // No approved amount recorded: the paid amount stands in. Paid 23:30 on 03-31 in Shanghai: March.
    claim('500.00', 'charged_back', {
      submittedAt,
      paidAt: '2024-03-31T23:30:00+08:00',
      paidAmount: '499.70',
    }),
    // Approved, not paid yet: not settled.
    claim('700.00', 'approved', { submittedAt, approvedAmount: '700.00' }),
    // Paid 2024-03-31T16:30Z = April 1st in Shanghai: April.
    claim('80.00', 'paid', {
      submittedAt,
      approvedAmount: '80.00',
      paidAt: '2024-03-31T16:30:00Z',
      paidAmount: '80.00',
    }),
  ];
  const result = report(costPerClaim, claims);

  it('averages the approved amount of settled claims, exactly', () => {
    // amount = 0.10 + 0.20 + 1000.00 + 499.70 = 1500 exactly; claims 4; 1500 ÷ 4 = 375
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '1500',
      denominator: '4',
      value: '375',
      unit: 'money',
      currency: 'CNY',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '80', denominator: '1', value: '80' });
  });

  it('adds 0.10 and 0.20 to exactly 0.3', () => {
    const small = report(costPerClaim, claims.slice(0, 2));
    // 0.3 ÷ 2 = 0.15
    expect(cellOf(small, 'D1', '2024-03')).toMatchObject({
      numerator: '0.3',
      denominator: '2',
      value: '0.15',
    });
  });

  it('has no data when the only settled claim was rejected', () => {
    // A rejected claim with a payment date (e.g. a zero settlement): its group exists, nothing counts.
    const rejected = claim('300.00', 'rejected', {
      submittedAt,
      adjudicatedAt: '2024-03-05T10:00:00+08:00',
      approvedAmount: '0',
      paidAt: '2024-03-06T10:00:00+08:00',
      paidAmount: '0',
      dealerId: 'D2',
    });
    const d2 = cellOf(report(costPerClaim, [rejected]), 'D2', '2024-03');
    expect(d2).toMatchObject({ status: 'no_data', value: null, numerator: '0', denominator: '0' });
    expect(d2.reason?.en).toBe('no approved claims settled');
  });
});
