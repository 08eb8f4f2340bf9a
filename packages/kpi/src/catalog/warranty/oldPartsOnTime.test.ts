import { describe, expect, it } from 'vitest';
import { oldPartsOnTime } from './oldPartsOnTime';
import { cellOf, claim, report } from './testing';

const submittedAt = '2024-03-01T10:00:00+08:00';
const due = (deadline: string, shippedAt?: string) => ({
  submittedAt,
  oldPart: { retained: true, deadline, ...(shippedAt === undefined ? {} : { shippedAt }) },
});

describe('wty.old.parts.ontime', () => {
  const claims = [
    claim('100.00', 'submitted', due('2024-03-31', '2024-03-10T16:00:00+08:00')), // well before: on time
    claim('100.00', 'submitted', due('2024-03-31', '2024-03-31T23:30:00+08:00')), // the deadline day in Shanghai: on time
    claim('100.00', 'submitted', due('2024-03-31', '2024-03-31T16:30:00Z')), // 04-01 00:30 in Shanghai: late
    claim('100.00', 'submitted', due('2024-03-15')), // not shipped: late
    claim('100.00', 'submitted', { submittedAt, oldPart: { retained: true } }), // no deadline: not required
    claim('100.00', 'draft', { oldPart: { retained: true, deadline: '2024-03-20' } }), // draft: not counted
    claim('100.00', 'submitted', due('2024-04-01', '2024-03-31T16:30:00Z')), // due in April, shipped on the day
    claim('100.00', 'draft', { dealerId: 'D2', oldPart: { retained: true, deadline: '2024-03-20' } }),
  ];
  const result = report(oldPartsOnTime, claims);

  it('counts required returns shipped by the deadline day, dealer calendar', () => {
    // March deadlines (drafts aside): 4 required, 2 on time → 50 %
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '2',
      denominator: '4',
      value: '50',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '1', denominator: '1', value: '100' });
  });

  it('has no data when no return was required', () => {
    // D2's only claim is a draft: its March exists, nothing is counted.
    const d2 = cellOf(result, 'D2', '2024-03');
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(d2.reason?.en).toBe('no old-part returns due');
  });
});
