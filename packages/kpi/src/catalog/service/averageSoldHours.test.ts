import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { averageSoldHours } from './averageSoldHours';
import { bj, cellsOf, job, labor, repairOrder, SHANGHAI } from './testing';

const repairOrders = [
  // 1.5 + 0.8 = 2.3 h sold; the declined 2.0 h line was not.
  repairOrder('RO-1', {
    closedAt: bj('2024-03-10 10:00'),
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '1.5', 'CP'),
          labor('L2', '0.8', 'CP'),
          labor('L3', '2.0', 'CP', { authorization: 'declined' }),
        ],
      }),
    ],
  }),
  // Closed 23:30 on 31 March Beijing: 1.0 h.
  repairOrder('RO-2', {
    closedAt: bj('2024-03-31 23:30'),
    jobs: [job('J1', 'W', { labor: [labor('L1', '1.0', 'W')] })],
  }),
  // A check with no labor: 0 h, still an RO.
  repairOrder('RO-3', { closedAt: bj('2024-03-20 10:00') }),
  // Cancelled: never counts.
  repairOrder('RO-4', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
    closedAt: bj('2024-03-05 10:05'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '9.0', 'CP')] })],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March): April, 2.5 h.
  repairOrder('RO-5', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '2.5', 'CP')] })],
  }),
  // DLR-2's only RO was cancelled.
  repairOrder('RO-6', {
    dealerId: 'DLR-2',
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
    closedAt: bj('2024-03-05 10:05'),
  }),
];

describe('ro.hours.avg', () => {
  it('averages sold hours over closed ROs', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [averageSoldHours], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.hours.avg')).toEqual([
      // (2.3 + 1.0 + 0) ÷ 3 = 1.1.
      { key: 'DLR-1 2024-03', status: 'value', value: '1.1', numerator: '3.3', denominator: '3' },
      { key: 'DLR-1 2024-04', status: 'value', value: '2.5', numerator: '2.5', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no closed ROs');
  });
});
