import { AftersalesError } from '@aftersales/core';
import { type AuditClaimsOptions, readAuditOptions } from './auditOptions';
import { AuditTally } from './auditRules';
import type { ClaimAuditReport, ClaimAuditResult, ClaimFinding, HistoryRejection } from './auditTypes';
import { checkAuthority } from './checks/authority';
import { checkCoverage } from './checks/coverage';
import { checkDuplicate } from './checks/duplicate';
import { checkLaborHours } from './checks/laborHours';
import { checkLaborRate } from './checks/laborRate';
import { checkOdometer } from './checks/odometer';
import { checkOldPart } from './checks/oldPart';
import { checkPartPrice } from './checks/partPrice';
import { checkPlausibility } from './checks/plausibility';
import { checkSubmission } from './checks/submission';
import { checkCurrency, checkVehicle } from './checks/vehicleChecks';
import { type AuditRun, type ClaimContext, createClaimContext, prepareClaim } from './claimContext';
import { readClaimRows } from './claimRows';
import { buildHistoryIndex } from './historyIndex';
import { readVehicles } from './vinSlots';

/** The checks, in the order their findings are listed. */
const CHECKS: readonly ((run: AuditRun, c: ClaimContext) => void)[] = [
  checkVehicle,
  checkCoverage,
  checkDuplicate,
  checkOdometer,
  checkSubmission,
  checkOldPart,
  checkLaborHours,
  checkPlausibility,
  checkCurrency,
  checkAuthority,
  checkLaborRate,
  checkPartPrice,
];

const NO_FINDINGS: readonly ClaimFinding[] = Object.freeze([]);

function idOf(input: unknown): string | null {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/**
 * Audits the warranty claims dealers send to the carmaker (索赔审核), one result per claim in, in
 * order: `approved`, `findings` (each with code, severity, rule, citation, en/zh message and
 * facts), or `rejected` when malformed (its issues name the row and field; nothing is thrown for
 * a bad claim). Checks: coverage at the repair date and odometer (policy in force at the sale
 * date, and the legal floor of the jurisdictions); duplicates (same VIN, op and part within N
 * days, against earlier claims and earlier rows); odometer below an earlier reading or
 * implausible km a day; hours above the standard time; parts and ops that do not fit the op or
 * failure code; late submission; old part not returned in time; above the dealer's authority
 * without pre-authorization; labor rate and part price above the agreed ones. Money is exact.
 *
 * The history (vehicles, RO headers, earlier claims, odometer readings) is read and indexed once;
 * a malformed history row is listed in `historyRejections`, never dropped silently. Rows already in
 * the schemas' output form are checked field by field, others by the zod schemas.
 *
 * @param claims - core `WarrantyClaim` records (validated here)
 * @param options - see {@link AuditClaimsOptions}
 * @returns a {@link ClaimAuditReport}
 * @throws AftersalesError for bad options only, naming the field (`input.*` at `['options', 'asOf']`,
 *   `['laborTimes', 2, 'standardHours']`, `['history', 'vehicles']`…, `time.invalid_zone`,
 *   `warranty.invalid_policy`, `warranty.invalid_jurisdiction`, `warranty.duplicate`)
 * @example
 * const report = auditClaims(claims, {
 *   policies: [huaxiaPolicy2022, huaxiaPolicy2024],
 *   history: { vehicles, repairOrders, claims: earlierClaims },
 *   laborTimes: [{ opCode: '46-1120', standardHours: '1.2', system: 'brakes' }],
 *   options: { timeZone: 'Asia/Shanghai', asOf: '2024-04-08T09:00:00+08:00' },
 * });
 * report.results[0]?.status; // 'approved' | 'findings' | 'rejected'
 */
export function auditClaims(claims: readonly unknown[], options: AuditClaimsOptions): ClaimAuditReport {
  if (!Array.isArray(claims)) {
    throw AftersalesError.of('input.invalid_type', ['claims'], {
      expected: 'array',
      received: claims === null ? 'null' : typeof claims,
    });
  }
  const context = readAuditOptions(options);
  const rejections: HistoryRejection[] = [];
  const vins = readVehicles(context.history.vehicles, (row, issues) =>
    rejections.push({ input: 'vehicles', row, issues }),
  );
  const batch = readClaimRows(claims, vins, true);
  const index = buildHistoryIndex(context, vins, batch, rejections);
  const run: AuditRun = { context, vins, batch, index };
  const tally = new AuditTally();
  const c = createClaimContext(run, tally);
  const results: ClaimAuditResult[] = new Array(claims.length);
  let approved = 0;
  let rejected = 0;
  for (let row = 0; row < claims.length; row++) {
    const claim = batch.claims[row];
    if (claim === undefined) {
      rejected++;
      const issues = batch.issues[row] ?? [];
      results[row] = { row, claimId: idOf(claims[row]), status: 'rejected', findings: NO_FINDINGS, issues };
      continue;
    }
    prepareClaim(run, c, row, claim);
    for (const check of CHECKS) check(run, c);
    const findings = c.findings;
    if (findings === undefined) approved++;
    results[row] =
      findings === undefined
        ? { row, claimId: claim.id, status: 'approved', findings: NO_FINDINGS }
        : { row, claimId: claim.id, status: 'findings', findings };
  }
  return {
    results,
    summary: {
      read: claims.length,
      approved,
      withFindings: claims.length - approved - rejected,
      rejected,
      findings: tally.findings,
      byCode: tally.byCode,
      bySeverity: tally.bySeverity,
      checked: tally.counts('checked'),
      notChecked: tally.counts('notChecked'),
      history: { ...index.counts },
    },
    historyRejections: rejections,
  };
}
