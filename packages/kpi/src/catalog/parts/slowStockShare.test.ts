import { describe, expect, it } from 'vitest';
import { slowStockShare } from './slowStockShare';
import { cellOf, position, report } from './testing';

describe('parts.slow.share', () => {
  // One snapshot of positions, as of 2024-03-31: 6 months back is 2023-09-30.
  const asOf = '2024-03-31';
  const stockPositions = [
    position(asOf, '10', '12.50', { lastIssuedOn: '2023-09-30' }), // 125.00: exactly 6 months → slow
    position(asOf, '4', '25.00', { lastIssuedOn: '2023-10-01' }), // 100.00: 5 months → moving
    position(asOf, '2', '150.00', { firstReceivedOn: '2023-06-15' }), // 300.00: never issued, received 9 months ago → slow
    position(asOf, '1', '80.00', { firstReceivedOn: '2024-02-01' }), // 80.00: never issued but new → not slow
    position(asOf, '3', '20.00'), // 60.00: no date at all → slow
    position(asOf, '5', '40.00', { lastIssuedOn: '2024-03-20', firstReceivedOn: '2020-01-01' }), // 200.00: moving
    position(asOf, '-2', '50.00'), // negative book stock: left out (it would take 100 off both sums)
    position('2024-04-30', '7', '10.00'), // April's snapshot: not March
    position(asOf, '0', '10.00', { dealerId: 'D2' }), // D2 holds nothing
  ];

  it('weighs parts with no issue for 6 months by their value at cost', () => {
    const march = cellOf(report(slowStockShare, { stockPositions }), 'D1', '2024-03');
    // slow = 125 + 300 + 60 = 485; stock = 125 + 100 + 300 + 80 + 60 + 200 = 865
    // value = 485 ÷ 865 × 100 = 56.0694 → 56.07
    expect(march).toMatchObject({ status: 'value', numerator: '485', denominator: '865', value: '56.07' });
  });

  it('counts whole calendar months, month-ends clamped', () => {
    const feb = '2024-02-29';
    const result = report(slowStockShare, {
      stockPositions: [
        // 2023-08-31 → 2024-02-29: the 31st is not reached in February, so 5 whole months: moving
        position(feb, '1', '10.00', { lastIssuedOn: '2023-08-31' }),
        // 2023-08-29 → 2024-02-29: 6 whole months: slow
        position(feb, '1', '30.00', { lastIssuedOn: '2023-08-29' }),
      ],
    });
    // slow 30 of 40 = 75 %
    expect(cellOf(result, 'D1', '2024-02')).toMatchObject({
      numerator: '30',
      denominator: '40',
      value: '75',
    });
  });

  it('takes the threshold in months as a parameter', () => {
    const result = report(
      slowStockShare,
      { stockPositions },
      { params: { 'parts.slow.share': { months: 12 } } },
    );
    // 12 months back is 2023-03-31: only the undated position (60) is slow; 60 ÷ 865 = 6.9364 % → 6.94
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      numerator: '60',
      denominator: '865',
      value: '6.94',
    });
  });

  it('has no data when nothing is in stock', () => {
    const d2 = cellOf(report(slowStockShare, { stockPositions }), 'D2', '2024-03');
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(d2.reason?.en).toBe('no stock on hand');
  });
});
