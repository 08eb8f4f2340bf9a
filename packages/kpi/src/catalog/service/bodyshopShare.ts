import { field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 钣喷产值占比 — body & paint share: `Σ body & paint sales ÷ Σ (labor + parts + sublet sales) ×
 * 100` over closed ROs. Body & paint sales are the sold labor, part and sublet lines of body-shop
 * jobs (job kind `bodyshop`, or system `body` or `paint`); after-sales revenue is every RO's
 * sold labor, parts and sublet (counter sales are not RO revenue and are not included). Period:
 * closed at. Target ≥ 30 % (manual: ro.bodyshop.share).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [bodyshopShare], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const bodyshopShare = defineKpi({
  id: 'ro.bodyshop.share',
  area: 'service',
  name: { en: 'Body & paint share of revenue', zh: '钣喷产值占比' },
  formula: { en: 'body & paint revenue ÷ after-sales revenue', zh: '钣喷产值 ÷ 售后产值' },
  source: 'repairOrder',
  periodBy: 'closedAt',
  where: closedRo,
  measures: {
    bodyPaint: sum(field('bodyPaintSales')),
    labor: sum(field('laborSales')),
    parts: sum(field('partsSales')),
    sublet: sum(field('subletSales')),
  },
  numerator: 'bodyPaint',
  denominator: { op: 'add', args: [{ op: 'add', args: ['labor', 'parts'] }, 'sublet'] },
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:ro.bodyshop.share',
  target: { atLeast: '30', cite: 'manual:ro.bodyshop.share' },
  noData: { en: 'no after-sales revenue', zh: '无售后产值' },
});
