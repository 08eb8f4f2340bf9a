import type { z } from 'zod';
import { AppointmentSchema } from './appointment';
import { ComplaintSchema } from './complaint';
import { CustomerSchema } from './customer';
import { DealerSchema } from './dealer';
import { OdometerReadingSchema } from './odometerReading';
import { PartSchema } from './part';
import { RepairOrderSchema } from './repairOrder';
import { StockCountSchema } from './stockCount';
import { StockMovementSchema } from './stockMovement';
import { SurveyResponseSchema } from './surveyResponse';
import { VehicleSchema } from './vehicle';
import { WarrantyClaimSchema } from './warrantyClaim';

/**
 * Every record schema by name, so that adapters and the HTTP layer can validate by name.
 *
 * @example
 * const kind: RecordKind = 'repairOrder';
 * const result = safeParseRecord(recordSchemas[kind], body);
 */
export const recordSchemas = Object.freeze({
  dealer: DealerSchema,
  customer: CustomerSchema,
  vehicle: VehicleSchema,
  odometerReading: OdometerReadingSchema,
  appointment: AppointmentSchema,
  repairOrder: RepairOrderSchema,
  part: PartSchema,
  stockMovement: StockMovementSchema,
  stockCount: StockCountSchema,
  warrantyClaim: WarrantyClaimSchema,
  complaint: ComplaintSchema,
  surveyResponse: SurveyResponseSchema,
});

/** The name of a record kind: `'repairOrder'`, `'vehicle'`, …; the keys of {@link recordSchemas}. */
export type RecordKind = keyof typeof recordSchemas;

/** A validated record of kind `K`, e.g. `RecordOf<'part'>` is `Part`. */
export type RecordOf<K extends RecordKind> = z.output<(typeof recordSchemas)[K]>;

/** A record of kind `K` as accepted on input (decimals may be numbers, defaults may be absent). */
export type RecordInputOf<K extends RecordKind> = z.input<(typeof recordSchemas)[K]>;

/**
 * All record kinds, in a stable order.
 *
 * @example
 * recordKinds.includes('warrantyClaim'); // true
 */
export const recordKinds: readonly RecordKind[] = Object.freeze(Object.keys(recordSchemas) as RecordKind[]);

/**
 * True when `value` names a record kind (e.g. a URL segment of the HTTP layer).
 *
 * @example
 * if (isRecordKind(params.kind)) return safeParseRecord(recordSchemas[params.kind], body);
 */
export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && Object.hasOwn(recordSchemas, value);
}
