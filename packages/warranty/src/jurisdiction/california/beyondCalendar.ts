import { type CalendarDate, createDecision, type JsonObject, type LocalizedText } from '@aftersales/core';
import type { VehicleCase } from '../../rights/vehicleCase';
import { endWithinCalendar, instantOutsideCalendar, LAST_DATE } from '../calendarBounds';
import type { RightsDecision } from '../jurisdiction';
import { californiaFigures, californiaRules } from './californiaRules';
import type { CaliforniaOutcome } from './presumptionConclusion';

/**
 * Why the window cannot be set because a day it counts to is past the calendar (see
 * `calendarBounds.ts`): an instant of the case whose local date is no calendar date, or an 18-month
 * window from delivery ending after 9999-12-31; `undefined` when every day is in reach.
 *
 * @example
 * beyondCalendar('9999-06-30', input, 'America/Los_Angeles')?.en;
 * // 'Not evaluated: 18 months from delivery on 9999-06-30 end after 9999-12-31, …'
 */
export function beyondCalendar(
  deliveryDate: CalendarDate,
  input: VehicleCase,
  timeZone: string,
): LocalizedText | undefined {
  const outside = instantOutsideCalendar(input, timeZone);
  if (outside !== undefined) {
    const field = outside.path.join('.');
    return {
      en: `Not evaluated: ${field} ${outside.instant} is not a day from 0000-01-01 to ${LAST_DATE} in ${timeZone}`,
      zh: `未评估：${field} ${outside.instant} 在 ${timeZone} 不是 0000-01-01 至 ${LAST_DATE} 之间的日期`,
    };
  }
  const months = californiaFigures.months;
  if (endWithinCalendar(deliveryDate, { months }) === undefined) {
    return {
      en: `Not evaluated: ${months} months from delivery on ${deliveryDate} end after ${LAST_DATE}, the last date the calendar names`,
      zh: `未评估：自 ${deliveryDate} 交付起 ${months} 个月将超过 ${LAST_DATE}（日历可表示的最后一日）`,
    };
  }
  return undefined;
}

/** The `undetermined` decision for a case {@link beyondCalendar} refuses: every rule not applicable. */
export function beyondCalendarDecision(why: LocalizedText, details: JsonObject): RightsDecision {
  const rules = [
    californiaRules.window,
    californiaRules.safetyRepairs,
    californiaRules.repeatedRepairs,
    californiaRules.daysOutOfService,
    californiaRules.presumption,
  ];
  return createDecision<CaliforniaOutcome>(
    'undetermined',
    rules.map((rule) => rule.notApplicable({}, why)),
    { ...details, grounds: [] },
  );
}
