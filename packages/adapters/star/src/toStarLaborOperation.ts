import type { AftersalesIssue, IssuePath, LaborLine } from '@aftersales/core';
import { createIssue } from '@aftersales/core';
import { laborStatusOf, starPayTypeOf } from './codeMaps';
import { hoursToSeconds } from './decimals';

/** A core labor line → a STAR labor operation. Internal. */

function notExported(notes: AftersalesIssue[], path: IssuePath, reason: string, reasonZh: string): void {
  notes.push(createIssue('star.not_exported', path, { reason, reasonZh }));
}

/** The STAR `extensions.star` kept at import, written back under the mapped fields. */
export function keptStar(extensions: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const star = extensions?.star;
  return typeof star === 'object' && star !== null && !Array.isArray(star) ? { ...(star as object) } : {};
}

/** Notes the extensions other than `star` (they have no place in STAR). */
export function noteOtherExtensions(
  notes: AftersalesIssue[],
  extensions: Readonly<Record<string, unknown>> | undefined,
  path: IssuePath,
): void {
  const others = Object.keys(extensions ?? {}).filter((key) => key !== 'star');
  if (others.length > 0) {
    notExported(
      notes,
      [...path, 'extensions'],
      `extensions ${others.join(', ')}`,
      `扩展字段 ${others.join('、')}`,
    );
  }
}

/** The operation, or `undefined` (with an issue) when the line cannot be written in STAR. */
export function toStarLaborOperation(
  line: LaborLine,
  currency: string,
  path: IssuePath,
  notes: AftersalesIssue[],
  issues: AftersalesIssue[],
): Record<string, unknown> | undefined {
  const op: Record<string, unknown> = keptStar(line.extensions);
  noteOtherExtensions(notes, line.extensions, path);
  op.labor_operation_id = line.id;
  op.labor_operation_codes = [{ code: line.opCode }];
  op.labor_operation_name = line.description;
  op.flat_rate_units = line.soldHours;
  const payType = starPayTypeOf(line);
  if (payType !== undefined) op.pay_type = payType;
  else if (line.payType === 'INS' && line.payTypeDetail === undefined) op.origin_type = 'INSURANCE_PROVIDER';
  else {
    const reason = `pay type ${line.payType} with ${line.payTypeDetail ?? 'no detail'} has no STAR pay type`;
    issues.push(
      createIssue('star.unmappable', [...path, 'payType'], {
        reason,
        reasonZh: `付费类型 ${line.payType} 无对应 STAR 付费类型`,
      }),
    );
    return undefined;
  }
  if (line.standardHours !== undefined) {
    const seconds = hoursToSeconds(line.standardHours);
    if (seconds === undefined) {
      notExported(
        notes,
        [...path, 'standardHours'],
        'not a whole number of seconds (standard_repair_sec)',
        '不是整秒数（standard_repair_sec）',
      );
    } else op.standard_repair_sec = seconds;
  }
  if (line.authorization === 'partially_approved') {
    const reason = 'a labor operation has no partially approved status (answer it on the job)';
    issues.push(
      createIssue('star.unmappable', [...path, 'authorization'], {
        reason,
        reasonZh: '工时无“部分同意”状态（请在维修项目上确认）',
      }),
    );
    return undefined;
  }
  const status = laborStatusOf(line.authorization, line.completedAt !== undefined);
  if (status !== undefined) op.labor_operation_status_type = status;
  if (line.authorizationNote !== undefined) op.labor_operation_status_desc = line.authorizationNote;
  if (line.laborAmount !== undefined) {
    op.amount = { currency_code: currency, amount: { amount: line.laborAmount, currency_code: currency } };
  }
  if (line.technicianId !== undefined) {
    op.staff_assignments = [{ role_types: ['PRIMARY_TECHNICIAN'], identifier: { value: line.technicianId } }];
  }
  if (line.clockedHours !== undefined) {
    op.repair_effort_summary = { actual_clocked_hours: { value: line.clockedHours, uom_time_type: 'HOURS' } };
  }
  const events = [];
  if (line.startedAt !== undefined)
    events.push({ new_status_type: 'IN_PROGRESS', occurrence_timestamp: line.startedAt });
  if (line.completedAt !== undefined)
    events.push({ new_status_type: 'COMPLETED', occurrence_timestamp: line.completedAt });
  if (events.length > 0) op.labor_operation_events = events;
  for (const [field, label] of [
    ['laborRate', '工时单价'],
    ['laborCost', '工时成本'],
  ] as const) {
    if (line[field] !== undefined)
      notExported(
        notes,
        [...path, field],
        `${field}: a labor operation has no field for it`,
        `${label}：STAR 工时无对应字段`,
      );
  }
  return op;
}
