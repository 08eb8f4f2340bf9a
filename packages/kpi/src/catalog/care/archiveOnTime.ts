import { count, daysBetween, field, le, param } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 建档及时率 — customer record on time: `visits by new customers whose record was created ≤ 2
 * days after the visit ÷ visits by new customers × 100`, on the `customerVisit` rows with
 * `isNewCustomer`. On time is `daysBetween(visitedAt, archivedAt) ≤ archiveDays` (parameter,
 * default 2) on the dealer's calendar (visit day = day 0); a visit with no `archivedAt` is late.
 * Period: visited at. Target 100 % (manual: care.archive).
 *
 * @example
 * // visit 2024-03-04 (Shanghai): a record made by 2024-03-06 23:59 local time is on time
 * computeKpisSync({ customerVisits }, { kpis: [archiveOnTime], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const archiveOnTime = defineKpi({
  id: 'care.archive.ontime',
  area: 'care',
  name: { en: 'Customer record on time', zh: '建档及时率' },
  formula: {
    en: 'customer records created ≤ 2 days after the visit ÷ visits by new customers',
    zh: '到店后 2 天内建立的客户档案 ÷ 新客户到店次数',
  },
  source: 'customerVisit',
  periodBy: 'visitedAt',
  where: field('isNewCustomer'),
  params: { archiveDays: 2 },
  measures: {
    onTime: count({ where: le(daysBetween(field('visitedAt'), field('archivedAt')), param('archiveDays')) }),
    visits: count(),
  },
  numerator: 'onTime',
  denominator: 'visits',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:care.archive',
  // A share cannot pass 100 %: only exactly 100 meets it, so no margin is "at risk".
  target: { atLeast: '100', atRisk: '0', cite: 'manual:care.archive' },
  noData: { en: 'no visits by new customers', zh: '无新客户到店' },
});
