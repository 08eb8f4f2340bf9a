import { and, field, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { soldLaborLine } from '../filters';

/**
 * 工时毛利率 — labor gross profit: `(Σ labor sales − Σ technician labor cost) ÷ Σ labor sales ×
 * 100` over the sold labor lines of closed ROs that carry both an amount and a labor cost (a line
 * with no recorded cost would count as pure profit, so it is left out of both sums). Group by
 * `payType` (the line's payer) or `technician`. Period: the RO's closed at. Target 65–75 %
 * (industry range, KPI catalog).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [laborGrossProfit], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const laborGrossProfit = defineKpi({
  id: 'labor.gp',
  area: 'service',
  name: { en: 'Labor gross profit', zh: '工时毛利率' },
  formula: {
    en: '(labor sales − technician labor cost) ÷ labor sales',
    zh: '（工时收入 − 技师工时成本）÷ 工时收入',
  },
  source: 'laborLine',
  periodBy: 'roClosedAt',
  where: and(soldLaborLine, isSet(field('laborAmount')), isSet(field('laborCost'))),
  measures: { sales: sum(field('laborAmount')), cost: sum(field('laborCost')) },
  numerator: { op: 'sub', args: ['sales', 'cost'] },
  denominator: 'sales',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.labor.gp',
  target: { atLeast: '65', atMost: '75', cite: 'manual:catalog.labor.gp' },
  noData: { en: 'no labor sales with a recorded cost', zh: '无记录成本的工时收入' },
});
