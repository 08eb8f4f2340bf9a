import { and, count, field, not } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 缺件损失率 — lost parts sales: `count(request lines neither filled from stock nor ordered) ÷
 * count(request lines) × 100`, over `partRequest` rows (`ordered` defaults to false). Period:
 * request date (`requestedAt`). No default target (KPI catalog: —).
 *
 * @example
 * computeKpisSync({ partRequests }, { kpis: [lostSales], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const lostSales = defineKpi({
  id: 'parts.lost.sales',
  area: 'parts',
  name: { en: 'Lost parts sales', zh: '缺件损失率' },
  formula: {
    en: 'request lines neither filled nor ordered ÷ request lines',
    zh: '既未满足也未订货的需求行 ÷ 全部需求行',
  },
  source: 'partRequest',
  periodBy: 'requestedAt',
  measures: {
    lost: count({ where: and(not(field('filledFromStock')), not(field('ordered'))) }),
    lines: count(),
  },
  numerator: 'lost',
  denominator: 'lines',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:catalog.parts.lost.sales',
  noData: { en: 'no part requests', zh: '无配件需求' },
});
