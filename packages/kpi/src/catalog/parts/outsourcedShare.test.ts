import { describe, expect, it } from 'vitest';
import { outsourcedShare } from './outsourcedShare';
import { stockOrderShare } from './stockOrderShare';
import { cellOf, purchase, report } from './testing';

describe('parts.outsourced.share', () => {
  const purchaseLines = [
    purchase('1000.00', { channel: 'oem', receivedAt: '2024-03-05T10:00:00+08:00' }),
    purchase('250.50', { channel: 'outsourced', receivedAt: '2024-03-10T10:00:00+08:00' }),
    purchase('49.50', { channel: 'local_supplier', receivedAt: '2024-03-31T23:30:00+08:00' }), // not OEM; still March
    purchase('500.00', { channel: 'outsourced', orderedAt: '2024-03-12T10:00:00+08:00' }), // not received yet
    purchase('300.00', { channel: 'outsourced', receivedAt: '2024-03-31T16:30:00Z' }), // April 1st in Shanghai
    // Exact decimals: 0.10 + 0.20 outsourced must be exactly 0.3.
    purchase('0.10', { channel: 'outsourced', receivedAt: '2024-03-01T10:00:00+08:00', dealerId: 'D3' }),
    purchase('0.20', { channel: 'outsourced', receivedAt: '2024-03-02T10:00:00+08:00', dealerId: 'D3' }),
    purchase('0.70', { channel: 'oem', receivedAt: '2024-03-03T10:00:00+08:00', dealerId: 'D3' }),
  ];

  it('takes the value share of purchases outside the OEM channel', () => {
    const result = report(outsourcedShare, { purchaseLines });
    // March: (250.50 + 49.50) ÷ (1000 + 250.50 + 49.50) = 300 ÷ 1300 = 23.0769 % → 23.08
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      numerator: '300',
      denominator: '1300',
      value: '23.08',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({
      numerator: '300',
      denominator: '300',
      value: '100',
    });
    // D3: 0.10 + 0.20 = 0.3 of 0.3 + 0.70 = 1 → 30 %
    expect(cellOf(result, 'D3', '2024-03')).toMatchObject({
      numerator: '0.3',
      denominator: '1',
      value: '30',
    });
  });

  it('has no data without purchases received', () => {
    // D2 only ordered (a stock-order share row makes its March): nothing received.
    const result = report(
      outsourcedShare,
      { purchaseLines: [purchase('80.00', { dealerId: 'D2', orderedAt: '2024-03-08T10:00:00+08:00' })] },
      { kpis: [outsourcedShare, stockOrderShare] },
    );
    const d2 = result.cells.find(
      (cell) => cell.kpi === 'parts.outsourced.share' && cell.group.dealer === 'D2',
    );
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(d2?.reason?.en).toBe('no purchases received');
  });
});
