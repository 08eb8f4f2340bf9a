import { count, daysBetween, field, ge, ne } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 旧件回运及时率 — old parts returned on time: `count(required old parts shipped by the deadline)
 * ÷ count(required old parts) × 100`, where a return is required when the claim's old part has a
 * `deadline` (core: present when the carmaker requires the return), and on time when the
 * shipment's local date on the dealer's calendar is on or before the deadline
 * (`daysBetween(shippedAt, deadline) ≥ 0`: a shipment at 23:30 on the deadline day in the dealer's
 * time zone is on time). Not shipped is not on time. Draft claims do not count.
 *
 * Period: the deadline date. Target 100 % (manual: wty.old.parts; KPI catalog for the figure).
 *
 * @example
 * computeKpisSync({ warrantyClaims }, { kpis: [oldPartsOnTime], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const oldPartsOnTime = defineKpi({
  id: 'wty.old.parts.ontime',
  area: 'warranty',
  name: { en: 'Old parts returned on time', zh: '旧件回运及时率' },
  formula: {
    en: 'required old parts shipped by the OEM deadline ÷ required',
    zh: '在主机厂截止日期前回运的旧件 ÷ 需回运的旧件',
  },
  source: 'warrantyClaim',
  periodBy: 'oldPartDeadline',
  where: ne(field('status'), 'draft'),
  measures: {
    onTime: count({ where: ge(daysBetween(field('oldPartShippedAt'), field('oldPartDeadline')), 0) }),
    required: count(),
  },
  numerator: 'onTime',
  denominator: 'required',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:wty.old.parts',
  // A share cannot pass 100 %: only exactly 100 meets it, so no margin is "at risk".
  target: { atLeast: '100', atRisk: '0', cite: 'manual:wty.old.parts' },
  noData: { en: 'no old-part returns due', zh: '无到期需回运的旧件' },
});
