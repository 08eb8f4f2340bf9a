import { timeZoneSchema } from '@aftersales/core';
import {
  evaluateRights,
  evaluateWarranty,
  VehicleCaseSchema,
  WarrantyRequestSchema,
} from '@aftersales/warranty';
import { z } from 'zod';
import { pick } from '../app/catalogs';
import { DecisionSchema, idListSchema, JsonObjectSchema } from '../schemas/common';
import { defineEndpoint } from './endpoint';

/** A warranty question: the request of `evaluateWarranty`, and the policies and packs by id. */
export const EvaluateWarrantyBodySchema = z.strictObject({
  request: WarrantyRequestSchema,
  policies: idListSchema.min(1).optional().describe('Policy ids from the registry (default: all)'),
  jurisdictions: idListSchema.optional().describe('Jurisdiction ids from the registry (default: all)'),
  timeZone: timeZoneSchema.optional().describe("The dealer's IANA time zone (default: the registry's)"),
});

/** A warranty decision: outcome, the rules read (with citations), and the coverage details. */
export const EvaluateWarrantyResponseSchema = z.strictObject({
  decision: DecisionSchema.extend({
    outcome: z.enum(['covered', 'not_covered', 'needs_preauthorization']),
    details: JsonObjectSchema,
  }),
});

export const evaluateWarrantyEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/warranty/evaluate',
  operationId: 'evaluateWarranty',
  tag: 'warranty',
  summary: 'Is this repair free under the policy and the law?',
  description:
    'Runs evaluateWarranty: the policy in force at the sale date, its coverages and conditions, then each ' +
    "market's legal floor (三包 包修期). Answers covered / not_covered / needs_preauthorization with the trace.",
  request: EvaluateWarrantyBodySchema,
  response: EvaluateWarrantyResponseSchema,
  handle: (body, raw, catalogs) => ({
    decision: evaluateWarranty(raw.request, {
      policy: pick(catalogs.policies, body.policies, 'policy', 'policies'),
      jurisdictions: pick(catalogs.jurisdictions, body.jurisdictions, 'jurisdiction', 'jurisdictions'),
      timeZone: body.timeZone ?? catalogs.registry.timeZone,
    }),
  }),
});

/** A vehicle's case for the 三包 / lemon-law rights, and the packs by id. */
export const EvaluateRightsBodySchema = z.strictObject({
  case: VehicleCaseSchema,
  jurisdictions: idListSchema.optional().describe('Jurisdiction ids from the registry (default: all)'),
  timeZone: timeZoneSchema.optional(),
});

/** One answer per market: the governing pack and its decision, or why none governs. */
export const EvaluateRightsResponseSchema = z.strictObject({
  rights: z.array(
    z.strictObject({
      market: z.string(),
      jurisdiction: z.string().nullable(),
      decision: DecisionSchema.nullable(),
      reason: z.enum(['no_start_date', 'not_governed']).nullable(),
    }),
  ),
});

export const evaluateRightsEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/warranty/rights',
  operationId: 'evaluateRights',
  tag: 'warranty',
  summary: "The customer's replacement, return and lemon-law rights",
  description:
    'Runs evaluateRights over the vehicle and its full repair history: under 三包 the 7-day and 60-day / ' +
    '3,000 km remedies, repair counts and cumulative repair time; under a lemon law its presumption.',
  request: EvaluateRightsBodySchema,
  response: EvaluateRightsResponseSchema,
  handle: (body, raw, catalogs) => ({
    rights: evaluateRights(raw.case, {
      jurisdictions: pick(catalogs.jurisdictions, body.jurisdictions, 'jurisdiction', 'jurisdictions'),
      timeZone: body.timeZone ?? catalogs.registry.timeZone,
    }),
  }),
});
