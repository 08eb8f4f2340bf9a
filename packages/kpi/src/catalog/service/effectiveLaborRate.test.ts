import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { effectiveLaborRate } from './effectiveLaborRate';
import { bj, cellsOf, job, labor, repairOrder, SHANGHAI } from './testing';

const repairOrders = [
  repairOrder('RO-1', {
    closedAt: bj('2024-03-10 10:00'),
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '1.5', 'CP', { laborAmount: '570' }),
          // Declined by the customer: not sold.
          labor('L3', '1.0', 'CP', { laborAmount: '380', authorization: 'declined' }),
        ],
      }),
      job('J2', 'W', { labor: [labor('L2', '2.0', 'W', { laborAmount: '600' })] }),
    ],
  }),
  // Closed 23:30 on 31 March Beijing: March. No amount: 0.5 h × 400 = 200.
  repairOrder('RO-2', {
    closedAt: bj('2024-03-31 23:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '0.5', 'CP', { laborRate: '400' })] })],
  }),
  // Cancelled: never counts.
  repairOrder('RO-3', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-06 09:00'),
    closedAt: bj('2024-03-06 09:05'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '2.0', 'CP', { laborAmount: '760' })] })],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March): April.
  repairOrder('RO-4', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })] })],
  }),
  // Not closed: no period.
  repairOrder('RO-5', {
    status: 'in_repair',
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '9999' })] })],
  }),
  // A free internal check of 0 h: nothing to divide by.
  repairOrder('RO-6', {
    kind: 'internal',
    closedAt: bj('2024-03-20 10:00'),
    jobs: [job('J1', 'I', { labor: [labor('L1', '0', 'I', { laborAmount: '0' })] })],
  }),
];

describe('labor.elr', () => {
  it('divides labor sales by sold hours per line pay type', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [effectiveLaborRate], groupBy: ['dealer', 'payType', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'labor.elr')).toEqual([
      // RO-1 L1 570 + RO-2 200 = 770 over 1.5 + 0.5 = 2 h → 385 (not RO-1 L3, not RO-3).
      { key: 'DLR-1 CP 2024-03', status: 'value', value: '385', numerator: '770', denominator: '2' },
      // RO-4: 380 ÷ 1.
      { key: 'DLR-1 CP 2024-04', status: 'value', value: '380', numerator: '380', denominator: '1' },
      { key: 'DLR-1 I 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
      // RO-1 L2: 600 ÷ 2.
      { key: 'DLR-1 W 2024-03', status: 'value', value: '300', numerator: '600', denominator: '2' },
    ]);
    const noData = report.cells.find((cell) => cell.status === 'no_data');
    expect(noData?.reason).toEqual({ en: 'no sold hours', zh: '无结算工时' });
    expect(report.cells[0]?.currency).toBe('CNY');
  });

  it('gives the overall rate without the pay-type split', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [effectiveLaborRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'labor.elr')).toEqual([
      // (570 + 200 + 600 + 0) ÷ (1.5 + 0.5 + 2 + 0) = 1370 ÷ 4 = 342.5.
      { key: 'DLR-1 2024-03', status: 'value', value: '342.5', numerator: '1370', denominator: '4' },
      { key: 'DLR-1 2024-04', status: 'value', value: '380', numerator: '380', denominator: '1' },
    ]);
  });
});
