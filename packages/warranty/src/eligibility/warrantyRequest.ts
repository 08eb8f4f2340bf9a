import {
  calendarDateSchema,
  currencyCodeSchema,
  idSchema,
  instantSchema,
  kilometresSchema,
  nonNegativeDecimalSchema,
  VehicleSchema,
  vehicleSystemSchema,
} from '@aftersales/core';
import { z } from 'zod';
import { repairCauseSchema } from '../history/repairCause';

/**
 * The repair a warranty decision is asked for.
 *
 * Fields: `date` 维修日期 (a calendar date in the dealer's zone) or `at` (an instant, read in the
 * dealer's zone): exactly one · `odometerKm` 维修里程 · `system` 维修系统 · `partGroup` the carmaker's
 * part-group code of the failed part · `failureCode` 故障代码 · `cause` 故障原因 (default `quality`) ·
 * `amount` the repair's total (estimate or claim) in `currency` (default: the policy's), compared with
 * the dealer's authority · `preAuthorizationNumber` 授权号 of the carmaker's pre-authorization.
 *
 * @example
 * WarrantyRepairSchema.parse({ date: '2025-05-02', odometerKm: 41_200, system: 'transmission', amount: '8600.00' });
 */
export const WarrantyRepairSchema = z
  .strictObject({
    date: calendarDateSchema.optional(),
    at: instantSchema.optional(),
    odometerKm: kilometresSchema,
    system: vehicleSystemSchema.optional(),
    partGroup: idSchema.optional(),
    failureCode: idSchema.optional(),
    cause: repairCauseSchema.default('quality'),
    amount: nonNegativeDecimalSchema.optional(),
    // Without core's CNY default: an absent currency means the policy's (a USD policy must not
    // see 'CNY' for a request that gave none).
    currency: currencyCodeSchema.unwrap().optional(),
    preAuthorizationNumber: idSchema.optional(),
  })
  .superRefine((repair, ctx) => {
    if ((repair.date === undefined) === (repair.at === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        params: {
          code: 'input.inconsistent',
          reason: 'give the repair date or the repair instant (at), exactly one',
          reasonZh: '维修日期（date）与维修时间（at）须且只能给出其一',
        },
      });
    }
  });

/** The repair of a warranty request; see {@link WarrantyRepairSchema}. */
export type WarrantyRepair = z.output<typeof WarrantyRepairSchema>;

/**
 * The first maintenance (首保) as done: its date and odometer. `null` in a request: not done.
 *
 * @example
 * FirstMaintenanceSchema.parse({ date: '2024-09-10', odometerKm: 5_120 });
 */
export const FirstMaintenanceSchema = z.strictObject({
  date: calendarDateSchema,
  odometerKm: kilometresSchema,
});

/** The first maintenance as done; see {@link FirstMaintenanceSchema}. */
export type FirstMaintenance = z.output<typeof FirstMaintenanceSchema>;

/**
 * A question to the warranty rules: is this repair of this vehicle free?
 *
 * Fields: `vehicle` (core `Vehicle`: its sale, invoice and delivery dates, use, NEV kind and earlier
 * owners matter) · `repair` · `startKm` the odometer when coverage started (default 0) ·
 * `firstMaintenance` the first maintenance as done, `null` when it was never done, absent when not
 * known (a condition that needs it then says so in the trace).
 *
 * @example
 * const request: WarrantyRequestInput = {
 *   vehicle: { vin: 'LSVAU2187N2123456', brand: 'Acme', model: 'A5', modelYear: 2024, invoiceDate: '2024-03-01' },
 *   repair: { date: '2025-05-02', odometerKm: 41_200, system: 'transmission' },
 * };
 */
export const WarrantyRequestSchema = z.strictObject({
  vehicle: VehicleSchema,
  repair: WarrantyRepairSchema,
  startKm: kilometresSchema.default(0),
  firstMaintenance: FirstMaintenanceSchema.nullable().optional(),
});

/** A warranty request as validated; see {@link WarrantyRequestSchema}. */
export type WarrantyRequest = z.output<typeof WarrantyRequestSchema>;
/** A warranty request as accepted (defaults may be absent). */
export type WarrantyRequestInput = z.input<typeof WarrantyRequestSchema>;
