import {
  AftersalesError,
  type AftersalesIssue,
  attempt,
  type CalendarDate,
  isAftersalesError,
  parseCalendarDate,
  parseTimeZone,
  type Result,
  safeParseRecord,
  WarrantyClaimSchema,
} from '@aftersales/core';
import { evaluateOldPart } from './evaluateOldPart';
import { type OldPartPolicyInput, parseOldPartPolicy } from './oldPartPolicy';
import { createOldPartRules, type OldPartContext } from './oldPartRules';
import {
  type OldPartRejection,
  type OldPartStatus,
  type OldPartTracking,
  type OldPartTrackingResult,
  oldPartStatuses,
} from './oldPartTracking';

/** Options of {@link trackOldParts}: the carmaker's policy, the day to judge on, the dealer's zone. */
export interface TrackOldPartsOptions {
  /** The old-part return policy, validated here (a parsed one passes unchanged). */
  readonly policy: OldPartPolicyInput;
  /** The calendar date, local to the dealer, the list is made for ("today" to the caller). */
  readonly asOf: CalendarDate;
  /** The dealer's IANA time zone: instants (`shippedAt`, `submittedAt`, …) are read as its dates. */
  readonly timeZone: string;
}

function rejection(row: number, issues: readonly AftersalesIssue[]): OldPartRejection {
  const first = issues[0] as AftersalesIssue;
  return { input: 'claims', row, path: first.path, code: first.code, message: first.message, issues };
}

function readOptions(options: unknown): OldPartContext {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: '{ policy, asOf, timeZone }',
      received: Array.isArray(options) ? 'array' : options === null ? 'null' : typeof options,
    });
  }
  const { policy: input, asOf, timeZone } = options as Record<string, unknown>;
  const policy = parseOldPartPolicy(input, ['policy']);
  return {
    policy,
    rules: createOldPartRules(policy),
    asOf: parseCalendarDate(asOf, ['asOf']),
    timeZone: parseTimeZone(timeZone, ['timeZone']),
  };
}

/**
 * Tracks the old parts of warranty claims (旧件回运跟踪): for each claim, whether its replaced part
 * is due back to the carmaker, by when, and whether it went back in time, as of `asOf`.
 *
 * Rules, in trace order (each step of the claim's {@link OldPartTracking.decision}):
 * 1. `parts.old-part.required` (`manual:wty.old.parts`): a return is due when the claim has an old
 *    part that is retained, or that the carmaker asked for with a deadline on the claim. A `draft`
 *    claim never has one due: the carmaker has not seen it (the `wty.old.parts.ontime` KPI skips
 *    drafts too). Submitted, approved, partially approved, paid and charged-back claims are all due.
 * 2. `parts.old-part.rejected-claim` (`oem:<policy>#returnWhenRejected`): a rejected claim's part is
 *    due unless the policy says `returnWhenRejected: false` and the claim carries no deadline.
 * 3. `parts.old-part.claim-deadline` (`manual:wty.old.parts`): `oldPart.deadline`, set by the
 *    carmaker, wins over the policy.
 * 4. `parts.old-part.policy-deadline` (`oem:<policy>#returnWithinDays`): otherwise the deadline is
 *    computed from the claim date named by `from`, read in the dealer's zone; without that date
 *    there is no deadline (`no_deadline`).
 * 5. `parts.old-part.overdue` (`manual:wty.old.parts`): the deadline is the last day, so a shipment
 *    whose local date is on or before it is on time (23:30 on the deadline day is on time, 00:30
 *    the next day is late), as the KPI counts; unshipped, `asOf` on the deadline is awaiting with
 *    0 days left and the day after is 1 day overdue. A shipment dated after `asOf` had not happened
 *    as of `asOf`.
 *
 * On the claims the `wty.old.parts.ontime` KPI counts (not draft, deadline on the claim), its
 * numerator is the `shipped_on_time` items; the KPI ignores claims without a written deadline,
 * which this tracker still follows with the policy's deadline.
 *
 * @param claims - core warranty claims (JSON); each is validated by `WarrantyClaimSchema`
 * @param options - {@link TrackOldPartsOptions}
 * @returns one item per valid claim in input order, one rejection per invalid one (paths inside the claim)
 * @throws AftersalesError for a bad option, naming it: `input.*` at `policy.<field>`,
 *   `time.invalid_date` at `asOf`, `time.invalid_zone` at `timeZone`; `input.invalid_type` at
 *   `claims` when it is not an array
 * @example
 * const tracking = trackOldParts(claims, {
 *   policy: { id: 'acme-old-parts-2024', returnWithinDays: 15, from: 'submitted' },
 *   asOf: '2024-04-01',
 *   timeZone: 'Asia/Shanghai',
 * });
 * tracking.items[0]?.status; // e.g. 'overdue'
 */
export function trackOldParts(
  claims: readonly unknown[],
  options: TrackOldPartsOptions,
): OldPartTrackingResult {
  const context = readOptions(options);
  if (!Array.isArray(claims)) {
    throw AftersalesError.of('input.invalid_type', ['claims'], {
      expected: 'array of warranty claims',
      received: claims === null ? 'null' : typeof claims,
    });
  }
  const items: OldPartTracking[] = [];
  const rejected: OldPartRejection[] = [];
  const byStatus = Object.fromEntries(oldPartStatuses.map((status) => [status, 0])) as Record<
    OldPartStatus,
    number
  >;
  claims.forEach((input, row) => {
    const parsed = safeParseRecord(WarrantyClaimSchema, input);
    if (!parsed.ok) {
      rejected.push(rejection(row, parsed.issues));
      return;
    }
    try {
      const item = evaluateOldPart(parsed.value, row, context);
      byStatus[item.status] += 1;
      items.push(item);
    } catch (error) {
      // A valid claim can still push a deadline past year 9999: that row is rejected, not the batch.
      // Stryker disable next-line ConditionalExpression: evaluateOldPart throws only coded errors for a claim that passed WarrantyClaimSchema (a deadline past 9999-12-31), so no other error reaches this rethrow
      if (!isAftersalesError(error)) throw error;
      rejected.push(rejection(row, error.issues));
    }
  });
  return {
    policyId: context.policy.id,
    asOf: context.asOf,
    timeZone: context.timeZone,
    items,
    rejected,
    counts: { read: claims.length, accepted: items.length, rejected: rejected.length },
    byStatus,
  };
}

/**
 * {@link trackOldParts} without throwing: a bad option comes back as issues.
 *
 * @example
 * const result = safeTrackOldParts(claims, { policy, asOf: '2024-04-01', timeZone: 'Asia/Shanghai' });
 * if (!result.ok) console.log(result.issues[0]?.code);
 */
export function safeTrackOldParts(
  claims: readonly unknown[],
  options: TrackOldPartsOptions,
): Result<OldPartTrackingResult> {
  return attempt(() => trackOldParts(claims, options));
}
