import { z } from 'zod';
import { extensionsSchema, idSchema, instantSchema, kilometresSchema } from './primitives';
import { vinSchema } from './vin';

/**
 * Where an odometer reading comes from: `ro_in` 进厂 · `ro_out` 出厂 · `appointment` 预约登记 ·
 * `telematics` 车联网 · `warranty_claim` 索赔单 · `inspection` 年检 · `manual` 手工录入 · `other`.
 *
 * @example
 * odometerSourceSchema.parse('telematics');
 */
export const odometerSourceSchema = z.enum([
  'ro_in',
  'ro_out',
  'appointment',
  'telematics',
  'warranty_claim',
  'inspection',
  'manual',
  'other',
]);

/** Where an odometer reading comes from; see {@link odometerSourceSchema}. */
export type OdometerSource = z.output<typeof odometerSourceSchema>;

/**
 * One odometer reading (里程读数) of a vehicle. Kilometres, whole: a source in miles (STAR
 * `narrative_uom_type: MILES`) is converted by its adapter.
 *
 * Fields: `id` (optional) · `vin` · `km` 里程 · `readAt` 读取时间 · `source` 来源 · `roId` 工单 ·
 * `extensions`.
 *
 * @example
 * OdometerReadingSchema.parse({ vin: 'LSVAU2187N2123456', km: 45210, readAt: '2024-03-01T09:05:00+08:00', source: 'ro_in' });
 */
export const OdometerReadingSchema = z.strictObject({
  id: idSchema.optional(),
  vin: vinSchema,
  km: kilometresSchema,
  readAt: instantSchema,
  source: odometerSourceSchema,
  roId: idSchema.optional(),
  extensions: extensionsSchema.optional(),
});

/** An odometer reading as validated; see {@link OdometerReadingSchema}. */
export type OdometerReading = z.output<typeof OdometerReadingSchema>;
/** An odometer reading as accepted. */
export type OdometerReadingInput = z.input<typeof OdometerReadingSchema>;
