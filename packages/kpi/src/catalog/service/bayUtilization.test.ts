import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { bayUtilization } from './bayUtilization';
import { bj, cellsOf, job, labor, repairOrder, SHANGHAI } from './testing';

const clocked = (id: string, hours: string, completed: string) =>
  labor(id, hours, 'CP', { clockedHours: hours, completedAt: bj(completed), technicianId: 'T1' });

const repairOrders = [
  repairOrder('RO-1', {
    jobs: [
      job('J1', 'CP', {
        labor: [
          clocked('L1', '10', '2024-03-05 17:00'),
          // Completed 23:30 on 31 March Beijing: March.
          clocked('L2', '20.5', '2024-03-31 23:30'),
          // Completed 00:30 on 1 April Beijing (16:30Z on 31 March): April.
          clocked('L3', '9', '2024-04-01 00:30'),
          // No clocked time: adds nothing.
          labor('L4', '3', 'CP', { completedAt: bj('2024-03-05 17:00') }),
        ],
      }),
    ],
  }),
  // Cancelled: never counts.
  repairOrder('RO-2', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-06 18:00'),
    jobs: [job('J1', 'CP', { labor: [clocked('L1', '5', '2024-03-06 17:00')] })],
  }),
  // DLR-2 recorded no capacity.
  repairOrder('RO-3', {
    dealerId: 'DLR-2',
    jobs: [job('J1', 'CP', { labor: [clocked('L1', '3', '2024-03-05 17:00')] })],
  }),
];

const day = (date: string, bays: string, openHours: string) => ({
  id: `DLR-1-${date}`,
  dealerId: 'DLR-1',
  date,
  bays,
  openHours,
});
const workshopDays = [
  day('2024-03-05', '4', '9'),
  day('2024-03-31', '4', '9.5'),
  day('2024-04-01', '4', '9'),
];

describe('bay.utilization', () => {
  it('divides clocked hours by bays × open hours', () => {
    const report = computeKpisSync(
      { repairOrders, workshopDays },
      { kpis: [bayUtilization], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'bay.utilization')).toEqual([
      // (10 + 20.5) ÷ (4 × 9 + 4 × 9.5) = 30.5 ÷ 74 = 0.412162… → 41.22 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '41.22', numerator: '30.5', denominator: '74' },
      // 9 ÷ 36 = 25 %.
      { key: 'DLR-1 2024-04', status: 'value', value: '25', numerator: '9', denominator: '36' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '3', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no workshop capacity recorded');
  });
});
