import { field, isIn, isSet, mul, neg, sum } from '../../definition/builders';
import type { Measure } from '../../definition/expr';

/**
 * Stock-movement expressions the parts KPIs share. Movement quantities are signed (issues < 0,
 * returns > 0), so `−quantity × unit cost` is the cost of an issue and comes out negative for a
 * return: a sum nets returns against the issues they undo.
 */

/**
 * Issues and the returns that undo them: `issue_ro` (维修出库), `counter_sale` (柜台销售),
 * `return_from_ro` (维修退料) and `return_from_customer` (客户退货). Transfers, returns to the
 * supplier and adjustments are not issues.
 */
export const issueOrReturn = isIn(field('type'), [
  'issue_ro',
  'counter_sale',
  'return_from_ro',
  'return_from_customer',
]);

/** A sale (or its return) that carries a selling price. */
export const pricedSale = isSet(field('unitPrice'));

/** Cost of issues net of returns: `Σ −quantity × unitCost` over {@link issueOrReturn} movements. */
export const issuedCostMeasure = (): Measure =>
  sum(neg(mul(field('quantity'), field('unitCost'))), {
    source: 'stockMovement',
    periodBy: 'occurredAt',
    where: issueOrReturn,
  });
