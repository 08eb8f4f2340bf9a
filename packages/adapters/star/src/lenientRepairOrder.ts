import type { IssuePath } from '@aftersales/core';
import { addNote, isRecord, type MapContext } from './context';
import { normalizeFinancialSummary, normalizeLaborOperation, normalizeLineItem } from './lenient';

/**
 * The repair-order header in the examples' dialect (repair_line_item_split.json,
 * declined_repair_order.json) rewritten into the schema's, each rewrite noted as
 * `star.lenient_value`. Internal.
 */

type Json = Record<string, unknown>;

/** Notes a rewrite; `readAsZh` only where the field it is read as is described in words. */
function lenient(ctx: MapContext, path: IssuePath, value: string, readAs: string, readAsZh = readAs): void {
  addNote(ctx, 'star.lenient_value', path, {
    value,
    list: 'RepairOrder field',
    listZh: 'RepairOrder 字段',
    readAs,
    readAsZh,
  });
}

function statusSummary(ro: Json): Json {
  const summary = isRecord(ro.repair_status_summary) ? { ...ro.repair_status_summary } : {};
  ro.repair_status_summary = summary;
  return summary;
}

/** `repair_order_references[0]` (and its top-level twins) read as the RO's own id and status. */
function readReference(ctx: MapContext, ro: Json): void {
  const references = ro.repair_order_references;
  if (Array.isArray(references) && references.length === 1 && isRecord(references[0])) {
    const reference = references[0];
    lenient(
      ctx,
      ['repair_order_references'],
      'repair_order_references[0]',
      'the repair order header',
      '工单表头',
    );
    delete ro.repair_order_references;
    for (const [key, value] of Object.entries(reference)) {
      if (key === 'repair_order_reference_key') continue;
      if (!(key in ro) || key === 'repair_order_reference_id') ro[key] = value;
    }
  }
  if ('repair_order_reference_id' in ro && !('repair_order_id' in ro)) {
    lenient(ctx, ['repair_order_reference_id'], 'repair_order_reference_id', 'repair_order_id');
    ro.repair_order_id = ro.repair_order_reference_id;
  }
  delete ro.repair_order_reference_id;
  if ('repair_order_status_type' in ro) {
    lenient(
      ctx,
      ['repair_order_status_type'],
      'repair_order_status_type',
      'repair_status_summary.current_repair_status_type',
    );
    const summary = statusSummary(ro);
    if (!('current_repair_status_type' in summary))
      summary.current_repair_status_type = ro.repair_order_status_type;
    delete ro.repair_order_status_type;
  }
  if ('repair_order_opened_date' in ro) {
    lenient(
      ctx,
      ['repair_order_opened_date'],
      'repair_order_opened_date',
      'repair_status_summary.repair_order_duration.start_date_time',
    );
    const summary = statusSummary(ro);
    const duration = isRecord(summary.repair_order_duration) ? { ...summary.repair_order_duration } : {};
    if (!('start_date_time' in duration)) duration.start_date_time = ro.repair_order_opened_date;
    summary.repair_order_duration = duration;
    delete ro.repair_order_opened_date;
  }
  if (Array.isArray(ro.narratives) && !('service_general_notes' in ro)) {
    lenient(ctx, ['narratives'], 'narratives', 'service_general_notes');
    ro.service_general_notes = ro.narratives;
    delete ro.narratives;
  }
}

function partyAsStaff(party: Json, role: string): Json {
  const identifier: Json = {};
  if (party.party_reference_id !== undefined) identifier.value = party.party_reference_id;
  if (party.party_name !== undefined) identifier.detail = party.party_name;
  return { role_types: [role], identifier };
}

/** `dealer_workshop_details`: its dealer, advisor and technician read; the rest stays as sent. */
function readWorkshop(ctx: MapContext, ro: Json): void {
  if (!isRecord(ro.dealer_workshop_details)) return;
  const workshop: Json = { ...ro.dealer_workshop_details };
  const staff: Json[] = Array.isArray(ro.staff_assignments) ? [...(ro.staff_assignments as Json[])] : [];
  if (isRecord(workshop.dealer_reference) && !('dealer_references' in ro)) {
    lenient(ctx, ['dealer_workshop_details', 'dealer_reference'], 'dealer_reference', 'dealer_references[0]');
    ro.dealer_references = [workshop.dealer_reference];
    delete workshop.dealer_reference;
  }
  const roles = [
    ['assigned_service_advisor', 'SERVICE_ADVISOR'],
    ['assigned_technician', 'TECHNICIAN'],
  ] as const;
  for (const [key, role] of roles) {
    const party = workshop[key];
    if (!isRecord(party)) continue;
    lenient(
      ctx,
      ['dealer_workshop_details', key],
      key,
      `staff_assignments (role ${role})`,
      `staff_assignments（角色 ${role}）`,
    );
    staff.push(partyAsStaff(party, role));
    delete workshop[key];
  }
  if (staff.length > 0) ro.staff_assignments = staff;
  ro.dealer_workshop_details = workshop;
}

/**
 * A STAR repair order, with the examples' forms rewritten into the schema's.
 *
 * @example
 * normalizeRepairOrder(ctx, { repair_order_reference_id: 'R-1' }); // { repair_order_id: 'R-1' }
 */
export function normalizeRepairOrder(ctx: MapContext, value: unknown): unknown {
  if (!isRecord(value)) return value;
  const ro: Json = { ...value };
  readReference(ctx, ro);
  readWorkshop(ctx, ro);
  if (Array.isArray(ro.labor_operations)) {
    ro.labor_operations = ro.labor_operations.map((op, i) =>
      normalizeLaborOperation(ctx, op, ['labor_operations', i]),
    );
  }
  if (Array.isArray(ro.repair_order_line_items)) {
    ro.repair_order_line_items = ro.repair_order_line_items.map((line, i) =>
      normalizeLineItem(ctx, line, ['repair_order_line_items', i]),
    );
  }
  if ('repair_financial_summary' in ro) {
    ro.repair_financial_summary = normalizeFinancialSummary(ctx, ro.repair_financial_summary, [
      'repair_financial_summary',
    ]);
  }
  return ro;
}
