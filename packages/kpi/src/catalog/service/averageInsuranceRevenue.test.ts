import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { averageInsuranceRevenue } from './averageInsuranceRevenue';
import { bj, cellsOf, job, labor, part, repairOrder, SHANGHAI } from './testing';

const insurance = (id: string, closedAt: string, laborAmount: string, partsAmount: string, more = {}) =>
  repairOrder(id, {
    kind: 'insurance',
    closedAt: bj(closedAt),
    jobs: [
      job(
        'J1',
        'INS',
        { labor: [labor('L1', '2.0', 'INS', { laborAmount })], parts: [part('P1', partsAmount, 'INS')] },
        { system: 'body' },
      ),
    ],
    ...more,
  });

const repairOrders = [
  // 1260 + 3000 = 4260.
  insurance('RO-1', '2024-03-10 10:00', '1260', '3000'),
  // Closed 23:30 on 31 March Beijing: 840 + 900 = 1740.
  insurance('RO-2', '2024-03-31 23:30', '840', '900'),
  // Cancelled: never counts.
  insurance('RO-3', '2024-03-12 10:00', '5000', '5000', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-11 10:00'),
  }),
  // Customer-pay repair: not an insurance RO.
  repairOrder('RO-4', {
    closedAt: bj('2024-03-13 10:00'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })] })],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March), customer pay: April has no insurance RO.
  repairOrder('RO-5', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })] })],
  }),
];

describe('ro.revenue.avg.insurance', () => {
  it('averages labor and parts sales over closed insurance ROs', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [averageInsuranceRevenue], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.revenue.avg.insurance')).toEqual([
      // (4260 + 1740) ÷ 2 = 3000.
      { key: 'DLR-1 2024-03', status: 'value', value: '3000', numerator: '6000', denominator: '2' },
      { key: 'DLR-1 2024-04', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[1]?.reason?.en).toBe('no closed insurance ROs');
    expect(averageInsuranceRevenue.target).toMatchObject({
      atLeast: '1800',
      cite: 'manual:ro.avg.revenue.insurance',
    });
  });

  it('is named by the catalog row (单车产值), qualified for insurance ROs', () => {
    expect(averageInsuranceRevenue.name.zh).toBe('单车产值（保险）');
  });
});
