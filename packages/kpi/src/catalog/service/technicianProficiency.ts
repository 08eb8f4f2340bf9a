import { and, field, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { soldLaborLine } from '../filters';

/**
 * 技师综合效率 — technician proficiency (overall productivity): `Σ sold hours ÷ Σ attended hours ×
 * 100`. The sold hours are those of the sold labor lines that carry a clocked time — the lines
 * `tech.efficiency` and `tech.productivity` count — on the local date the line was completed, so
 * that proficiency = efficiency × productivity holds exactly (before rounding) on every cell.
 * The attended hours are the `technicianShift` rows, on their shift date. Period: shift date.
 * Target ≥ 95 % (industry 20-group figure, KPI catalog).
 *
 * @example
 * computeKpisSync(
 *   { repairOrders, technicianShifts },
 *   { kpis: [technicianProficiency], groupBy: ['dealer', 'technician', 'month'], timeZone: 'Asia/Shanghai' },
 * );
 */
export const technicianProficiency = defineKpi({
  id: 'tech.proficiency',
  area: 'service',
  name: { en: 'Technician proficiency', zh: '技师综合效率' },
  formula: {
    en: 'sold hours ÷ attended hours (= efficiency × productivity)',
    zh: '结算工时 ÷ 出勤工时（= 技师效率 × 技师利用率）',
  },
  source: 'technicianShift',
  periodBy: 'shiftDate',
  measures: {
    sold: sum(field('soldHours'), {
      source: 'laborLine',
      periodBy: 'completedAt',
      where: and(soldLaborLine, isSet(field('clockedHours'))),
    }),
    attended: sum(field('attendedHours')),
  },
  numerator: 'sold',
  denominator: 'attended',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.tech.proficiency',
  target: { atLeast: '95', cite: 'manual:catalog.tech.proficiency' },
  noData: { en: 'no attended hours', zh: '无出勤工时' },
});
