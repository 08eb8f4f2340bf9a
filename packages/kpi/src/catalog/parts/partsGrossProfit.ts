import { and, field, mul, neg, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { issueOrReturn, pricedSale } from './movements';

const sale = and(issueOrReturn, pricedSale);

/**
 * 配件毛利率 — parts gross profit margin: `(sales − cost) ÷ sales × 100`, where over stock
 * movements of type `issue_ro`, `counter_sale`, `return_from_ro` and `return_from_customer` that
 * carry a `unitPrice`:
 * - `sales = Σ −quantity × unitPrice`, `cost = Σ −quantity × unitCost` (signed quantities, so a
 *   return takes its sale and its cost back);
 * - movements without a selling price are left out of both (their margin is unknown).
 *
 * By channel: group by `channel` (`workshop` = issues to ROs and their returns, `counter` = counter
 * sales and customer returns). Period: sale date (`occurredAt`). Target 25–35 % (industry range;
 * KPI catalog).
 *
 * @example
 * computeKpisSync({ stockMovements }, { kpis: [partsGrossProfit], groupBy: ['dealer', 'channel', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const partsGrossProfit = defineKpi({
  id: 'parts.gp',
  area: 'parts',
  name: { en: 'Parts gross profit margin', zh: '配件毛利率' },
  formula: {
    en: '(parts sales − parts cost) ÷ parts sales, by channel',
    zh: '（配件销售额 − 配件成本）÷ 配件销售额，按渠道',
  },
  source: 'stockMovement',
  periodBy: 'occurredAt',
  where: sale,
  measures: {
    sales: sum(neg(mul(field('quantity'), field('unitPrice')))),
    cost: sum(neg(mul(field('quantity'), field('unitCost')))),
  },
  numerator: { op: 'sub', args: ['sales', 'cost'] },
  denominator: 'sales',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.parts.gp',
  target: { atLeast: '25', atMost: '35', cite: 'manual:catalog.parts.gp' },
  noData: { en: 'no priced parts sales', zh: '无带售价的配件销售' },
});
