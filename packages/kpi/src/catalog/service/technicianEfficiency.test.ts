import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { technicianEfficiency } from './technicianEfficiency';
import { bj, cellsOf, job, labor, repairOrder, SHANGHAI } from './testing';

const repairOrders = [
  repairOrder('RO-1', {
    // Advisor SA-1 is never credited: the line's technician is.
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '1.2', 'CP', {
            technicianId: 'T1',
            clockedHours: '1.0',
            completedAt: bj('2024-03-05 12:00'),
          }),
          // No clocked time: left out of both sums.
          labor('L2', '1.0', 'CP', { technicianId: 'T1', completedAt: bj('2024-03-05 13:00') }),
          // Completed 23:30 on 31 March Beijing: March.
          labor('L3', '0.9', 'CP', {
            technicianId: 'T1',
            clockedHours: '0.8',
            completedAt: bj('2024-03-31 23:30'),
          }),
          // Completed 00:30 on 1 April Beijing (16:30Z on 31 March): April.
          labor('L4', '1.0', 'CP', {
            technicianId: 'T1',
            clockedHours: '0.5',
            completedAt: bj('2024-04-01 00:30'),
          }),
          // Clocked 0 h: T2 has nothing to divide by.
          labor('L5', '0.5', 'CP', {
            technicianId: 'T2',
            clockedHours: '0',
            completedAt: bj('2024-03-06 10:00'),
          }),
        ],
      }),
      // Deferred by the customer and never done: no completion, no period.
      job(
        'J2',
        'CP',
        { labor: [labor('L6', '2.0', 'CP', { technicianId: 'T1', clockedHours: '0.1' })] },
        { authorization: 'deferred' },
      ),
    ],
  }),
  // Cancelled RO: its line never counts.
  repairOrder('RO-2', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-07 09:00'),
    jobs: [
      job('J1', 'CP', {
        labor: [
          labor('L1', '3.0', 'CP', {
            technicianId: 'T1',
            clockedHours: '1.0',
            completedAt: bj('2024-03-07 08:00'),
          }),
        ],
      }),
    ],
  }),
];

describe('tech.efficiency', () => {
  it('divides sold by clocked hours per technician and month of completion', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [technicianEfficiency], groupBy: ['technician', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'tech.efficiency')).toEqual([
      // L1 + L3: (1.2 + 0.9) ÷ (1.0 + 0.8) = 2.1 ÷ 1.8 = 1.16666… → 116.67 %.
      { key: 'T1 2024-03', status: 'value', value: '116.67', numerator: '2.1', denominator: '1.8' },
      // L4: 1.0 ÷ 0.5 = 200 %.
      { key: 'T1 2024-04', status: 'value', value: '200', numerator: '1', denominator: '0.5' },
      // L5: 0.5 ÷ 0.
      { key: 'T2 2024-03', status: 'no_data', value: null, numerator: '0.5', denominator: '0' },
    ]);
    expect(report.cells.at(-1)?.reason).toEqual({ en: 'no clocked hours', zh: '无实际工时' });
  });
});
