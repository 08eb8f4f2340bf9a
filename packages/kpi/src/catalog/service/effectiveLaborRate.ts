import { and, field, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { soldLaborLine } from '../filters';

/**
 * 有效工时单价 — effective labor rate (ELR): `Σ labor sales ÷ Σ sold hours` over the sold labor
 * lines of closed ROs, per pay type (group by `payType`, the line's payer) and overall. Period:
 * the RO's closed at. Target: the dealer's posted rate × ≥ 0.9, so there is no fixed default.
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [effectiveLaborRate], groupBy: ['payType'], timeZone: 'Asia/Shanghai' });
 */
export const effectiveLaborRate = defineKpi({
  id: 'labor.elr',
  area: 'service',
  name: { en: 'Effective labor rate', zh: '有效工时单价' },
  formula: { en: 'labor sales ÷ sold hours', zh: '工时收入 ÷ 结算工时' },
  source: 'laborLine',
  periodBy: 'roClosedAt',
  where: and(soldLaborLine, isSet(field('roClosedAt'))),
  measures: { laborSales: sum(field('laborAmount')), soldHours: sum(field('soldHours')) },
  numerator: 'laborSales',
  denominator: 'soldHours',
  unit: 'money/hour',
  direction: 'higher',
  cite: 'manual:catalog.labor.elr',
  noData: { en: 'no sold hours', zh: '无结算工时' },
});
