import { field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 配件工时比 — parts-to-labor ratio: `Σ parts sales ÷ Σ labor sales` over closed ROs (service
 * parts: those sold on ROs, not over the counter; declined and deferred work excluded). Period:
 * closed at. Target 0.8–1.2 (industry range, KPI catalog); no better direction.
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [partsLaborRatio], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const partsLaborRatio = defineKpi({
  id: 'parts.labor.ratio',
  area: 'service',
  name: { en: 'Parts-to-labor ratio', zh: '配件工时比' },
  formula: { en: 'service parts sales ÷ labor sales', zh: '维修配件收入 ÷ 工时收入' },
  source: 'repairOrder',
  periodBy: 'closedAt',
  where: closedRo,
  measures: { parts: sum(field('partsSales')), labor: sum(field('laborSales')) },
  numerator: 'parts',
  denominator: 'labor',
  unit: 'ratio',
  direction: 'none',
  cite: 'manual:catalog.parts.labor.ratio',
  target: { atLeast: '0.8', atMost: '1.2', cite: 'manual:catalog.parts.labor.ratio' },
  noData: { en: 'no labor sales', zh: '无工时收入' },
});
