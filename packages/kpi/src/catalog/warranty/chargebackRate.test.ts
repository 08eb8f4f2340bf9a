import { describe, expect, it } from 'vitest';
import { chargebackRate } from './chargebackRate';
import { cellOf, claim, report } from './testing';

const submittedAt = '2024-01-05T10:00:00+08:00';

describe('wty.chargeback', () => {
  const claims = [
    // Paid in March, debited in April.
    claim('1000.00', 'charged_back', {
      submittedAt,
      paidAt: '2024-03-10T10:00:00+08:00',
      paidAmount: '1000.00',
      chargedBackAt: '2024-04-15T10:00:00+08:00',
      chargedBackAmount: '0.10',
    }),
    // Paid in February, debited in March.
    claim('600.00', 'charged_back', {
      submittedAt,
      paidAt: '2024-02-10T10:00:00+08:00',
      paidAmount: '600.00',
      chargedBackAt: '2024-03-05T10:00:00+08:00',
      chargedBackAmount: '0.20',
    }),
    // Paid in March, no debit.
    claim('999.90', 'paid', { submittedAt, paidAt: '2024-03-31T23:30:00+08:00', paidAmount: '999.90' }), // March in Shanghai
    // Debited 2024-03-31T16:30Z = April 1st in Shanghai.
    claim('400.00', 'charged_back', {
      submittedAt,
      paidAt: '2024-03-20T10:00:00+08:00',
      paidAmount: '400.10',
      chargedBackAt: '2024-03-31T16:30:00Z',
      chargedBackAmount: '0.20',
    }),
  ];
  const result = report(chargebackRate, claims);

  it('divides debits booked in the period by payments made in it', () => {
    // March: debits 0.20 (the February claim); paid 1000.00 + 999.90 + 400.10 = 2400
    // 0.2 ÷ 2400 × 100 = 0.00833 % → 0.01
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      numerator: '0.2',
      denominator: '2400',
      value: '0.01',
    });
    // February: no debit, 600 paid → 0 %
    expect(cellOf(result, 'D1', '2024-02')).toMatchObject({ numerator: '0', denominator: '600', value: '0' });
  });

  it('has no data for a period with debits but no payments', () => {
    // April: debits 0.10 + 0.20 = 0.3 exactly, nothing paid
    const april = cellOf(result, 'D1', '2024-04');
    expect(april).toMatchObject({ status: 'no_data', value: null, numerator: '0.3', denominator: '0' });
    expect(april.reason?.en).toBe('no claims paid in the period');
  });

  it('rates the quarter as a whole', () => {
    // Q1: debits 0.20 (03-05); paid 600 + 2400 = 3000 → 0.2 ÷ 3000 × 100 = 0.00667 % → 0.01
    const quarter = report(chargebackRate, claims, { groupBy: ['dealer', 'quarter'] });
    expect(cellOf(quarter, 'D1', '2024-Q1')).toMatchObject({
      numerator: '0.2',
      denominator: '3000',
      value: '0.01',
    });
  });
});
