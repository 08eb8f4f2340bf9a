import { and, count, daysBetween, field, ge, isSet, le, param } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { externallyPaidRo } from '../filters';

const callDay = daysBetween(field('deliveredAt'), field('firstFollowUpAt'));

/**
 * 回访及时率 — first follow-up on time: `delivered ROs whose first follow-up was made on day 3–7
 * after delivery ÷ delivered ROs × 100`. The day is `daysBetween(deliveredAt, firstFollowUpAt)` on
 * the dealer's calendar (delivery day = day 0), between the parameters `minDays` (3) and
 * `maxDays` (7), both inclusive; `firstFollowUpAt` is the earliest `first` call that reached the
 * customer. An RO with no such call is late. Delivered ROs as in `care.followup.coverage` (counted,
 * internal work excluded). Period: delivered at. Target ≥ 95 % (catalog); the 3–7 day rule is
 * manual: care.followup.first.
 *
 * @example
 * // delivered 2024-03-01 (Shanghai): a first call on 03-04 (day 3) … 03-08 (day 7) is on time
 * computeKpisSync({ repairOrders }, { kpis: [followUpOnTime], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const followUpOnTime = defineKpi({
  id: 'care.followup.ontime',
  area: 'care',
  name: { en: 'First follow-up on time', zh: '回访及时率' },
  formula: {
    en: 'delivered ROs whose first follow-up was made on day 3–7 after delivery ÷ delivered ROs',
    zh: '交车后第 3 至 7 天内完成首次回访的交车工单 ÷ 交车工单',
  },
  source: 'repairOrder',
  periodBy: 'deliveredAt',
  where: and(externallyPaidRo, isSet(field('deliveredAt'))),
  params: { minDays: 3, maxDays: 7 },
  measures: {
    onTime: count({ where: and(ge(callDay, param('minDays')), le(callDay, param('maxDays'))) }),
    delivered: count(),
  },
  numerator: 'onTime',
  denominator: 'delivered',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:care.followup.first',
  target: { atLeast: '95', cite: 'manual:catalog.care.followup.ontime' },
  noData: { en: 'no ROs delivered', zh: '无交车工单' },
});
