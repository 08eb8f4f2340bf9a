import {
  AftersalesError,
  addCalendarDays,
  addCalendarMonths,
  type CalendarDate,
  parseCalendarDate,
  toCalendarDate,
  type WarrantyClaim,
} from '@aftersales/core';
import {
  MAX_RETURN_WITHIN_DAYS,
  type OldPartClockStart,
  type OldPartDeadlineRule,
  type OldPartPolicy,
  oldPartDeadlineRuleSchema,
} from './oldPartPolicy';

/** The last day of the month `monthsAhead` months after `date`'s month. */
function endOfMonth(date: CalendarDate, monthsAhead: number): CalendarDate {
  const first = `${date.slice(0, 8)}01`;
  return addCalendarDays(addCalendarMonths(first, monthsAhead + 1), -1);
}

const typeOf = (value: unknown): string => (value === null ? 'null' : typeof value);

// The two fields as parseOldPartPolicy checks them: this function is public and may be given a
// policy that never went through it (a deadline of −5 days would otherwise come out as a date).
function readDeadlinePolicy(policy: unknown): { days: number; rule: OldPartDeadlineRule } {
  if (policy === null || typeof policy !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['policy'], {
      expected: '{ returnWithinDays, deadlineRule }',
      received: typeOf(policy),
    });
  }
  const { returnWithinDays: days, deadlineRule: rule = 'days' } = policy as Record<string, unknown>;
  const at = ['policy', 'returnWithinDays'];
  if (typeof days !== 'number' || !Number.isInteger(days)) {
    throw AftersalesError.of('input.invalid_type', at, {
      expected: 'whole number of days',
      received: typeOf(days),
    });
  }
  if (days < 0) throw AftersalesError.of('input.too_small', at, { minimum: 0 });
  if (days > MAX_RETURN_WITHIN_DAYS)
    throw AftersalesError.of('input.too_big', at, { maximum: MAX_RETURN_WITHIN_DAYS });
  const rules: readonly unknown[] = oldPartDeadlineRuleSchema.options;
  if (!rules.includes(rule)) {
    throw AftersalesError.of('input.invalid_value', ['policy', 'deadlineRule'], {
      allowed: oldPartDeadlineRuleSchema.options,
    });
  }
  return { days, rule: rule as OldPartDeadlineRule };
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
 * @throws AftersalesError `time.invalid_date` for a bad `start`; `input.*` at `policy.returnWithinDays`
 *   (a whole number 0–3660) or `policy.deadlineRule`; `time.*` for a deadline past 9999-12-31
 * @example
 * computeOldPartDeadline('2024-03-01', { returnWithinDays: 15, deadlineRule: 'days' }); // '2024-03-16'
 * computeOldPartDeadline('2024-03-25', { returnWithinDays: 10, deadlineRule: 'end_of_month' }); // '2024-04-30'
 * computeOldPartDeadline('2024-01-31', { returnWithinDays: 0, deadlineRule: 'end_of_following_month' }); // '2024-02-29'
 */
export function computeOldPartDeadline(
  start: CalendarDate,
  policy: Pick<OldPartPolicy, 'returnWithinDays' | 'deadlineRule'>,
): CalendarDate {
  const date = parseCalendarDate(start, ['start']);
  const { days, rule } = readDeadlinePolicy(policy);
  const target = addCalendarDays(date, days);
  if (rule === 'end_of_month') return endOfMonth(target, 0);
  if (rule === 'end_of_following_month') return endOfMonth(target, 1);
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
