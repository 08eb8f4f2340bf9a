import { describe, expect, it } from 'vitest';
import { stocktakeVarianceNet } from './stocktakeVarianceNet';
import { cellOf, countLine, report } from './testing';

describe('parts.stocktake.variance.net', () => {
  const at = '2024-03-31T17:00:00+08:00';
  const stockCounts = [
    countLine('187.5', '186', '62.00', at), // loss −1.5 × 62 = −93.00; book 11,625.00
    countLine('10', '12', '15.00', at), // gain +2 × 15 = 30.00; book 150.00
    countLine('40', '40', '5.00', at), // 0; book 200.00
    countLine('100', '0', '1.00', '2024-03-31T16:30:00Z'), // April 1st in Shanghai: not March
    countLine('0', '3', '9.00', at, 'D2'),
  ];
  const result = report(stocktakeVarianceNet, { stockCounts });

  it('nets gains against losses, keeping the sign', () => {
    // 30 − 93 = −63; −63 ÷ 11,975 = −0.5261 % → −0.53 (a net loss)
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '-63',
      denominator: '11975',
      value: '-0.53',
    });
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({ numerator: '-100', value: '-100' });
  });

  it('has no data when nothing was on the books', () => {
    expect(cellOf(result, 'D2', '2024-03')).toMatchObject({
      status: 'no_data',
      numerator: '27',
      denominator: '0',
    });
  });

  it('targets a net variance within ±0.3 %', () => {
    expect(stocktakeVarianceNet.target).toMatchObject({ atLeast: '-0.3', atMost: '0.3' });
  });
});
