import { and, field, isSet, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { soldLaborLine } from '../filters';

/**
 * 技师效率 — technician efficiency: `Σ sold hours ÷ Σ clocked hours × 100` over the completed,
 * sold labor lines (of ROs neither cancelled nor voided; declined and deferred lines left out)
 * that carry a clocked time, credited to the line's technician (never the RO's advisor).
 * Period: the line's completed at. Target ≥ 110 % (industry 20-group figure).
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [technicianEfficiency], groupBy: ['technician', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const technicianEfficiency = defineKpi({
  id: 'tech.efficiency',
  area: 'service',
  name: { en: 'Technician efficiency', zh: '技师效率' },
  formula: { en: 'sold hours ÷ clocked hours on jobs', zh: '结算工时 ÷ 实际工时' },
  source: 'laborLine',
  periodBy: 'completedAt',
  where: and(soldLaborLine, isSet(field('clockedHours'))),
  measures: { sold: sum(field('soldHours')), clocked: sum(field('clockedHours')) },
  numerator: 'sold',
  denominator: 'clocked',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.tech.efficiency',
  target: { atLeast: '110', cite: 'manual:catalog.tech.efficiency' },
  noData: { en: 'no clocked hours', zh: '无实际工时' },
});
