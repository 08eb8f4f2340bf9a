import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { appointmentShowRate } from './appointmentShowRate';
import { appointment, bj, cellsOf, SHANGHAI } from './testing';

const appointments = [
  appointment('A1', bj('2024-03-05 09:00'), 'arrived', { arrivedAt: bj('2024-03-05 08:55') }),
  appointment('A2', bj('2024-03-06 09:00'), 'arrived', { arrivedAt: bj('2024-03-06 09:20') }),
  appointment('A3', bj('2024-03-07 09:00'), 'no_show'),
  // Cancelled: not due.
  appointment('A4', bj('2024-03-08 09:00'), 'cancelled', { cancelledAt: bj('2024-03-01 10:00') }),
  // Still booked after its time: due, not arrived.
  appointment('A5', bj('2024-03-09 09:00'), 'booked'),
  // Status never updated, but the arrival was recorded: arrived.
  appointment('A6', bj('2024-03-10 09:00'), 'booked', { arrivedAt: bj('2024-03-10 09:05') }),
  // 23:30 on 31 March Beijing: March.
  appointment('A7', bj('2024-03-31 23:30'), 'arrived', { arrivedAt: bj('2024-03-31 23:20') }),
  // 00:30 on 1 April Beijing (16:30Z on 31 March): April.
  appointment('A8', bj('2024-04-01 00:30'), 'no_show'),
  // DLR-2's only appointment was cancelled.
  appointment('A9', bj('2024-03-05 09:00'), 'cancelled', { dealerId: 'DLR-2' }),
];

describe('appt.show', () => {
  it('divides appointments arrived by appointments due, cancelled ones left out', () => {
    const report = computeKpisSync(
      { appointments },
      { kpis: [appointmentShowRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(report.inputs.appointments).toEqual({ read: 9, accepted: 9, rejected: 0 });
    expect(cellsOf(report, 'appt.show')).toEqual([
      // Due A1, 2, 3, 5, 6, 7; arrived A1, 2, 6, 7: 4 ÷ 6 = 66.666… → 66.67 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '66.67', numerator: '4', denominator: '6' },
      { key: 'DLR-1 2024-04', status: 'value', value: '0', numerator: '0', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no appointments due');
  });
});
