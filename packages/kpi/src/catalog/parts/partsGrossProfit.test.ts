import { describe, expect, it } from 'vitest';
import { partsGrossProfit } from './partsGrossProfit';
import { cellOf, movement, report } from './testing';

describe('parts.gp', () => {
  const stockMovements = [
    // Workshop: issue 2 at price 98.00, cost 62.00; one comes back from the RO.
    movement('issue_ro', '-2', '62.00', '2024-03-04T10:00:00+08:00', { unitPrice: '98.00' }),
    movement('return_from_ro', '1', '62.00', '2024-03-05T10:00:00+08:00', { unitPrice: '98.00' }),
    // An issue without a selling price: margin unknown, left out of sales and cost.
    movement('issue_ro', '-1', '30.00', '2024-03-06T10:00:00+08:00'),
    // Counter: 0.10 + 0.20 of sales must add up to exactly 0.3.
    movement('counter_sale', '-1', '0.07', '2024-03-10T10:00:00+08:00', { unitPrice: '0.10' }),
    movement('counter_sale', '-1', '0.14', '2024-03-31T23:30:00+08:00', { unitPrice: '0.20' }), // still March
    // A customer return on April 1st in Shanghai (2024-03-31T16:30Z): not March.
    movement('return_from_customer', '1', '0.14', '2024-03-31T16:30:00Z', { unitPrice: '0.20' }),
    // A receipt is not a sale, even with a price.
    movement('receipt', '10', '62.00', '2024-03-07T10:00:00+08:00', { unitPrice: '98.00' }),
    // April in the workshop: only an unpriced issue.
    movement('issue_ro', '-1', '30.00', '2024-04-10T10:00:00+08:00'),
  ];

  it('splits the margin by channel', () => {
    const result = report(partsGrossProfit, { stockMovements }, { groupBy: ['dealer', 'channel', 'month'] });
    const cell = (channel: string, month: string) =>
      result.cells.find((c) => c.group.channel === channel && c.period?.label === month);
    // Workshop: sales 2 × 98 − 98 = 98; cost 2 × 62 − 62 = 62; (98 − 62) ÷ 98 = 36.7347 % → 36.73
    expect(cell('workshop', '2024-03')).toMatchObject({ numerator: '36', denominator: '98', value: '36.73' });
    // Counter: sales 0.10 + 0.20 = 0.3 exactly; cost 0.07 + 0.14 = 0.21; 0.09 ÷ 0.3 = 30 %
    expect(cell('counter', '2024-03')).toMatchObject({ numerator: '0.09', denominator: '0.3', value: '30' });
    // April workshop: the unpriced issue adds to neither sum → no data
    expect(cell('workshop', '2024-04')).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
  });

  it('adds the channels up without a channel grouping', () => {
    const march = cellOf(report(partsGrossProfit, { stockMovements }), 'D1', '2024-03');
    // sales 98 + 0.3 = 98.3; cost 62 + 0.21 = 62.21; 36.09 ÷ 98.3 = 36.7141 % → 36.71
    expect(march).toMatchObject({ numerator: '36.09', denominator: '98.3', value: '36.71' });
  });
});
