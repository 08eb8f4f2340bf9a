import {
  type AftersalesIssue,
  createIssue,
  type RepairOrder,
  type RepairOrderJob,
  RepairOrderSchema,
  safeParseRecord,
} from '@aftersales/core';
import { STAR_OF_AUTHORIZATION, starPayTypeOf } from './codeMaps';
import { inputProblem } from './inputShape';
import { toStarInspection } from './inspections';
import { odometerSnapshot } from './odometer';
import type { StarResult } from './result';
import { type StarRepairOrder, StarRepairOrderSchema } from './schemas/repairOrder';
import { eventOfInstant, INSTANT_EVENTS, starPositionOf } from './statusEvents';
import { toStarFinancialSummary } from './toStarFinancialSummary';
import { keptStar, noteOtherExtensions, toStarLaborOperation } from './toStarLaborOperation';

/** What the export notes and what stops it. */
interface Sink {
  readonly notes: AftersalesIssue[];
  readonly issues: AftersalesIssue[];
}

function notExported(sink: Sink, path: (string | number)[], reason: string, reasonZh: string): void {
  sink.notes.push(createIssue('star.not_exported', path, { reason, reasonZh }));
}

function narratives(text: string | undefined, type: string): Record<string, unknown>[] | undefined {
  return text === undefined ? undefined : [{ narrative_type: type, narrative_desc: text }];
}

function toLineItem(
  job: RepairOrderJob,
  currency: string,
  index: number,
  sink: Sink,
): Record<string, unknown> {
  const path = ['jobs', index];
  const item: Record<string, unknown> = keptStar(job.extensions);
  noteOtherExtensions(sink.notes, job.extensions, path);
  item.repair_order_line_id = job.id;
  if (job.sequence !== undefined) item.sequential_line_number = job.sequence;
  item.complaint_narratives = narratives(job.concern, 'COMPLAINT');
  if (job.cause !== undefined) item.cause_narratives = narratives(job.cause, 'CAUSE');
  if (job.correction !== undefined) item.correction_narratives = narratives(job.correction, 'CORRECTION');
  const status = STAR_OF_AUTHORIZATION[job.authorization];
  const authorization: Record<string, unknown> = {};
  if (status !== undefined) authorization.authorization_status_type = status;
  if (job.approvedAt !== undefined) authorization.authorized_date_time = job.approvedAt;
  if (job.authorizationNote !== undefined)
    authorization.authorization_narratives = narratives(job.authorizationNote, 'DECISION');
  if (Object.keys(authorization).length > 0) item.repair_authorization = authorization;
  if (status === undefined)
    notExported(
      sink,
      [...path, 'authorization'],
      'STAR authorizations have no deferred status (read back from the lines)',
      'STAR 授权状态无“暂缓”（由工时状态推回）',
    );
  const payType = starPayTypeOf(job);
  if (payType !== undefined) item.pay_types = [payType];
  else
    notExported(
      sink,
      [...path, 'payType'],
      `pay type ${job.payType} has no STAR pay type (read back from the first line)`,
      `付费类型 ${job.payType} 无对应 STAR 付费类型（由第一条工时推回）`,
    );
  if (job.isAdditionalWork) item.priority_type = 'RECOMMENDED_ADD_ON';
  const service: Record<string, unknown> = {};
  service.labor_operations = job.laborLines.flatMap((line, l) => {
    const op = toStarLaborOperation(line, currency, [...path, 'laborLines', l], sink.notes, sink.issues);
    return op === undefined ? [] : [op];
  });
  if (job.inspections.length > 0) service.inspections = job.inspections.map(toStarInspection);
  item.service_jobs = [service];
  const dropped: [keyof RepairOrderJob, string][] = [
    ['system', '维修系统'],
    ['kind', '维修类别'],
    ['warrantyClaimId', '索赔单'],
  ];
  for (const [field, zh] of dropped) {
    if (job[field] !== undefined)
      notExported(
        sink,
        [...path, field],
        `${field}: a line item has no field for it`,
        `${zh}：STAR 项目无对应字段`,
      );
  }
  if (job.partLines.length > 0)
    notExported(
      sink,
      [...path, 'partLines'],
      'part lines are not written (see docs/adapter-star.md)',
      '配件行不导出',
    );
  if (job.subletLines.length > 0)
    notExported(
      sink,
      [...path, 'subletLines'],
      'sublet lines are not written (STAR sublets carry no amount)',
      '外包行不导出（STAR 外包无金额）',
    );
  return item;
}

