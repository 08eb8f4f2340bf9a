import {
  type CalendarDate,
  createInstantDayReader,
  dateOfDayNumber,
  dayNumberOfDate,
} from '@aftersales/core';
import { addMonthsToDate } from '../eligibility/dayMath';
import type { VehicleCase } from '../rights/vehicleCase';

/**
 * The ends of the calendar the rules count in: a calendar date is `YYYY-MM-DD`, so 0000-01-01 to
 * 9999-12-31. A case the schema accepts can still reach past them: a car invoiced 9999-06-30 has a
 * 36-month 包修期 ending in 10002, and `9999-12-31T20:00:00Z` is already 10000-01-01 in Shanghai.
 * A pack cannot name such a day, so it does not evaluate the case (`undetermined`, with the day
 * that is out of reach) rather than throw from deep inside a rule with a path the caller never gave.
 */
const FIRST_DAY = dayNumberOfDate('0000-01-01') as number;
const LAST_DAY = dayNumberOfDate('9999-12-31') as number;

/** The last day of the calendar, for messages. */
export const LAST_DATE: CalendarDate = '9999-12-31';

const readers = new Map<string, (instant: unknown) => number | undefined>();

/** The dealer-local day of an instant, or `undefined` when it is no calendar day. */
function localDay(instant: string, timeZone: string): number | undefined {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    reader = createInstantDayReader(timeZone);
    readers.set(timeZone, reader);
  }
  const day = reader(instant);
  return day !== undefined && day >= FIRST_DAY && day <= LAST_DAY ? day : undefined;
}

/**
 * The first instant of the case (a repair's agreement or finish, the request, the as-of moment)
 * whose local date in `timeZone` is before 0000-01-01 or after 9999-12-31, as `{ path, instant }`.
 *
 * @example
 * instantOutsideCalendar({ ...input, asOf: '9999-12-31T20:00:00Z' }, 'Asia/Shanghai');
 * // { path: ['asOf'], instant: '9999-12-31T20:00:00Z' }
 */
export function instantOutsideCalendar(
  input: VehicleCase,
  timeZone: string,
): { path: (string | number)[]; instant: string } | undefined {
  for (let index = 0; index < input.repairs.length; index += 1) {
    const repair = input.repairs[index];
    if (repair === undefined) continue;
    for (const key of ['agreedAt', 'finishedAt'] as const) {
      const instant = repair[key];
      if (instant !== undefined && localDay(instant, timeZone) === undefined) {
        return { path: ['repairs', index, key], instant };
      }
    }
  }
  for (const key of ['requestedAt', 'asOf'] as const) {
    const instant = input[key];
    if (instant !== undefined && localDay(instant, timeZone) === undefined) return { path: [key], instant };
  }
  return undefined;
}

/**
 * The end of `start` + `months` months (month-end rule) or + `days` days, as a date, or
 * `undefined` when it is after 9999-12-31.
 *
 * @example
 * endWithinCalendar('2024-03-01', { months: 36 }); // '2027-03-01'
 * endWithinCalendar('9999-06-30', { months: 36 }); // undefined
 */
export function endWithinCalendar(
  start: CalendarDate,
  limit: { readonly months?: number; readonly days?: number },
): CalendarDate | undefined {
  const startDay = dayNumberOfDate(start) as number;
  const end =
    limit.months !== undefined
      ? addMonthsToDate(start, limit.months, startDay)
      : startDay + (limit.days ?? 0);
  return end <= LAST_DAY ? dateOfDayNumber(end) : undefined;
}
