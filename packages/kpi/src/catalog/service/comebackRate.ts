import { and, count, field, isSet } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { externallyPaidRo } from '../filters';

/**
 * 返修率 — comeback rate: `comebacks ÷ closed CP, W and INS ROs × 100` (internal excluded),
 * where a comeback is flagged by the dealer or detected by `detectComebacks` (pass its report as
 * the `comebacks` option); a drill-down shows the earlier RO it repeats. Period: opened at.
 * Target < 2 % (manual: ro.comeback).
 *
 * @example
 * const comebacks = detectComebacks(repairOrders, { timeZone: 'Asia/Shanghai' });
 * computeKpisSync({ repairOrders }, { kpis: [comebackRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', comebacks });
 */
export const comebackRate = defineKpi({
  id: 'ro.comeback',
  area: 'service',
  name: { en: 'Comeback rate', zh: '返修率' },
  formula: {
    en: 'ROs flagged or detected as comeback ÷ closed customer-pay, warranty and insurance ROs',
    zh: '标记或识别为返修的工单 ÷ 已关闭的客户付费、保修和保险工单',
  },
  source: 'repairOrder',
  periodBy: 'openedAt',
  where: and(externallyPaidRo, isSet(field('closedAt'))),
  measures: { comebacks: count({ where: field('isComeback') }), ros: count() },
  numerator: 'comebacks',
  denominator: 'ros',
  scale: 100,
  unit: 'percent',
  direction: 'lower',
  cite: 'manual:ro.comeback',
  target: { below: '2', cite: 'manual:ro.comeback' },
  drill: ['vin', 'previousRoId'],
  noData: { en: 'no closed CP, W or INS ROs', zh: '无已关闭的客户付费、保修或保险工单' },
});
