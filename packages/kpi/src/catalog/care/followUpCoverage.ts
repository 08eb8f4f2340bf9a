import { and, count, field, isSet } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { externallyPaidRo } from '../filters';

/**
 * 回访率 — follow-up coverage: `delivered ROs with a completed follow-up ÷ delivered ROs × 100`.
 * A follow-up is completed when a call has been made and the customer reached (`hasFollowUp`: an
 * outcome of satisfied, neutral or dissatisfied, or none recorded); unreachable and refused calls
 * do not count. Delivered ROs are counted ROs (not cancelled or voided) with a delivery time,
 * internal work excluded (payer `I` or kind `internal`: there is no customer to call).
 * Period: delivered at. Target 100 % (manual: care.followup.coverage).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [followUpCoverage], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const followUpCoverage = defineKpi({
  id: 'care.followup.coverage',
  area: 'care',
  name: { en: 'Follow-up coverage', zh: '回访率' },
  formula: {
    en: 'delivered ROs with a completed follow-up ÷ delivered ROs',
    zh: '已完成回访的交车工单 ÷ 交车工单',
  },
  source: 'repairOrder',
  periodBy: 'deliveredAt',
  where: and(externallyPaidRo, isSet(field('deliveredAt'))),
  measures: { followedUp: count({ where: field('hasFollowUp') }), delivered: count() },
  numerator: 'followedUp',
  denominator: 'delivered',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:care.followup.coverage',
  // A share cannot pass 100 %: only exactly 100 meets it, so no margin is "at risk".
  target: { atLeast: '100', atRisk: '0', cite: 'manual:care.followup.coverage' },
  noData: { en: 'no ROs delivered', zh: '无交车工单' },
});
