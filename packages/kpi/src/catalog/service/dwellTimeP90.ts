import { and, field, hoursBetween, isSet } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { counted } from '../filters';

/**
 * 在厂时长（90 分位） — the 90th percentile of dwell time: the nearest-rank 0.9-quantile of
 * `(delivered − received)` in hours over ROs with both instants (cancelled and voided ROs never
 * count), on a histogram of 0.01 h bins (the value is its bin's lower edge, so it is at most
 * 0.01 h below the exact percentile; histograms merge exactly). The mean is {@link dwellTime}
 * (`ro.dwell`); the catalog's row (在厂时长) asks for both. Period: delivered at. No default
 * target.
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [dwellTimeP90], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const dwellTimeP90 = defineKpi({
  id: 'ro.dwell.p90',
  area: 'service',
  name: { en: 'Time in the workshop, 90th percentile', zh: '在厂时长（90 分位）' },
  formula: { en: 'p90 of (delivered − received)', zh: '（交车时间 − 接车时间）的 90 分位数' },
  source: 'repairOrder',
  periodBy: 'deliveredAt',
  where: and(counted, isSet(field('receivedAt'))),
  measures: {
    p90: {
      agg: 'quantile',
      of: hoursBetween(field('receivedAt'), field('deliveredAt')),
      q: 0.9,
      resolution: '0.01',
    },
  },
  numerator: 'p90',
  unit: 'hours',
  direction: 'lower',
  cite: 'manual:catalog.ro.dwell',
  noData: { en: 'no ROs received and delivered', zh: '无已接车并交车的工单' },
});
