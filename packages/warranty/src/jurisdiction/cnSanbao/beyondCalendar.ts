import { type CalendarDate, type LocalizedText, toCalendarDate } from '@aftersales/core';
import type { VehicleCase } from '../../rights/vehicleCase';
import { endWithinCalendar, instantOutsideCalendar, LAST_DATE } from '../calendarBounds';
import type { SanbaoParameters } from './parameters';

/**
 * Why a case cannot be evaluated under a 三包 pack's figures because a day the rules count to is
 * past the calendar (see `calendarBounds.ts`), or `undefined` when every day is in reach: each
 * instant's local date, the ends of the 包修期, the 三包 period and the 60- and 7-day windows, and
 * the seller's deadlines after a request.
 *
 * The deadlines are bounded without a calendar: n working days Monday to Friday take at most
 * n + 2·⌈n / 5⌉ + 2 calendar days (a weekend for every five, one more if the request falls on a
 * Saturday), so a request in the last days of 9999 is refused a few days early rather than late.
 *
 * @example
 * beyondCalendar(sanbao2021Parameters, '9999-06-30', input, 'Asia/Shanghai')?.en;
 * // 'Not evaluated: the 包修期 of 36 months from 9999-06-30 ends after 9999-12-31, …'
 */
export function beyondCalendar(
  params: SanbaoParameters,
  startDate: CalendarDate,
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
  const reach: [LocalizedText, { months?: number; days?: number }][] = [
    [
      {
        en: `the 包修期 of ${params.repairPeriod.months} months`,
        zh: `${params.repairPeriod.months}个月的包修期`,
      },
      { months: params.repairPeriod.months },
    ],
    [
      {
        en: `the 三包 period of ${params.sanbaoPeriod.months} months`,
        zh: `${params.sanbaoPeriod.months}个月的三包有效期`,
      },
      { months: params.sanbaoPeriod.months },
    ],
    [
      { en: `the ${params.sixtyDays.days}-day window`, zh: `${params.sixtyDays.days}日期限` },
      { days: params.sixtyDays.days },
    ],
  ];
  if (params.sevenDays !== null) {
    reach.push([
      { en: `the ${params.sevenDays}-day window`, zh: `${params.sevenDays}日期限` },
      { days: params.sevenDays },
    ]);
  }
  for (const [name, limit] of reach) {
    if (endWithinCalendar(startDate, limit) === undefined) {
      return {
        en: `Not evaluated: ${name.en} from ${startDate} ends after ${LAST_DATE}, the last date the calendar names`,
        zh: `未评估：自 ${startDate} 起${name.zh}将超过 ${LAST_DATE}（日历可表示的最后一日）`,
      };
    }
  }
  const workingDays = Math.max(params.answerWorkingDays, params.completeWorkingDays);
  const days = workingDays + 2 * Math.ceil(workingDays / 5) + 2;
  // Every instant is inside the calendar by now: the request's local date can be named.
  const requestDate =
    input.requestedAt === undefined ? undefined : toCalendarDate(input.requestedAt, timeZone);
  if (requestDate !== undefined && endWithinCalendar(requestDate, { days }) === undefined) {
    return {
      en: `Not evaluated: the seller's deadlines of ${workingDays} working days from the request on ${requestDate} may end after ${LAST_DATE}`,
      zh: `未评估：自 ${requestDate} 提出要求起 ${workingDays} 个工作日的期限可能超过 ${LAST_DATE}`,
    };
  }
  return undefined;
}
