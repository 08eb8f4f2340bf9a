import { describe, expect, it } from 'vitest';
import { lostSales } from './lostSales';
import { outsourcedShare } from './outsourcedShare';
import { cellOf, purchase, report, request } from './testing';

describe('parts.lost.sales', () => {
  const partRequests = [
    request('2024-03-01T09:00:00+08:00', true),
    request('2024-03-02T09:00:00+08:00', true),
    request('2024-03-03T09:00:00+08:00', false, { ordered: true }), // back-ordered: not lost
    request('2024-03-04T09:00:00+08:00', false, { ordered: false }), // lost
    request('2024-03-31T23:30:00+08:00', false), // lost (ordered defaults to false), still March
    request('2024-03-31T16:30:00Z', false), // lost, but April 1st in Shanghai
  ];

  it('counts request lines neither filled nor ordered', () => {
    const result = report(lostSales, { partRequests });
    // March: 2 lost of 5 lines = 40 %; April: 1 of 1 = 100 %
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({ numerator: '2', denominator: '5', value: '40' });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '1', denominator: '1', value: '100' });
  });

  it('has no data without requests', () => {
    const result = report(
      lostSales,
      {
        partRequests,
        purchaseLines: [purchase('100', { dealerId: 'D2', receivedAt: '2024-03-05T10:00:00+08:00' })],
      },
      { kpis: [lostSales, outsourcedShare] },
    );
    const d2 = result.cells.find((cell) => cell.kpi === 'parts.lost.sales' && cell.group.dealer === 'D2');
    expect(d2).toMatchObject({ status: 'no_data', value: null, numerator: '0', denominator: '0' });
  });
});
