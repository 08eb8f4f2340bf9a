import { describe, expect, it } from 'vitest';
import { stocktakeVariance } from './stocktakeVariance';
import { cellOf, countLine, report } from './testing';

describe('parts.stocktake.variance', () => {
  const at = '2024-03-31T17:00:00+08:00';
  const stockCounts = [
    countLine('187.5', '186', '62.00', at), // loss 1.5 × 62 = 93.00; book 187.5 × 62 = 11,625.00
    countLine('10', '12', '15.00', at), // gain 2 × 15 = 30.00; book 150.00
    countLine('40', '40', '5.00', at), // no difference; book 200.00
    countLine('100', '0', '1.00', '2024-03-31T16:30:00Z'), // April 1st in Shanghai: not March
    countLine('0', '3', '9.00', at, 'D2'), // D2: found stock that was not on the books
  ];
  const result = report(stocktakeVariance, { stockCounts });

  it('adds gains and losses at cost over the book value', () => {
    // |−93| + |30| = 123; book = 11,625 + 150 + 200 = 11,975; 123 ÷ 11,975 = 1.0271 % → 1.03
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '123',
      denominator: '11975',
      value: '1.03',
    });
    // April: 100 lost of 100 on the books = 100 %
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({
      numerator: '100',
      denominator: '100',
      value: '100',
    });
  });

  it('has no data when nothing was on the books', () => {
    // D2: |3 − 0| × 9 = 27 over a book value of 0
    expect(cellOf(result, 'D2', '2024-03')).toMatchObject({
      status: 'no_data',
      numerator: '27',
      denominator: '0',
    });
  });

  it('targets at most 0.3 % from the manual', () => {
    expect(stocktakeVariance.target).toMatchObject({ atMost: '0.3', cite: 'manual:parts.stocktake' });
  });
});
