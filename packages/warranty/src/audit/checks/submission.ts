import { dateOf } from '../../eligibility/dayMath';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';

/**
 * Late submission (`claim.late_submission`, reject: the policy does not take claims filed after
 * its deadline): more than `submitWithinDays` calendar days from the repair (the day of
 * `repairCompletedAt` in the dealer's zone, else `repairDate`) to the day of `submittedAt`; a
 * claim not submitted yet is late once `asOf` is past the deadline. Day N is on time, day N + 1 late.
 */
export function checkSubmission(run: AuditRun, c: ClaimContext): void {
  const limit = c.rules.submitWithinDays;
  if (limit === undefined) {
    c.tally.notChecked(RULE.submission);
    return;
  }
  c.tally.checked(RULE.submission);
  const { claim } = c;
  const submitted = claim.submittedAt;
  const day = submitted === undefined ? run.context.asOfDay : (run.context.localDay(submitted) as number);
  const days = day - c.repairDay;
  if (days <= limit.value) return;
  const repaired = dateOf(c.repairDay);
  const facts = {
    repairedOn: repaired,
    submittedAt: submitted ?? null,
    submittedOn: submitted === undefined ? null : dateOf(day),
    asOf: run.context.settings.asOf,
    days,
    limitDays: limit.value,
  };
  const message =
    submitted === undefined
      ? {
          en: `Not submitted ${days} days after the repair on ${repaired} (limit ${limit.value} days, as of ${run.context.asOfDate})`,
          zh: `维修（${repaired}）后 ${days} 天仍未提交（时限 ${limit.value} 天，截至 ${run.context.asOfDate}）`,
        }
      : {
          en: `Submitted on ${dateOf(day)}, ${days} days after the repair on ${repaired} (limit ${limit.value} days)`,
          zh: `${dateOf(day)} 提交，距维修（${repaired}）${days} 天（时限 ${limit.value} 天）`,
        };
  addFinding(c, 'claim.late_submission', 'reject', 'submission', limit.cite, message, facts);
}
