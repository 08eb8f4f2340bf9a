import { abs, field, mul, sub, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 盘点差异率 — stocktake variance, gross: `Σ |countedQuantity − bookQuantity| × unitCost ÷
 * Σ bookQuantity × unitCost × 100` over `stockCount` lines; gains (盘盈) and losses (盘亏) both
 * add. The catalog's second statistic, the signed net variance, is `parts.stocktake.variance.net`
 * ({@link stocktakeVarianceNet}). Period: count date (`countedAt`). Target ≤ 0.3 % (manual:
 * parts.stocktake).
 *
 * @example
 * computeKpisSync({ stockCounts }, { kpis: [stocktakeVariance], groupBy: ['dealer', 'quarter'], timeZone: 'Asia/Shanghai' });
 */
export const stocktakeVariance = defineKpi({
  id: 'parts.stocktake.variance',
  area: 'parts',
  name: { en: 'Stocktake variance (gross)', zh: '盘点差异率（总差异）' },
  formula: { en: 'Σ |counted − book| value ÷ book value', zh: 'Σ |实盘 − 账面| 金额 ÷ 账面金额' },
  source: 'stockCount',
  periodBy: 'countedAt',
  measures: {
    variance: sum(mul(abs(sub(field('countedQuantity'), field('bookQuantity'))), field('unitCost'))),
    book: sum(mul(field('bookQuantity'), field('unitCost'))),
  },
  numerator: 'variance',
  denominator: 'book',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:parts.stocktake',
  target: { atMost: '0.3', cite: 'manual:parts.stocktake' },
  noData: { en: 'no book value counted', zh: '无盘点账面金额' },
});
