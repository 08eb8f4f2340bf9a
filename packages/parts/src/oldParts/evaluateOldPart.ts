import {
  AftersalesError,
  type CalendarDate,
  calendarDaysBetween,
  compareCalendarDates,
  createDecision,
  isAftersalesError,
  type TraceStep,
  toCalendarDate,
  type WarrantyClaim,
} from '@aftersales/core';
import { isReturnDue } from './isReturnDue';
import { clockStartOf, computeOldPartDeadline } from './oldPartDeadline';
import type { OldPartPolicy } from './oldPartPolicy';
import type { OldPartContext } from './oldPartRules';
import type { OldPartDeadlineSource, OldPartStatus, OldPartTracking } from './oldPartTracking';

interface Outcome {
  status: OldPartStatus;
  deadline: CalendarDate | null;
  deadlineSource: OldPartDeadlineSource | null;
  daysLeft: number | null;
  daysOverdue: number | null;
}

const none = { deadline: null, deadlineSource: null, daysLeft: null, daysOverdue: null } as const;
const dash = (value: string | null): string => value ?? '—';

/** The shipment as of `asOf`: its local date, and whether it counts (not after `asOf`). */
function shipmentOf(claim: WarrantyClaim, { asOf, timeZone }: OldPartContext) {
  const shippedAt = claim.oldPart?.shippedAt ?? null;
  const shippedOn = shippedAt === null ? null : toCalendarDate(shippedAt, timeZone);
  const counts = shippedOn !== null && compareCalendarDates(shippedOn, asOf) <= 0;
  return { shippedAt, shippedOn, counts };
}

/** Judges the shipment (or its absence) against the deadline: the `overdue` step. */
function judge(
  claim: WarrantyClaim,
  context: OldPartContext,
  deadline: CalendarDate,
  deadlineSource: OldPartDeadlineSource,
  trace: TraceStep[],
): Outcome {
  const { rules, asOf, timeZone } = context;
  const { shippedAt, shippedOn, counts } = shipmentOf(claim, context);
  const base = { deadline, deadlineSource, timeZone };
  if (shippedOn !== null && counts) {
    const late = calendarDaysBetween(deadline, shippedOn);
    // Stryker disable next-line OptionalChaining: a counted shipment has a shippedAt, read from claim.oldPart, so oldPart is there
    const facts = { ...base, shippedAt, shippedOn, shipmentNumber: claim.oldPart?.shipmentNumber ?? null };
    if (late <= 0) {
      trace.push(
        rules.overdue.passed(facts, {
          en: `Shipped on ${shippedOn} (local date), on or before the deadline ${deadline}`,
          zh: `已于 ${shippedOn}（当地日期）回运，未超过截止日期 ${deadline}`,
        }),
      );
      return { status: 'shipped_on_time', deadline, deadlineSource, daysLeft: null, daysOverdue: null };
    }
    trace.push(
      rules.overdue.failed(facts, {
        en: `Shipped on ${shippedOn} (local date), ${late} day(s) after the deadline ${deadline}`,
        zh: `于 ${shippedOn}（当地日期）回运，超过截止日期 ${deadline} ${late} 天`,
      }),
    );
    return { status: 'shipped_late', deadline, deadlineSource, daysLeft: null, daysOverdue: late };
  }
  const left = calendarDaysBetween(asOf, deadline);
  const facts = { ...base, asOf, shippedAt, shippedOn, daysLeft: left };
  const later =
    shippedOn === null
      ? { en: '', zh: '' }
      : {
          en: ` (the shipment dated ${shippedOn} is after ${asOf})`,
          zh: `（${shippedOn} 的回运晚于 ${asOf}）`,
        };
  if (left >= 0) {
    trace.push(
      rules.overdue.passed(facts, {
        en: `Not shipped as of ${asOf}${later.en}; ${left} day(s) left, the deadline ${deadline} included`,
        zh: `截至 ${asOf} 尚未回运${later.zh}；距截止日期 ${deadline} 还有 ${left} 天（含当日）`,
      }),
    );
    return { status: 'awaiting_return', deadline, deadlineSource, daysLeft: left, daysOverdue: null };
  }
  trace.push(
    rules.overdue.failed(facts, {
      en: `Not shipped as of ${asOf}${later.en}: ${-left} day(s) past the deadline ${deadline}`,
      zh: `截至 ${asOf} 尚未回运${later.zh}，已超过截止日期 ${deadline} ${-left} 天`,
    }),
  );
  return { status: 'overdue', deadline, deadlineSource, daysLeft: null, daysOverdue: -left };
}

