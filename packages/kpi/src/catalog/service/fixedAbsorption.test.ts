import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { fixedAbsorption } from './fixedAbsorption';
import { cellsOf, SHANGHAI } from './testing';

const ledger = (dealerId: string, month: string, figures: Record<string, string>) => ({
  id: `${dealerId}-${month}`,
  dealerId,
  month,
  currency: 'CNY',
  ...figures,
});

const ledgerMonths = [
  ledger('DLR-1', '2024-01-01', { fixedOpsGrossProfit: '300000', overhead: '400000' }),
  ledger('DLR-1', '2024-02-01', { fixedOpsGrossProfit: '350000', overhead: '380000' }),
  ledger('DLR-1', '2024-03-01', { fixedOpsGrossProfit: '420000', overhead: '400000' }),
  // A training-budget row: no gross profit or overhead.
  { ...ledger('DLR-1', '2024-03-01', { trainingSpend: '20000' }), id: 'DLR-1-2024-03-training' },
  // Gross profit without overhead: left out (it would inflate the rate).
  { ...ledger('DLR-1', '2024-03-01', { fixedOpsGrossProfit: '90000' }), id: 'DLR-1-2024-03-adjustment' },
  ledger('DLR-1', '2024-04-01', { fixedOpsGrossProfit: '500000', overhead: '450000' }),
  // DLR-2 booked no overhead.
  ledger('DLR-2', '2024-01-01', { fixedOpsGrossProfit: '1000', overhead: '0' }),
];

describe('fixed.absorption', () => {
  it('divides fixed-ops gross profit by overhead per quarter', () => {
    const report = computeKpisSync(
      { ledgerMonths },
      { kpis: [fixedAbsorption], groupBy: ['dealer', 'quarter'], timeZone: SHANGHAI },
    );
    expect(report.inputs.ledgerMonths).toEqual({ read: 7, accepted: 7, rejected: 0 });
    expect(cellsOf(report, 'fixed.absorption')).toEqual([
      // (300000 + 350000 + 420000) ÷ (400000 + 380000 + 400000) = 1070000 ÷ 1180000 = 0.906779… → 90.68 %.
      { key: 'DLR-1 2024-Q1', status: 'value', value: '90.68', numerator: '1070000', denominator: '1180000' },
      // 500000 ÷ 450000 = 1.1111… → 111.11 %.
      { key: 'DLR-1 2024-Q2', status: 'value', value: '111.11', numerator: '500000', denominator: '450000' },
      { key: 'DLR-2 2024-Q1', status: 'no_data', value: null, numerator: '1000', denominator: '0' },
    ]);
    expect(report.cells[2]?.reason?.en).toBe('no overhead in the ledger');
  });

  it('keeps to the report period', () => {
    const report = computeKpisSync(
      { ledgerMonths },
      {
        kpis: [fixedAbsorption],
        groupBy: ['dealer'],
        timeZone: SHANGHAI,
        period: { from: '2024-02-01', to: '2024-04-30' },
      },
    );
    // February to April: (350000 + 420000 + 500000) ÷ (380000 + 400000 + 450000) = 1270000 ÷ 1230000 → 103.25 %.
    expect(cellsOf(report, 'fixed.absorption')[0]).toEqual({
      key: 'DLR-1',
      status: 'value',
      value: '103.25',
      numerator: '1270000',
      denominator: '1230000',
    });
  });
});
