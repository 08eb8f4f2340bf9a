import { count, field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 单车工时 — sold hours per RO: `Σ sold (flat-rate) hours ÷ count` over closed ROs (declined and
 * deferred lines were not sold and add no hours). Period: closed at. Target 1.5–2.5 h (industry
 * range, KPI catalog).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [averageSoldHours], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const averageSoldHours = defineKpi({
  id: 'ro.hours.avg',
  area: 'service',
  name: { en: 'Sold hours per RO', zh: '单车工时' },
  formula: { en: 'sold (flat-rate) hours ÷ closed ROs', zh: '结算工时 ÷ 已关闭工单数' },
  source: 'repairOrder',
  periodBy: 'closedAt',
  where: closedRo,
  measures: { soldHours: sum(field('soldHours')), ros: count() },
  numerator: 'soldHours',
  denominator: 'ros',
  unit: 'hours',
  direction: 'higher',
  cite: 'manual:catalog.ro.hours.avg',
  target: { atLeast: '1.5', atMost: '2.5', cite: 'manual:catalog.ro.hours.avg' },
  noData: { en: 'no closed ROs', zh: '无已关闭工单' },
});