/** The policy's deadline; one beyond the calendar's range is the start field's fault, so name it. */
function deadlineFrom(start: CalendarDate, field: string, policy: OldPartPolicy): CalendarDate {
  try {
    return computeOldPartDeadline(start, policy);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: computeOldPartDeadline, given a parsed date and policy, throws only coded errors (the calendar's range), so no other error reaches this rethrow
    if (!isAftersalesError(error)) throw error;
    throw AftersalesError.of('input.inconsistent', [field], {
      reason: 'the old-part return deadline counted from it falls after 9999-12-31',
      reasonZh: '由此起算的旧件回运截止日期晚于 9999-12-31',
    });
  }
}

/** Finds the deadline (claim's, else policy's) and judges the part: the deadline and overdue steps. */
function track(claim: WarrantyClaim, context: OldPartContext, trace: TraceStep[]): Outcome {
  const { policy, rules, timeZone } = context;
  const start = clockStartOf(claim, policy.from, timeZone);
  const computed = start.date === null ? null : deadlineFrom(start.date, start.field, policy);
  // Stryker disable next-line OptionalChaining: track runs only when isReturnDue found an old part, so claim.oldPart is there
  const claimDeadline = claim.oldPart?.deadline ?? null;
  const policyFacts = {
    from: policy.from,
    startField: start.field,
    startAt: start.instant,
    clockStart: start.date,
    returnWithinDays: policy.returnWithinDays,
    deadlineRule: policy.deadlineRule,
    timeZone,
    computedDeadline: computed,
  };
  if (claimDeadline !== null) {
    trace.push(
      rules.claimDeadline.passed(
        { claimDeadline, policyDeadline: computed },
        {
          en: `The carmaker set the deadline ${claimDeadline} on the claim; it wins over the policy's (${dash(computed)})`,
          zh: `主机厂在索赔单上指定截止日期 ${claimDeadline}，优先于政策计算的日期（${dash(computed)}）`,
        },
      ),
      rules.policyDeadline.notApplicable(policyFacts, {
        en: `Policy ${policy.id}'s deadline (${dash(computed)}) is not used: the claim carries its own`,
        zh: `未采用政策 ${policy.id} 计算的截止日期（${dash(computed)}）：索赔单已有截止日期`,
      }),
    );
    return judge(claim, context, claimDeadline, 'claim', trace);
  }
  trace.push(
    rules.claimDeadline.notApplicable(
      { claimDeadline: null },
      {
        en: "The claim carries no deadline from the carmaker; the policy's applies",
        zh: '索赔单上无主机厂指定的截止日期，按回运政策计算',
      },
    ),
  );
  if (computed === null) {
    const { shippedOn } = shipmentOf(claim, context);
    trace.push(
      rules.policyDeadline.failed(
        { ...policyFacts, shippedOn },
        {
          en: `The claim has no ${start.field} yet, so policy ${policy.id}'s clock has not started: no deadline`,
          zh: `索赔单尚无 ${start.field}，政策 ${policy.id} 的回运期限尚未起算，无截止日期`,
        },
      ),
    );
    return { status: 'no_deadline', ...none };
  }
  trace.push(
    rules.policyDeadline.passed(policyFacts, {
      en: `Clock starts on ${start.date} (${start.field}, local date); ${policy.returnWithinDays} day(s), rule ${policy.deadlineRule}: deadline ${computed}`,
      zh: `自 ${start.date}（${start.field}，当地日期）起算 ${policy.returnWithinDays} 天，规则 ${policy.deadlineRule}：截止日期 ${computed}`,
    }),
  );
  return judge(claim, context, computed, 'policy', trace);
}

/**
 * Tracks the old part of one valid claim (see `trackOldParts`, which validates the inputs).
 *
 * @throws AftersalesError `input.inconsistent` at the start field when the deadline falls after year 9999
 * @example
 * const item = evaluateOldPart(claim, 0, { policy, rules: createOldPartRules(policy), asOf: '2024-04-01', timeZone: 'Asia/Shanghai' });
 */
export function evaluateOldPart(claim: WarrantyClaim, row: number, context: OldPartContext): OldPartTracking {
  const trace: TraceStep[] = [];
  const outcome: Outcome = isReturnDue(claim, context, trace)
    ? track(claim, context, trace)
    : { status: 'not_required', ...none };
  const { status, ...details } = outcome;
  const start = clockStartOf(claim, context.policy.from, context.timeZone);
  const { shippedOn } = shipmentOf(claim, context);
  const causal = claim.causalPartNumber ?? claim.parts.find((part) => part.isCausal === true)?.partNumber;
  return {
    row,
    claimId: claim.id,
    claimNumber: claim.claimNumber ?? null,
    dealerId: claim.dealerId,
    vin: claim.vin,
    causalPartNumber: causal ?? null,
    claimStatus: claim.status,
    warrantyAdminId: claim.warrantyAdminId ?? null,
    status,
    ...details,
    clockStart: start.date,
    shippedOn,
    shipmentNumber: claim.oldPart?.shipmentNumber ?? null,
    decision: createDecision(status, trace, details),
  };
}
