import {
  add,
  coalesce,
  datePart,
  field,
  ge,
  gt,
  lt,
  mul,
  param,
  sub,
  sum,
  when,
} from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import type { Expr } from '../../definition/expr';

/** `year × 12 + month` of a date: months since year 0, so that a difference counts months. */
const monthIndex = (date: Expr): Expr => add(mul(datePart('year', date), 12), datePart('month', date));

/**
 * Whole calendar months from `from` to `to`: a month counts once its day of the month is reached
 * (2024-01-31 → 2024-02-29 is 0 months, → 2024-03-31 is 2), the same as `from ≤ to − n months`
 * with the month-end clamped.
 */
const wholeMonthsBetween = (from: Expr, to: Expr): Expr =>
  sub(sub(monthIndex(to), monthIndex(from)), when(lt(datePart('day', to), datePart('day', from)), 1, 0));

const value = mul(field('quantity'), field('unitCost'));

/**
 * A slow mover: no issue for at least `months` whole months before `asOf`. The clock starts at
 * the last issue (`lastIssuedOn`), or, for a part never issued, at its first receipt
 * (`firstReceivedOn`): a part received within the threshold is new, not slow. A part with neither
 * date has no sign of movement and counts as slow.
 */
const slow = coalesce(
  ge(
    wholeMonthsBetween(coalesce(field('lastIssuedOn'), field('firstReceivedOn')), field('asOf')),
    param('months'),
  ),
  true,
);

/**
 * 滞销件占比 — slow-moving stock share: `Σ quantity × unitCost of slow parts ÷ Σ quantity ×
 * unitCost of all parts × 100`, over `stockPosition` rows holding stock (quantity > 0), where a
 * part is slow when it had no issue for ≥ `months` (default 6, configurable) whole calendar months
 * before the position's `asOf` date; a part never issued counts from its first receipt, so one
 * received within the threshold is new, not slow; a part with neither date counts as slow.
 *
 * Period: as of date (`asOf`). Give **one snapshot of positions per period** (e.g. the month-end
 * stock): positions of several dates in one period would add up as if they were one stock.
 * Target ≤ 6 % (manual: parts.slow.moving).
 *
 * @example
 * computeKpisSync(
 *   { stockPositions },
 *   { kpis: [slowStockShare], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', params: { 'parts.slow.share': { months: 12 } } },
 * );
 */
export const slowStockShare = defineKpi({
  id: 'parts.slow.share',
  area: 'parts',
  name: { en: 'Slow-moving stock share', zh: '滞销件占比' },
  formula: {
    en: 'value of parts with no issue for ≥ 6 months (configurable) ÷ inventory value',
    zh: '连续 6 个月（可配置）以上无出库的配件金额 ÷ 库存金额',
  },
  source: 'stockPosition',
  periodBy: 'asOf',
  where: gt(field('quantity'), 0),
  params: { months: 6 },
  measures: { slowValue: sum(value, { where: slow }), stockValue: sum(value) },
  numerator: 'slowValue',
  denominator: 'stockValue',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:parts.slow.moving',
  target: { atMost: '6', cite: 'manual:parts.slow.moving' },
  noData: { en: 'no stock on hand', zh: '无库存' },
});
