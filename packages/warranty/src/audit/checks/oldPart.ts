import type { Citation } from '@aftersales/core';
import { dateOf } from '../../eligibility/dayMath';
import { dayOfDate } from '../../fastChecks';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';

/**
 * The return deadline of the old part: the claim's own `oldPart.deadline` (set by the carmaker,
 * cited as its old-part procedure `manual:wty.old.parts`), else the repair day + `oldPartReturnDays`
 * for a claim with parts; `undefined` when no return is due.
 */
function deadlineOf(c: ClaimContext): { day: number; cite: Citation; days: number | null } | undefined {
  const own = c.claim.oldPart?.deadline;
  if (own !== undefined) return { day: dayOfDate(own), cite: 'manual:wty.old.parts', days: null };
  const days = c.rules.oldPartReturnDays;
  const parts = c.claim.parts;
  if (days === undefined || parts === undefined || parts.length === 0) return undefined;
  return { day: c.repairDay + days.value, cite: days.cite, days: days.value };
}

/**
 * Old part not returned in time (`claim.old_part_missing`, reject: a claim whose replaced part
 * does not reach the carmaker is charged back): shipped after the deadline, or not shipped and
 * the deadline passed before `asOf`. Shipping on the deadline day is on time (days in the
 * dealer's zone).
 */
export function checkOldPart(run: AuditRun, c: ClaimContext): void {
  const deadline = deadlineOf(c);
  if (deadline === undefined) {
    if (c.claim.parts !== undefined && c.claim.parts.length > 0) c.tally.notChecked(RULE.oldPart);
    return;
  }
  c.tally.checked(RULE.oldPart);
  const shippedAt = c.claim.oldPart?.shippedAt;
  const { asOfDay, asOfDate } = run.context;
  const shippedDay = shippedAt === undefined ? undefined : (run.context.localDay(shippedAt) as number);
  if (shippedDay === undefined ? asOfDay <= deadline.day : shippedDay <= deadline.day) return;
  const due = dateOf(deadline.day);
  const facts = {
    deadline: due,
    returnDays: deadline.days,
    shippedAt: shippedAt ?? null,
    shippedOn: shippedDay === undefined ? null : dateOf(shippedDay),
    asOf: run.context.settings.asOf,
    daysLate: (shippedDay ?? asOfDay) - deadline.day,
  };
  const message =
    shippedDay === undefined
      ? {
          en: `Old part not shipped; its return deadline ${due} has passed (as of ${asOfDate})`,
          zh: `旧件未回运，回运截止日期 ${due} 已过（截至 ${asOfDate}）`,
        }
      : {
          en: `Old part shipped on ${dateOf(shippedDay)}, after its return deadline ${due}`,
          zh: `旧件于 ${dateOf(shippedDay)} 回运，晚于回运截止日期 ${due}`,
        };
  addFinding(c, 'claim.old_part_missing', 'reject', 'oldPart', deadline.cite, message, facts);
}
