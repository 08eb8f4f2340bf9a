import { count, field, isIn, isSet, or } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 投诉解决率 — complaint resolution rate: `complaints resolved ÷ complaints received × 100`, both
 * by the complaint's received at (a complaint received in March and resolved in April counts as
 * resolved in March once April's data is in). Resolved: a `resolvedAt`, or the status `resolved`
 * or `closed`; withdrawn and open complaints count in the denominator only.
 * Target ≥ 90 % (manual: care.complaint.resolved).
 *
 * @example
 * computeKpisSync({ complaints }, { kpis: [complaintResolution], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const complaintResolution = defineKpi({
  id: 'care.complaint.resolved',
  area: 'care',
  name: { en: 'Complaint resolution rate', zh: '投诉解决率' },
  formula: { en: 'complaints resolved ÷ complaints received', zh: '已解决投诉数 ÷ 受理投诉数' },
  source: 'complaint',
  periodBy: 'receivedAt',
  measures: {
    resolved: count({ where: or(isSet(field('resolvedAt')), isIn(field('status'), ['resolved', 'closed'])) }),
    received: count(),
  },
  numerator: 'resolved',
  denominator: 'received',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:care.complaint.resolved',
  target: { atLeast: '90', cite: 'manual:care.complaint.resolved' },
  noData: { en: 'no complaints received', zh: '无受理投诉' },
});
