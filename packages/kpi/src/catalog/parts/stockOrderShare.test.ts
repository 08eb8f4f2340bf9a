import { describe, expect, it } from 'vitest';
import { outsourcedShare } from './outsourcedShare';
import { stockOrderShare } from './stockOrderShare';
import { cellOf, purchase, report } from './testing';

describe('parts.stock.order.share', () => {
  const purchaseLines = [
    purchase('800.00', { orderType: 'stock', orderedAt: '2024-03-02T10:00:00+08:00' }),
    purchase('150.25', { orderType: 'stock', orderedAt: '2024-03-31T23:30:00+08:00' }), // still March
    purchase('199.75', { orderType: 'emergency', orderedAt: '2024-03-12T10:00:00+08:00' }),
    purchase('400.00', { orderType: 'emergency', orderedAt: '2024-03-31T16:30:00Z' }), // April 1st in Shanghai
    purchase('999.00', { orderType: 'emergency', receivedAt: '2024-03-15T10:00:00+08:00' }), // no order date
  ];

  it('takes the value share of stock orders', () => {
    const result = report(stockOrderShare, { purchaseLines });
    // March: (800 + 150.25) ÷ (800 + 150.25 + 199.75) = 950.25 ÷ 1150 = 82.6304 % → 82.63
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '950.25',
      denominator: '1150',
      value: '82.63',
    });
    // April: only the emergency order → 0 %
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '0', denominator: '400', value: '0' });
  });

  it('has no data without purchases ordered', () => {
    const result = report(
      stockOrderShare,
      { purchaseLines: [purchase('80.00', { dealerId: 'D2', receivedAt: '2024-03-08T10:00:00+08:00' })] },
      { kpis: [stockOrderShare, outsourcedShare] },
    );
    const d2 = result.cells.find(
      (cell) => cell.kpi === 'parts.stock.order.share' && cell.group.dealer === 'D2',
    );
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
  });
});
