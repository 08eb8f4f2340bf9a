import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { dwellTime } from './dwellTime';
import { bj, cellsOf, repairOrder, SHANGHAI } from './testing';

const stay = (id: string, received: string | undefined, delivered: string, more = {}) =>
  repairOrder(id, {
    openedAt: bj(received ?? '2024-03-01 08:00'),
    ...(received === undefined ? {} : { receivedAt: bj(received) }),
    deliveredAt: bj(delivered),
    ...more,
  });

const repairOrders = [
  // 5.5 h.
  stay('RO-1', '2024-03-05 09:00', '2024-03-05 14:30'),
  // 24 h.
  stay('RO-2', '2024-03-05 09:00', '2024-03-06 09:00'),
  // 2 h 20 min = 2.3333 h (to 0.0001 h).
  stay('RO-3', '2024-03-10 08:00', '2024-03-10 10:20'),
  // Delivered 23:30 on 31 March Beijing: March, 3.5 h.
  stay('RO-4', '2024-03-31 20:00', '2024-03-31 23:30'),
  // Delivered 00:30 on 1 April Beijing (16:30Z on 31 March): April, 2.5 h.
  stay('RO-5', '2024-03-31 22:00', '2024-04-01 00:30'),
  // Cancelled: never counts.
  stay('RO-6', '2024-03-05 09:00', '2024-03-09 09:00', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
  }),
  // No reception time: no dwell.
  stay('RO-7', undefined, '2024-03-07 09:00'),
  // DLR-2's only delivery has no reception time.
  stay('RO-8', undefined, '2024-03-07 09:00', { dealerId: 'DLR-2' }),
];

describe('ro.dwell', () => {
  it('averages the hours from reception to delivery per month delivered', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [dwellTime], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.dwell')).toEqual([
      // (5.5 + 24 + 2.3333 + 3.5) ÷ 4 = 35.3333 ÷ 4 = 8.833325 → 8.83 h.
      { key: 'DLR-1 2024-03', status: 'value', value: '8.83', numerator: '35.3333', denominator: '4' },
      { key: 'DLR-1 2024-04', status: 'value', value: '2.5', numerator: '2.5', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no ROs received and delivered');
  });

  it('is named by the catalog row (在厂时长), qualified as the mean beside the p90', () => {
    expect(dwellTime.name).toEqual({ en: 'Mean time in the workshop', zh: '在厂时长（平均）' });
  });
});
