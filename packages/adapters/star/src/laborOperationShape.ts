import { isRecord } from './context';
import type { StarLaborOperation } from './schemas/repairOrder';

/**
 * What a labor operation carries beyond the fields read: a field shaped as the adapter writes it
 * is fully mapped; any other shape is kept in `extensions.star`. Internal.
 */

export function punchTechnician(op: StarLaborOperation): string | undefined {
  return op.repair_effort_summary?.technician_time_references?.find((p) => p.technician_time_reference_id)
    ?.technician_time_reference_id;
}

export function declineNote(op: StarLaborOperation): string | undefined {
  const event = op.labor_operation_events?.find(
    (e) =>
      (e.new_status_type === 'DECLINED' || e.new_status_type === 'DEFERRED') && e.event_note !== undefined,
  );
  return event?.event_note;
}

export function isSimpleCodes(codes: StarLaborOperation['labor_operation_codes']): boolean {
  return codes !== undefined && codes.length === 1 && Object.keys(codes[0] ?? {}).every((k) => k === 'code');
}

export function isSimpleStaff(staff: StarLaborOperation['staff_assignments']): boolean {
  if (staff === undefined || staff.length !== 1) return false;
  const [only] = staff;
  return (
    isRecord(only) &&
    Object.keys(only).every((k) => k === 'role_types' || k === 'identifier') &&
    Object.keys(only.identifier ?? {}).every((k) => k === 'value')
  );
}

export function isSimpleEvents(events: StarLaborOperation['labor_operation_events']): boolean {
  if (events === undefined) return false;
  const seen = new Set<string>();
  return events.every((event) => {
    const status = event.new_status_type ?? '';
    const simple =
      (status === 'IN_PROGRESS' || status === 'COMPLETED') &&
      !seen.has(status) &&
      Object.keys(event).every((k) => k === 'new_status_type' || k === 'occurrence_timestamp');
    seen.add(status);
    return simple;
  });
}
