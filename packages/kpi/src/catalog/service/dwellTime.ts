import { and, count, field, hoursBetween, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { counted } from '../filters';

/**
 * 在厂时长（平均） — mean dwell time: `Σ (delivered − received) in hours ÷ count` over ROs with
 * both instants (elapsed clock hours, to 0.0001 h); cancelled and voided ROs never count. The
 * catalog's row (在厂时长) asks for the mean and the p90: this is the mean, and
 * {@link dwellTimeP90} (`ro.dwell.p90`) the 90th percentile. Mergeable as (sum, count). Period:
 * delivered at. No default target.
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [dwellTime], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const dwellTime = defineKpi({
  id: 'ro.dwell',
  area: 'service',
  name: { en: 'Mean time in the workshop', zh: '在厂时长（平均）' },
  formula: { en: 'mean of (delivered − received)', zh: '（交车时间 − 接车时间）的平均值' },
  source: 'repairOrder',
  periodBy: 'deliveredAt',
  where: and(counted, isSet(field('receivedAt'))),
  measures: { hours: sum(hoursBetween(field('receivedAt'), field('deliveredAt'))), ros: count() },
  numerator: 'hours',
  denominator: 'ros',
  unit: 'hours',
  direction: 'lower',
  cite: 'manual:catalog.ro.dwell',
  noData: { en: 'no ROs received and delivered', zh: '无已接车并交车的工单' },
});
