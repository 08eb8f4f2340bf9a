import type {
  IssuePath,
  JobAuthorization,
  LaborLineInput,
  PayType,
  RepairOrderJobInput,
} from '@aftersales/core';
import { AUTHORIZATION_OF_STAR, PAYER_OF_STAR, type Payer } from './codeMaps';
import { addAssumed, keepUnmapped, type MapContext } from './context';
import { inspectionOf, isPlainInspection } from './inspections';
import { mapLaborOperation } from './laborOperation';
import type { StarLaborOperation, StarRepairOrderLineItem } from './schemas/repairOrder';

/** What a line item inherits from its repair order. */
export interface LineItemEnvironment {
  readonly currency: string;
  readonly defaultPayType: PayType;
  readonly roTechnicianId?: string | undefined;
  readonly fallbackId: string;
}

interface Narrative {
  readonly narrative_desc?: string | undefined;
}

function textOf(narratives: readonly Narrative[] | undefined): string | undefined {
  const texts = (narratives ?? [])
    .map((n) => n.narrative_desc)
    .filter((t): t is string => t !== undefined && /\S/.test(t));
  return texts.length === 0 ? undefined : texts.join('\n');
}

function isSimpleNarratives(narratives: readonly object[] | undefined): boolean {
  return (narratives ?? []).every((n) =>
    Object.keys(n).every((k) => k === 'narrative_desc' || k === 'narrative_type'),
  );
}

/** A job's answer from its lines' answers when the line item states none. */
function authorizationOfLines(lines: readonly LaborLineInput[]): JobAuthorization | undefined {
  const answers = new Set(lines.map((line) => line.authorization).filter((a) => a !== undefined));
  if (answers.size === 0) return undefined;
  if (answers.size === 1) return [...answers][0];
  if (answers.has('pending')) return 'pending';
  if (answers.has('approved') || answers.has('partially_approved')) return 'partially_approved';
  return 'declined';
}

/**
 * One STAR repair-order line item → a core job: narratives as concern / cause / correction, its
 * authorization (else its operations' answers combined), its pay type, and one labor line per
 * labor operation of its service jobs (more when an operation is split between payers).
 */
export function mapLineItem(
  ctx: MapContext,
  item: StarRepairOrderLineItem,
  env: LineItemEnvironment,
  path: IssuePath,
  opPathOf: (service: number, op: number) => IssuePath = (s, o) => [
    ...path,
    'service_jobs',
    s,
    'labor_operations',
    o,
  ],
): RepairOrderJobInput {
  const id = item.repair_order_line_id ?? item.repair_order_line_key ?? env.fallbackId;
  if (item.repair_order_line_id === undefined && item.repair_order_line_key === undefined) {
    addAssumed(ctx, [...path, 'repair_order_line_id'], id, 'no id on the line item', '维修项目无编号');
  }
  const payTypes = item.pay_types ?? [];
  const first = payTypes[0];
  const jobPayer: Payer | undefined = first === undefined ? undefined : PAYER_OF_STAR[first];
  const laborLines: LaborLineInput[] = [];
  const inspections: NonNullable<RepairOrderJobInput['inspections']> = [];
  const services = item.service_jobs ?? [];
  let allInspectionsRead = true;
  services.forEach((service, s) => {
    const ops: readonly StarLaborOperation[] = service.labor_operations ?? [];
    ops.forEach((op, o) => {
      const opPath = opPathOf(s, o);
      const fallbackId = `${id}-L${laborLines.length + 1}`;
      const labor = {
        currency: env.currency,
        jobPayer,
        defaultPayType: env.defaultPayType,
        roTechnicianId: env.roTechnicianId,
        fallbackId,
      };
      laborLines.push(...mapLaborOperation(ctx, op, labor, opPath));
      for (const inspection of op.inspections ?? []) {
        const mapped = inspectionOf(inspection);
        if (mapped !== undefined) inspections.push(mapped);
      }
    });
    for (const inspection of service.inspections ?? []) {
      const mapped = inspectionOf(inspection);
      if (mapped !== undefined) inspections.push(mapped);
      if (!isPlainInspection(inspection)) allInspectionsRead = false;
    }
  });
  const job: Record<string, unknown> = { id };
  if (item.sequential_line_number !== undefined) job.sequence = item.sequential_line_number;
  const concern =
    textOf(item.complaint_narratives) ?? services[0]?.operation_name ?? laborLines[0]?.description;
  job.concern = concern ?? `STAR line ${id}`;
  if (concern === undefined)
    addAssumed(ctx, [...path, 'complaint_narratives'], String(job.concern), 'no complaint', '无客户描述');
  const cause = textOf(item.cause_narratives);
  if (cause !== undefined) job.cause = cause;
  const correction = textOf(item.correction_narratives);
  if (correction !== undefined) job.correction = correction;
  const authorization = item.repair_authorization;
  const status = authorization?.authorization_status_type;
  const answer = status === undefined ? authorizationOfLines(laborLines) : AUTHORIZATION_OF_STAR[status];
  job.authorization = answer ?? 'pending';
  if (answer === undefined)
    addAssumed(
      ctx,
      [...path, 'repair_authorization'],
      'pending',
      'no answer on the line or its operations',
      '项目及其工时均无客户确认',
      '“pending”（待客户确认）',
    );
  if (authorization?.authorized_date_time !== undefined) job.approvedAt = authorization.authorized_date_time;
  const note = textOf(authorization?.authorization_narratives);
  if (note !== undefined) job.authorizationNote = note;
  if (item.priority_type === 'RECOMMENDED_ADD_ON') job.isAdditionalWork = true;
  const payer = jobPayer ?? (laborLines[0] as Payer | undefined);
  job.payType = payer?.payType ?? env.defaultPayType;
  if (payer?.payTypeDetail !== undefined) job.payTypeDetail = payer.payTypeDetail;
  if (payer === undefined) {
    addAssumed(
      ctx,
      [...path, 'pay_types'],
      env.defaultPayType,
      'no pay type on the line or its operations: options.defaultPayType',
      '项目及其工时均无付费类型：取 options.defaultPayType',
    );
  }
  if (inspections.length > 0) job.inspections = inspections;
  job.laborLines = laborLines;
  const mapped: Record<string, true | readonly string[]> = {
    repair_order_line_id: true,
    sequential_line_number: true,
    repair_authorization: ['authorization_status_type', 'authorized_date_time', 'authorization_narratives'],
  };
  if (item.repair_order_line_id === undefined) mapped.repair_order_line_key = true;
  if (payTypes.length === 1) mapped.pay_types = true;
  if (item.priority_type === 'RECOMMENDED_ADD_ON') mapped.priority_type = true;
  for (const key of ['complaint_narratives', 'cause_narratives', 'correction_narratives'] as const) {
    if (isSimpleNarratives(item[key])) mapped[key] = true;
  }
  const simple = (service: object): boolean =>
    Object.keys(service).every(
      (k) => k === 'labor_operations' || (k === 'inspections' && allInspectionsRead),
    );
  if (services.every(simple)) {
    mapped.service_jobs = true;
  } else {
    // The labor operations are mapped to lines; the rest of each service job is kept.
    const rest = services.map(({ labor_operations: _ops, ...other }) => other);
    const kept = keepUnmapped(ctx, { service_jobs: rest }, {}, path);
    job.extensions = { star: kept ?? {} };
  }
  const kept = keepUnmapped(ctx, { ...item, service_jobs: undefined }, mapped, path);
  if (kept !== undefined)
    job.extensions = { star: { ...(job.extensions as { star?: object } | undefined)?.star, ...kept } };
  return job as unknown as RepairOrderJobInput;
}
