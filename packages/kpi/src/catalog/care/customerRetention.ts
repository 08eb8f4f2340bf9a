import { countDistinct, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { retentionVisit } from './visits';

const soldInThreeYears = { window: { months: 36 } } as const;

/**
 * 客户保有率 — customer retention, as of each period's last day `L`: `vehicles sold by the dealer
 * in the trailing 3 years that had a CP or W visit in the trailing 12 months ÷ vehicles sold by
 * the dealer in the trailing 3 years × 100`. Sold: `vehicle` rows by `saleDate`,
 * `L − 36 months < sale date ≤ L`; the dealer is the vehicle's `sellingDealerId`. Visit: a
 * counted RO whose main payer is CP or W, opened `L − 12 months < day ≤ L`, at the same dealer
 * when grouped by dealer (the RO's `dealerId`). Both distinct by VIN; the numerator is the sold set
 * `intersect` the visit set. Needs a calendar grain. Target ≥ 60 % (industry 20-group figure).
 *
 * @example
 * computeKpisSync({ vehicles, repairOrders }, { kpis: [customerRetention], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const customerRetention = defineKpi({
  id: 'care.retention',
  area: 'care',
  name: { en: 'Customer retention', zh: '客户保有率' },
  formula: {
    en: 'vehicles sold by the dealer in the trailing 3 years with a CP or W visit in the trailing 12 months ÷ vehicles sold in the trailing 3 years',
    zh: '近 3 年本店售出且近 12 个月有客户付费或保修进厂的车辆 ÷ 近 3 年本店售出的车辆',
  },
  source: 'vehicle',
  periodBy: 'saleDate',
  measures: {
    retained: {
      agg: 'countDistinct',
      of: field('vin'),
      ...soldInThreeYears,
      intersect: {
        source: 'repairOrder',
        periodBy: 'openedAt',
        of: field('vin'),
        where: retentionVisit,
        window: { months: 12 },
      },
    },
    sold: countDistinct(field('vin'), soldInThreeYears),
  },
  numerator: 'retained',
  denominator: 'sold',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.care.retention',
  target: { atLeast: '60', cite: 'manual:catalog.care.retention' },
  noData: { en: 'no vehicles sold in the trailing 3 years', zh: '近 3 年无售出车辆' },
});
