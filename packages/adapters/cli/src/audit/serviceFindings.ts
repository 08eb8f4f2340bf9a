import type { AuditFinding, AuditResult, FlowEvent, FlowSla, FlowSlaPoint } from '@aftersales/core';
import type { ServiceSection } from './auditTypes';

/**
 * One RO-audit finding as the service section shows it.
 *
 * @example
 * const late: RepairOrderFinding = {
 *   repairOrderId: 'RO-3', code: 'ro.settle.maintenance.late', rule: 'ro.settle.maintenance',
 *   cite: 'manual:ro.settle.maintenance',
 *   message: {
 *     en: 'A maintenance RO is settled within 3 days of completion: missed',
 *     zh: '保养工单完工后3天内结算：超时',
 *   },
 * };
 */
export type RepairOrderFinding = ServiceSection['repairOrderAudit']['findings'][number];

/** A refused step, and what its refusal took with it. */
interface Refusal {
  readonly finding: AuditFinding;
  readonly state: unknown;
  /** RO fields of the later steps refused because the RO was stuck in the same state. */
  readonly later: string[];
  /** SLAs reported overdue only because the step that stops their clock was refused. */
  readonly unjudged: string[];
}

/**
 * A finding's code: the rule that refused a step (a guard such as `ro.final-inspection-passed`, or
 * a flow rule such as `flow.not-in-state`), or the SLA and how it was missed
 * (`care.followup.first.early`, `ro.settle.maintenance.late`, `care.followup.second.overdue`).
 *
 * @example
 * findingCode({ rule: 'ro.settle.maintenance', kind: 'late' }); // 'ro.settle.maintenance.late'
 */
export function findingCode(finding: Pick<AuditFinding, 'rule' | 'kind'>): string {
  return finding.kind === 'refused' ? finding.rule : `${finding.rule}.${finding.kind}`;
}

function stopsOn(sla: FlowSla | undefined, event: FlowEvent | undefined): boolean {
  if (sla === undefined || event === undefined) return false;
  const points: readonly FlowSlaPoint[] = Array.isArray(sla.stop) ? sla.stop : [sla.stop as FlowSlaPoint];
  return points.some(
    (point) =>
      'event' in point &&
      point.event === event.type &&
      Object.entries(point.where ?? {}).every(([key, value]) => event.data?.[key] === value),
  );
}

/**
 * The findings of one RO's flow audit, with each cascade folded into its cause. On a log rebuilt
 * from a record, one step missing (or refused) leaves the RO in the same state, and the flow then
 * refuses every later step of the record as "not possible in this state", and reports overdue
 * every SLA whose clock that step would have stopped. Those are consequences, not more faults:
 * each such refusal (same state, rule `flow.not-in-state`) and each such overdue SLA is named in
 * the message of the finding that caused it, not counted again. Every other finding stands as
 * core's audit gives it. Messages name the RO fields behind the events.
 *
 * @param result - one RO's result from `auditRepairOrders`
 * @param events - the log that was audited
 * @param slas - the SLAs of the flow it was audited against
 * @example
 * const slas = repairOrderRecordFlow().definition.slas ?? [];
 * const findings = repairOrderFindings(report.results[0], events, slas);
 * findings.map((f) => f.code); // e.g. ['flow.not-in-state'] for an RO delivered without its final inspection
 */
export function repairOrderFindings(
  result: AuditResult,
  events: readonly FlowEvent[],
  slas: readonly FlowSla[],
): RepairOrderFinding[] {
  const refusals: Refusal[] = [];
  const refusedAt = new Map<number, Refusal>();
  const standing: AuditFinding[] = [];
  let current: Refusal | undefined;
  for (const finding of result.findings) {
    if (finding.kind !== 'refused') continue;
    const state = finding.facts.state;
    if (current !== undefined && finding.rule === 'flow.not-in-state' && state === current.state) {
      current.later.push(...finding.eventIds);
    } else {
      current = { finding, state, later: [], unjudged: [] };
      refusals.push(current);
    }
    for (const index of finding.events) refusedAt.set(index, current);
  }
  for (const finding of result.findings) {
    if (finding.kind === 'refused') continue;
    const sla = slas.find((s) => s.id === finding.rule);
    const start = finding.events[0] ?? -1;
    const cause =
      finding.kind === 'overdue'
        ? [...refusedAt].find(([index]) => index > start && stopsOn(sla, events[index]))?.[1]
        : undefined;
    if (cause === undefined) standing.push(finding);
    else cause.unjudged.push(finding.rule);
  }
  const shown = (finding: AuditFinding, refusal?: Refusal): RepairOrderFinding => {
    const fields = finding.eventIds.join(', ');
    let en = `${finding.message.en} (RO fields: ${fields})`;
    let zh = `${finding.message.zh}（工单字段：${fields}）`;
    if (refusal !== undefined && refusal.later.length > 0) {
      en += `; refused after it, in the same state: ${refusal.later.join(', ')}`;
      zh += `；其后同一状态下被拒：${refusal.later.join('、')}`;
    }
    if (refusal !== undefined && refusal.unjudged.length > 0) {
      en += `; not judged, the step that stops their clock was refused: ${refusal.unjudged.join(', ')}`;
      zh += `；因结束计时的步骤被拒而未能判定：${refusal.unjudged.join('、')}`;
    }
    return {
      repairOrderId: finding.recordId,
      code: findingCode(finding),
      rule: finding.rule,
      cite: finding.cite,
      message: { en, zh },
    };
  };
  return [
    ...refusals.map((refusal) => shown(refusal.finding, refusal)),
    ...standing.map((finding) => shown(finding)),
  ];
}
