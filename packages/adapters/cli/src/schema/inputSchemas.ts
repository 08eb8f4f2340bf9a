import { FileProfileSchema } from '@aftersales/adapter-files';
import { StarRepairOrderSchema } from '@aftersales/adapter-star';
import {
  AftersalesError,
  AppointmentSchema,
  ComplaintSchema,
  CustomerSchema,
  PartSchema,
  RepairOrderSchema,
  StockCountSchema,
  StockMovementSchema,
  SurveyResponseSchema,
  VehicleSchema,
  WarrantyClaimSchema,
} from '@aftersales/core';
import { StockingPolicySchema, StockPositionSchema } from '@aftersales/parts';
import {
  LaborTimeSchema,
  RepairOrderHeaderSchema,
  VehicleCaseSchema,
  WarrantyPolicySchema,
  WarrantyRequestSchema,
} from '@aftersales/warranty';
import { type ZodType, z } from 'zod';
import { DealerDatasetSchema } from '../audit/datasetSchema';

/** The names of every input with a JSON Schema, in a stable order. */
export const inputSchemaNames = Object.freeze([
  'repairOrder',
  'vehicle',
  'customer',
  'appointment',
  'complaint',
  'surveyResponse',
  'part',
  'stockMovement',
  'stockCount',
  'stockPosition',
  'stockingPolicy',
  'warrantyClaim',
  'warrantyRequest',
  'warrantyPolicy',
  'vehicleCase',
  'laborTime',
  'claimAuditRepairOrder',
  'fileProfile',
  'starRepairOrder',
  'dataset',
] as const);

/** A name `aftersales schema` takes. */
export type InputSchemaName = (typeof inputSchemaNames)[number];

// Every input the library reads, by the name `aftersales schema <name>` takes. The schemas are
// the ones the packages validate with, so the JSON Schema cannot drift from the checks.
const schemas = {
  repairOrder: RepairOrderSchema,
  vehicle: VehicleSchema,
  customer: CustomerSchema,
  appointment: AppointmentSchema,
  complaint: ComplaintSchema,
  surveyResponse: SurveyResponseSchema,
  part: PartSchema,
  stockMovement: StockMovementSchema,
  stockCount: StockCountSchema,
  stockPosition: StockPositionSchema,
  stockingPolicy: StockingPolicySchema,
  warrantyClaim: WarrantyClaimSchema,
  warrantyRequest: WarrantyRequestSchema,
  warrantyPolicy: WarrantyPolicySchema,
  vehicleCase: VehicleCaseSchema,
  laborTime: LaborTimeSchema,
  claimAuditRepairOrder: RepairOrderHeaderSchema,
  fileProfile: FileProfileSchema,
  starRepairOrder: StarRepairOrderSchema,
  dataset: DealerDatasetSchema,
} satisfies Record<InputSchemaName, ZodType>;

/**
 * The JSON Schema (draft 2020-12) of an input as the library accepts it — the *input* side of
 * each zod schema, so defaults are optional and transforms take what they are given. For
 * integrators who do not write TypeScript: validate before sending, generate classes.
 *
 * @throws AftersalesError `input.invalid_value` (path `['name']`) for a name not in {@link inputSchemaNames}
 * @example
 * const schema = inputJsonSchema('warrantyClaim');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function inputJsonSchema(name: InputSchemaName): Record<string, unknown> {
  // Own names only: `constructor` or `toString` would find Object's, not a schema.
  if (typeof name !== 'string' || !Object.hasOwn(schemas, name)) {
    throw AftersalesError.of('input.invalid_value', ['name'], { allowed: [...inputSchemaNames] });
  }
  const schema = z.toJSONSchema(schemas[name], {
    target: 'draft-2020-12',
    io: 'input',
    // A refinement (a check digit, a cross-field rule) has no JSON Schema form: the field keeps
    // its type and the check stays with the library.
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { ...schema, $id: `https://aftersales.dev/schema/${name}.json`, title: name };
}
