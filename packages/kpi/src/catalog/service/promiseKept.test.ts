import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { promiseKept } from './promiseKept';
import { bj, cellsOf, repairOrder, SHANGHAI } from './testing';

const delivery = (id: string, promised: string | undefined, delivered: string, more = {}) =>
  repairOrder(id, {
    ...(promised === undefined ? {} : { promisedAt: bj(promised) }),
    deliveredAt: bj(delivered),
    ...more,
  });

const repairOrders = [
  delivery('RO-1', '2024-03-05 17:00', '2024-03-05 16:59'),
  // Exactly on time counts as kept.
  delivery('RO-2', '2024-03-05 17:00', '2024-03-05 17:00'),
  // A minute late.
  delivery('RO-3', '2024-03-05 17:00', '2024-03-05 17:01'),
  delivery('RO-4', '2024-03-07 17:00', '2024-03-07 11:00'),
  // No promised time: not counted.
  delivery('RO-5', undefined, '2024-03-06 17:00'),
  // Cancelled: never counts.
  delivery('RO-6', '2024-03-06 17:00', '2024-03-06 16:00', {
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
  }),
  // Delivered 23:30 on 31 March Beijing, promised 23:00: March, late.
  delivery('RO-7', '2024-03-31 23:00', '2024-03-31 23:30'),
  // Delivered 00:30 on 1 April Beijing (16:30Z on 31 March): April, kept.
  delivery('RO-8', '2024-04-01 09:00', '2024-04-01 00:30'),
  // DLR-2 promised nothing.
  delivery('RO-9', undefined, '2024-03-06 17:00', { dealerId: 'DLR-2' }),
];

describe('ro.promise.kept', () => {
  it('divides ROs delivered by the promised time by ROs with a promised time', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [promiseKept], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.promise.kept')).toEqual([
      // RO-1, 2, 4 kept of RO-1, 2, 3, 4, 7: 3 ÷ 5 = 60 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '60', numerator: '3', denominator: '5' },
      { key: 'DLR-1 2024-04', status: 'value', value: '100', numerator: '1', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no delivered ROs with a promised time');
  });
});
