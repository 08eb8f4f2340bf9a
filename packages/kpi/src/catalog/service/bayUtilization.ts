import { and, field, isSet, mul, sum } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { soldLaborLine } from '../filters';

/**
 * 工位利用率 — bay utilization: `Σ clocked hours ÷ Σ (bays × open hours) × 100`. Clocked hours are
 * those of the sold labor lines (`laborLine`), on the local date the line was completed; the
 * capacity is the `workshopDay` rows (bays in use and hours open that day), on their date.
 * Period: day (any grain sums the days). Target ≥ 80 % (KPI catalog).
 *
 * @example
 * computeKpisSync({ repairOrders, workshopDays }, { kpis: [bayUtilization], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const bayUtilization = defineKpi({
  id: 'bay.utilization',
  area: 'service',
  name: { en: 'Bay utilization', zh: '工位利用率' },
  formula: { en: 'clocked hours ÷ (bays × open hours)', zh: '实际工时 ÷（工位数 × 营业小时数）' },
  source: 'workshopDay',
  periodBy: 'date',
  measures: {
    clocked: sum(field('clockedHours'), {
      source: 'laborLine',
      periodBy: 'completedAt',
      where: and(soldLaborLine, isSet(field('clockedHours'))),
    }),
    capacity: sum(mul(field('bays'), field('openHours'))),
  },
  numerator: 'clocked',
  denominator: 'capacity',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:catalog.bay.utilization',
  target: { atLeast: '80', cite: 'manual:catalog.bay.utilization' },
  noData: { en: 'no workshop capacity recorded', zh: '无车间产能记录' },
});
