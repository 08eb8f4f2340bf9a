import type { Flow } from '../createFlow';
import type { RepairOrderFlowData } from '../repairOrder/repairOrderData';
import { repairOrderFlow } from '../repairOrder/repairOrderFlow';
import type { FlowVersions } from '../versions';
import { type AuditOptions, type AuditReport, auditFlowLogs, type FlowHistory } from './auditFlowLogs';

/** Options of {@link auditRepairOrders}: the audit's, plus the flow to check against. */
export interface AuditRepairOrdersOptions extends AuditOptions {
  /** Default: the standard {@link repairOrderFlow}; pass an extended flow or its versions. */
  readonly flow?: Flow<RepairOrderFlowData> | FlowVersions<RepairOrderFlowData>;
}

/**
 * Audits a batch of repair-order histories against the repair-order flow and its SLAs:
 * maintenance ROs settled within 3 days of completion, insurance ROs in the month of
 * completion, the customer record within 2 days, the first follow-up on day 3–7 after delivery
 * and the second in the week after. Each refused event or missed SLA is a finding with the RO
 * id, the rule id, its citation and the events involved; every RO in comes out clean, with
 * findings, or invalid. SLAs scoped by kind read the kind from the `receive_vehicle` (or
 * `book_appointment`) payload.
 *
 * @param histories - `{ id, events }` per repair order (id = the RO id)
 * @param options - the dealer's time zone (required), calendar, `asOf`, flow
 * @returns one result per RO, in order, and a summary
 * @throws AftersalesError for bad arguments only (see {@link auditFlowLogs})
 *
 * @example
 * const report = auditRepairOrders(histories, { timeZone: 'Asia/Shanghai', asOf: '2024-04-01T00:00:00+08:00' });
 * for (const result of report.results) {
 *   for (const finding of result.findings) console.log(result.recordId, finding.rule, finding.cite, finding.message.zh);
 * }
 */
export function auditRepairOrders(
  histories: readonly FlowHistory[],
  options: AuditRepairOrdersOptions,
): AuditReport {
  const flow =
    typeof options === 'object' && options !== null && options.flow ? options.flow : repairOrderFlow;
  return auditFlowLogs(flow as unknown as Flow | FlowVersions, histories, options);
}
