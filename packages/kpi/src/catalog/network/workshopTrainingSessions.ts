import { count, eq, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 培训场次（车间） — workshop technical trainings held: `count(training rows with team =
 * 'workshop')`. The catalog's `train.sessions` has a target per team, so it is two KPIs: this one
 * and `train.sessions.front`. Period: held on (a date); the target is per month, so group by
 * `month`. Target ≥ 3 per month (manual: train.workshop).
 *
 * @example
 * computeKpisSync({ trainings }, { kpis: [workshopTrainingSessions], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const workshopTrainingSessions = defineKpi({
  id: 'train.sessions.workshop',
  area: 'network',
  name: { en: 'Workshop trainings held', zh: '培训场次（车间）' },
  formula: { en: 'workshop technical trainings held per month', zh: '每月车间技术培训场次' },
  source: 'training',
  periodBy: 'heldOn',
  where: eq(field('team'), 'workshop'),
  measures: { sessions: count() },
  numerator: 'sessions',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:train.workshop',
  target: { atLeast: '3', cite: 'manual:train.workshop' },
});
