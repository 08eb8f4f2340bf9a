import { countDistinct, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { paidVisit } from './visits';

/**
 * 客户流失率 — customer churn, as of each period's last day `L`: `vehicles in the base 12 months
 * earlier whose last paid visit is 12–24 months old ÷ the base 12 months earlier × 100`.
 * The base 12 months earlier is `care.base` as of `L − 12 months`: distinct VINs with a paid visit
 * (counted RO, main payer CP, W or INS) opened `L − 24 months < day ≤ L − 12 months`
 * (`window: { months: 12, offsetMonths: 12 }`); the churned are that set `except` the VINs with a
 * paid visit in `L − 12 months < day ≤ L`. Needs a calendar grain. Period: opened at. No default
 * target (catalog: —).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [customerChurn], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const customerChurn = defineKpi({
  id: 'care.churn',
  area: 'care',
  name: { en: 'Customer churn', zh: '客户流失率' },
  formula: {
    en: 'base vehicles whose last visit is 12–24 months old ÷ base 12 months earlier',
    zh: '最近一次进厂在 12 至 24 个月前的基盘车辆 ÷ 12 个月前的基盘车辆数',
  },
  source: 'repairOrder',
  periodBy: 'openedAt',
  where: paidVisit,
  measures: {
    churned: {
      agg: 'countDistinct',
      of: field('vin'),
      window: { months: 12, offsetMonths: 12 },
      except: { of: field('vin'), window: { months: 12 } },
    },
    baseYearBefore: countDistinct(field('vin'), { window: { months: 12, offsetMonths: 12 } }),
  },
  numerator: 'churned',
  denominator: 'baseYearBefore',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:catalog.care.churn',
  noData: { en: 'no base vehicles 12 months earlier', zh: '12 个月前无基盘车辆' },
});
