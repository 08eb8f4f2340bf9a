import { and, field, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { soldLaborLine } from '../filters';

/**
 * 技师利用率 — technician productivity: `Σ clocked hours on jobs ÷ Σ attended hours × 100`. The
 * clocked hours are those of the sold labor lines (`laborLine`, the same lines as
 * `tech.efficiency`), on the local date the line was completed; the attended (available) hours
 * are the `technicianShift` rows, on their shift date. Group by `technician` for each
 * technician (a line with no technician forms its own group, with no attended hours). Period:
 * shift date. Target ≥ 85 % (industry 20-group figure, KPI catalog).
 *
 * @example
 * computeKpisSync(
 *   { repairOrders, technicianShifts },
 *   { kpis: [technicianProductivity], groupBy: ['dealer', 'technician', 'month'], timeZone: 'Asia/Shanghai' },
 * );
 */
export const technicianProductivity = defineKpi({
  id: 'tech.productivity',
  area: 'service',
  name: { en: 'Technician productivity', zh: '技师利用率' },
  formula: {
    en: 'clocked hours on jobs ÷ attended (available) hours',
    zh: '实际工时 ÷ 出勤（可用）工时',
  },
  source: 'technicianShift',
  periodBy: 'shiftDate',
  measures: {
    clocked: sum(field('clockedHours'), {
      source: 'laborLine',
      periodBy: 'completedAt',
      where: and(soldLaborLine, isSet(field('clockedHours'))),
    }),
    attended: sum(field('attendedHours')),
  },
  numerator: 'clocked',
  denominator: 'attended',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.tech.productivity',
  target: { atLeast: '85', cite: 'manual:catalog.tech.productivity' },
  noData: { en: 'no attended hours', zh: '无出勤工时' },
});
