import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { TZ } from './testing';
import { trainingBudgetShare } from './trainingBudgetShare';

const ledger = (id: string, dealerId: string, month: string, more: Record<string, string>) => ({
  id,
  dealerId,
  month,
  currency: 'CNY',
  ...more,
});

const ledgerMonths = [
  ledger('L1', 'D1', '2023-01-01', { trainingSpend: '3000', serviceInvestment: '50000' }),
  ledger('L2', 'D1', '2023-06-01', { trainingSpend: '1000.50', serviceInvestment: '30000' }),
  ledger('L3', 'D1', '2023-12-01', { serviceInvestment: '20000' }), // no training that month
  ledger('L4', 'D1', '2024-01-01', { trainingSpend: '500', serviceInvestment: '10000' }), // 2024
  ledger('L5', 'D2', '2023-03-01', { trainingSpend: '800' }), // D2 recorded no service investment
];

describe('budget.training.share', () => {
  const report = computeKpisSync(
    { ledgerMonths },
    { kpis: [trainingBudgetShare], groupBy: ['dealer', 'year'], timeZone: TZ },
  );
  const cell = (dealer: string, year: string) =>
    report.cells.find((c) => c.group.dealer === dealer && c.period?.label === year);

  it('divides the year’s training spend by its service investment', () => {
    // 2023: (3000 + 1000.50) ÷ (50000 + 30000 + 20000) × 100 = 4000.5 ÷ 100000 × 100 = 4.0005 → 4.00 (half-even) = '4'
    expect([
      cell('D1', '2023')?.numerator,
      cell('D1', '2023')?.denominator,
      cell('D1', '2023')?.value,
    ]).toEqual(['4000.5', '100000', '4']);
    // 2024: 500 ÷ 10000 × 100 = 5
    expect(cell('D1', '2024')?.value).toBe('5');
  });

  it('has no data without service investment', () => {
    expect(cell('D2', '2023')?.status).toBe('no_data');
  });
});
