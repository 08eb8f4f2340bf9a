import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { settlementOnTime } from './settlementOnTime';
import { bj, cellsOf, job, repairOrder, SHANGHAI } from './testing';

const maintenance = (id: string, completed: string, settled?: string, more = {}) =>
  repairOrder(id, {
    kind: 'maintenance',
    openedAt: bj('2024-03-01 09:00'),
    repairCompletedAt: bj(completed),
    ...(settled === undefined ? {} : { settledAt: bj(settled) }),
    jobs: [job('J1', 'CP', {}, { system: 'maintenance' })],
    ...more,
  });
const insurance = (id: string, completed: string, settled: string) =>
  repairOrder(id, {
    kind: 'insurance',
    openedAt: bj('2024-03-01 09:00'),
    repairCompletedAt: bj(completed),
    settledAt: bj(settled),
    jobs: [job('J1', 'INS', {}, { system: 'body' })],
  });

// Days are the dealer's local dates: completed on D, settled on D + n is n days.
const repairOrders = [
  // 5 → 8 March: 3 days, on time.
  maintenance('RO-1', '2024-03-05 16:00', '2024-03-08 10:00'),
  // 5 → 9 March 00:30 Beijing (8 March 16:30Z): 4 days, late.
  maintenance('RO-2', '2024-03-05 16:00', '2024-03-09 00:30'),
  // First maintenance, 10 March 23:30 → 13 March 23:59: 3 days, on time.
  maintenance('RO-3', '2024-03-10 23:30', '2024-03-13 23:59', { kind: 'first_maintenance' }),
  // Not settled: not on time.
  maintenance('RO-4', '2024-03-20 10:00'),
  // Insurance, settled 23:30 on 31 March Beijing: same month, on time.
  insurance('RO-5', '2024-03-25 10:00', '2024-03-31 23:30'),
  // Insurance, settled 00:30 on 1 April Beijing (16:30Z on 31 March): next month, late.
  insurance('RO-6', '2024-03-28 10:00', '2024-04-01 00:30'),
  // A customer-pay repair: neither rule applies, not counted.
  repairOrder('RO-7', {
    repairCompletedAt: bj('2024-03-06 10:00'),
    settledAt: bj('2024-03-20 10:00'),
    jobs: [job('J1', 'CP')],
  }),
  // Cancelled: never counts.
  maintenance('RO-8', '2024-03-06 10:00', '2024-03-30 10:00', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-30 11:00'),
  }),
  // Completed 00:30 on 1 April Beijing: April; settled next day.
  maintenance('RO-9', '2024-04-01 00:30', '2024-04-02 10:00'),
  // DLR-2 completed only a customer-pay repair.
  repairOrder('RO-10', {
    dealerId: 'DLR-2',
    repairCompletedAt: bj('2024-03-06 10:00'),
    jobs: [job('J1', 'CP')],
  }),
];

const run = (params?: Record<string, number>) =>
  computeKpisSync(
    { repairOrders },
    {
      kpis: [settlementOnTime],
      groupBy: ['dealer', 'month'],
      timeZone: SHANGHAI,
      ...(params === undefined ? {} : { params: { 'ro.settle.ontime': params } }),
    },
  );

describe('ro.settle.ontime', () => {
  it('counts maintenance ROs settled within 3 days and insurance ROs settled in the month', () => {
    expect(cellsOf(run(), 'ro.settle.ontime')).toEqual([
      // RO-1, 2, 3, 4, 5, 6 completed in March; on time RO-1, 3, 5: 3 ÷ 6 = 50 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '50', numerator: '3', denominator: '6' },
      // RO-9: 1 day.
      { key: 'DLR-1 2024-04', status: 'value', value: '100', numerator: '1', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
  });

  it('takes the days from the settleDays parameter', () => {
    // 4 days allowed: RO-2 is on time too, 4 ÷ 6 = 66.666… → 66.67 %.
    expect(cellsOf(run({ settleDays: 4 }), 'ro.settle.ontime')[0]).toMatchObject({
      value: '66.67',
      numerator: '4',
      denominator: '6',
    });
    // 2 days: RO-1 and RO-3 are late, only RO-5 is on time: 1 ÷ 6 = 16.67 %.
    expect(cellsOf(run({ settleDays: 2 }), 'ro.settle.ontime')[0]).toMatchObject({
      value: '16.67',
      numerator: '1',
    });
  });

  it('reads days on the dealer calendar, not UTC', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [settlementOnTime], groupBy: ['dealer', 'month'], timeZone: 'UTC' },
    );
    // On UTC clocks RO-2 is 5 March 08:00Z → 8 March 16:30Z (3 days, on time), RO-6 is settled
    // 31 March 16:30Z (same month, on time), and RO-9 completed 31 March 16:30Z lands in March:
    // RO-1, 2, 3, 5, 6, 9 on time of 7.
    expect(cellsOf(report, 'ro.settle.ontime')[0]).toMatchObject({ numerator: '6', denominator: '7' });
  });
});
