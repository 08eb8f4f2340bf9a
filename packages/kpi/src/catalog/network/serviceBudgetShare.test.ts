import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { serviceBudgetShare } from './serviceBudgetShare';
import { TZ } from './testing';

const ledger = (
  id: string,
  dealerId: string,
  month: string,
  currency: string,
  more: Record<string, string>,
) => ({
  id,
  dealerId,
  month,
  currency,
  ...more,
});

const ledgerMonths = [
  ledger('L1', 'D1', '2023-01-01', 'CNY', { serviceSpend: '120000', salesRevenue: '4000000' }),
  ledger('L2', 'D1', '2023-12-01', 'CNY', { serviceSpend: '30000', salesRevenue: '1000000' }),
  ledger('L3', 'D1', '2024-01-01', 'CNY', { serviceSpend: '10000', salesRevenue: '500000' }), // 2024
  ledger('L4', 'D1', '2023-05-01', 'USD', { serviceSpend: '99999', salesRevenue: '1' }), // wrong currency: rejected
  ledger('L5', 'D2', '2023-03-01', 'CNY', { serviceSpend: '5000' }), // D2: no sales revenue
];

describe('budget.service.share', () => {
  const report = computeKpisSync(
    { ledgerMonths },
    { kpis: [serviceBudgetShare], groupBy: ['dealer', 'year'], timeZone: TZ },
  );
  const cell = (dealer: string, year: string) =>
    report.cells.find((c) => c.group.dealer === dealer && c.period?.label === year);

  it('divides the year’s service spend by its sales revenue', () => {
    // 2023: (120000 + 30000) ÷ (4000000 + 1000000) × 100 = 150000 ÷ 5000000 × 100 = 3
    expect([
      cell('D1', '2023')?.numerator,
      cell('D1', '2023')?.denominator,
      cell('D1', '2023')?.value,
    ]).toEqual(['150000', '5000000', '3']);
    // 2024: 10000 ÷ 500000 × 100 = 2
    expect(cell('D1', '2024')?.value).toBe('2');
    // the USD month is rejected, not summed
    expect(report.rejected.map((r) => r.row)).toEqual([3]);
  });

  it('has no data without sales revenue', () => {
    expect(cell('D2', '2023')?.status).toBe('no_data');
  });
});
