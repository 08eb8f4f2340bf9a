import { and, coalesce, count, field, isSet, ne, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

const approvedAmount = coalesce(field('approvedAmount'), field('paidAmount'));

/**
 * 单车索赔金额 — approved amount per claim: `Σ approved amount ÷ count(approved claims)` over
 * settled (paid) claims not rejected, where the approved amount is `approvedAmount`, else the
 * `paidAmount`; a claim with neither is left out of both. Exact decimal sums (0.10 + 0.20 is 0.3).
 * Period: settled at (`paidAt`; an approval not yet paid counts when it is). Unit: money (the
 * report's currency). No default target (KPI catalog: —).
 *
 * @example
 * computeKpisSync({ warrantyClaims }, { kpis: [costPerClaim], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const costPerClaim = defineKpi({
  id: 'wty.cost.per.claim',
  area: 'warranty',
  name: { en: 'Approved amount per claim', zh: '单车索赔金额' },
  formula: { en: 'approved amount ÷ approved claims', zh: '批准金额 ÷ 批准的索赔单数' },
  source: 'warrantyClaim',
  periodBy: 'paidAt',
  where: and(ne(field('status'), 'rejected'), isSet(approvedAmount)),
  measures: { amount: sum(approvedAmount), claims: count() },
  numerator: 'amount',
  denominator: 'claims',
  unit: 'money',
  direction: 'none',
  cite: 'manual:catalog.wty.cost.per.claim',
  noData: { en: 'no approved claims settled', zh: '无已结算的批准索赔单' },
});
