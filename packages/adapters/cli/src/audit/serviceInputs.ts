import {
  AftersalesError,
  type Appointment,
  AppointmentSchema,
  type Complaint,
  ComplaintSchema,
  type RepairOrderInput,
  RepairOrderSchema,
  type SurveyResponse,
  SurveyResponseSchema,
  safeParseRecord,
} from '@aftersales/core';
import { type ComebackReport, detectComebacks } from '@aftersales/kpi';
import type { z } from 'zod';
import type { AuditRejection, DealerDataset, InputCount } from './auditTypes';

/**
 * The inputs of the service section, by their name in the report.
 *
 * @example
 * const input: ServiceInputName = 'repairOrders';
 */
export type ServiceInputName = 'repairOrders' | 'appointments' | 'complaints' | 'surveys';

/**
 * The service inputs in the order they are read and reported.
 *
 * @example
 * serviceInputNames[0]; // 'repairOrders'
 */
export const serviceInputNames: readonly ServiceInputName[] = Object.freeze([
  'repairOrders',
  'appointments',
  'complaints',
  'surveys',
]);

/**
 * A record that passed its schema: its row in the input, the record as given, and typed.
 *
 * @example
 * const record: ServiceRecord<RepairOrderInput> = { row: 3, raw: ro, value: ro };
 */
export interface ServiceRecord<T> {
  readonly row: number;
  /** As given: what the KPI engine and comeback detection read (they check it themselves). */
  readonly raw: unknown;
  /** The record typed: as parsed by the core schema, or (repair orders) as given once it passed. */
  readonly value: T;
}

/**
 * The service inputs checked against core's schemas: the records that pass, and the others.
 *
 * @example
 * const { repairOrders, rejections, comebacks } = readServiceInputs(dataset, 'Asia/Shanghai');
 */
export interface ServiceInputs {
  /** As given (`RepairOrderInput`: list fields may be absent, decimals may be numbers). */
  readonly repairOrders: readonly ServiceRecord<RepairOrderInput>[];
  readonly appointments: readonly ServiceRecord<Appointment>[];
  readonly complaints: readonly ServiceRecord<Complaint>[];
  readonly surveys: readonly ServiceRecord<SurveyResponse>[];
  readonly rejections: readonly AuditRejection[];
  /** `detectComebacks` over the repair orders that passed. */
  readonly comebacks: ComebackReport;
}

function listOf(dataset: DealerDataset, input: ServiceInputName): readonly unknown[] {
  const list: unknown = dataset[input];
  if (!Array.isArray(list)) {
    throw AftersalesError.of('input.invalid_type', [input], {
      expected: 'array',
      received: list === null ? 'null' : typeof list,
    });
  }
  return list;
}

function check<T>(
  dataset: DealerDataset,
  input: ServiceInputName,
  schema: z.ZodType,
  rejections: AuditRejection[],
): ServiceRecord<T>[] {
  const accepted: ServiceRecord<T>[] = [];
  listOf(dataset, input).forEach((raw, row) => {
    const result = safeParseRecord(schema, raw);
    if (result.ok) accepted.push({ row, raw, value: result.value as T });
    else rejections.push({ input, row, issues: result.issues });
  });
  return accepted;
}

/**
 * Repair orders are checked by `detectComebacks`, which parses each against `RepairOrderSchema`
 * before it looks for comebacks: parsing a year of ROs twice would double the section's largest
 * cost. Its rejected rows are parsed again on their own (a few) for issues whose paths start in
 * the record, like every other rejection's.
 */
function checkRepairOrders(
  dataset: DealerDataset,
  timeZone: string,
  rejections: AuditRejection[],
): { repairOrders: ServiceRecord<RepairOrderInput>[]; comebacks: ComebackReport } {
  const list = listOf(dataset, 'repairOrders');
  const comebacks = detectComebacks(list, { timeZone });
  const refused = new Set<number>();
  for (const { row, issues } of comebacks.rejected) {
    refused.add(row);
    const again = safeParseRecord(RepairOrderSchema, list[row]);
    rejections.push({ input: 'repairOrders', row, issues: again.ok ? issues : again.issues });
  }
  const repairOrders = list.flatMap((raw, row) =>
    refused.has(row) ? [] : [{ row, raw, value: raw as RepairOrderInput }],
  );
  return { repairOrders, comebacks };
}

/**
 * Checks the service department's inputs (repair orders, appointments, complaints, surveys)
 * against core's record schemas, whole records, field by field, and finds the comebacks among
 * the repair orders (`detectComebacks`, on the dealer's clock). A record that does not pass is a
 * rejection naming its input, its 0-based row and the coded issues (paths within the record);
 * none is dropped.
 *
 * @throws AftersalesError `input.invalid_type` when an input is not an array; `time.invalid_zone`
 * @example
 * const checked = readServiceInputs(dataset, 'Asia/Shanghai');
 * checked.repairOrders.length + checked.rejections.filter((r) => r.input === 'repairOrders').length;
 * // === dataset.repairOrders.length
 */
export function readServiceInputs(dataset: DealerDataset, timeZone: string): ServiceInputs {
  const rejections: AuditRejection[] = [];
  const { repairOrders, comebacks } = checkRepairOrders(dataset, timeZone, rejections);
  return {
    repairOrders,
    appointments: check<Appointment>(dataset, 'appointments', AppointmentSchema, rejections),
    complaints: check<Complaint>(dataset, 'complaints', ComplaintSchema, rejections),
    surveys: check<SurveyResponse>(dataset, 'surveys', SurveyResponseSchema, rejections),
    rejections,
    comebacks,
  };
}

/**
 * Per service input, the records read, accepted and rejected (`read = accepted + rejected`):
 * `rejected` counts the input's rejections, each record once.
 *
 * @example
 * countServiceInputs(dataset, [{ input: 'repairOrders', row: 3, issues }]).repairOrders;
 * // { read: dataset.repairOrders.length, accepted: dataset.repairOrders.length - 1, rejected: 1 }
 */
export function countServiceInputs(
  dataset: DealerDataset,
  rejections: readonly AuditRejection[],
): Record<ServiceInputName, InputCount> {
  const counts = {} as Record<ServiceInputName, InputCount>;
  for (const input of serviceInputNames) {
    const read = listOf(dataset, input).length;
    const rejected = new Set(rejections.filter((r) => r.input === input).map((r) => r.row)).size;
    counts[input] = { read, accepted: read - rejected, rejected };
  }
  return counts;
}
