import { count, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 配件满足率 — parts fill rate: `count(request lines filled from stock at request time) ÷
 * count(request lines) × 100`, over `partRequest` rows (workshop and counter; group by `channel`
 * to split them). Period: request date (`requestedAt`). Target ≥ 98 % (manual: parts.fill.rate).
 *
 * @example
 * computeKpisSync({ partRequests }, { kpis: [fillRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const fillRate = defineKpi({
  id: 'parts.fill.rate',
  area: 'parts',
  name: { en: 'Parts fill rate', zh: '配件满足率' },
  formula: {
    en: 'request lines filled from stock at request time ÷ request lines',
    zh: '需求时即由库存满足的需求行 ÷ 全部需求行',
  },
  source: 'partRequest',
  periodBy: 'requestedAt',
  measures: { filled: count({ where: field('filledFromStock') }), lines: count() },
  numerator: 'filled',
  denominator: 'lines',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:parts.fill.rate',
  target: { atLeast: '98', cite: 'manual:parts.fill.rate' },
  noData: { en: 'no part requests', zh: '无配件需求' },
});
