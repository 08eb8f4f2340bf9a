import { describe, expect, it } from 'vitest';
import { approvalRate } from './approvalRate';
import { daysToSubmit } from './daysToSubmit';
import { cellOf, claim, report } from './testing';

describe('wty.days.to.submit', () => {
  const claims = [
    // Completed 03-01 12:10, submitted 03-04: 3 days.
    claim('100.00', 'submitted', {
      repairCompletedAt: '2024-03-01T12:10:00+08:00',
      submittedAt: '2024-03-04T09:00:00+08:00',
    }),
    // Completed 03-01 23:30 in Shanghai, submitted 03-02 00:30: 1 day on the dealer's calendar
    // (in UTC both are 03-01: 15:30Z and 16:30Z, which would give 0).
    claim('100.00', 'submitted', {
      repairCompletedAt: '2024-03-01T23:30:00+08:00',
      submittedAt: '2024-03-01T16:30:00Z',
    }),
    // No completion time: from the repair date 2024-03-01 to 03-11 = 10 days.
    claim('100.00', 'paid', {
      submittedAt: '2024-03-11T10:00:00+08:00',
      paidAt: '2024-03-25T10:00:00+08:00',
    }),
    // Never submitted: not counted.
    claim('100.00', 'draft', { repairCompletedAt: '2024-03-01T12:00:00+08:00' }),
    // Submitted 2024-03-31T16:30Z = April 1st in Shanghai: April, 31 days after 03-01.
    claim('100.00', 'submitted', {
      repairCompletedAt: '2024-03-01T12:00:00+08:00',
      submittedAt: '2024-03-31T16:30:00Z',
    }),
  ];
  const result = report(daysToSubmit, claims);

  it('means the calendar days from repair completed to first submission', () => {
    // (3 + 1 + 10) ÷ 3 = 14 ÷ 3 = 4.666… → 4.67 days
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '14',
      denominator: '3',
      value: '4.67',
      unit: 'days',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '31', denominator: '1', value: '31' });
  });

  it('has no data in a month without submissions', () => {
    // D2's March exists through an adjudication (another KPI of the same report); the claim was
    // submitted in February, so March has no submission.
    const d2Claim = claim('100.00', 'approved', {
      dealerId: 'D2',
      repairDate: '2024-02-20',
      submittedAt: '2024-02-27T10:00:00+08:00',
      adjudicatedAt: '2024-03-04T10:00:00+08:00',
    });
    const both = report(daysToSubmit, [d2Claim], { kpis: [daysToSubmit, approvalRate] });
    const march = both.cells.find(
      (cell) => cell.kpi === 'wty.days.to.submit' && cell.period?.label === '2024-03',
    );
    expect(march).toMatchObject({ status: 'no_data', value: null, numerator: '0', denominator: '0' });
    expect(march?.reason?.en).toBe('no claims submitted');
    // February: repair date 2024-02-20 (no completion time) to 02-27 = 7 days.
    const february = both.cells.find(
      (cell) => cell.kpi === 'wty.days.to.submit' && cell.period?.label === '2024-02',
    );
    expect(february).toMatchObject({ group: { dealer: 'D2' }, numerator: '7', denominator: '1', value: '7' });
  });
});
