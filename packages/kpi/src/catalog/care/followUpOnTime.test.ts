import { describe, expect, it } from 'vitest';
import { followUpOnTime } from './followUpOnTime';
import { cellOf, ndv, ro, run } from './testing';

const opened = '2024-03-01T09:00:00+08:00';
// Delivered at 18:00 on 1 March in Shanghai (10:00Z): day 0 is 1 March.
const delivered = '2024-03-01T18:00:00+08:00';
const first = (doneAt: string, outcome = 'satisfied') => [{ kind: 'first', doneAt, outcome }];

const repairOrders = [
  ro('A', { openedAt: opened, deliveredAt: delivered, followUps: first('2024-03-04T09:00:00+08:00') }), // day 3: on time
  ro('B', { openedAt: opened, deliveredAt: delivered, followUps: first('2024-03-08T20:00:00+08:00') }), // day 7: on time
  ro('C', { openedAt: opened, deliveredAt: delivered, followUps: first('2024-03-09T09:00:00+08:00') }), // day 8: late
  ro('D', { openedAt: opened, deliveredAt: delivered, followUps: first('2024-03-03T10:00:00+08:00') }), // day 2: early
  // 2024-03-03T17:00Z is 01:00 on 4 March in Shanghai: day 3, on time (in UTC it would be day 2)
  ro('E', { openedAt: opened, deliveredAt: delivered, followUps: first('2024-03-03T17:00:00Z') }),
  // The first call did not reach the customer (day 4), the second did (day 5): no first follow-up, late
  ro('F', {
    openedAt: opened,
    deliveredAt: delivered,
    followUps: [
      { kind: 'first', doneAt: '2024-03-05T10:00:00+08:00', outcome: 'unreachable' },
      { kind: 'second', doneAt: '2024-03-06T10:00:00+08:00', outcome: 'satisfied' },
    ],
  }),
  // Delivered 23:30 on 31 March in Shanghai (15:30Z): March; called 3 April = day 3, on time
  ro('G', {
    openedAt: opened,
    deliveredAt: '2024-03-31T15:30:00Z',
    followUps: first('2024-04-03T10:00:00+08:00'),
  }),
  // Cancelled: excluded although called on time
  ro('H', {
    openedAt: opened,
    deliveredAt: delivered,
    cancelledAt: '2024-03-01T19:00:00+08:00',
    followUps: first('2024-03-05T10:00:00+08:00'),
  }),
  // D2: an internal RO only (excluded)
  ro('I', { dealerId: 'D2', payType: 'I', openedAt: opened, deliveredAt: delivered }),
];

describe('care.followup.ontime', () => {
  it('counts first follow-ups on day 3–7 after delivery, on the Shanghai calendar', () => {
    const report = run({ repairOrders }, [followUpOnTime]);
    // Delivered in March: A, B, C, D, E, F, G = 7; on time A, B, E, G = 4 → 4 ÷ 7 × 100 = 57.142… → 57.14
    expect(ndv(cellOf(report, 'care.followup.ontime', 'D1', '2024-03'))).toEqual(['4', '7', '57.14']);
  });

  it('takes the window from its parameters', () => {
    const report = run({ repairOrders }, [followUpOnTime], {
      params: { 'care.followup.ontime': { maxDays: 8 } },
    });
    // Day 3–8: C (day 8) is on time too → 5 ÷ 7 × 100 = 71.428… → 71.43
    expect(ndv(cellOf(report, 'care.followup.ontime', 'D1', '2024-03'))).toEqual(['5', '7', '71.43']);
  });

  it('has no data without a delivered customer RO', () => {
    const report = run({ repairOrders }, [followUpOnTime]);
    expect(cellOf(report, 'care.followup.ontime', 'D2', '2024-03')?.status).toBe('no_data');
  });
});
