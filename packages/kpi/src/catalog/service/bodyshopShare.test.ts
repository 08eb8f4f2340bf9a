import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { bodyshopShare } from './bodyshopShare';
import { bj, cellsOf, job, labor, part, repairOrder, SHANGHAI } from './testing';

const repairOrders = [
  // Insurance collision work on the body: labor 1000 + parts 2000 + sublet 500 = 3500, all body & paint.
  repairOrder('RO-1', {
    kind: 'insurance',
    closedAt: bj('2024-03-10 10:00'),
    jobs: [
      job(
        'J1',
        'INS',
        { labor: [labor('L1', '2.5', 'INS', { laborAmount: '1000' })], parts: [part('P1', '2000', 'INS')] },
        {
          system: 'body',
          subletLines: [{ id: 'S1', description: '外包喷漆', amount: '500', payType: 'INS' }],
        },
      ),
    ],
  }),
  // Brakes: labor 380 + parts 619 = 999, none of it body & paint.
  repairOrder('RO-2', {
    closedAt: bj('2024-03-12 10:00'),
    jobs: [
      job(
        'J1',
        'CP',
        { labor: [labor('L1', '1.0', 'CP', { laborAmount: '380' })], parts: [part('P1', '619', 'CP')] },
        { system: 'brakes' },
      ),
    ],
  }),
  // Closed 23:30 on 31 March Beijing: a body-shop job, 300 + 200 = 500; the declined paint job is not sold.
  repairOrder('RO-3', {
    kind: 'bodyshop',
    closedAt: bj('2024-03-31 23:30'),
    jobs: [
      job('J1', 'CP', {
        labor: [labor('L1', '1.0', 'CP', { laborAmount: '300' })],
        parts: [part('P1', '200', 'CP')],
      }),
      job('J2', 'CP', { parts: [part('P1', '800', 'CP')] }, { system: 'paint', authorization: 'declined' }),
    ],
  }),
  // Cancelled: never counts.
  repairOrder('RO-4', {
    kind: 'bodyshop',
    status: 'cancelled',
    cancelledAt: bj('2024-03-05 10:00'),
    closedAt: bj('2024-03-05 10:05'),
    jobs: [job('J1', 'CP', { parts: [part('P1', '5000', 'CP')] })],
  }),
  // Closed 00:30 on 1 April Beijing (16:30Z on 31 March): April, no body & paint.
  repairOrder('RO-5', {
    closedAt: bj('2024-04-01 00:30'),
    jobs: [
      job('J1', 'CP', { labor: [labor('L1', '1.0', 'CP', { laborAmount: '400' })] }, { system: 'brakes' }),
    ],
  }),
  // DLR-2: a closed RO with nothing sold.
  repairOrder('RO-6', { dealerId: 'DLR-2', closedAt: bj('2024-03-10 10:00') }),
];

describe('ro.bodyshop.share', () => {
  it('divides body & paint sales by all RO sales', () => {
    const report = computeKpisSync(
      { repairOrders },
      { kpis: [bodyshopShare], groupBy: ['dealer', 'month'], timeZone: SHANGHAI },
    );
    expect(cellsOf(report, 'ro.bodyshop.share')).toEqual([
      // (3500 + 500) ÷ (3500 + 999 + 500) = 4000 ÷ 4999 = 0.800160… → 80.02 %.
      { key: 'DLR-1 2024-03', status: 'value', value: '80.02', numerator: '4000', denominator: '4999' },
      { key: 'DLR-1 2024-04', status: 'value', value: '0', numerator: '0', denominator: '400' },
      { key: 'DLR-2 2024-03', status: 'no_data', value: null, numerator: '0', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no after-sales revenue');
  });
});
