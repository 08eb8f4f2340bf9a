import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { partsLaborRatio } from './partsLaborRatio';
import { bj, cellsOf, job, labor, part, repairOrder, SHANGHAI } from './testing';

const sold = (laborAmount: string, partsAmount?: string) =>
  job('J1', 'CP', {
    labor: [labor('L1', '1.0', 'CP', { laborAmount })],
    ...(partsAmount === undefined ? {} : { parts: [part('P1', partsAmount, 'CP')] }),
  });

const repairOrders = [
  repairOrder('RO-1', { closedAt: bj('2024-03-10 10:00'), jobs: [sold('500', '600')] }),
  // Closed 23:30 on 31 March Beijing; the declined job's 1000 of parts were not sold.
  repairOrder('RO-2', {
    closedAt: bj('2024-03-31 23:30'),
    jobs: [
      sold('300', '150'),
      job('J2', 'CP', { parts: [part('P1', '1000', 'CP')] }, { authorization: 'declined' }),
    ],
  }),
  // Cancelled: never counts.
  repairOrder('RO-3', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
    closedAt: bj('2024-03-05 10:05'),
    jobs: [sold('100', '900')],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March): April.
  repairOrder('RO-4', { closedAt: bj('2024-04-01 00:30'), jobs: [sold('200', '240')] }),
  // DLR-2 sold parts on an RO with no labor.
  repairOrder('RO-5', {
    dealerId: 'DLR-2',
    closedAt: bj('2024-03-10 10:00'),
    jobs: [job('J1', 'CP', { parts: [part('P1', '300', 'CP')] })],
  }),
];

describe('parts.labor.ratio', () => {
  it('divides parts sales by labor sales on closed ROs', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [partsLaborRatio], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'parts.labor.ratio')).toEqual([
      // (600 + 150) ÷ (500 + 300) = 750 ÷ 800 = 0.9375 → 0.94.
      { key: 'DLR-1 2024-03', status: 'value', value: '0.94', numerator: '750', denominator: '800' },
      // 240 ÷ 200 = 1.2.
      { key: 'DLR-1 2024-04', status: 'value', value: '1.2', numerator: '240', denominator: '200' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '300', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no labor sales');
  });
});
