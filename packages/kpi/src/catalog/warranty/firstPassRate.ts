import { and, coalesce, count, eq, field, ge, isSet, not } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 一次赔付率 — first-pass claim payment rate: `firstPass ÷ (paid + rejected) × 100`, where
 * - `paid` counts claims with a payment (`paidAt`), placed by `paidAt`;
 * - `rejected` counts claims whose current status is `rejected` and that were never paid, placed by
 *   `adjudicatedAt` (a rejected claim is settled with nothing paid; if it is resubmitted and paid
 *   later, it counts as paid instead);
 * - `firstPass` counts the paid claims with `submissionCount = 1` and a payment of at least the
 *   amount claimed (`paidAmount`, else `approvedAmount`, ≥ `amounts.total`): paid in full on the
 *   first submission. A partial payment, or a payment after a resubmission, is settled but not
 *   first-pass. A payment later charged back still counts as paid in full (see `wty.chargeback`).
 *
 * Claims whose `submissionCount` is unknown (absent) are left out of both counts: whether they
 * passed first time cannot be told. Period: settled at (`paidAt`, or `adjudicatedAt` for a
 * rejection). Target ≥ 98 % (manual: wty.first.pass).
 *
 * @example
 * computeKpisSync({ warrantyClaims }, { kpis: [firstPassRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const firstPassRate = defineKpi({
  id: 'wty.first.pass',
  area: 'warranty',
  name: { en: 'First-pass claim payment rate', zh: '一次赔付率' },
  formula: {
    en: 'claims paid in full on first submission ÷ claims settled (paid or rejected)',
    zh: '首次提交即全额赔付的索赔单 ÷ 已结案（已赔付或拒赔）的索赔单',
  },
  source: 'warrantyClaim',
  periodBy: 'paidAt',
  where: isSet(field('submissionCount')),
  measures: {
    firstPass: count({
      where: and(
        eq(field('submissionCount'), 1),
        ge(coalesce(field('paidAmount'), field('approvedAmount')), field('claimedAmount')),
      ),
    }),
    paid: count(),
    rejected: count({
      periodBy: 'adjudicatedAt',
      where: and(eq(field('status'), 'rejected'), not(isSet(field('paidAt')))),
    }),
  },
  numerator: 'firstPass',
  denominator: { op: 'add', args: ['paid', 'rejected'] },
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:wty.first.pass',
  target: { atLeast: '98', cite: 'manual:wty.first.pass' },
  noData: { en: 'no claims settled (with a known submission count)', zh: '无已结案且提交次数已知的索赔单' },
});
