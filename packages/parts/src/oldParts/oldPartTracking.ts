import type {
  AftersalesIssue,
  CalendarDate,
  Decision,
  ErrorCode,
  IssuePath,
  LocalizedText,
  WarrantyClaimStatus,
} from '@aftersales/core';

/**
 * Where a claim's old part stands, as of a date (旧件回运状态):
 * - `not_required` 无需回运: no retained part, a draft claim, or a rejected claim whose part the
 *   policy leaves with the dealer;
 * - `shipped_on_time` 按时回运: shipped on or before the deadline (the deadline is the last day);
 * - `shipped_late` 逾期回运: shipped after the deadline;
 * - `awaiting_return` 待回运: not shipped, deadline not passed (the deadline day itself included);
 * - `overdue` 逾期未回运: not shipped and the deadline has passed;
 * - `no_deadline` 无截止日期: due, but the policy's clock has not started (its claim date is
 *   missing) and the claim carries no deadline of its own.
 */
export type OldPartStatus =
  | 'not_required'
  | 'shipped_on_time'
  | 'shipped_late'
  | 'awaiting_return'
  | 'overdue'
  | 'no_deadline';

/** Every {@link OldPartStatus}, in the order above. */
export const oldPartStatuses: readonly OldPartStatus[] = Object.freeze([
  'not_required',
  'shipped_on_time',
  'shipped_late',
  'awaiting_return',
  'overdue',
  'no_deadline',
]);

/** Whose deadline applies: the one the carmaker wrote on the claim, or the policy's computed one. */
export type OldPartDeadlineSource = 'claim' | 'policy';

/** The details of an old-part {@link Decision}: the deadline, its source and the day counts. */
export type OldPartDecisionDetails = {
  readonly deadline: CalendarDate | null;
  readonly deadlineSource: OldPartDeadlineSource | null;
  readonly daysLeft: number | null;
  readonly daysOverdue: number | null;
};

/**
 * The old part of one claim, tracked. Dates are calendar dates in the dealer's time zone;
 * absent values are `null` so the item is plain JSON.
 *
 * - `clockStart`: the local date of the claim field the policy's clock starts from (also when the
 *   claim's own deadline wins), `null` when the claim does not have it.
 * - `shippedOn`: the local date of `oldPart.shippedAt`; a shipment dated after `asOf` is shown
 *   here but not counted as shipped (as of `asOf` it had not happened).
 * - `daysLeft`: `awaiting_return` only, `deadline − asOf` (0 on the deadline day).
 * - `daysOverdue`: `overdue`: `asOf − deadline` (≥ 1); `shipped_late`: `shippedOn − deadline`.
 * - `causalPartNumber`: the claim's `causalPartNumber`, else the claimed part flagged `isCausal`.
 */
export interface OldPartTracking {
  readonly row: number;
  readonly claimId: string;
  readonly claimNumber: string | null;
  readonly dealerId: string;
  readonly vin: string;
  readonly causalPartNumber: string | null;
  readonly claimStatus: WarrantyClaimStatus;
  readonly warrantyAdminId: string | null;
  readonly status: OldPartStatus;
  readonly deadline: CalendarDate | null;
  readonly deadlineSource: OldPartDeadlineSource | null;
  readonly clockStart: CalendarDate | null;
  readonly shippedOn: CalendarDate | null;
  readonly shipmentNumber: string | null;
  readonly daysLeft: number | null;
  readonly daysOverdue: number | null;
  readonly decision: Decision<OldPartStatus, OldPartDecisionDetails>;
}

/**
 * A claim that could not be tracked: its row (0-based) in `claims`, the first issue's path
 * (inside the claim), code and message, and all its issues.
 */
export interface OldPartRejection {
  readonly input: 'claims';
  readonly row: number;
  readonly path: IssuePath;
  readonly code: ErrorCode;
  readonly message: LocalizedText;
  readonly issues: readonly AftersalesIssue[];
}

/**
 * The result of `trackOldParts`: one item per valid claim, in input order, and one rejection per
 * invalid claim; `counts.read = counts.accepted + counts.rejected`.
 */
export interface OldPartTrackingResult {
  readonly policyId: string;
  readonly asOf: CalendarDate;
  readonly timeZone: string;
  readonly items: readonly OldPartTracking[];
  readonly rejected: readonly OldPartRejection[];
  readonly counts: { readonly read: number; readonly accepted: number; readonly rejected: number };
  readonly byStatus: Readonly<Record<OldPartStatus, number>>;
}
