import { describe, expect, it } from 'vitest';
import { firstPassRate } from './firstPassRate';
import { cellOf, claim, report } from './testing';

const submitted = { submittedAt: '2024-03-02T10:00:00+08:00', adjudicatedAt: '2024-03-05T10:00:00+08:00' };

describe('wty.first.pass', () => {
  const claims = [
    // Paid in full on the first submission: first-pass.
    claim('1404.00', 'paid', {
      ...submitted,
      submissionCount: 1,
      approvedAmount: '1404.00',
      paidAt: '2024-03-20T10:00:00+08:00',
      paidAmount: '1404.00',
    }),
    // Paid in full, first submission, charged back later: still paid in full when settled.
    claim('500.00', 'charged_back', {
      ...submitted,
      submissionCount: 1,
      paidAt: '2024-03-21T10:00:00+08:00',
      paidAmount: '500.00',
      chargedBackAt: '2024-03-28T10:00:00+08:00',
      chargedBackAmount: '500.00',
    }),
    // Paid in full, amount known only as approved: first-pass. Paid 2024-03-31 23:30 in Shanghai: March.
    claim('300.00', 'paid', {
      ...submitted,
      submissionCount: 1,
      approvedAmount: '300.00',
      paidAt: '2024-03-31T23:30:00+08:00',
    }),
    // Partially paid on the first submission: settled, not first-pass.
    claim('800.00', 'paid', {
      ...submitted,
      submissionCount: 1,
      approvedAmount: '600.00',
      paidAt: '2024-03-22T10:00:00+08:00',
      paidAmount: '600.00',
    }),
    // Paid in full after a resubmission: settled, not first-pass.
    claim('200.00', 'paid', {
      ...submitted,
      submissionCount: 2,
      paidAt: '2024-03-23T10:00:00+08:00',
      paidAmount: '200.00',
    }),
    // Rejected (adjudicated in March, never paid): settled, not first-pass.
    claim('900.00', 'rejected', {
      ...submitted,
      submissionCount: 1,
      adjudicatedAt: '2024-03-06T10:00:00+08:00',
    }),
    // Unknown submission count: left out.
    claim('100.00', 'paid', { ...submitted, paidAt: '2024-03-24T10:00:00+08:00', paidAmount: '100.00' }),
    // Approved but not paid yet: not settled.
    claim('100.00', 'approved', { ...submitted, submissionCount: 1, approvedAmount: '100.00' }),
    // Paid 2024-03-31T16:30Z = 2024-04-01 00:30 in Shanghai: April.
    claim('400.00', 'paid', {
      ...submitted,
      submissionCount: 1,
      paidAt: '2024-03-31T16:30:00Z',
      paidAmount: '400.00',
    }),
    // D2: a claim back in "submitted" after review, nothing settled.
    claim('250.00', 'submitted', { ...submitted, submissionCount: 2, dealerId: 'D2' }),
  ];
  const result = report(firstPassRate, claims);

  it('counts claims paid in full on the first submission among claims settled', () => {
    // first-pass: the 1404, 500 and 300 claims = 3
    // settled: paid 1404, 500, 300, 800 (partial), 200 (resubmitted) = 5, plus the rejected 900 = 6
    // value = 3 ÷ 6 = 50 %
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '3',
      denominator: '6',
      value: '50',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '1', denominator: '1', value: '100' });
  });

  it('has no data when no claim was settled', () => {
    // D2's March exists through its adjudication date, but the claim is neither paid nor rejected.
    const d2 = cellOf(result, 'D2', '2024-03');
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(d2.reason?.en).toMatch(/no claims settled/);
  });
});
