import { count, field, isIn } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { adjudicatedStatuses, approvedStatuses } from './claimStatus';

/**
 * 索赔通过率 — claim approval rate: `count(approved) ÷ count(adjudicated) × 100` over claims with
 * an `adjudicatedAt`, where by the claim's current status
 * - adjudicated: `approved`, `partially_approved`, `rejected`, `paid` or `charged_back` (a claim
 *   back in `submitted` or `draft` after a rejection awaits a new decision and does not count);
 * - approved: the same without `rejected` — a partial approval is an approval (its reduced amount
 *   shows in `wty.cost.per.claim`, and it is not first-pass in `wty.first.pass`).
 *
 * Period: adjudicated at. Target ≥ 95 % (manual: wty.approval).
 *
 * @example
 * computeKpisSync({ warrantyClaims }, { kpis: [approvalRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const approvalRate = defineKpi({
  id: 'wty.approval',
  area: 'warranty',
  name: { en: 'Claim approval rate', zh: '索赔通过率' },
  formula: {
    en: 'claims approved (in full or in part) ÷ claims adjudicated',
    zh: '审核通过（含部分批准）的索赔单 ÷ 已审核的索赔单',
  },
  source: 'warrantyClaim',
  periodBy: 'adjudicatedAt',
  where: isIn(field('status'), [...adjudicatedStatuses]),
  measures: {
    approved: count({ where: isIn(field('status'), [...approvedStatuses]) }),
    adjudicated: count(),
  },
  numerator: 'approved',
  denominator: 'adjudicated',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:wty.approval',
  target: { atLeast: '95', cite: 'manual:wty.approval' },
  noData: { en: 'no claims adjudicated', zh: '无已审核的索赔单' },
});
