import { count } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 维修台次 — repair orders closed: `count(closed ROs)`, split by pay type when grouped by
 * `payType` (the RO's main payer). Period: closed at. Cancelled and voided ROs never count. No
 * default target (the catalog gives none).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [repairOrderCount], groupBy: ['payType', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const repairOrderCount = defineKpi({
  id: 'ro.count',
  area: 'service',
  name: { en: 'Repair orders closed', zh: '维修台次' },
  formula: { en: 'closed ROs, split by pay type', zh: '关闭的工单数，按付费类型' },
  source: 'repairOrder',
  periodBy: 'closedAt',
  where: closedRo,
  measures: { ros: count() },
  numerator: 'ros',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:catalog.ro.count',
});
