import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { backtestPolicy } from '../index';
import { movement, part, position, thrown, ZONE } from '../testing';

// Edges of the replay the main test does not reach: months without demand, the review calendar,
// the budget's order of importance, parts that cannot be planned, the warm-up's last issue date
// and first receipts read across a supersession chain. Every part costs 10 and is sold in whole
// units (pack 1, no MOQ) unless said otherwise.
const days = (month: string, count: number, from = 1): string[] =>
  Array.from({ length: count }, (_, index) => `${month}-${String(from + index).padStart(2, '0')}`);
const januaryP = days('2024-01', 30).map((date) => movement('P', 'counter_sale', '1', date));
const februaryP = days('2024-02', 29).map((date) => movement('P', 'counter_sale', '2', date));
const base = { timeZone: ZONE, from: '2024-02', to: '2024-02' };
const weekly = { id: 'test', historyMonths: 1, leadTimeDays: 3, reviewDays: 7 };

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return error;
    throw error;
  }
  throw new Error('expected a coded AftersalesError, nothing was thrown');
};

describe('backtestPolicy: input checks', () => {
  it('refuses an input that is not an object, naming what it got', () => {
    const error = errorOf(() => backtestPolicy(null as never, weekly));
    expect(error.code).toBe('input.invalid_type');
    expect(error.path).toEqual(['input']);
    expect(error.issues[0]?.params).toEqual({ expected: 'object', received: 'object' });
    // A string is no object either (typeof 'x' is 'string').
    const text = errorOf(() => backtestPolicy('2024-02' as never, weekly));
    expect(text.code).toBe('input.invalid_type');
    expect(text.issues[0]?.params).toEqual({ expected: 'object', received: 'string' });
  });

  it('reads `from` only as a whole YYYY-MM string', () => {
    const input = { movements: [], parts: [part('P')], ...base };
    for (const from of ['x2024-02', '2024-02x', '2024-2', ['2024-02'], 202402]) {
      const error = errorOf(() => backtestPolicy({ ...input, from } as never, weekly));
      expect(error.code).toBe('input.invalid_format');
      expect(error.path).toEqual(['from']);
      expect(error.issues[0]?.params).toEqual({ format: 'month YYYY-MM (e.g. 2024-01)' });
    }
  });
});

