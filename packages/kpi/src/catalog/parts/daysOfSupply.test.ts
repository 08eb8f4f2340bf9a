import { describe, expect, it } from 'vitest';
import { daysOfSupply } from './daysOfSupply';
import { cellOf, movement, report, snapshot } from './testing';

describe('parts.days.supply', () => {
  const stockMovements = [
    // 2024-02-29T16:30Z is 2024-03-01 00:30 in Shanghai: March. 40 × 50.00 = 2000.00
    movement('issue_ro', '-40', '50.00', '2024-02-29T16:30:00Z'),
    movement('return_from_ro', '2', '50.00', '2024-03-10T10:00:00+08:00'), // −100.00
    movement('counter_sale', '-4', '25.00', '2024-03-31T23:30:00+08:00'), // 100.00, still March
    movement('receipt', '100', '50.00', '2024-03-05T10:00:00+08:00'), // not an issue
    movement('issue_ro', '-6', '50.00', '2024-03-31T16:30:00Z'), // April 1st in Shanghai: 300.00
  ];
  const inventorySnapshots = [
    snapshot('2024-03-01', '3000.00'),
    snapshot('2024-03-15', '2800.00'),
    snapshot('2024-03-31', '3100.00'), // the latest in March: the period-end stock
    snapshot('2024-04-01', '5000.00'),
    snapshot('2024-03-31', '1000.00', 'D2'), // D2 issued nothing
  ];
  const result = report(daysOfSupply, { stockMovements, inventorySnapshots });

  it('divides the period-end stock by the average daily cost of issues', () => {
    // inventory = 3100 (2024-03-31); issuedCost = 2000 − 100 + 100 = 2000; days = 31
    // numerator = 3100 × 31 = 96,100; value = 96,100 ÷ 2000 = 48.05 days (2000 ÷ 31 = 64.52 a day)
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '96100',
      denominator: '2000',
      value: '48.05',
      unit: 'days',
    });
    // April: inventory 5000 (2024-04-01), issuedCost 6 × 50 = 300, days 30 → 5000 × 30 ÷ 300 = 500
    expect(cellOf(result, 'D1', '2024-04')).toMatchObject({
      numerator: '150000',
      denominator: '300',
      value: '500',
    });
  });

  it('has no data when nothing was issued', () => {
    const d2 = cellOf(result, 'D2', '2024-03');
    expect(d2).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(d2.reason?.en).toBe('no parts issued in the period');
  });
});
