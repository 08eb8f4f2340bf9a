import type { Citation, JsonObject, LocalizedText } from '@aftersales/core';
import type { ClaimFinding, ClaimFindingCode, FindingSeverity } from './auditTypes';

/**
 * The rules of the claim audit, each with its stable id. The citation of a finding depends on the
 * claim (which policy, which figure), so it is given when the finding is made.
 */
export const auditRules = {
  vehicle: 'warranty.audit.vehicle',
  policy: 'warranty.audit.policy',
  coverage: 'warranty.audit.coverage',
  duplicate: 'warranty.audit.duplicate',
  odometerRollback: 'warranty.audit.odometer-rollback',
  dailyDistance: 'warranty.audit.daily-distance',
  laborTime: 'warranty.audit.labor-time',
  standardHours: 'warranty.audit.standard-hours',
  partPlausibility: 'warranty.audit.part-plausibility',
  opPlausibility: 'warranty.audit.op-plausibility',
  submission: 'warranty.audit.submission-deadline',
  oldPart: 'warranty.audit.old-part-return',
  authority: 'warranty.audit.authority',
  currency: 'warranty.audit.currency',
  laborRate: 'warranty.audit.labor-rate',
  partPrice: 'warranty.audit.part-price',
} as const;

/** A rule of the audit by name; see {@link auditRules}. */
export type AuditRuleName = keyof typeof auditRules;

const NAMES = Object.keys(auditRules) as AuditRuleName[];

/** Each rule's position, for the counters: `tally.checked(RULE.duplicate)` (a number, not a key lookup, per claim). */
export const RULE = Object.freeze(Object.fromEntries(NAMES.map((name, index) => [name, index]))) as Readonly<
  Record<AuditRuleName, number>
>;

/** Counts per rule (claims checked, claims not checked) and per finding, kept in arrays while the batch runs. */
export class AuditTally {
  private readonly checkedCounts = new Int32Array(NAMES.length);
  private readonly notCheckedCounts = new Int32Array(NAMES.length);
  readonly byCode: Record<string, number> = {};
  readonly bySeverity: Record<FindingSeverity, number> = { reject: 0, review: 0, info: 0 };
  findings = 0;

  /** Counts a claim the rule at `index` (see {@link RULE}) was applied to. */
  checked(index: number): void {
    this.checkedCounts[index] = (this.checkedCounts[index] as number) + 1;
  }

  /** Counts a claim the rule at `index` could not be applied to. */
  notChecked(index: number): void {
    this.notCheckedCounts[index] = (this.notCheckedCounts[index] as number) + 1;
  }

  found(finding: ClaimFinding): void {
    this.findings++;
    this.byCode[finding.code] = (this.byCode[finding.code] ?? 0) + 1;
    this.bySeverity[finding.severity]++;
  }

  /** Per rule id, the rules with a count. */
  counts(which: 'checked' | 'notChecked'): Record<string, number> {
    const counts = which === 'checked' ? this.checkedCounts : this.notCheckedCounts;
    const out: Record<string, number> = {};
    NAMES.forEach((name, index) => {
      const count = counts[index] as number;
      if (count > 0) out[auditRules[name]] = count;
    });
    return out;
  }
}

/** Where a check puts its findings: the claim's list, made on the first one. */
export interface FindingSink {
  findings: ClaimFinding[] | undefined;
  readonly tally: AuditTally;
}

/** Adds a finding to the claim being audited. */
export function addFinding(
  sink: FindingSink,
  code: ClaimFindingCode,
  severity: FindingSeverity,
  rule: AuditRuleName,
  cite: Citation,
  message: LocalizedText,
  facts: JsonObject,
): void {
  const finding: ClaimFinding = { code, severity, rule: auditRules[rule], cite, message, facts };
  if (sink.findings === undefined) sink.findings = [finding];
  else sink.findings.push(finding);
  sink.tally.found(finding);
}
