import { coalesce, count, daysBetween, field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 索赔提交时效 — days from repair to claim: `Σ days(repair completed → first submitted) ÷ claims
 * submitted`, the mean in calendar days on the dealer's calendar (both instants taken to the
 * dealer's local date), from `repairCompletedAt`, or the `repairDate` when the completion time is
 * not recorded, to `submittedAt` (the first submission). Claims never submitted do not count.
 * Period: submitted at. No default target (KPI catalog: —).
 *
 * @example
 * computeKpisSync({ warrantyClaims }, { kpis: [daysToSubmit], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const daysToSubmit = defineKpi({
  id: 'wty.days.to.submit',
  area: 'warranty',
  name: { en: 'Days from repair to claim submission', zh: '索赔提交时效' },
  formula: { en: 'mean of (submitted − repair completed), in days', zh: '（提交时间 − 完工时间）的平均天数' },
  source: 'warrantyClaim',
  periodBy: 'submittedAt',
  measures: {
    days: sum(
      coalesce(
        daysBetween(field('repairCompletedAt'), field('submittedAt')),
        daysBetween(field('repairDate'), field('submittedAt')),
      ),
    ),
    claims: count(),
  },
  numerator: 'days',
  denominator: 'claims',
  unit: 'days',
  direction: 'lower',
  cite: 'manual:catalog.wty.days.to.submit',
  noData: { en: 'no claims submitted', zh: '无已提交的索赔单' },
});
