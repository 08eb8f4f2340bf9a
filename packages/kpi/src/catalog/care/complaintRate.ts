import { count } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 投诉率 — complaint rate: `complaints received ÷ ROs closed × 100`, each counted in its own
 * period: complaints by received at, ROs (counted, closed) by closed at. Every complaint counts,
 * whatever its state or channel. Period: received at (complaints) / closed at (ROs).
 * Target < 10 % (manual: care.complaint.rate).
 *
 * @example
 * computeKpisSync({ complaints, repairOrders }, { kpis: [complaintRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const complaintRate = defineKpi({
  id: 'care.complaint.rate',
  area: 'care',
  name: { en: 'Complaint rate', zh: '投诉率' },
  formula: { en: 'complaints ÷ closed ROs', zh: '投诉数 ÷ 已关闭工单数' },
  source: 'complaint',
  periodBy: 'receivedAt',
  measures: {
    complaints: count(),
    closedRos: count({ source: 'repairOrder', periodBy: 'closedAt', where: closedRo }),
  },
  numerator: 'complaints',
  denominator: 'closedRos',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:care.complaint.rate',
  target: { below: '10', cite: 'manual:care.complaint.rate' },
  noData: { en: 'no ROs closed', zh: '无已关闭工单' },
});
