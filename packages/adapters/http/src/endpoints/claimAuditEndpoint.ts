import { timeZoneSchema } from '@aftersales/core';
import { type AuditHistory, AuditSettingsSchema, auditClaims, LaborTimeSchema } from '@aftersales/warranty';
import { z } from 'zod';
import { pick } from '../app/catalogs';
import { IssueSchema, idListSchema, JsonObjectSchema, LocalizedTextSchema, rowsOf } from '../schemas/common';
import { defineEndpoint } from './endpoint';

/** Claims to audit, the history they are compared with, and the audit's settings. */
export const AuditClaimsBodySchema = z.strictObject({
  claims: rowsOf('warrantyClaim'),
  policies: idListSchema.min(1).optional().describe('Policy ids from the registry (default: all)'),
  jurisdictions: idListSchema.optional().describe('Jurisdiction ids from the registry (default: all)'),
  history: z.strictObject({
    vehicles: rowsOf('vehicle'),
    repairOrders: rowsOf('repairOrder').optional(),
    claims: rowsOf('warrantyClaim').optional(),
    odometerReadings: rowsOf('odometerReading').optional(),
  }),
  laborTimes: z.array(LaborTimeSchema).max(100_000).default([]),
  // The registry's zone when none is given, as the other endpoints do.
  settings: AuditSettingsSchema.extend({ timeZone: timeZoneSchema.optional() }),
});

const severity = z.enum(['reject', 'review', 'info']);
const counts = z.record(z.string(), z.number().int());

/** The audit report: one result per claim in, in order, the counts, and the history rows refused. */
export const AuditClaimsResponseSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      row: z.number().int(),
      claimId: z.string().nullable(),
      status: z.enum(['approved', 'findings', 'rejected']),
      findings: z.array(
        z.strictObject({
          code: z.string(),
          severity,
          rule: z.string(),
          cite: z.string(),
          message: LocalizedTextSchema,
          facts: JsonObjectSchema,
        }),
      ),
      issues: z.array(IssueSchema).optional(),
    }),
  ),
  summary: z.strictObject({
    read: z.number().int(),
    approved: z.number().int(),
    withFindings: z.number().int(),
    rejected: z.number().int(),
    findings: z.number().int(),
    byCode: counts,
    bySeverity: z.strictObject({
      reject: z.number().int(),
      review: z.number().int(),
      info: z.number().int(),
    }),
    checked: counts,
    notChecked: counts,
    history: z.strictObject({
      read: z.number().int(),
      rejected: z.number().int(),
      ignored: z.number().int(),
    }),
  }),
  historyRejections: z.array(
    z.strictObject({
      input: z.enum(['vehicles', 'repairOrders', 'claims', 'odometerReadings']),
      row: z.number().int(),
      issues: z.array(IssueSchema),
    }),
  ),
});

export const auditClaimsEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/warranty/claims/audit',
  operationId: 'auditClaims',
  tag: 'warranty',
  summary: "The carmaker's claim audit (索赔审核)",
  description:
    'Runs auditClaims: coverage, duplicates, odometer, hours above standard, plausibility, late submission, ' +
    'old-part return, authority, labor rate and part price. A malformed claim is a rejected result, never a ' +
    'failed request; a malformed history row is listed in historyRejections.',
  request: AuditClaimsBodySchema,
  response: AuditClaimsResponseSchema,
  handle: (body, raw, catalogs) =>
    auditClaims(raw.claims, {
      policies: pick(catalogs.policies, body.policies, 'policy', 'policies'),
      jurisdictions: pick(catalogs.jurisdictions, body.jurisdictions, 'jurisdiction', 'jurisdictions'),
      history: raw.history as AuditHistory,
      laborTimes: raw.laborTimes ?? [],
      options: { ...raw.settings, timeZone: body.settings.timeZone ?? catalogs.registry.timeZone },
    }),
});
