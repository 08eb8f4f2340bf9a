import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { appointmentRate } from './appointmentRate';
import { bj, cellsOf, repairOrder, SHANGHAI } from './testing';

const opened = (id: string, at: string, appointmentId?: string, more = {}) =>
  repairOrder(id, { openedAt: bj(at), ...(appointmentId === undefined ? {} : { appointmentId }), ...more });

const repairOrders = [
  opened('RO-1', '2024-03-05 09:00', 'APT-1'),
  opened('RO-2', '2024-03-06 09:00', 'APT-2'),
  opened('RO-3', '2024-03-06 10:00'),
  opened('RO-4', '2024-03-07 10:00'),
  opened('RO-5', '2024-03-08 10:00'),
  // Opened 23:30 on 31 March Beijing: March.
  opened('RO-6', '2024-03-31 23:30', 'APT-6'),
  opened('RO-7', '2024-03-20 10:00'),
  // Cancelled: never counts, appointment or not.
  opened('RO-8', '2024-03-09 10:00', 'APT-8', { status: 'cancelled', cancelledAt: bj('2024-03-09 10:30') }),
  // Opened 00:30 on 1 April Beijing (16:30Z on 31 March): April, a walk-in.
  opened('RO-9', '2024-04-01 00:30'),
  // DLR-2's only RO was cancelled.
  opened('RO-10', '2024-03-09 10:00', 'APT-10', {
    dealerId: 'DLR-2',
    status: 'cancelled',
    cancelledAt: bj('2024-03-09 10:30'),
  }),
];

describe('appt.rate', () => {
  it('divides ROs from an appointment by ROs opened', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [appointmentRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'appt.rate')).toEqual([
      // RO-1, 2, 6 of RO-1 … 7: 3 ÷ 7 = 42.857… → 42.86 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '42.86', numerator: '3', denominator: '7' },
      { key: 'DLR-1 2024-04', status: 'value', value: '0', numerator: '0', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no ROs opened');
  });
});
