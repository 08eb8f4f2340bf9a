import { instantSchema, VehicleSchema } from '@aftersales/core';
import { z } from 'zod';
import { RepairAttemptSchema } from '../history/repairAttempt';

/**
 * What a customer may ask for after a run of repairs: a free replacement of the assembly, of the
 * car, or its return. `none` when the customer has not asked (the rights are still evaluated).
 *
 * @example
 * remedyRequestSchema.parse('return');
 */
export const remedyRequestSchema = z.enum(['none', 'assembly_replacement', 'replacement', 'return']);

/** The remedy a customer asks for; see {@link remedyRequestSchema}. */
export type RemedyRequest = z.output<typeof remedyRequestSchema>;

/**
 * A vehicle and its full repair history, as the replacement, return and lemon-law rules read it.
 *
 * Fields: `vehicle` (its invoice, delivery and purchase price matter) · `repairs` every repair of the
 * vehicle (any order; each must carry the vehicle's VIN) · `useCompensationRate` the n of 三包 Art. 27
 * printed on the 三包 certificate, as a fraction (`'0.005'` is 0.5 %; absent: not recorded, and the
 * compensation is flagged rather than assumed) · `hasInvoiceAndCertificate` the customer holds the
 * purchase invoice and the 三包 certificate (the 2013 rules exempt the seller otherwise; absent: assumed
 * held) · `requested` what the customer asked for (default `none`) · `requestedAt` when (the seller's
 * 10 and 20 working-day deadlines run from it) · `asOf` the moment of the evaluation (default: the
 * latest time in the history).
 *
 * @example
 * VehicleCaseSchema.parse({ vehicle, repairs: [repair1, repair2], useCompensationRate: '0.005' });
 */
export const VehicleCaseSchema = z.strictObject({
  vehicle: VehicleSchema,
  repairs: z.array(RepairAttemptSchema),
  useCompensationRate: z
    .string()
    .regex(/^0(?:\.\d{1,8})?$/)
    .optional(),
  hasInvoiceAndCertificate: z.boolean().optional(),
  requested: remedyRequestSchema.default('none'),
  requestedAt: instantSchema.optional(),
  asOf: instantSchema.optional(),
});

/** A vehicle and its repairs as validated; see {@link VehicleCaseSchema}. */
export type VehicleCase = z.output<typeof VehicleCaseSchema>;
/** A vehicle and its repairs as accepted. */
export type VehicleCaseInput = z.input<typeof VehicleCaseSchema>;
