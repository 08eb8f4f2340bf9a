import { and, count, field, isSet } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { externallyPaidRo } from '../filters';

/**
 * 一次修复率 — first-time fix rate: `(closed CP, W and INS ROs − comebacks) ÷ closed CP, W and
 * INS ROs × 100`, i.e. 100 − `ro.comeback` on the same rows (internal excluded), so the two add up
 * to exactly 100 on every cell. A comeback is flagged by the dealer or detected (pass
 * `detectComebacks`' report as the `comebacks` option). Period: opened at. Target ≥ 98 % (the
 * complement of the manual's comeback rate < 2 %, manual: ro.comeback).
 *
 * @example
 * const comebacks = detectComebacks(repairOrders, { timeZone: 'Asia/Shanghai' });
 * computeKpisSync({ repairOrders }, { kpis: [firstTimeFixRate], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', comebacks });
 */
export const firstTimeFixRate = defineKpi({
  id: 'ro.frft',
  area: 'service',
  name: { en: 'First-time fix rate', zh: '一次修复率' },
  formula: {
    en: '1 − comeback rate (same denominator: closed customer-pay, warranty and insurance ROs)',
    zh: '1 − 返修率（分母相同：已关闭的客户付费、保修和保险工单）',
  },
  source: 'repairOrder',
  periodBy: 'openedAt',
  where: and(externallyPaidRo, isSet(field('closedAt'))),
  measures: { comebacks: count({ where: field('isComeback') }), ros: count() },
  numerator: { op: 'sub', args: ['ros', 'comebacks'] },
  denominator: 'ros',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:ro.comeback',
  target: {
    atLeast: '98',
    cite: 'manual:ro.comeback',
    note: { en: 'the complement of the comeback rate < 2 %', zh: '返修率 < 2% 的补数' },
  },
  noData: { en: 'no closed CP, W or INS ROs', zh: '无已关闭的客户付费、保修或保险工单' },
});
