import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { comebackRate } from './comebackRate';
import { firstTimeFixRate } from './firstTimeFixRate';
import { bj, cellsOf, job, repairOrder, SHANGHAI } from './testing';

const flagged = { isComeback: true, previousRoId: 'RO-0' };
const closed = (id: string, opened: string, more = {}) =>
  repairOrder(id, {
    openedAt: bj(opened),
    closedAt: bj('2024-04-05 10:00'),
    jobs: [job('J1', 'CP')],
    ...more,
  });

const repairOrders = [
  closed('RO-1', '2024-03-05 09:00'),
  closed('RO-2', '2024-03-06 09:00', { comeback: flagged }),
  // Opened 23:30 on 31 March Beijing: March.
  closed('RO-3', '2024-03-31 23:30', { kind: 'warranty', jobs: [job('J1', 'W')] }),
  // Internal: excluded.
  closed('RO-4', '2024-03-07 09:00', { kind: 'internal', jobs: [job('J1', 'I')], comeback: flagged }),
  // Not closed: excluded.
  repairOrder('RO-5', { status: 'in_repair', openedAt: bj('2024-03-08 09:00'), comeback: flagged }),
  // Cancelled: excluded.
  closed('RO-6', '2024-03-09 09:00', { status: 'cancelled', cancelledAt: bj('2024-03-09 10:00') }),
  // Opened 00:30 on 1 April Beijing (16:30Z on 31 March): April.
  closed('RO-7', '2024-04-01 00:30', { comeback: flagged }),
  // DLR-2 opened only internal ROs.
  closed('RO-8', '2024-03-05 09:00', { dealerId: 'DLR-2', kind: 'internal', jobs: [job('J1', 'I')] }),
];

describe('ro.frft', () => {
  it('is 100 − the comeback rate, on the same closed CP, W and INS ROs', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [comebackRate, firstTimeFixRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.frft')).toEqual([
      // RO-1, 2, 3; comeback RO-2: (3 − 1) ÷ 3 = 66.666… → 66.67 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '66.67', numerator: '2', denominator: '3' },
      // RO-7, a comeback: (1 − 1) ÷ 1 = 0 %.
      { key: 'DLR-1 2024-04', status: 'value', value: '0', numerator: '0', denominator: '1' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    // ro.comeback on March: 1 ÷ 3 = 33.33 %; 33.33 + 66.67 = 100.
    expect(cellsOf(report, 'ro.comeback')[0]?.value).toBe('33.33');
    expect(report.cells.find((cell) => cell.kpi === 'ro.frft' && cell.status === 'no_data')?.reason?.en).toBe(
      'no closed CP, W or INS ROs',
    );
  });
});
