import { and, count, field, ne, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { closedRo } from '../filters';

/**
 * 单车产值 — average revenue per repair/maintenance RO: `Σ (labor sales + parts sales) ÷ count`
 * over closed ROs whose main payer is not an insurer (`payType` ≠ INS; sublet and other charges
 * are not in the sum). Insurance ROs have their own KPI and target,
 * {@link averageInsuranceRevenue} (`ro.revenue.avg.insurance`); group by `payType` for the value
 * per pay type (CP, W, I). Period: closed at. Target ≥ ¥800 (manual: ro.avg.revenue.repair).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [averageRevenue], groupBy: ['dealer', 'payType', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const averageRevenue = defineKpi({
  id: 'ro.revenue.avg',
  area: 'service',
  name: { en: 'Average revenue per RO (repair and maintenance)', zh: '单车产值（维修保养）' },
  formula: {
    en: '(labor sales + parts sales) ÷ closed ROs, insurance ROs excluded',
    zh: '（工时收入 + 配件收入）÷ 已关闭工单数（不含保险工单）',
  },
  source: 'repairOrder',
  periodBy: 'closedAt',
  where: and(closedRo, ne(field('payType'), 'INS')),
  measures: { labor: sum(field('laborSales')), parts: sum(field('partsSales')), ros: count() },
  numerator: { op: 'add', args: ['labor', 'parts'] },
  denominator: 'ros',
  unit: 'money',
  direction: 'higher',
  cite: 'manual:ro.avg.revenue.repair',
  target: { atLeast: '800', cite: 'manual:ro.avg.revenue.repair' },
  noData: { en: 'no closed repair or maintenance ROs', zh: '无已关闭的维修保养工单' },
});
