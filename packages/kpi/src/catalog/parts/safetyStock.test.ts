import { describe, expect, it } from 'vitest';
import { safetyStock } from './safetyStock';
import { cellOf, movement, report, snapshot } from './testing';

describe('parts.safety.stock', () => {
  const stockMovements = [
    movement('issue_ro', '-30', '100.00', '2024-03-04T10:00:00+08:00'), // 3000.00
    movement('counter_sale', '-10', '200.00', '2024-03-18T10:00:00+08:00'), // 2000.00
    movement('return_from_customer', '1', '200.00', '2024-03-19T10:00:00+08:00'), // −200.00
    // Not outbound sales: a transfer out, a return to the supplier.
    movement('transfer_out', '-5', '100.00', '2024-03-20T10:00:00+08:00'),
    movement('return_to_supplier', '-2', '100.00', '2024-03-21T10:00:00+08:00'),
    // 2024-03-31T16:30Z is April 1st in Shanghai.
    movement('issue_ro', '-50', '100.00', '2024-03-31T16:30:00Z'),
  ];
  const inventorySnapshots = [
    snapshot('2024-03-01', '9000.00'),
    snapshot('2024-03-31', '6840.00'), // month-end: the one that counts
    snapshot('2024-05-31', '5000.00'), // May: a snapshot and no issue
  ];

  it('compares the month-end stock with 1.5 × the month’s net outbound value', () => {
    const result = report(safetyStock, { stockMovements, inventorySnapshots });
    // outbound = 3000 + 2000 − 200 = 4800; 1.5 × each: 4500 + 3000 − 300 = 7200
    // value = 6840 ÷ 7200 = 0.95
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({
      status: 'value',
      numerator: '6840',
      denominator: '7200',
      value: '0.95',
    });
  });

  it('takes the factor as a parameter', () => {
    const result = report(
      safetyStock,
      { stockMovements, inventorySnapshots },
      { params: { 'parts.safety.stock': { factor: 2 } } },
    );
    // 2 × 4800 = 9600; 6840 ÷ 9600 = 0.7125 → 0.71 (half-even)
    expect(cellOf(result, 'D1', '2024-03')).toMatchObject({ denominator: '9600', value: '0.71' });
  });

  it('has no data in a month without issues', () => {
    const may = cellOf(report(safetyStock, { stockMovements, inventorySnapshots }), 'D1', '2024-05');
    expect(may).toMatchObject({ status: 'no_data', value: null, numerator: '5000', denominator: '0' });
    expect(may.reason?.zh).toBe('当月无配件出库');
  });

  it('has no data in a month with issues but no stock snapshot, saying there was no level to read', () => {
    // April (Shanghai): the 50 × 100.00 issue of 1 April, 1.5 × 5000 = 7500; no snapshot dated in April.
    const april = cellOf(report(safetyStock, { stockMovements, inventorySnapshots }), 'D1', '2024-04');
    expect(april).toMatchObject({ status: 'no_data', value: null, numerator: null, denominator: '7500' });
    expect(april.reason).toEqual({
      en: 'no row to read a level from in this period',
      zh: '本期间没有可读取的记录',
    });
  });
});
