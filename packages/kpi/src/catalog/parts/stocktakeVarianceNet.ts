import { field, mul, sub, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 盘点净差异率 — stocktake variance, net: `Σ (countedQuantity − bookQuantity) × unitCost ÷
 * Σ bookQuantity × unitCost × 100` over `stockCount` lines = (gains − losses) ÷ book, signed:
 * above 0 the count found more than the books (net 盘盈), below 0 less (net 盘亏). The second
 * statistic of the catalog's `parts.stocktake.variance` row (gross: {@link stocktakeVariance}).
 * Period: count date (`countedAt`). Target within ±0.3 %, i.e. −0.3 to 0.3 (manual:
 * parts.stocktake, "variance (gain/loss) within 0.3 %").
 *
 * @example
 * computeKpisSync({ stockCounts }, { kpis: [stocktakeVarianceNet], groupBy: ['dealer', 'quarter'], timeZone: 'Asia/Shanghai' });
 */
export const stocktakeVarianceNet = defineKpi({
  id: 'parts.stocktake.variance.net',
  area: 'parts',
  name: { en: 'Stocktake variance (net)', zh: '盘点差异率（净差异）' },
  formula: { en: '(count gains − count losses) ÷ book value', zh: '（盘盈 − 盘亏）÷ 账面金额' },
  source: 'stockCount',
  periodBy: 'countedAt',
  measures: {
    net: sum(mul(sub(field('countedQuantity'), field('bookQuantity')), field('unitCost'))),
    book: sum(mul(field('bookQuantity'), field('unitCost'))),
  },
  numerator: 'net',
  denominator: 'book',
  scale: 100,
  unit: 'percent',
  direction: 'none',
  cite: 'manual:parts.stocktake',
  target: {
    atLeast: '-0.3',
    atMost: '0.3',
    cite: 'manual:parts.stocktake',
    note: { en: 'net gain or loss within 0.3 % of book value', zh: '净盘盈或盘亏在账面金额的 0.3% 以内' },
  },
  noData: { en: 'no book value counted', zh: '无盘点账面金额' },
});
