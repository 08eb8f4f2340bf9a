import { describe, expect, it } from 'vitest';
import { overdueOldParts } from './overdueOldParts';
import { claim, TIME_ZONE, VIN } from './testing';
import { trackOldParts } from './trackOldParts';

// 15 days from submission; as of 2024-04-10 in Shanghai.
const policy = { id: 'acme-old-parts-2024', returnWithinDays: 15, from: 'submitted' } as const;
const options = { policy, asOf: '2024-04-10', timeZone: TIME_ZONE };
const submitted = (submittedAt: string) => ({ submittedAt });

describe('overdueOldParts', () => {
  const tracking = trackOldParts(
    [
      // 03-01 + 15 = 03-16; 04-10 − 03-16 = 25 days overdue
      claim('WC-B', submitted('2024-03-01T07:30:00+08:00')),
      // 03-20 + 15 = 04-04; 04-10 − 04-04 = 6 days overdue
      claim('WC-C', submitted('2024-03-20T09:00:00+08:00')),
      // the carmaker's 04-04: 6 days overdue, ties with WC-C, WC-A sorts first
      claim('WC-A', { oldPart: { retained: true, deadline: '2024-04-04' } }),
      // 03-28 + 15 = 04-12: still 2 days left
      claim('WC-D', submitted('2024-03-28T09:00:00+08:00')),
      // shipped late: on its way, not to chase
      claim('WC-E', { oldPart: { retained: true, shippedAt: '2024-03-20T10:00:00+08:00' } }),
      // no old part
      claim('WC-F', { oldPart: undefined }),
    ],
    options,
  );

  it('lists the unshipped parts past their deadline, most overdue first, ties by claim id', () => {
    expect(overdueOldParts(tracking).map((part) => [part.claimId, part.deadline, part.daysOverdue])).toEqual([
      ['WC-B', '2024-03-16', 25],
      ['WC-A', '2024-04-04', 6],
      ['WC-C', '2024-04-04', 6],
    ]);
  });

  it('gives the administrator what to chase with', () => {
    expect(overdueOldParts(tracking)[1]).toEqual({
      claimId: 'WC-A',
      claimNumber: null,
      row: 2,
      dealerId: 'D1',
      vin: VIN,
      causalPartNumber: '5Q0615123A',
      deadline: '2024-04-04',
      deadlineSource: 'claim',
      daysOverdue: 6,
      warrantyAdminId: null,
    });
  });

  it('takes the items as well as the whole result, and leaves them unchanged', () => {
    const before = tracking.items.map((item) => item.claimId);
    expect(overdueOldParts(tracking.items)).toEqual(overdueOldParts(tracking));
    expect(tracking.items.map((item) => item.claimId)).toEqual(before);
  });

  it('is empty when nothing is overdue, and refuses what is not a tracking', () => {
    expect(overdueOldParts(trackOldParts([claim('WC-G')], { ...options, asOf: '2024-03-01' }))).toEqual([]);
    expect(() => overdueOldParts(null as never)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type', path: ['tracking'] }),
    );
  });

  it('names an item trackOldParts did not make (it used to throw a TypeError)', () => {
    // A null among the items, in the result or in the bare list:
    expect(() => overdueOldParts({ ...tracking, items: [...tracking.items, null as never] })).toThrow(
      expect.objectContaining({ code: 'input.invalid_type', path: ['tracking', 'items', 6] }),
    );
    expect(() => overdueOldParts([null as never])).toThrow(
      expect.objectContaining({ code: 'input.invalid_type', path: ['tracking', 0] }),
    );
    // An overdue item whose claim id is not text cannot be sorted by it.
    const first = tracking.items[0] as (typeof tracking.items)[number];
    expect(() => overdueOldParts([{ ...first, claimId: Object.create(null) }])).toThrow(
      expect.objectContaining({ code: 'input.invalid_type', path: ['tracking', 0] }),
    );
  });
});
