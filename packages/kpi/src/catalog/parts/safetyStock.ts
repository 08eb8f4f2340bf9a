import { field, mul, neg, param, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { issueOrReturn } from './movements';

/**
 * 安全库存达标 — safety stock attainment: the inventory value held ÷ the safety stock the manual
 * asks for, 1.5 × the month's outbound (issue) value. 1.0 means exactly the safety stock.
 *
 * `value = inventory ÷ Σ (factor × −quantity × unitCost)`, where
 * - `inventory` is the `valueAtCost` of the latest `inventorySnapshot` in the period (`last` by
 *   `asOf`: the month-end stock);
 * - the sum runs over `issue_ro` and `counter_sale` movements net of `return_from_ro` and
 *   `return_from_customer` (signed quantities), placed by `occurredAt`; transfers and returns to
 *   the supplier are not outbound sales;
 * - `factor` is the parameter `factor` (default 1.5, manual: parts.safety.stock), applied to each
 *   movement's value (exact for values in cents; rounded half-even to 4 places otherwise).
 *
 * Meant for a monthly grain (the manual's "month's outbound"); with another grain the outbound
 * is that period's. Period: month. Target ≈ 1.0, taken as 0.9–1.1 (KPI catalog; manual:
 * parts.safety.stock for the 1.5 ×).
 *
 * @example
 * computeKpisSync(
 *   { stockMovements, inventorySnapshots },
 *   { kpis: [safetyStock], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', params: { 'parts.safety.stock': { factor: 2 } } },
 * );
 */
export const safetyStock = defineKpi({
  id: 'parts.safety.stock',
  area: 'parts',
  name: { en: 'Safety stock attainment', zh: '安全库存达标' },
  formula: {
    en: "inventory value ÷ (1.5 × the month's outbound value)",
    zh: '库存金额 ÷（1.5 × 当月出库金额）',
  },
  source: 'stockMovement',
  periodBy: 'occurredAt',
  params: { factor: 1.5 },
  measures: {
    inventory: { agg: 'last', of: field('valueAtCost'), source: 'inventorySnapshot', periodBy: 'asOf' },
    safetyLevel: sum(mul(param('factor'), neg(mul(field('quantity'), field('unitCost')))), {
      where: issueOrReturn,
    }),
  },
  numerator: 'inventory',
  denominator: 'safetyLevel',
  unit: 'ratio',
  direction: 'none',
  cite: 'manual:parts.safety.stock',
  target: {
    atLeast: '0.9',
    atMost: '1.1',
    cite: 'manual:parts.safety.stock',
    note: {
      en: '≈ 1.0: stock close to 1.5 × the month’s outbound value',
      zh: '约 1.0：库存接近当月出库金额的 1.5 倍',
    },
  },
  noData: { en: 'no parts issued in the month', zh: '当月无配件出库' },
});
