import { idSchema, instantSchema, nonNegativeDecimalSchema, timeZoneSchema } from '@aftersales/core';
import { z } from 'zod';
import { ClaimRulesSchema } from '../policy/warrantyPolicy';

/** Ids that can stand in a citation (`oem:<id>#laborTimes`). */
const citableId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

/**
 * The carmaker's part-group code of each part number (配件组), as a record
 * `{ '5Q0615123A': 'brake-discs' }` or a list of `{ partNumber, partGroup }`.
 *
 * @example
 * PartGroupsSchema.parse([{ partNumber: '5Q0615123A', partGroup: 'brake-discs' }]);
 */
export const PartGroupsSchema = z.union([
  z.record(idSchema, idSchema),
  z.array(z.strictObject({ partNumber: idSchema, partGroup: idSchema })),
]);

/**
 * What a failure code (故障代码) may be repaired with: `code` covers itself and every code it is a
 * prefix of (the longest listed prefix applies) · `partGroups` the groups its causal part may be
 * in · `opCodes` the ops that may repair it (absent: any).
 *
 * @example
 * FailureCodeRuleSchema.parse({ code: 'P07', partGroups: ['transmission-valve-body'], opCodes: ['21-0100'] });
 */
export const FailureCodeRuleSchema = z.strictObject({
  code: idSchema,
  partGroups: z.array(idSchema).optional(),
  opCodes: z.array(idSchema).optional(),
});

/** A failure-code rule; see {@link FailureCodeRuleSchema}. */
export type FailureCodeRule = z.output<typeof FailureCodeRuleSchema>;

/**
 * The carmaker's dealer net price of each part (经销商净价), in the policy's currency, as a record
 * `{ '5Q0615123A': '1260.00' }` or a list of `{ partNumber, dealerNet }`: the agreed claim price is
 * `dealerNet × (1 + partPriceMarkup)` of the policy.
 *
 * @example
 * PartPricesSchema.parse([{ partNumber: '5Q0615123A', dealerNet: '1260.00' }]);
 */
export const PartPricesSchema = z.union([
  z.record(idSchema, nonNegativeDecimalSchema),
  z.array(z.strictObject({ partNumber: idSchema, dealerNet: nonNegativeDecimalSchema })),
]);

/**
 * The agreed warranty labor rate of each dealer (索赔工时单价), as a record `{ 'DLR-1': '130.00' }`
 * or a list of `{ dealerId, rate }`; a dealer not listed gets the policy's `claims.laborRate`.
 *
 * @example
 * LaborRatesByDealerSchema.parse({ 'DLR-SH-001': '130.00' });
 */
export const LaborRatesByDealerSchema = z.union([
  z.record(idSchema, nonNegativeDecimalSchema),
  z.array(z.strictObject({ dealerId: idSchema, rate: nonNegativeDecimalSchema })),
]);

/**
 * The settings of a claim audit.
 *
 * Fields: `id` names the audit's reference data in citations (`oem:<id>#laborTimes`; default
 * `audit-options`) · `timeZone` the dealers' IANA zone: every day is counted on its clocks · `asOf`
 * the instant taken as "now" (late submission of unsubmitted claims, overdue old parts) ·
 * `partGroups` · `failureCodes` · `partPrices` · `laborRates` per dealer · `claimRules` figures
 * that replace the policy's `claims` figures for every claim (cited `oem:<id>#claimRules.<field>`).
 *
 * @example
 * AuditSettingsSchema.parse({ timeZone: 'Asia/Shanghai', asOf: '2024-04-08T09:00:00+08:00', claimRules: { duplicateWindowDays: 60 } });
 */
export const AuditSettingsSchema = z.strictObject({
  id: citableId.default('audit-options'),
  timeZone: timeZoneSchema,
  asOf: instantSchema,
  partGroups: PartGroupsSchema.optional(),
  failureCodes: z.array(FailureCodeRuleSchema).optional(),
  partPrices: PartPricesSchema.optional(),
  laborRates: LaborRatesByDealerSchema.optional(),
  claimRules: ClaimRulesSchema.optional(),
});

/** The settings of a claim audit as validated; see {@link AuditSettingsSchema}. */
export type AuditSettings = z.output<typeof AuditSettingsSchema>;
/** The settings of a claim audit as written. */
export type AuditSettingsInput = z.input<typeof AuditSettingsSchema>;
