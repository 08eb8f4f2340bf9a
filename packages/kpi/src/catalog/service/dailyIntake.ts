import { count } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';
import { counted } from '../filters';

/**
 * 日接车台次 — daily intake: `count(ROs opened, not cancelled or voided) ÷ working days of the
 * period`. Working days come from the report's `calendar` option (the dealer's
 * `BusinessCalendar`: weekends, holidays, 调休 make-up days); without one every day is a working
 * day. The period is the cell's calendar grain, cut to the report's `period` when one is given;
 * with neither there are no days to count (no data). Period: opened at. Target ≥ 20 a day
 * (manual: ro.daily.intake, 20 / day, 650 / month).
 *
 * @example
 * const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai', workingWeekdays: [1, 2, 3, 4, 5, 6] });
 * computeKpisSync({ repairOrders }, { kpis: [dailyIntake], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', calendar });
 */
export const dailyIntake = defineKpi({
  id: 'ro.intake.daily',
  area: 'service',
  name: { en: 'Repair orders opened per working day', zh: '日接车台次' },
  formula: { en: 'ROs opened ÷ working days in period', zh: '开单台次 ÷ 期间工作日数' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  where: counted,
  measures: { opened: count(), days: { agg: 'workingDays' } },
  numerator: 'opened',
  denominator: 'days',
  unit: 'count/day',
  direction: 'higher',
  cite: 'manual:ro.daily.intake',
  target: { atLeast: '20', cite: 'manual:ro.daily.intake' },
  noData: { en: 'no working days in the period', zh: '期间内无工作日' },
});
