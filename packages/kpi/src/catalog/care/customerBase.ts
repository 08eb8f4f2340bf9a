import { countDistinct, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { paidVisit } from './visits';

/**
 * 基盘客户数 — active customer base, as of each period's last day `L`: the distinct VINs with at
 * least one paid visit (a counted RO whose main payer is CP, W or INS) opened in the trailing 12
 * months, `L − 12 months < opened day ≤ L` on the dealer's calendar
 * (`countDistinct(vin)` with `window: { months: 12 }`). Needs a calendar grain (month: as of each
 * month's end). Period: opened at. Target 1,500 (manual: care.base).
 *
 * @example
 * // a visit on 2023-04-10 counts as of 2023-04-30 … 2024-03-31, not as of 2024-04-30
 * computeKpisSync({ repairOrders }, { kpis: [customerBase], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const customerBase = defineKpi({
  id: 'care.base',
  area: 'care',
  name: { en: 'Active customer base', zh: '基盘客户数' },
  formula: {
    en: 'distinct vehicles with ≥ 1 paid (CP, W or INS) visit in the trailing 12 months',
    zh: '近 12 个月内至少有 1 次付费（客户付费、保修或保险）进厂的车辆数（按车架号去重）',
  },
  source: 'repairOrder',
  periodBy: 'openedAt',
  where: paidVisit,
  measures: { vehicles: countDistinct(field('vin'), { window: { months: 12 } }) },
  numerator: 'vehicles',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:care.base',
  target: { atLeast: '1500', cite: 'manual:care.base' },
});
