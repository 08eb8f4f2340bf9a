import type { AftersalesIssue, Citation, JsonObject, LocalizedText } from '@aftersales/core';

/**
 * What a finding of the claim audit says is wrong (or worth knowing) about a claim. Severities
 * (see {@link FindingSeverity}):
 * - `reject`: `claim.out_of_coverage`, `claim.duplicate`, `claim.late_submission`,
 *   `claim.old_part_missing`, `claim.over_authority`;
 * - `review`: `claim.unknown_vehicle`, `claim.no_policy`, `claim.coverage_unknown`,
 *   `claim.odometer_rollback`, `claim.implausible_distance`, `claim.unknown_op`,
 *   `claim.hours_above_standard`, `claim.part_not_plausible`, `claim.op_not_plausible`,
 *   `claim.currency_mismatch`, `claim.labor_rate_above_agreed`, `claim.part_price_above_agreed`;
 * - `info`: `claim.resubmission`.
 */
export type ClaimFindingCode =
  | 'claim.unknown_vehicle'
  | 'claim.no_policy'
  | 'claim.out_of_coverage'
  | 'claim.coverage_unknown'
  | 'claim.duplicate'
  | 'claim.resubmission'
  | 'claim.odometer_rollback'
  | 'claim.implausible_distance'
  | 'claim.unknown_op'
  | 'claim.hours_above_standard'
  | 'claim.part_not_plausible'
  | 'claim.op_not_plausible'
  | 'claim.late_submission'
  | 'claim.old_part_missing'
  | 'claim.over_authority'
  | 'claim.currency_mismatch'
  | 'claim.labor_rate_above_agreed'
  | 'claim.part_price_above_agreed';

/**
 * How much a finding weighs:
 * - `reject`: a rule of the policy is broken as the claim stands: it is not payable unless corrected
 *   (out of coverage, paid twice, filed late, old part not returned, above authority unauthorized);
 * - `review`: the data is doubtful or above an agreed figure, a person decides (which odometer
 *   reading is wrong; pay the standard hours or the agreed price; reference data missing);
 * - `info`: worth knowing, nothing to decide (a claim like one the carmaker already rejected).
 */
export type FindingSeverity = 'reject' | 'review' | 'info';

/** One finding on one claim: plain JSON. */
export interface ClaimFinding {
  readonly code: ClaimFindingCode;
  readonly severity: FindingSeverity;
  /** Stable rule id, `warranty.audit.<name>`. */
  readonly rule: string;
  readonly cite: Citation;
  readonly message: LocalizedText;
  readonly facts: JsonObject;
}

/**
 * The audit of one claim: `approved` (no finding), `findings`, or `rejected` (malformed: the
 * `issues` say which field, their paths starting with the row).
 */
export interface ClaimAuditResult {
  readonly row: number;
  readonly claimId: string | null;
  readonly status: 'approved' | 'findings' | 'rejected';
  readonly findings: readonly ClaimFinding[];
  readonly issues?: readonly AftersalesIssue[];
}

/** Which history list a rejected history row came from. */
export type HistoryInput = 'vehicles' | 'repairOrders' | 'claims' | 'odometerReadings';

/** A history row that could not be read: never dropped silently, listed here with its issues. */
export interface HistoryRejection {
  readonly input: HistoryInput;
  readonly row: number;
  readonly issues: readonly AftersalesIssue[];
}

/** The counts of an audit. */
export interface ClaimAuditSummary {
  readonly read: number;
  readonly approved: number;
  readonly withFindings: number;
  readonly rejected: number;
  /** Findings, all claims together. */
  readonly findings: number;
  readonly byCode: Readonly<Record<string, number>>;
  readonly bySeverity: Readonly<Record<FindingSeverity, number>>;
  /** Per rule id: the claims it was applied to. */
  readonly checked: Readonly<Record<string, number>>;
  /** Per rule id: the claims it could not be applied to (a figure or reference data missing). */
  readonly notChecked: Readonly<Record<string, number>>;
  /** History rows read, rejected (see `historyRejections`) and ignored (voided or cancelled ROs). */
  readonly history: { readonly read: number; readonly rejected: number; readonly ignored: number };
}

/** What {@link auditClaims} returns: one result per claim in, in order. */
export interface ClaimAuditReport {
  readonly results: readonly ClaimAuditResult[];
  readonly summary: ClaimAuditSummary;
  readonly historyRejections: readonly HistoryRejection[];
}
