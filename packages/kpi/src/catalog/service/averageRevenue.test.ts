import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { averageRevenue } from './averageRevenue';
import { bj, cellsOf, job, labor, part, repairOrder, SHANGHAI } from './testing';

const repairOrders = [
  // CP: labor 380 + parts 420 = 800.
  repairOrder('RO-1', {
    closedAt: bj('2024-03-10 10:00'),
    jobs: [
      job('J1', 'CP', {
        labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })],
        parts: [part('P1', '420', 'CP')],
      }),
    ],
  }),
  // CP, closed 23:30 on 31 March Beijing: labor 190 + parts 300 = 490 (the sublet 500 is not counted).
  repairOrder('RO-2', {
    closedAt: bj('2024-03-31 23:30'),
    jobs: [
      job(
        'J1',
        'CP',
        { labor: [labor('L1', '0.5', 'CP', { laborAmount: '190' })], parts: [part('P1', '300', 'CP')] },
        { subletLines: [{ id: 'S1', description: '外包四轮定位', amount: '500', payType: 'CP' }] },
      ),
    ],
  }),
  // CP: labor 100; the declined job's parts 500 were not sold.
  repairOrder('RO-3', {
    closedAt: bj('2024-03-12 10:00'),
    jobs: [
      job('J1', 'CP', { labor: [labor('L1', '0.3', 'CP', { laborAmount: '100' })] }),
      job('J2', 'CP', { parts: [part('P1', '500', 'CP')] }, { authorization: 'declined' }),
    ],
  }),
  // W: labor 600 + parts 1000 = 1600.
  repairOrder('RO-4', {
    kind: 'warranty',
    closedAt: bj('2024-03-15 10:00'),
    jobs: [
      job('J1', 'W', {
        labor: [labor('L1', '2.0', 'W', { laborAmount: '600' })],
        parts: [part('P1', '1000', 'W')],
      }),
    ],
  }),
  // INS: its own KPI (ro.revenue.avg.insurance).
  repairOrder('RO-5', {
    kind: 'insurance',
    closedAt: bj('2024-03-16 10:00'),
    jobs: [
      job('J1', 'INS', {
        labor: [labor('L1', '3.0', 'INS', { laborAmount: '1260' })],
        parts: [part('P1', '3000', 'INS')],
      }),
    ],
  }),
  // Cancelled: never counts.
  repairOrder('RO-6', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
    closedAt: bj('2024-03-05 10:05'),
    jobs: [job('J1', 'CP', { parts: [part('P1', '9000', 'CP')] })],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March): April.
  repairOrder('RO-7', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })] })],
  }),
];

describe('ro.revenue.avg', () => {
  it('averages labor and parts sales over closed non-insurance ROs, per pay type', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [averageRevenue], groupBy: ['dealer', 'payType', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.revenue.avg')).toEqual([
      // RO-1 800 + RO-2 490 + RO-3 100 = 1390 over 3 = 463.333… → 463.33.
      { key: 'DLR-1 CP 2024-03', status: 'value', value: '463.33', numerator: '1390', denominator: '3' },
      { key: 'DLR-1 CP 2024-04', status: 'value', value: '380', numerator: '380', denominator: '1' },
      // Only the insurance RO-5 landed here.
      { key: 'DLR-1 INS 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
      { key: 'DLR-1 W 2024-03', status: 'value', value: '1600', numerator: '1600', denominator: '1' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no closed repair or maintenance ROs');
  });

  it('averages all non-insurance ROs together without the split', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [averageRevenue], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    // (1390 + 1600) ÷ 4 = 747.5.
    expect(cellsOf(report, 'ro.revenue.avg')[0]).toEqual({
      key: 'DLR-1 2024-03',
      status: 'value',
      value: '747.5',
      numerator: '2990',
      denominator: '4',
    });
  });
});
