import { field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { issuedCostMeasure } from './movements';

/**
 * 库存可供天数 — days of supply: the inventory at cost at the period's end ÷ the average daily
 * cost of issues.
 *
 * `value = inventory × days ÷ issuedCost`, that is `inventory ÷ (issuedCost ÷ days)`, where
 * - `inventory` is the `valueAtCost` of the latest `inventorySnapshot` dated in the period (`last`
 *   by `asOf`: the period-end stock when a month-end snapshot is given);
 * - `issuedCost = Σ −quantity × unitCost` over `issue_ro` and `counter_sale` movements net of
 *   `return_from_ro` and `return_from_customer` (signed quantities), placed by `occurredAt`;
 * - `days` is the calendar days of the period.
 *
 * No issues (or returns outweighing them to zero) give no data. Period: as of the period's last
 * snapshot. Target 45–60 days (industry range; KPI catalog).
 *
 * @example
 * computeKpisSync(
 *   { stockMovements, inventorySnapshots },
 *   { kpis: [daysOfSupply], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' },
 * );
 */
export const daysOfSupply = defineKpi({
  id: 'parts.days.supply',
  area: 'parts',
  name: { en: 'Parts days of supply', zh: '库存可供天数' },
  formula: {
    en: 'inventory at cost at period end ÷ average daily cost of issues (net of returns)',
    zh: '期末库存成本 ÷ 日均出库成本（扣除退料、退货）',
  },
  source: 'stockMovement',
  periodBy: 'occurredAt',
  measures: {
    inventory: { agg: 'last', of: field('valueAtCost'), source: 'inventorySnapshot', periodBy: 'asOf' },
    issuedCost: issuedCostMeasure(),
    days: { agg: 'days' },
  },
  numerator: { op: 'mul', args: ['inventory', 'days'] },
  denominator: 'issuedCost',
  unit: 'days',
  direction: 'none',
  cite: 'manual:catalog.parts.days.supply',
  target: { atLeast: '45', atMost: '60', cite: 'manual:catalog.parts.days.supply' },
  noData: { en: 'no parts issued in the period', zh: '本期间无配件出库' },
});