function header(ro: RepairOrder, sink: Sink): Record<string, unknown> {
  const doc: Record<string, unknown> = keptStar(ro.extensions);
  noteOtherExtensions(sink.notes, ro.extensions, []);
  doc.repair_order_key = ro.id;
  doc.repair_order_id = ro.roNumber;
  doc.dealer_references = [{ dealer_id: ro.dealerId }];
  doc.staff_assignments = [{ role_types: ['SERVICE_ADVISOR'], identifier: { value: ro.advisorId } }];
  doc.vehicle_reference = { vin: ro.vin };
  doc.locale = { currency_code: ro.currency };
  doc.repair_order_group = ro.kind;
  const position = starPositionOf(ro.status, ro.hold);
  if (ro.hold === 'insurer')
    notExported(sink, ['hold'], 'STAR has no insurer hold', 'STAR 无“待保险定损”挂起');
  doc.repair_status_summary = {
    current_repair_status_type: ro.starStatus ?? position.status,
    current_repair_stage_type: ro.starStage ?? position.stage,
    repair_order_duration: { start_date_time: ro.openedAt },
  };
  const events = INSTANT_EVENTS.flatMap(([key]) => {
    const at = key === 'qc.finalAt' ? ro.qc?.finalAt : (ro[key] as string | undefined);
    const event = at === undefined ? undefined : eventOfInstant(key, at);
    return event === undefined ? [] : [event];
  });
  const kept = Array.isArray(doc.repair_status_events) ? doc.repair_status_events : [];
  if (events.length + kept.length > 0) doc.repair_status_events = [...events, ...kept];
  if (ro.invoiceNumber !== undefined) doc.invoice_identifier = ro.invoiceNumber;
  if (ro.notes !== undefined) doc.repair_order_description = [ro.notes];
  const snapshots = [];
  if (ro.odometerInKm !== undefined) snapshots.push(odometerSnapshot(ro.odometerInKm, 'CHECK_IN'));
  if (ro.odometerOutKm !== undefined) snapshots.push(odometerSnapshot(ro.odometerOutKm, 'CHECK_OUT'));
  if (snapshots.length > 0) doc.vehicle_snapshots = snapshots;
  return doc;
}

const DROPPED: readonly [keyof RepairOrder, string][] = [
  ['customerId', '客户'],
  ['promisedAt', '预计交车'],
  ['appointmentId', '预约单'],
  ['rescueFee', '救援费'],
  ['comeback', '返修'],
  ['followUpAdvice', '回访建议'],
];

/**
 * Writes a core repair order as a STAR repair order that passes the adapter's STAR schema. Each
 * job becomes a line item with one service job; each labor line a labor operation; the flow
 * instants become repair status events; the odometer in/out vehicle snapshots (km). Fields
 * STAR has no place for are left out with a `star.not_exported` note; what was kept in
 * `extensions.star` at import is written back. A line STAR cannot express (an insurance pay type
 * with a detail, a partially approved labor line) is `star.unmappable`.
 *
 * @param ro - a repair order (validated here with core's RepairOrderSchema)
 * @example
 * const result = toStarRepairOrder(ro);
 * if (result.ok) fs.writeFileSync('ro.json', JSON.stringify(result.value));
 */
export function toStarRepairOrder(ro: unknown): StarResult<StarRepairOrder> {
  // Before core's schema: its recursive check of `extensions` would exhaust the stack on a value
  // nested thousands deep.
  const refused = inputProblem(ro);
  if (refused !== undefined) return { ok: false, issues: [refused], notes: [] };
  const parsed = safeParseRecord(RepairOrderSchema, ro);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, notes: [] };
  const record = parsed.value;
  const sink: Sink = { notes: [], issues: [] };
  const doc = header(record, sink);
  const items = record.jobs.map((job, index) => toLineItem(job, record.currency, index, sink));
  if (items.length > 0) doc.repair_order_line_items = items;
  const summary = toStarFinancialSummary(record, sink.notes);
  if (summary !== undefined) doc.repair_financial_summary = summary;
  for (const [field, zh] of DROPPED) {
    if (record[field] !== undefined)
      notExported(
        sink,
        [field],
        `${String(field)}: no STAR repair-order field`,
        `${zh}：STAR 工单无对应字段`,
      );
  }
  if (record.isRescue)
    notExported(sink, ['isRescue'], 'isRescue: no STAR repair-order field', '救援：STAR 工单无对应字段');
  if (record.followUps.length > 0)
    notExported(
      sink,
      ['followUps'],
      'follow-up calls: no STAR repair-order field',
      '回访：STAR 工单无对应字段',
    );
  const qc = record.qc ?? {};
  if (Object.keys(qc).some((key) => key !== 'finalAt'))
    notExported(sink, ['qc'], 'only the final inspection has a STAR stage', '仅终检有对应 STAR 阶段');
  if (sink.issues.length > 0) return { ok: false, issues: sink.issues, notes: sink.notes };
  const checked = safeParseRecord(StarRepairOrderSchema, doc);
  if (!checked.ok) return { ok: false, issues: checked.issues, notes: sink.notes };
  return { ok: true, value: checked.value, notes: sink.notes };
}
