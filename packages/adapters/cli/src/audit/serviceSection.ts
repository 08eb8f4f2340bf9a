import { AftersalesError, parseCalendarDate, parseTimeZone } from '@aftersales/core';
import type { AuditRejection, DealerDataset, ServiceSection } from './auditTypes';
import type { SectionResult } from './sectionResult';
import { comebackDrillDown } from './serviceComebacks';
import { complaintDrillDown } from './serviceComplaints';
import { countServiceInputs, readServiceInputs, serviceInputNames } from './serviceInputs';
import { auditRepairOrderRecords } from './serviceRoAudit';
import { type ServiceKpiRecords, scoreServiceKpis } from './serviceScorecard';
import { serviceTrends } from './serviceTrends';

/** The period, checked: two calendar dates, `from` not after `to`. */
function checkPeriod(period: DealerDataset['period']): DealerDataset['period'] {
  const from = parseCalendarDate(period?.from, ['period', 'from']);
  const to = parseCalendarDate(period?.to, ['period', 'to']);
  if (from > to) throw AftersalesError.of('time.invalid_range', ['period', 'to'], {});
  return { from, to };
}

const inputOrder = (input: string): number => serviceInputNames.indexOf(input as never);

/**
 * The service department's part of the audit, on the dealer's clock:
 * - **RO audit**: each repair order opened in the period, read back as its event log, checked by
 *   core's `auditRepairOrders` against the flow's guards and SLAs as of `asOf` (see
 *   `auditRepairOrderRecords`);
 * - **scorecard**: the catalog KPIs the records can feed, over the whole period, against the
 *   dealer manuals' default targets resolved for the dealer and its brand (see `scoreServiceKpis`);
 *   comebacks detected by `detectComebacks` count in the comeback rate;
 * - **trends**: the monthly values of the KPIs with a target, with the target's bound;
 * - **drill-downs**: the period's comebacks and complaints.
 *
 * Every record of the four inputs (`repairOrders`, `appointments`, `complaints`, `surveys`) is
 * checked against its core schema; a record refused there, by the KPI engine or by the flow audit
 * is a rejection with its input and 0-based row, counted in `inputs` (read = accepted + rejected),
 * and used nowhere else.
 *
 * `findings` counts what needs acting on: every RO-audit finding (a step refused by the flow, an
 * SLA missed: late, too early or overdue) plus every scorecard row that missed its target. Rows
 * at risk, without data or without a target are not findings; neither are the drill-downs (they
 * explain KPI cells already scored) nor the rejections (reported on their own).
 *
 * @param dataset - the dealer, its period and `asOf`, and the service records
 * @returns the section, input counts, rejections and the finding count
 * @throws AftersalesError for a bad time zone, period, `asOf` or currency, or an input that is
 *   not an array (a bad record is a rejection, never an exception)
 * @example
 * const { section, findings, rejections } = auditService(dataset);
 * section.scorecard.summary.counts.missed; // KPIs off target for the period
 * section.repairOrderAudit.byCode['ro.settle.maintenance.late']; // maintenance ROs settled late
 */
export function auditService(dataset: DealerDataset): SectionResult<ServiceSection> {
  const timeZone = parseTimeZone(dataset.dealer?.timeZone, ['dealer', 'timeZone']);
  const period = checkPeriod(dataset.period);
  const asOf = parseCalendarDate(dataset.asOf, ['asOf']);
  const { currency, id: dealerId, brand } = dataset.dealer;
  // Comebacks over every valid RO, those before the period too: an RO in the period may repeat one.
  const checked = readServiceInputs(dataset, timeZone);
  const { comebacks } = checked;
  const rejections: AuditRejection[] = [...checked.rejections];
  const scorecard = scoreServiceKpis(checked, {
    timeZone,
    period,
    currency,
    dealerId,
    comebacks,
    ...(brand === undefined ? {} : { brand }),
  });
  rejections.push(...scorecard.rejections);

  // From here on, only the records the KPI engine accepted as well.
  const refused = new Set(rejections.map((r) => `${r.input}\u0000${r.row}`));
  const keep = <T extends { readonly row: number }>(input: string, list: readonly T[]) =>
    list.filter((record) => !refused.has(`${input}\u0000${record.row}`));
  const accepted = {
    repairOrders: keep('repairOrders', checked.repairOrders),
    appointments: keep('appointments', checked.appointments),
    complaints: keep('complaints', checked.complaints),
    surveys: keep('surveys', checked.surveys),
  } satisfies ServiceKpiRecords;

  const trends = serviceTrends(accepted, scorecard.kpis, scorecard.targets, {
    timeZone,
    period,
    currency,
    comebacks,
  });
  const roAudit = auditRepairOrderRecords(accepted.repairOrders, { timeZone, period, asOf });
  rejections.push(...roAudit.rejections);
  rejections.sort((a, b) => inputOrder(a.input) - inputOrder(b.input) || a.row - b.row);

  const section: ServiceSection = {
    repairOrderAudit: roAudit.audit,
    scorecard: { rows: scorecard.rows, summary: scorecard.summary },
    trends,
    comebacks: comebackDrillDown(accepted.repairOrders, comebacks, { timeZone, period, currency }),
    complaints: complaintDrillDown(accepted.complaints, { timeZone, period }),
  };
  return {
    section,
    inputs: countServiceInputs(dataset, rejections),
    rejections,
    findings: roAudit.audit.findings.length + scorecard.summary.counts.missed,
  };
}
