import { describe, expect, it } from 'vitest';
import { inventoryTurnover } from './inventoryTurnover';
import { cellOf, movement, report, snapshot } from './testing';

describe('parts.turnover', () => {
  const stockMovements = [
    movement('issue_ro', '-10', '50.00', '2024-03-05T10:00:00+08:00'), // cost 10 × 50.00 = 500.00
    movement('counter_sale', '-4', '25.50', '2024-03-20T15:00:00+08:00'), // 4 × 25.50 = 102.00
    movement('return_from_ro', '2', '50.00', '2024-03-06T09:00:00+08:00'), // −2 × 50.00 = −100.00
    movement('return_from_customer', '1', '25.50', '2024-03-22T11:00:00+08:00'), // −25.50
    movement('issue_ro', '-2', '10.25', '2024-03-31T23:30:00+08:00'), // still March in Shanghai: 20.50
    // Not issues: a receipt and a transfer out.
    movement('receipt', '100', '50.00', '2024-03-02T10:00:00+08:00'),
    movement('transfer_out', '-3', '50.00', '2024-03-12T10:00:00+08:00'),
    // 2024-03-31T16:30Z is 2024-04-01 00:30 in Shanghai: April, not March.
    movement('issue_ro', '-1', '999.00', '2024-03-31T16:30:00Z'),
  ];
  const inventorySnapshots = [
    snapshot('2024-03-01', '3000.00'), // opening stock of March
    snapshot('2024-03-31', '3200.00'), // month-end
    snapshot('2024-02-29', '9999.00'), // February's: not in March's mean
  ];

  it('annualises the net cost of issues over the mean snapshot value', () => {
    const result = report(inventoryTurnover, { stockMovements, inventorySnapshots });
    const march = cellOf(result, 'D1', '2024-03');
    // issuedCost = 500 + 102 − 100 − 25.50 + 20.50 = 497; snapshots 2, Σ = 3000 + 3200 = 6200; days 31
    // numerator = 497 × 365 × 2 = 362,810; denominator = 31 × 6200 = 192,200
    // value = 362,810 ÷ 192,200 = 1.8877 → 1.89 (annual cost 5,851.94 over an average stock of 3,100)
    expect(march).toMatchObject({
      status: 'value',
      numerator: '362810',
      denominator: '192200',
      value: '1.89',
    });
    expect(march.unit).toBe('turns/year');
  });

  it('averages the period start and every month-end over a quarter', () => {
    const quarter = report(
      inventoryTurnover,
      {
        stockMovements: [movement('issue_ro', '-20', '100.00', '2024-02-10T10:00:00+08:00')], // 2000
        inventorySnapshots: [
          snapshot('2024-01-01', '1000'),
          snapshot('2024-01-31', '1200'),
          snapshot('2024-02-29', '1400'),
          snapshot('2024-03-31', '1600'),
        ],
      },
      { groupBy: ['dealer', 'quarter'] },
    );
    // Q1 2024 has 31 + 29 + 31 = 91 days; 4 snapshots, Σ = 5200 (mean 1300)
    // numerator = 2000 × 365 × 4 = 2,920,000; denominator = 91 × 5200 = 473,200
    // value = 2,920,000 ÷ 473,200 = 6.1708 → 6.17
    expect(cellOf(quarter, 'D1', '2024-Q1')).toMatchObject({
      numerator: '2920000',
      denominator: '473200',
      value: '6.17',
    });
  });

  it('has no data for a month without an inventory snapshot', () => {
    const result = report(inventoryTurnover, { stockMovements, inventorySnapshots });
    // April holds only the 999.00 issue placed there by the Shanghai calendar, and no snapshot:
    // numerator 999 × 365 × 0 = 0, denominator 30 × 0 = 0.
    const april = cellOf(result, 'D1', '2024-04');
    expect(april).toMatchObject({ status: 'no_data', value: null, denominator: '0' });
    expect(april.reason?.en).toMatch(/no inventory snapshot/);
  });

  it('targets 4–6 turns a year from the manual', () => {
    expect(inventoryTurnover.target).toMatchObject({
      atLeast: '4',
      atMost: '6',
      cite: 'manual:parts.turnover',
    });
  });
});
