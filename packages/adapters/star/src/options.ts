import {
  createIssue,
  idSchema,
  instantSchema,
  payTypeSchema,
  type Result,
  repairOrderKindSchema,
  safeParseRecord,
  timeZoneSchema,
} from '@aftersales/core';
import { z } from 'zod';

/**
 * What a STAR document may not carry and the caller knows: used only where the document is
 * silent (the document wins where it states a value).
 *
 * - `timeZone` (required): the dealer's IANA zone, for STAR values that are dates without a time.
 * - `dealerId`, `advisorId`, `vin`, `openedAt`, `kind`: RO header fields STAR fragments often lack.
 * - `currency`: ISO 4217, when neither the locale, the financial summary nor an amount names one.
 * - `defaultPayType` (default `'CP'`): for a labor operation with no pay type on it or its line.
 * - `odometerUnit`: `'KM'` or `'MILES'`, for an odometer reading whose snapshot names no unit.
 * - `vinCheckDigit` (default `'region'`): `'never'` accepts a VIN whose check digit is wrong (STAR's
 *   own vehicle example has one), with a note; by default such a VIN is rejected as core rejects it.
 *
 * @example
 * const options: StarImportOptions = { timeZone: 'America/New_York', dealerId: 'DLR-10492' };
 */
export const StarImportOptionsSchema = z.strictObject({
  timeZone: timeZoneSchema,
  dealerId: idSchema.optional(),
  advisorId: idSchema.optional(),
  vin: z.string().optional(),
  openedAt: instantSchema.optional(),
  kind: repairOrderKindSchema.optional(),
  currency: z.string().optional(),
  defaultPayType: payTypeSchema.default('CP'),
  odometerUnit: z.enum(['KM', 'MILES']).optional(),
  vinCheckDigit: z.enum(['region', 'never']).default('region'),
});

/** Options of the STAR readers; see {@link StarImportOptionsSchema}. */
export type StarImportOptions = z.input<typeof StarImportOptionsSchema>;
/** The options as validated (defaults filled in). */
export type ResolvedStarImportOptions = z.output<typeof StarImportOptionsSchema>;

/** Validates the options; issues name `options.<field>`. */
export function parseImportOptions(options: unknown): Result<ResolvedStarImportOptions> {
  const result = safeParseRecord(StarImportOptionsSchema, options === undefined ? {} : options);
  if (result.ok) return result;
  const issues = result.issues.map((issue) =>
    createIssue(issue.code, ['options', ...issue.path], issue.params),
  );
  return { ok: false, issues };
}
