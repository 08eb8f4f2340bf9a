import { count, field, le } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 首保回厂率 — first-maintenance return rate: `new vehicles whose first-maintenance window closed
 * in the period and that came back within it ÷ vehicles whose window closed in the period × 100`,
 * over `firstMaintenance` rows (one per new vehicle). Came back: `returnedOn ≤ windowEnd`; a row
 * with no `returnedOn`, or a later one, did not. Period: window end (a date).
 * Target ≥ 95 % (manual: wty.first.maintenance).
 *
 * @example
 * computeKpisSync({ firstMaintenanceWindows }, { kpis: [firstMaintenanceReturn], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const firstMaintenanceReturn = defineKpi({
  id: 'care.first.maintenance',
  area: 'care',
  name: { en: 'First-maintenance return rate', zh: '首保回厂率' },
  formula: {
    en: 'new vehicles whose first-maintenance window closed in the period and which came back within it ÷ those vehicles',
    zh: '首保期在本期结束且在首保期内回厂的新车 ÷ 首保期在本期结束的新车',
  },
  source: 'firstMaintenance',
  periodBy: 'windowEnd',
  measures: {
    returned: count({ where: le(field('returnedOn'), field('windowEnd')) }),
    windowsClosed: count(),
  },
  numerator: 'returned',
  denominator: 'windowsClosed',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:wty.first.maintenance',
  target: { atLeast: '95', cite: 'manual:wty.first.maintenance' },
  noData: { en: 'no first-maintenance window closed in the period', zh: '本期无到期的首保窗口' },
});
