import { and, count, datePart, daysBetween, eq, field, le, ne, or, param } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { counted } from '../filters';

const insurance = eq(field('payType'), 'INS');
const maintenance = and(field('isMaintenance'), ne(field('payType'), 'INS'));

/**
 * 结算及时率 — settlement on time: `on-time ROs ÷ (maintenance ROs + insurance ROs) × 100` over
 * ROs whose repair was completed in the period. A maintenance RO (kind `maintenance` or
 * `first_maintenance`) is on time when settled at most `settleDays` (default 3) calendar days
 * after completion, both read as local dates on the dealer's calendar (manual:
 * ro.settle.maintenance); an insurance RO (main payer INS; this rule wins for an insured
 * maintenance RO) when settled in the same calendar month as completion (manual:
 * ro.settle.insurance). An RO not settled yet counts as not on time, so run the report once the
 * windows have closed. Other ROs are not counted. Period: repair completed at. Target 100 %.
 *
 * @example
 * computeKpisSync(
 *   { repairOrders },
 *   { kpis: [settlementOnTime], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', params: { 'ro.settle.ontime': { settleDays: 2 } } },
 * );
 */
export const settlementOnTime = defineKpi({
  id: 'ro.settle.ontime',
  area: 'service',
  name: { en: 'Settlement on time', zh: '结算及时率' },
  formula: {
    en: 'maintenance ROs settled ≤ 3 days after completion (insurance ROs: in the same month) ÷ those ROs',
    zh: '完工后 3 天内结算的保养工单（保险工单：当月结算）÷ 上述工单',
  },
  source: 'repairOrder',
  periodBy: 'repairCompletedAt',
  where: and(counted, or(maintenance, insurance)),
  params: { settleDays: 3 },
  measures: {
    onTime: count({
      where: or(
        and(
          maintenance,
          le(daysBetween(field('repairCompletedAt'), field('settledAt')), param('settleDays')),
        ),
        and(
          insurance,
          eq(datePart('yearMonth', field('settledAt')), datePart('yearMonth', field('repairCompletedAt'))),
        ),
      ),
    }),
    ros: count(),
  },
  numerator: 'onTime',
  denominator: 'ros',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:ro.settle.maintenance',
  target: {
    atLeast: '100',
    atRisk: '0',
    cite: 'manual:ro.settle.maintenance',
    note: {
      en: 'maintenance ROs within 3 days; insurance ROs within the month (manual: ro.settle.insurance)',
      zh: '保养工单 3 天内；保险工单当月内（手册：ro.settle.insurance）',
    },
  },
  noData: { en: 'no maintenance or insurance ROs completed', zh: '无完工的保养或保险工单' },
});
