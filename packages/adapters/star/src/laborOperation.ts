import type { IssuePath, LaborLineInput, PayType } from '@aftersales/core';
import { authorizationOfLaborStatus, PAYER_OF_STAR, type Payer } from './codeMaps';
import { addAssumed, addNote, addUnmappable, keepUnmapped, type MapContext } from './context';
import { secondsToHours } from './decimals';
import { isPlainInspection } from './inspections';
import { clockedHoursOf, soldHoursOf } from './laborHours';
import {
  declineNote,
  isSimpleCodes,
  isSimpleEvents,
  isSimpleStaff,
  punchTechnician,
} from './laborOperationShape';
import type { StarLaborOperation } from './schemas/repairOrder';
import { splitByPayer } from './splitLine';
import { technicianOf } from './staff';

/** What a labor operation inherits from its line item and RO. */
export interface LaborEnvironment {
  readonly currency: string;
  /** The line item's single pay type, if it names one. */
  readonly jobPayer?: Payer | undefined;
  readonly defaultPayType: PayType;
  /** The RO's assigned technician, for operations that name none. */
  readonly roTechnicianId?: string | undefined;
  /** The id to use when the operation has none. */
  readonly fallbackId: string;
}

function payerOf(ctx: MapContext, op: StarLaborOperation, env: LaborEnvironment, path: IssuePath): Payer {
  if (op.pay_type !== undefined) return PAYER_OF_STAR[op.pay_type];
  if (op.origin_type === 'INSURANCE_PROVIDER') return { payType: 'INS' };
  if (env.jobPayer !== undefined) return env.jobPayer;
  const reason = 'no pay_type on the operation or its line item: options.defaultPayType';
  addAssumed(
    ctx,
    [...path, 'pay_type'],
    env.defaultPayType,
    reason,
    '工时与所属项目均无付费类型：取 options.defaultPayType',
  );
  return { payType: env.defaultPayType };
}

function eventTime(op: StarLaborOperation, status: string): string | undefined {
  return op.labor_operation_events?.find((event) => event.new_status_type === status)?.occurrence_timestamp;
}

const MAPPED = {
  labor_operation_id: true,
  labor_operation_name: true,
  standard_repair_sec: true,
  flat_rate_units: true,
  pay_type: true,
  labor_operation_status_type: true,
  labor_operation_status_desc: true,
  amount: ['amount', 'currency_code'],
  repair_effort_summary: ['actual_clocked_hours'],
} as const;

/**
 * One STAR labor operation → core labor lines: one line, or one per payer when its effort is
 * split between payers (hours from the split, the amount allocated exactly). Validation of the
 * lines is the caller's (by the job schema).
 */
export function mapLaborOperation(
  ctx: MapContext,
  op: StarLaborOperation,
  env: LaborEnvironment,
  path: IssuePath,
): LaborLineInput[] {
  const id = op.labor_operation_id ?? op.labor_operation_key ?? env.fallbackId;
  if (op.labor_operation_id === undefined && op.labor_operation_key === undefined) {
    addAssumed(ctx, [...path, 'labor_operation_id'], id, 'no id on the operation', '工时无编号');
  }
  const code = op.labor_operation_codes?.[0]?.code;
  const opCode = code ?? id;
  if (code === undefined)
    addAssumed(ctx, [...path, 'labor_operation_codes'], id, 'no op code: its id', '无工时代码：取编号');
  const description = op.labor_operation_name ?? op.labor_operation_description ?? opCode;
  if (op.labor_operation_name === undefined && op.labor_operation_description === undefined) {
    addAssumed(
      ctx,
      [...path, 'labor_operation_name'],
      opCode,
      'no name: the op code',
      '无工时名称：取工时代码',
    );
  }
  const status = op.labor_operation_status_type;
  const authorization = status === undefined ? undefined : authorizationOfLaborStatus(status);
  const line: Record<string, unknown> = {
    id,
    opCode,
    description,
    soldHours: soldHoursOf(ctx, op, authorization, path),
  };
  const payer = payerOf(ctx, op, env, path);
  line.payType = payer.payType;
  if (payer.payTypeDetail !== undefined) line.payTypeDetail = payer.payTypeDetail;
  if (op.standard_repair_sec !== undefined) {
    const { hours, exact } = secondsToHours(op.standard_repair_sec);
    line.standardHours = hours;
    if (!exact)
      addNote(ctx, 'star.lenient_value', [...path, 'standard_repair_sec'], {
        value: String(op.standard_repair_sec),
        list: 'whole seconds of hours',
        listZh: '可精确换算为小时（4 位小数）的秒数',
        readAs: `${hours} h (4 places)`,
        readAsZh: `${hours} 小时（4 位小数）`,
      });
  }
  const clocked = clockedHoursOf(ctx, op, path);
  if (clocked !== undefined) line.clockedHours = clocked;
  const technicianId = technicianOf(op.staff_assignments) ?? op.legacy_tech_id ?? punchTechnician(op);
  if (technicianId !== undefined) line.technicianId = technicianId;
  else if (env.roTechnicianId !== undefined) {
    line.technicianId = env.roTechnicianId;
    addAssumed(
      ctx,
      [...path, 'staff_assignments'],
      env.roTechnicianId,
      "the RO's assigned technician",
      '工单指派的技师',
    );
  }
  if (authorization !== undefined) line.authorization = authorization;
  const note = op.labor_operation_status_desc ?? declineNote(op);
  if (note !== undefined) line.authorizationNote = note;
  const amount = op.amount?.amount;
  if (amount?.amount !== undefined) {
    const currency = amount.currency_code ?? op.amount?.currency_code ?? env.currency;
    if (currency !== env.currency) {
      addUnmappable(
        ctx,
        [...path, 'amount'],
        `amount in ${currency}, the RO is in ${env.currency}`,
        `金额币种 ${currency} 与工单币种 ${env.currency} 不同`,
      );
    }
    line.laborAmount = amount.amount;
  }
  const started = eventTime(op, 'IN_PROGRESS');
  const completed = eventTime(op, 'COMPLETED');
  if (started !== undefined) line.startedAt = started;
  if (completed !== undefined) line.completedAt = completed;
  const mapped: Record<string, true | readonly string[]> = { ...MAPPED };
  if (op.labor_operation_id === undefined) mapped.labor_operation_key = true;
  if (op.labor_operation_name === undefined) mapped.labor_operation_description = true;
  if (op.pay_type === undefined && op.origin_type === 'INSURANCE_PROVIDER') mapped.origin_type = true;
  if (isSimpleCodes(op.labor_operation_codes)) mapped.labor_operation_codes = true;
  if (isSimpleStaff(op.staff_assignments)) mapped.staff_assignments = true;
  if (isSimpleEvents(op.labor_operation_events)) mapped.labor_operation_events = true;
  // Traffic-light inspections move to the job (core keeps inspections per job).
  if ((op.inspections ?? []).every(isPlainInspection)) mapped.inspections = true;
  const kept = keepUnmapped(ctx, op, mapped, path);
  if (kept !== undefined) line.extensions = { star: kept };
  return splitByPayer(ctx, op, line, env.currency, path);
}
