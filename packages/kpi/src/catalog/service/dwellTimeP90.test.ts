import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { createKpiAccumulator } from '../../engine/kpiAccumulator';
import { dwellTimeP90 } from './dwellTimeP90';
import { bj, cellsOf, repairOrder, SHANGHAI } from './testing';

const stay = (id: string, received: string | undefined, delivered: string, more = {}) =>
  repairOrder(id, {
    openedAt: received ?? bj('2024-03-01 08:00'),
    ...(received === undefined ? {} : { receivedAt: received }),
    deliveredAt: delivered,
    ...more,
  });

// March dwell times, received at 08:00 on the 4th: 1, 2, 2.3333, 3, 4, 5, 5.5, 6, 7.2569 h, then 30 h.
const delivered = ['09:00', '10:00', '10:20', '11:00', '12:00', '13:00', '13:30', '14:00', '15:15:25'];
const repairOrders = [
  ...delivered.map((time, index) =>
    stay(
      `RO-${index + 1}`,
      bj('2024-03-04 08:00'),
      `2024-03-04T${time.length === 5 ? `${time}:00` : time}+08:00`,
    ),
  ),
  // Delivered 23:30 on 31 March Beijing after 30 h: March.
  stay('RO-10', bj('2024-03-30 17:30'), bj('2024-03-31 23:30')),
  // Delivered 00:30 on 1 April Beijing (16:30Z on 31 March) after 2.5 h: April.
  stay('RO-11', bj('2024-03-31 22:00'), bj('2024-04-01 00:30')),
  // Cancelled (100 h): never counts.
  stay('RO-12', bj('2024-03-04 08:00'), bj('2024-03-08 12:00'), {
    status: 'cancelled',
    cancelledAt: bj('2024-03-04 09:00'),
  }),
  // DLR-2's only delivery has no reception time.
  stay('RO-13', undefined, bj('2024-03-07 09:00'), { dealerId: 'DLR-2' }),
];

describe('ro.dwell.p90', () => {
  it('takes the nearest-rank 90th percentile on 0.01 h bins', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [dwellTimeP90], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.dwell.p90')).toEqual([
      // 10 values: rank ⌈0.9 × 10⌉ = 9, the 9th smallest is 7 h 15 min 25 s = 7.2569 h, shown by
      // its 0.01 h bin's lower edge: 7.25 (with the cancelled 100 h RO it would be 30).
      { key: 'DLR-1 2024-03', status: 'value', value: '7.25', numerator: '7.25', denominator: null },
      // One value: rank ⌈0.9⌉ = 1 → 2.5.
      { key: 'DLR-1 2024-04', status: 'value', value: '2.5', numerator: '2.5', denominator: null },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: null, denominator: null },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no values to take a percentile of');
  });

  it('merges partial histograms exactly', () => {
    const options = {
      kpis: [dwellTimeP90],
      groupBy: ['dealer' as const, 'month' as const],
      timeZone: SHANGHAI,
    };
    const whole = computeKpisSync({ repairOrders }, options);
    const [odd, even] = [createKpiAccumulator(options), createKpiAccumulator(options)];
    repairOrders.forEach((ro, index) => {
      (index % 2 === 0 ? even : odd).add('repairOrders', ro, index);
    });
    even.merge(odd);
    expect(even.result().cells).toEqual(whole.cells);
  });
});
