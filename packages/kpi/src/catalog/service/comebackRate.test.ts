import { describe, expect, it } from 'vitest';
import { detectComebacks } from '../../comeback/detectComebacks';
import { computeKpisSync } from '../../engine/computeKpis';
import { comebackRate } from './comebackRate';
import { bj, cellsOf, job, labor, repairOrder, SHANGHAI } from './testing';

const brakes = (payType: 'CP' | 'W' | 'INS' | 'I') => [
  job('J1', payType, { labor: [labor('L1', '1.0', payType, { laborAmount: '300' })] }, { system: 'brakes' }),
];
const flagged = { isComeback: true, previousRoId: 'RO-1' };

// Opened in March 2024 unless said otherwise; each closed a day after it was opened.
const repairOrders = [
  repairOrder('RO-1', {
    openedAt: bj('2024-03-01 09:00'),
    receivedAt: bj('2024-03-01 09:00'),
    deliveredAt: bj('2024-03-01 17:00'),
    closedAt: bj('2024-03-02 09:00'),
    jobs: brakes('CP'),
  }),
  repairOrder('RO-2', {
    openedAt: bj('2024-03-10 09:00'),
    closedAt: bj('2024-03-11 09:00'),
    comeback: flagged,
    jobs: [
      job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '300' })] }, { system: 'engine' }),
    ],
  }),
  repairOrder('RO-3', {
    kind: 'warranty',
    openedAt: bj('2024-03-12 09:00'),
    closedAt: bj('2024-03-13 09:00'),
    jobs: [job('J1', 'W')],
  }),
  // Opened 23:30 on 31 March Beijing: March.
  repairOrder('RO-4', {
    kind: 'insurance',
    openedAt: bj('2024-03-31 23:30'),
    closedAt: bj('2024-04-03 09:00'),
    jobs: [
      job('J1', 'INS', { labor: [labor('L1', '3.0', 'INS', { laborAmount: '1260' })] }, { system: 'body' }),
    ],
  }),
  // Internal: excluded, comeback or not.
  repairOrder('RO-5', {
    kind: 'internal',
    openedAt: bj('2024-03-14 09:00'),
    closedAt: bj('2024-03-15 09:00'),
    comeback: flagged,
    jobs: [job('J1', 'I')],
  }),
  // Not closed: excluded.
  repairOrder('RO-6', { status: 'in_repair', openedAt: bj('2024-03-16 09:00'), comeback: flagged }),
  // Cancelled: excluded.
  repairOrder('RO-7', {
    status: 'cancelled',
    openedAt: bj('2024-03-17 09:00'),
    cancelledAt: bj('2024-03-17 10:00'),
    comeback: flagged,
  }),
  // Opened 00:30 on 1 April Beijing (16:30Z on 31 March): April.
  repairOrder('RO-8', {
    openedAt: bj('2024-04-01 00:30'),
    closedAt: bj('2024-04-02 09:00'),
    comeback: flagged,
    jobs: [job('J1', 'CP', {}, { system: 'engine' })],
  }),
  // Same VIN, same system, 19 days after RO-1's delivery, not flagged: a comeback only if detected.
  repairOrder('RO-9', {
    openedAt: bj('2024-03-20 09:00'),
    closedAt: bj('2024-03-21 09:00'),
    jobs: brakes('CP'),
  }),
];

describe('ro.comeback', () => {
  it('divides flagged comebacks by closed CP, W and INS ROs per month opened', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [comebackRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.comeback')).toEqual([
      // March: RO-1, 2, 3, 4, 9 = 5 ROs; comeback RO-2 → 1 ÷ 5 = 20 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '20', numerator: '1', denominator: '5' },
      // April: RO-8, flagged → 1 ÷ 1 = 100 %.
      { key: 'DLR-1 2024-04', status: 'value', value: '100', numerator: '1', denominator: '1' },
    ]);
  });

  it('counts a detected comeback like a flagged one', () => {
    const comebacks = detectComebacks(repairOrders, { timeZone: SHANGHAI });
    expect(comebacks.rejected).toEqual([]);
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [comebackRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI, comebacks },
    );
    // March: RO-2 flagged + RO-9 detected = 2 of 5 → 40 %.
    expect(cellsOf(report, 'ro.comeback')[0]).toEqual({
      key: 'DLR-1 2024-03',
      status: 'value',
      value: '40',
      numerator: '2',
      denominator: '5',
    });
  });

  it('has no data when only internal ROs were opened', () => {
    const report = computeKpisSync(
      { repairOrders: [repairOrders[4]] },
      { kpis: [comebackRate], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.comeback')).toEqual([
      { key: 'DLR-1 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[0]?.reason?.en).toBe('no closed CP, W or INS ROs');
  });
});
