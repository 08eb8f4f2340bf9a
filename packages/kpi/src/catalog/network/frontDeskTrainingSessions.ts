import { count, eq, field } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 培训场次（前台） — front-desk trainings held: `count(training rows with team = 'front')`. The
 * catalog's `train.sessions` has a target per team, so it is two KPIs: this one and
 * `train.sessions.workshop`. Period: held on (a date); the target is per month, so group by
 * `month`. Target ≥ 4 per month (manual: train.front).
 *
 * @example
 * computeKpisSync({ trainings }, { kpis: [frontDeskTrainingSessions], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const frontDeskTrainingSessions = defineKpi({
  id: 'train.sessions.front',
  area: 'network',
  name: { en: 'Front-desk trainings held', zh: '培训场次（前台）' },
  formula: { en: 'front-desk trainings held per month', zh: '每月前台培训场次' },
  source: 'training',
  periodBy: 'heldOn',
  where: eq(field('team'), 'front'),
  measures: { sessions: count() },
  numerator: 'sessions',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:train.front',
  target: { atLeast: '4', cite: 'manual:train.front' },
});
