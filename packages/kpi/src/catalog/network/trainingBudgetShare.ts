import { field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 培训经费占比 — training budget share: `Σ training spend ÷ Σ service investment × 100` over the
 * `ledgerMonth` rows of the period (a month with no figure adds nothing). Period: the ledger
 * month (a date); the catalog states it per year, so group by `year`.
 * Target ≥ 5 % (manual: budget.training).
 *
 * @example
 * computeKpisSync({ ledgerMonths }, { kpis: [trainingBudgetShare], groupBy: ['dealer', 'year'], timeZone: 'Asia/Shanghai' });
 */
export const trainingBudgetShare = defineKpi({
  id: 'budget.training.share',
  area: 'network',
  name: { en: 'Training budget share', zh: '培训经费占比' },
  formula: { en: 'training spend ÷ service investment', zh: '培训经费 ÷ 服务投入' },
  source: 'ledgerMonth',
  periodBy: 'month',
  measures: { training: sum(field('trainingSpend')), investment: sum(field('serviceInvestment')) },
  numerator: 'training',
  denominator: 'investment',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:budget.training',
  target: { atLeast: '5', cite: 'manual:budget.training' },
  noData: { en: 'no service investment', zh: '无服务投入' },
});
