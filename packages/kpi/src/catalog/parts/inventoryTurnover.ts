import { count, field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { issuedCostMeasure } from './movements';

/**
 * 库存周转率 — parts inventory turnover, in turns a year: the annualised cost of parts issued ÷
 * the average inventory at cost.
 *
 * `value = (issuedCost × 365 × snapshots) ÷ (days × Σ snapshot values)`, that is
 * `(issuedCost × 365 ÷ days) ÷ (Σ snapshot values ÷ snapshots)`, where
 * - `issuedCost = Σ −quantity × unitCost` over stock movements of type `issue_ro` and
 *   `counter_sale`, net of `return_from_ro` and `return_from_customer` (quantities are signed:
 *   issues negative, so returns subtract), placed by `occurredAt`;
 * - the average inventory is the mean of the `inventorySnapshot` rows (`valueAtCost`) dated in the
 *   period (by `asOf`). Give one snapshot on the period's first day (the opening stock) and one on
 *   each month-end: the mean is then the catalog's "period-start, month-ends, period-end";
 * - `days` is the calendar days of the period (needs a calendar grain or a `period`).
 *
 * Movements carry no dealer in core: add `dealerId` to them when grouping by dealer. Period:
 * movement date (snapshots: their date). Target 4–6 turns a year (manual: parts.turnover).
 *
 * @example
 * computeKpisSync(
 *   { stockMovements, inventorySnapshots },
 *   { kpis: [inventoryTurnover], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' },
 * );
 */
export const inventoryTurnover = defineKpi({
  id: 'parts.turnover',
  area: 'parts',
  name: { en: 'Parts inventory turnover', zh: '库存周转率' },
  formula: {
    en: 'annualised cost of parts issued (net of returns) ÷ average inventory at cost (mean of the snapshots in the period)',
    zh: '年化出库成本（扣除退料、退货）÷ 平均库存成本（期内各库存快照的平均值）',
  },
  source: 'stockMovement',
  periodBy: 'occurredAt',
  measures: {
    issuedCost: issuedCostMeasure(),
    snapshots: count({ source: 'inventorySnapshot', periodBy: 'asOf' }),
    inventorySum: sum(field('valueAtCost'), { source: 'inventorySnapshot', periodBy: 'asOf' }),
    days: { agg: 'days' },
  },
  numerator: { op: 'mul', args: [{ op: 'mul', args: ['issuedCost', { const: 365 }] }, 'snapshots'] },
  denominator: { op: 'mul', args: ['days', 'inventorySum'] },
  unit: 'turns/year',
  direction: 'higher',
  cite: 'manual:parts.turnover',
  target: { atLeast: '4', atMost: '6', cite: 'manual:parts.turnover' },
  noData: {
    en: 'no inventory snapshot (or a zero inventory value) in the period',
    zh: '本期间无库存快照（或库存金额为 0）',
  },
});
