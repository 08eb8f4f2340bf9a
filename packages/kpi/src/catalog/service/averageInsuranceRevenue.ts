import { and, count, eq, field, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 单车产值（保险） — average revenue per insurance RO: `Σ (labor sales + parts sales) ÷ count`
 * over closed ROs (cancelled and voided never count) whose main payer is an insurer (`payType` =
 * INS). The catalog's `ro.revenue.avg` row (单车产值) has two targets, so insurance ROs get this
 * id and the rest {@link averageRevenue}. Period: closed at. Target ≥ ¥1,800 (manual:
 * ro.avg.revenue.insurance, 保险平均单车产值).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [averageInsuranceRevenue], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const averageInsuranceRevenue = defineKpi({
  id: 'ro.revenue.avg.insurance',
  area: 'service',
  name: { en: 'Average revenue per insurance RO', zh: '单车产值（保险）' },
  formula: {
    en: '(labor sales + parts sales) ÷ closed insurance ROs',
    zh: '（工时收入 + 配件收入）÷ 已关闭保险工单数',
  },
  source: 'repairOrder',
  periodBy: 'closedAt',
  where: and(closedRo, eq(field('payType'), 'INS')),
  measures: { labor: sum(field('laborSales')), parts: sum(field('partsSales')), ros: count() },
  numerator: { op: 'add', args: ['labor', 'parts'] },
  denominator: 'ros',
  unit: 'money',
  direction: 'higher',
  cite: 'manual:ro.avg.revenue.insurance',
  target: { atLeast: '1800', cite: 'manual:ro.avg.revenue.insurance' },
  noData: { en: 'no closed insurance ROs', zh: '无已关闭的保险工单' },
});
