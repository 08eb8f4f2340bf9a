import { and, field, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 售后吸收率 — fixed absorption: `Σ fixed-ops gross profit (service + parts + body) ÷ Σ
 * dealership overhead (fixed and semi-fixed expenses) × 100`, from the `ledgerMonth` rows that
 * give both figures. Period: the ledger month. Target ≥ 100 % (industry 20-group figure, KPI
 * catalog).
 *
 * @example
 * computeKpisSync({ ledgerMonths }, { kpis: [fixedAbsorption], groupBy: ['dealer', 'year'], timeZone: 'Asia/Shanghai' });
 */
export const fixedAbsorption = defineKpi({
  id: 'fixed.absorption',
  area: 'service',
  name: { en: 'Fixed absorption', zh: '售后吸收率' },
  formula: {
    en: 'fixed-ops gross profit (service + parts + body) ÷ dealership overhead (fixed and semi-fixed expenses)',
    zh: '售后毛利（维修 + 配件 + 钣喷）÷ 经销商固定及半固定费用',
  },
  source: 'ledgerMonth',
  periodBy: 'month',
  where: and(isSet(field('fixedOpsGrossProfit')), isSet(field('overhead'))),
  measures: { grossProfit: sum(field('fixedOpsGrossProfit')), overhead: sum(field('overhead')) },
  numerator: 'grossProfit',
  denominator: 'overhead',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.fixed.absorption',
  target: { atLeast: '100', cite: 'manual:catalog.fixed.absorption' },
  noData: { en: 'no overhead in the ledger', zh: '账上无费用' },
});
