import {
  auditRepairOrders,
  type RepairOrderInput,
  startOfCalendarDate,
  toCalendarDate,
} from '@aftersales/core';
import type { AuditRejection, ServiceSection } from './auditTypes';
import { repairOrderEvents } from './serviceEvents';
import { type RepairOrderFinding, repairOrderFindings } from './serviceFindings';
import type { ServiceRecord } from './serviceInputs';
import { repairOrderRecordFlow } from './serviceRecordFlow';

/**
 * Options of {@link auditRepairOrderRecords}: the dealer's clock, the period and the audit's today.
 *
 * @example
 * const options: RepairOrderRecordAuditOptions = {
 *   timeZone: 'Asia/Shanghai', period: { from: '2024-03-01', to: '2024-03-31' }, asOf: '2024-04-01',
 * };
 */
export interface RepairOrderRecordAuditOptions {
  readonly timeZone: string;
  /** ROs opened on these dates (dealer's clock, both ends included) are audited. */
  readonly period: { readonly from: string; readonly to: string };
  /** The audit's today: a clock still running at its first instant is overdue if past its limit. */
  readonly asOf: string;
}

/**
 * The RO audit of the service section, and the ROs the flow audit could not read.
 *
 * @example
 * const { audit, rejections } = auditRepairOrderRecords(records, options);
 */
export interface RepairOrderRecordAudit {
  readonly audit: ServiceSection['repairOrderAudit'];
  readonly rejections: readonly AuditRejection[];
}

/**
 * Audits repair-order records with core's repair-order audit (`auditRepairOrders`): each record
 * opened in the period (and not voided) is read back as its flow event log (see
 * `repairOrderEvents`) and checked against the flow's guards and SLAs (`repairOrderRecordFlow`:
 * the standard flow without the rules whose facts are not on an RO) on the dealer's clock, as
 * of the first instant of `asOf`. Each refused step and each missed SLA is a finding with the
 * RO, its code, the rule and its citation, and a message in English and Chinese naming the RO
 * fields involved; the refusals that only follow from an earlier one are folded into it (see
 * `repairOrderFindings`).
 *
 * @param records - ROs that passed the core schema, with their rows
 * @returns the audit section, and any RO the audit could not read (a rejection with its row)
 * @example
 * const { audit } = auditRepairOrderRecords(records, {
 *   timeZone: 'Asia/Shanghai', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-01',
 * });
 * audit.byCode['ro.final-inspection-passed']; // deliveries before the final inspection
 */
export function auditRepairOrderRecords(
  records: readonly ServiceRecord<RepairOrderInput>[],
  options: RepairOrderRecordAuditOptions,
): RepairOrderRecordAudit {
  const { timeZone, period } = options;
  const audited = records.filter(({ value: ro }) => {
    const opened = toCalendarDate(ro.openedAt, timeZone);
    return (
      ro.voidedAt === undefined && ro.status !== 'voided' && opened >= period.from && opened <= period.to
    );
  });
  const logs = audited.map(({ value: ro }) => ({ id: ro.id, events: repairOrderEvents(ro) }));
  const flow = repairOrderRecordFlow();
  const report = auditRepairOrders(logs, {
    timeZone,
    asOf: startOfCalendarDate(options.asOf, timeZone),
    flow,
  });
  const rejections: AuditRejection[] = [];
  const findings: RepairOrderFinding[] = [];
  const byCode: Record<string, number> = {};
  for (const result of report.results) {
    const row = audited[result.row]?.row ?? result.row;
    if (result.status === 'invalid')
      rejections.push({ input: 'repairOrders', row, issues: result.issues ?? [] });
    for (const finding of repairOrderFindings(
      result,
      logs[result.row]?.events ?? [],
      flow.definition.slas ?? [],
    )) {
      byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
      findings.push(finding);
    }
  }
  return {
    audit: {
      audited: report.summary.records - report.summary.invalid,
      withFindings: report.summary.withFindings,
      byCode,
      findings,
    },
    rejections,
  };
}
