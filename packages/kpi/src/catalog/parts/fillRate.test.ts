import { describe, expect, it } from 'vitest';
import { fillRate } from './fillRate';
import { outsourcedShare } from './outsourcedShare';
import { cellOf, purchase, report, request } from './testing';

describe('parts.fill.rate', () => {
  const partRequests = [
    request('2024-02-29T16:30:00Z', true), // 2024-03-01 00:30 in Shanghai: March
    request('2024-03-10T10:00:00+08:00', true),
    request('2024-03-15T10:00:00+08:00', true),
    request('2024-03-20T10:00:00+08:00', false, { ordered: true }),
    request('2024-03-31T23:30:00+08:00', false), // still March
    request('2024-03-31T16:30:00Z', false), // April 1st in Shanghai
  ];

  it('counts request lines filled from stock', () => {
    const result = report(fillRate, { partRequests });
    // March: 3 filled of 5 lines = 60 %; April: 0 of 1 = 0 %
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({ numerator: '3', denominator: '5', value: '60' });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '0', denominator: '1', value: '0' });
  });

  it('has no data for a dealer and month without requests', () => {
    // D2's March exists only through a purchase line (another KPI of the same report).
    const result = report(
      fillRate,
      {
        partRequests,
        purchaseLines: [purchase('100', { dealerId: 'D2', receivedAt: '2024-03-05T10:00:00+08:00' })],
      },
      { kpis: [fillRate, outsourcedShare] },
    );
    const d2 = result.cells.find((cell) => cell.kpi === 'parts.fill.rate' && cell.group.dealer === 'D2');
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(d2?.reason?.en).toBe('no part requests');
  });
});
