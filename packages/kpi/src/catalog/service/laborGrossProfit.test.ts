import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { laborGrossProfit } from './laborGrossProfit';
import { bj, cellsOf, job, labor, repairOrder, SHANGHAI } from './testing';

const repairOrders = [
  repairOrder('RO-1', {
    closedAt: bj('2024-03-10 10:00'),
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '1.5', 'CP', { laborAmount: '570', laborCost: '120' }),
          labor('L2', '1.0', 'CP', { laborAmount: '380', laborCost: '60' }),
          // No recorded cost: left out (it would count as pure profit).
          labor('L3', '1.3', 'CP', { laborAmount: '500' }),
          // Declined: not sold.
          labor('L4', '0.5', 'CP', { laborAmount: '200', laborCost: '30', authorization: 'declined' }),
        ],
      }),
    ],
  }),
  // Closed 23:30 on 31 March Beijing: W 600 − 180.
  repairOrder('RO-2', {
    kind: 'warranty',
    closedAt: bj('2024-03-31 23:30'),
    jobs: [job('J1', 'W', { labor: [labor('L1', '2.0', 'W', { laborAmount: '600', laborCost: '180' })] })],
  }),
  // Cancelled: never counts.
  repairOrder('RO-3', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
    closedAt: bj('2024-03-05 10:05'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380', laborCost: '380' })] })],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March): April, 400 − 100.
  repairOrder('RO-4', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '400', laborCost: '100' })] })],
  }),
  // Internal work billed at 0 with a cost of 50: no labor sales to divide by.
  repairOrder('RO-5', {
    kind: 'internal',
    closedAt: bj('2024-03-20 10:00'),
    jobs: [job('J1', 'I', { labor: [labor('L1', '0.5', 'I', { laborAmount: '0', laborCost: '50' })] })],
  }),
];

describe('labor.gp', () => {
  it('divides labor sales less labor cost by labor sales, per line pay type', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [laborGrossProfit], groupBy: ['dealer', 'payType', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'labor.gp')).toEqual([
      // Sales 570 + 380 = 950, cost 120 + 60 = 180: 770 ÷ 950 = 0.810526… → 81.05 %.
      { key: 'DLR-1 CP 2024-03', status: 'value', value: '81.05', numerator: '770', denominator: '950' },
      // 300 ÷ 400 = 75 %.
      { key: 'DLR-1 CP 2024-04', status: 'value', value: '75', numerator: '300', denominator: '400' },
      // 0 − 50 over 0 sales.
      { key: 'DLR-1 I 2024-03', status: 'no_data', value: null, numerator: '-50', denominator: '0' },
      // 420 ÷ 600 = 70 %.
      { key: 'DLR-1 W 2024-03', status: 'value', value: '70', numerator: '420', denominator: '600' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no labor sales with a recorded cost');
  });
});
