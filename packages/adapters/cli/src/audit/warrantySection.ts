import { type AftersalesIssue, isAftersalesError, zonedDateTime } from '@aftersales/core';
import {
  type AuditClaimsOptions,
  auditClaims,
  type ClaimAuditReport,
  cnSanbao2013,
  cnSanbao2021,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
} from '@aftersales/warranty';
import type { DealerDataset, WarrantySection } from './auditTypes';
import { createRejectionTally, type RejectionTally } from './rejectionTally';
import type { SectionResult } from './sectionResult';
import { readWarrantyReference } from './warrantyReference';
import { evaluateSanbaoCases, reachesRight } from './warrantySanbao';

/** The rows of `laborTimes` an options error is about, when every issue is about one of them. */
function laborTimeRowsOf(issues: readonly AftersalesIssue[]): number[] | undefined {
  const rows = issues.map((issue) => (issue.path[0] === 'laborTimes' ? issue.path[1] : undefined));
  return rows.every((row) => typeof row === 'number') ? (rows as number[]) : undefined;
}

/**
 * `auditClaims`, with a labor time it refuses as a whole (an op listed twice for the same brand
 * and model: `warranty.duplicate`) taken out and refused alone, then the audit run again.
 */
function auditWithLaborTimes(
  claims: readonly unknown[],
  options: Omit<AuditClaimsOptions, 'laborTimes'>,
  laborTimes: readonly unknown[],
  laborTimeRows: readonly number[],
  tally: RejectionTally,
): ClaimAuditReport {
  const times = [...laborTimes];
  const rows = [...laborTimeRows];
  for (;;) {
    try {
      return auditClaims(claims, { ...options, laborTimes: times });
    } catch (error) {
      const bad = isAftersalesError(error) ? laborTimeRowsOf(error.issues) : undefined;
      if (bad === undefined || bad.length === 0 || !isAftersalesError(error)) throw error;
      for (const index of [...new Set(bad)].sort((a, b) => b - a)) {
        const issues = error.issues
          .filter((issue) => issue.path[1] === index)
          .map((issue) => ({ ...issue, path: issue.path.slice(2) }));
        tally.reject('warranty.laborTimes', rows[index] as number, issues);
        times.splice(index, 1);
        rows.splice(index, 1);
      }
    }
  }
}

/**
 * The warranty section of an audit, with `@aftersales/warranty`, on the dealer's clock
 * (`dataset.dealer.timeZone`) as of the end of `dataset.asOf`; the clock is never read.
 *
 * - **Claim audit**: `auditClaims` of `warranty.claims` against the example carmaker's policies
 *   (`huaxiaPolicy2022`, `huaxiaPolicy2024`) with the 三包 包修期 as the legal floor
 *   (`cnSanbao2021`, `cnSanbao2013`), the vehicles and RO headers as history, the standard labor
 *   times, part groups and the carmaker's part prices (dealer net). Its summary, and every finding
 *   with the claim's id and row.
 * - **三包**: the rights of each `vehicleCases` record (see `evaluateSanbaoCases`): VIN, the pack
 *   that governs it, the decision.
 *
 * Records refused (claims, history rows, labor times, part-group and price entries, vehicle
 * cases) are in `rejections` under `warranty.claims`, `warranty.vehicles`,
 * `warranty.repairOrders`, `warranty.laborTimes`, `warranty.partGroups`, `warranty.partPrices`
 * and `vehicleCases`, with their 0-based row; `inputs` counts each.
 *
 * `findings` counts every claim finding (reject, review and info) plus the 三包 cases that reach a
 * right beyond a free repair (replacement or return of the car or of an assembly): a case whose
 * outcome is `repair` or `none` is listed, not counted.
 *
 * @param dataset - the dealer's records; `dealer`, `asOf`, `warranty` and `vehicleCases` are read
 * @returns the section, its input counts, rejections and finding count
 * @throws AftersalesError only for a dataset whose dealer zone or `asOf` the packages refuse
 * @example
 * const { section, findings } = auditWarranty(dataset);
 * section.claims.summary.withFindings; // claims with at least one finding
 */
export function auditWarranty(dataset: DealerDataset): SectionResult<WarrantySection> {
  const { dealer, warranty } = dataset;
  const tally = createRejectionTally();
  const asOf = zonedDateTime(dataset.asOf, '23:59', dealer.timeZone);
  const reference = readWarrantyReference(warranty, tally);
  const report = auditWithLaborTimes(
    warranty.claims,
    {
      policies: [huaxiaPolicy2022, huaxiaPolicy2024],
      jurisdictions: [cnSanbao2021, cnSanbao2013],
      history: { vehicles: warranty.vehicles, repairOrders: warranty.repairOrders },
      options: {
        timeZone: dealer.timeZone,
        asOf,
        partGroups: reference.partGroups,
        partPrices: reference.partPrices,
      },
    },
    reference.laborTimes,
    reference.laborTimeRows,
    tally,
  );
  for (const rejection of report.historyRejections) {
    tally.reject(`warranty.${rejection.input}`, rejection.row, rejection.issues);
  }
  const findings: WarrantySection['claims']['findings'][number][] = [];
  for (const result of report.results) {
    if (result.status === 'rejected') tally.reject('warranty.claims', result.row, result.issues ?? []);
    for (const finding of result.findings)
      findings.push({ ...finding, claimId: result.claimId, row: result.row });
  }
  const sanbao = evaluateSanbaoCases(dataset.vehicleCases, dealer.timeZone, asOf, tally);
  const rights = sanbao.filter((entry) => reachesRight(entry.decision)).length;
  return {
    section: { claims: { summary: report.summary, findings }, sanbao },
    inputs: {
      'warranty.vehicles': tally.count('warranty.vehicles', warranty.vehicles.length),
      'warranty.repairOrders': tally.count('warranty.repairOrders', warranty.repairOrders.length),
      'warranty.claims': tally.count('warranty.claims', warranty.claims.length),
      'warranty.laborTimes': tally.count('warranty.laborTimes', warranty.laborTimes.length),
      'warranty.partGroups': tally.count('warranty.partGroups', Object.keys(warranty.partGroups).length),
      'warranty.partPrices': tally.count('warranty.partPrices', Object.keys(warranty.partPrices).length),
      vehicleCases: tally.count('vehicleCases', dataset.vehicleCases.length),
    },
    rejections: tally.rejections(),
    findings: findings.length + rights,
  };
}
