import { describe, expect, it } from 'vitest';
import { backtestPolicy } from '../index';
import { movement, part, position, thrown, ZONE } from '../testing';

// One part P, cost 10, whole units, pack 1. January (the history the first review reads): one
// counter sale of 1 a day on the 1st–30th = 30 a month, σ 0 over one month. February (replayed,
// 29 days): one line of 2 a day.
//
// Policy: history 1 month, lead time 3 days, review every 7 days, 30 days a month.
//   safety stock = z × 0 × √(3/30) = 0; reorder point = 30 × 3/30 = 3 = min; max = 3 + 30 × 7/30 = 10.
const days = (month: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`);
const january = days('2024-01', 30).map((date) => movement('P', 'counter_sale', '1', date));
const february = days('2024-02', 29).map((date) => movement('P', 'counter_sale', '2', date));
const input = {
  movements: [...january, ...february],
  parts: [part('P')],
  positions: [position('P', '999', { stocked: true })], // on hand is not read: the replay opens at max
  timeZone: ZONE,
  from: '2024-02',
  to: '2024-02',
};
const policy = { id: 'test', historyMonths: 1, leadTimeDays: 3, reviewDays: 7 };

describe('backtestPolicy', () => {
  it('replays a month by hand: opening at max, weekly orders arriving after the lead time', () => {
    // Stock at each day's end (a review at the start of the day; arrivals before demand):
    //  1–5: 8 6 4 2 0 · 6, 7: unfilled (0 < 2)
    //  8: review, position 0 ≤ 3: order 10 (due 11) · 8–10 unfilled · 11: 10 − 2 = 8, 12: 6, 13: 4, 14: 2
    // 15: review, position 2 ≤ 3: order 8 (due 18) · 15: 0 · 16, 17 unfilled · 18: 6, 19: 4, 20: 2, 21: 0
    // 22: review, position 0: order 10 (due 25) · 22–24 unfilled · 25: 8, 26: 6, 27: 4, 28: 2
    // 29: review, position 2: order 8 (due 3 March, after the replay) · 29: 0
    // Unfilled: 6, 7, 8, 9, 10, 16, 17, 22, 23, 24 = 10 of 29 lines; filled 19.
    const report = backtestPolicy(input, policy);
    expect(report).toMatchObject({
      policy: 'test',
      from: '2024-02-01',
      to: '2024-02-29',
      days: 29,
      reviews: 5, // 1, 8, 15, 22, 29
      demandLines: 29,
      filledLines: 19,
      fillRate: '0.6551', // 19 ÷ 29 = 0.65517…, four places rounded down
      issueValue: '380', // 19 lines × 2 × 10
      orderLines: 4,
      orderValue: '360', // (10 + 8 + 10 + 8) × 10
      endingInventoryValue: '0',
    });
    // Σ end-of-day stock = (8+6+4+2) + (8+6+4+2) + (6+4+2) + (8+6+4+2) = 72 parts, × 10 = 720;
    // ÷ 29 days = 24.8275862… → '24.8275'.
    expect(report.averageInventoryValue).toBe('24.8275');
    // Turnover: 380 a 29-day span → × 365/29 a year, ÷ 720/29 average = 380 × 365 / 720 = 192.638…
    expect(report.turnover).toBe('192.63');
    expect(report.months).toEqual([
      { month: '2024-02', demandLines: 29, filledLines: 19, fillRate: '0.6551', inventoryValue: '0' },
    ]);
  });

  it('compares a second policy: a daily review shrinks max to 3 + 30 × 1/30 = 4 and fills fewer', () => {
    // Opening 4. Day 1: 2 left, filled. Day 2: position 2 ≤ 3, order 2 (due 5); filled, 0 left.
    // Day 3: position 0 + 2 on order = 2, order 2 (due 6); unfilled. Day 4: position 4, no order; unfilled.
    // Day 5: +2, filled. Day 6: +2, position 2, order 2 (due 9); filled. From day 3 the days run
    // unfilled, unfilled, filled, filled: days 3–26 are 6 such cycles (12 filled), 27 and 28
    // unfilled, 29 filled. 2 + 12 + 1 = 15 of 29.
    const daily = backtestPolicy(input, { ...policy, reviewDays: 1 });
    expect(daily).toMatchObject({ reviews: 29, demandLines: 29, filledLines: 15, fillRate: '0.5172' });
  });

  it('counts returns back into stock and rejects bad rows with their row', () => {
    const report = backtestPolicy(
      {
        ...input,
        movements: [
          ...input.movements,
          movement('P', 'return_from_customer', '2', '2024-02-06'),
          { id: 'x' },
        ],
      },
      policy,
    );
    // The return on the 6th (before that day's line) puts 2 back: day 6's line is filled, 7 is not.
    expect(report.filledLines).toBe(20);
    expect(report.rejections).toHaveLength(1);
    expect(report.rejections[0]?.row).toBe(60);
  });

  it('refuses bad options with coded errors', () => {
    expect(thrown(() => backtestPolicy({ ...input, from: '2024-13' }, policy)).code).toBe(
      'input.invalid_format',
    );
    expect(thrown(() => backtestPolicy({ ...input, timeZone: 'Mars/Base' }, policy)).code).toBe(
      'time.invalid_zone',
    );
    expect(thrown(() => backtestPolicy({ ...input, budget: '-1' }, policy)).path).toEqual(['budget']);
    expect(thrown(() => backtestPolicy(input, { id: 'x', reviewDays: -1 })).path).toEqual([
      'policy',
      'reviewDays',
    ]);
  });
});
