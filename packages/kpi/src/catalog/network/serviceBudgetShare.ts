import { field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 服务经费占比 — service budget share: `Σ service spend ÷ Σ sales revenue × 100` over the
 * `ledgerMonth` rows of the period (a month with no figure adds nothing). Period: the ledger
 * month (a date); the catalog states it per year ("annual service spend"), so group by `year`.
 * Target ≥ 3 % (manual: budget.service).
 *
 * @example
 * computeKpisSync({ ledgerMonths }, { kpis: [serviceBudgetShare], groupBy: ['dealer', 'year'], timeZone: 'Asia/Shanghai' });
 */
export const serviceBudgetShare = defineKpi({
  id: 'budget.service.share',
  area: 'network',
  name: { en: 'Service budget share', zh: '服务经费占比' },
  formula: { en: 'annual service spend ÷ sales revenue', zh: '年度服务经费 ÷ 销售额' },
  source: 'ledgerMonth',
  periodBy: 'month',
  measures: { serviceSpend: sum(field('serviceSpend')), salesRevenue: sum(field('salesRevenue')) },
  numerator: 'serviceSpend',
  denominator: 'salesRevenue',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:budget.service',
  target: { atLeast: '3', cite: 'manual:budget.service' },
  noData: { en: 'no sales revenue', zh: '无销售额' },
});