describe('backtestPolicy: edges of the replay', () => {
  it('replays a month without any movement: nothing to stock, no lines, rates of 0', () => {
    // No demand in January: mean 0, so min = max = 0, nothing opens and nothing is ordered. A
    // review every 3 days from 1 February: days 1, 4, 7, …, 28 = 10 reviews in 29 days.
    const report = backtestPolicy(
      { movements: [], parts: [part('P')], positions: [position('P', '5', { stocked: true })], ...base },
      { ...weekly, reviewDays: 3 },
    );
    expect(report).toMatchObject({
      days: 29,
      reviews: 10,
      demandLines: 0,
      filledLines: 0,
      fillRate: '0', // 0 of 0 lines: shown as 0, not a division by zero
      issueValue: '0',
      averageInventoryValue: '0',
      endingInventoryValue: '0',
      turnover: '0', // no inventory on average: 0 turns, not a division by zero
      orderLines: 0,
      orderValue: '0',
    });
    expect(report.months).toEqual([
      { month: '2024-02', demandLines: 0, filledLines: 0, fillRate: '0', inventoryValue: '0' },
    ]);
  });

  it('reviews from the first day on, every `reviewDays`, whatever weekday the month starts on', () => {
    // January's demand as in the main test (30, σ 0); lead time 3, a review every 3 days:
    // max = 3 + 30 × 3/30 = 6, opened on 1 February. Nothing issued in February: no order, and
    // the stock stays at 6 parts = 60. Reviews on days 1, 4, …, 28: 10.
    const report = backtestPolicy(
      {
        movements: januaryP,
        parts: [part('P')],
        positions: [position('P', '0', { stocked: true })],
        ...base,
      },
      { ...weekly, reviewDays: 3 },
    );
    expect(report).toMatchObject({
      reviews: 10,
      demandLines: 0,
      fillRate: '0',
      averageInventoryValue: '60',
      endingInventoryValue: '60',
      turnover: '0',
      orderLines: 0,
    });
    expect(report.months[0]).toEqual({
      month: '2024-02',
      demandLines: 0,
      filledLines: 0,
      fillRate: '0',
      inventoryValue: '60',
    });
  });

  it('values a return at cost and keeps every line of a day', () => {
    // The main test's month plus a customer return of 2 on the 6th, the same day as that day's
    // issue line: both are read (29 demand lines, not 28), in the order given. Day 6 opens with 0
    // (8 6 4 2 0 on days 1–5): its line is unfilled, then the return puts 2 back and the day ends
    // with 2; day 7's line is filled from them and the day ends with 0 as in the main test.
    // Filled: 19 + day 7 = 20.
    // Σ end-of-day stock = 72 + 2 = 74 parts = 740; ÷ 29 = 25.517241… → '25.5172'.
    const report = backtestPolicy(
      {
        movements: [...januaryP, ...februaryP, movement('P', 'return_from_customer', '2', '2024-02-06')],
        parts: [part('P')],
        positions: [position('P', '0', { stocked: true })],
        ...base,
      },
      weekly,
    );
    expect(report).toMatchObject({
      demandLines: 29,
      filledLines: 20,
      issueValue: '400', // 20 lines × 2 × 10
      averageInventoryValue: '25.5172',
      endingInventoryValue: '0', // the return's 20 went out again on day 7
    });
  });

  it('spends the budget on the more important part first and skips parts it cannot plan', () => {
    // P as in the main test (A: 300 of the 400 issue value in January, fast). Q: one line of 10
    // in January (mean 10, σ 0): min = 10 × 3/30 = 1, max = 1 + 10 × 7/30 = 3.33… → 4. C1 and C2
    // supersede each other: a cycle, never planned, so C1's lines are not demand lines. Q comes
    // first in the master, P is ordered first by importance. Budget 100 a review.
    //  1 Feb: opening P 10, Q 4. 2 Feb: Q's line of 4 is filled, Q 0.
    //  8 Feb: P needs 10 (100) — kept; Q needs 4 (40) — nothing left, cut (not an order line).
    // 15 Feb: P needs 8 (80) — kept; Q needs 4 — 20 left: 2 parts (20), due with P's on the 18th.
    // 22, 29 Feb: Q's position 2 > min 1: no order; P orders 10 and 8 as in the main test.
    // P's month is the main test's: 19 of 29 filled, ends at 0; Q ends with 2 = 20.
    const report = backtestPolicy(
      {
        movements: [
          ...januaryP,
          movement('Q', 'issue_ro', '10', '2024-01-15'),
          movement('C1', 'issue_ro', '5', '2024-01-10'),
          ...februaryP,
          movement('Q', 'issue_ro', '4', '2024-02-02'),
          movement('C1', 'issue_ro', '5', '2024-02-03'),
        ],
        parts: [part('Q'), part('P'), part('C1', { supersededBy: 'C2' }), part('C2', { supersededBy: 'C1' })],
        positions: [position('Q', '0', { stocked: true }), position('P', '0', { stocked: true })],
        ...base,
        budget: '100',
      },
      weekly,
    );
    expect(report).toMatchObject({
      demandLines: 30, // 29 of P, 1 of Q
      filledLines: 20,
      issueValue: '420', // 19 × 2 × 10 + 4 × 10
      orderLines: 5, // P 10, 8, 10, 8 and Q 2
      orderValue: '380', // 360 + 20
      endingInventoryValue: '20',
    });
  });

  it('dates the last issue from the history months: a part quiet for the phase-out months opens at 0', () => {
    // Phase out after 1 month without an issue; one review (every 60 days) on 1 February.
    // January held one line of 30 on the 1st (and a customer return on the 20th, which is not an
    // issue): 1 Jan → 1 Feb is one full month, so P is phased out: min = max = 0, nothing opens,
    // nothing is ordered, and none of February's 29 lines is filled.
    const policy = { ...weekly, reviewDays: 60, phaseOut: { months: 1 } };
    const quiet = backtestPolicy(
      {
        movements: [
          movement('P', 'issue_ro', '30', '2024-01-01'),
          movement('P', 'return_from_customer', '1', '2024-01-20'),
          ...februaryP,
        ],
        parts: [part('P')],
        positions: [position('P', '0', { stocked: true })],
        ...base,
      },
      policy,
    );
    expect(quiet).toMatchObject({ reviews: 1, demandLines: 29, filledLines: 0, orderLines: 0 });
    expect(quiet.endingInventoryValue).toBe('0');

    // The same 30 in two lines, the later one (31 January) listed first: the last issue is the
    // 31st, 0 full months before 1 February, so P stays stocked: mean 30, σ 0 over one month,
    // min = 30 × 3/30 = 3, max = 3 + 30 × 60/30 = 63. February takes 29 × 2 = 58: every line is
    // filled and 5 parts = 50 are left.
    const recent = backtestPolicy(
      {
        movements: [
          movement('P', 'issue_ro', '15', '2024-01-31'),
          movement('P', 'issue_ro', '15', '2024-01-01'),
          ...februaryP,
        ],
        parts: [part('P')],
        positions: [position('P', '0', { stocked: true })],
        ...base,
      },
      policy,
    );
    expect(recent).toMatchObject({ reviews: 1, demandLines: 29, filledLines: 29, orderLines: 0 });
    expect(recent.endingInventoryValue).toBe('50');
  });

  it('takes the earliest first receipt over a supersession chain for the months a new part is read', () => {
    // X and W are superseded by Y: one planned item, Y, reading three rows (X, Y, W in the order
    // they first appear). Receipts: X on 20 Jan, 5 Dec, 20 Jan; Y on 10 Jan; W none. The item's
    // first receipt is the earliest, 5 Dec 2023. History 3 months (Nov–Jan); a part first received
    // within them is read from its first month: Dec and Jan, 2 months. Demand: W 20 in Dec, Y 40
    // in Jan: mean 30, population σ 10. Y is the only part: class A, service level 0.98, z 2.0537.
    //   safety = 2.0537 × 10 × √(3/30) = 6.494…; reorder point = 30 × 3/30 + 6.494 = 9.494…
    //   max = 9.494 + 30 × 60/30 = 69.494… → 70 parts.
    // One review (every 60 days): Y opens at 70, February takes 58, all 29 lines are filled and
    // 12 parts = 120 are left. (Read from 10 Jan, 1 month: mean 40, σ 0, max 84 → 260 left; with
    // no receipt, 3 months: mean 20, σ 16.33, max 53 → 26 lines filled.)
    const report = backtestPolicy(
      {
        movements: [
          movement('X', 'receipt', '1', '2024-01-20'),
          movement('X', 'receipt', '1', '2023-12-05'),
          movement('X', 'receipt', '1', '2024-01-20'),
          movement('Y', 'receipt', '1', '2024-01-10'),
          movement('W', 'issue_ro', '20', '2023-12-15'),
          movement('Y', 'issue_ro', '40', '2024-01-15'),
          ...days('2024-02', 29).map((date) => movement('Y', 'counter_sale', '2', date)),
        ],
        parts: [part('X', { supersededBy: 'Y' }), part('W', { supersededBy: 'Y' }), part('Y')],
        positions: [position('Y', '0', { stocked: true })],
        ...base,
      },
      { ...weekly, historyMonths: 3, reviewDays: 60 },
    );
    expect(report).toMatchObject({ reviews: 1, demandLines: 29, filledLines: 29 });
    expect(report.endingInventoryValue).toBe('120');
  });
});

describe('backtestPolicy: coded errors', () => {
  it('keeps the path of a bad month', () => {
    expect(thrown(() => backtestPolicy({ movements: [], parts: [], ...base, from: '2024-00' }))).toEqual({
      code: 'input.invalid_format',
      path: ['from'],
    });
  });
});
