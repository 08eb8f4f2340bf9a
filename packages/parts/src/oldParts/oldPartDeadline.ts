import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarDate,
  parseCalendarDate,
  toCalendarDate,
  type WarrantyClaim,
} from '@aftersales/core';
import type { OldPartClockStart, OldPartPolicy } from './oldPartPolicy';

/** The last day of the month `monthsAhead` months after `date`'s month. */
function endOfMonth(date: CalendarDate, monthsAhead: number): CalendarDate {
  const first = `${date.slice(0, 8)}01`;
  return addCalendarDays(addCalendarMonths(first, monthsAhead + 1), -1);
}

/**
 * The return deadline a policy gives for a clock that started on `start`: `T = start +
 * returnWithinDays`, then `T` itself (`days`), the last day of `T`'s month (`end_of_month`) or of
 * the month after it (`end_of_following_month`). The deadline is the last day a shipment is on
 * time.
 *
 * @param start - the clock's start date, local to the dealer
 * @param policy - `returnWithinDays` and `deadlineRule` of an old-part policy
 * @returns the deadline date
 * @throws AftersalesError `time.invalid_date` for a bad `start`
 * @example
 * computeOldPartDeadline('2024-03-01', { returnWithinDays: 15, deadlineRule: 'days' }); // '2024-03-16'
 * computeOldPartDeadline('2024-03-25', { returnWithinDays: 10, deadlineRule: 'end_of_month' }); // '2024-04-30'
 * computeOldPartDeadline('2024-01-31', { returnWithinDays: 0, deadlineRule: 'end_of_following_month' }); // '2024-02-29'
 */
export function computeOldPartDeadline(
  start: CalendarDate,
  policy: Pick<OldPartPolicy, 'returnWithinDays' | 'deadlineRule'>,
): CalendarDate {
  const target = addCalendarDays(parseCalendarDate(start, ['start']), policy.returnWithinDays);
  if (policy.deadlineRule === 'end_of_month') return endOfMonth(target, 0);
  if (policy.deadlineRule === 'end_of_following_month') return endOfMonth(target, 1);
  return target;
}

const clockField = {
  repair_completed: 'repairCompletedAt',
  submitted: 'submittedAt',
  adjudicated: 'adjudicatedAt',
} as const satisfies Record<OldPartClockStart, keyof WarrantyClaim>;

/**
 * The claim field that starts the clock for `from`, and its local date (`null` when the claim
 * does not have it yet).
 *
 * @example
 * clockStartOf(claim, 'submitted', 'Asia/Shanghai'); // { field: 'submittedAt', instant: '…', date: '2024-03-01' }
 */
export function clockStartOf(
  claim: WarrantyClaim,
  from: OldPartClockStart,
  timeZone: string,
): { field: string; instant: string | null; date: CalendarDate | null } {
  const field = clockField[from];
  const instant = claim[field];
  if (instant === undefined) return { field, instant: null, date: null };
  return { field, instant, date: toCalendarDate(instant, timeZone) };
}
