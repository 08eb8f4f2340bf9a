import { eq, field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 常规订货占比 — stock-order share: `Σ value of purchase lines with orderType 'stock' ÷ Σ value of
 * all purchase lines × 100` (value-weighted; the other order types, e.g. `emergency`, make up the
 * rest). Period: order date (`orderedAt`; lines without one do not count). Target ≥ 80 %
 * (industry figure; KPI catalog).
 *
 * @example
 * computeKpisSync({ purchaseLines }, { kpis: [stockOrderShare], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const stockOrderShare = defineKpi({
  id: 'parts.stock.order.share',
  area: 'parts',
  name: { en: 'Stock-order share', zh: '常规订货占比' },
  formula: {
    en: 'stock-order purchases ÷ all purchases (value; the rest are emergency orders)',
    zh: '常规订货采购金额 ÷ 全部采购金额（其余为紧急订货）',
  },
  source: 'purchaseLine',
  periodBy: 'orderedAt',
  measures: {
    stockOrders: sum(field('value'), { where: eq(field('orderType'), 'stock') }),
    all: sum(field('value')),
  },
  numerator: 'stockOrders',
  denominator: 'all',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.parts.stock.order.share',
  target: { atLeast: '80', cite: 'manual:catalog.parts.stock.order.share' },
  noData: { en: 'no purchases ordered', zh: '无采购订单' },
});
