import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { repairOrderCount } from './repairOrderCount';
import { bj, cellsOf, job, labor, part, repairOrder, SHANGHAI } from './testing';

// Closed ROs of DLR-1 and DLR-2, grouped by dealer × main payer × month (Asia/Shanghai).
const repairOrders = [
  repairOrder('RO-1', {
    closedAt: bj('2024-03-10 10:00'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })] })],
  }),
  // Closed 23:30 on 31 March in Beijing (15:30Z): March.
  repairOrder('RO-2', {
    kind: 'warranty',
    closedAt: bj('2024-03-31 23:30'),
    jobs: [job('J1', 'W', { labor: [labor('L1', '1.0', 'W', { laborAmount: '300' })] })],
  }),
  // Closed 00:30 on 1 April in Beijing (16:30Z on 31 March): April.
  repairOrder('RO-3', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })] })],
  }),
  // Main payer W: W parts 300 > CP labor 100.
  repairOrder('RO-4', {
    closedAt: bj('2024-03-12 10:00'),
    jobs: [
      job('J1', 'CP', { labor: [labor('L1', '0.5', 'CP', { laborAmount: '100' })] }),
      job('J2', 'W', { parts: [part('P1', '300', 'W')] }),
    ],
  }),
  // Cancelled (an internal RO, payer I) with a closing time: never counts.
  repairOrder('RO-5', {
    kind: 'internal',
    status: 'cancelled',
    cancelledAt: bj('2024-03-06 09:00'),
    closedAt: bj('2024-03-06 09:05'),
  }),
  // Voided after closing: never counts.
  repairOrder('RO-6', { voidedAt: bj('2024-03-08 09:00'), closedAt: bj('2024-03-07 09:00') }),
  // Not closed yet.
  repairOrder('RO-7', { status: 'in_repair' }),
  repairOrder('RO-8', { dealerId: 'DLR-2', closedAt: bj('2024-03-15 10:00') }),
];

describe('ro.count', () => {
  it('counts closed ROs per dealer, main payer and month on the dealer calendar', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [repairOrderCount], groupBy: ['dealer', 'payType', 'month'], timeZone: SHANGHAI },
    );
    expect(report.inputs.repairOrders).toEqual({ read: 8, accepted: 8, rejected: 0 });
    expect(cellsOf(report, 'ro.count')).toEqual([
      // RO-1 (RO-6 is voided, RO-7 not closed).
      { key: 'DLR-1 CP 2024-03', status: 'value', value: '1', numerator: '1', denominator: null },
      // RO-3, closed 00:30 on 1 April Beijing.
      { key: 'DLR-1 CP 2024-04', status: 'value', value: '1', numerator: '1', denominator: null },
      // Only the cancelled RO-5 landed here: 0 closed ROs.
      { key: 'DLR-1 I 2024-03', status: 'value', value: '0', numerator: '0', denominator: null },
      // RO-2 (23:30 on 31 March) and RO-4 (W is the larger payer).
      { key: 'DLR-1 W 2024-03', status: 'value', value: '2', numerator: '2', denominator: null },
      { key: 'DLR-2 CP 2024-03', status: 'value', value: '1', numerator: '1', denominator: null },
    ]);
  });

  it('places an RO by the report time zone: RO-3 is March on UTC clocks', () => {
    const report = computeKpisSync(
      { repairOrders: repairOrders.slice(0, 4) },
      { kpis: [repairOrderCount], groupBy: ['dealer', 'month'], timeZone: 'UTC' },
    );
    // RO-1, RO-2, RO-3 (2024-03-31T16:30Z), RO-4 = 4.
    expect(cellsOf(report, 'ro.count').map((cell) => [cell.key, cell.value])).toEqual([
      ['DLR-1 2024-03', '4'],
    ]);
  });
});
