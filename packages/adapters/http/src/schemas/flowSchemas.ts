import { z } from 'zod';
import { IssueSchema, JsonObjectSchema, LocalizedTextSchema, TraceStepSchema } from './common';

/** An event as a flow takes it; the flow itself checks the instant, the actor and the payload. */
export const FlowEventSchema = z.strictObject({
  type: z.string(),
  at: z.string().describe('ISO 8601 instant with offset'),
  actor: z.string(),
  reason: z.string().optional(),
  data: JsonObjectSchema.optional(),
  id: z.string().optional(),
  flowVersion: z.number().int().optional(),
});

/** A record's state, as a transition or a replay returned it. */
export const FlowStateSchema = z.strictObject({
  flow: z.string(),
  version: z.number().int(),
  value: z.string(),
  data: JsonObjectSchema,
  marks: z.array(z.string()),
  at: z.string().nullable(),
  enteredAt: z.string().nullable(),
  eventCount: z.number().int(),
});

/** One record's history for an audit: its id and its events, oldest first. */
export const FlowHistorySchema = z.strictObject({ id: z.string(), events: z.array(FlowEventSchema) });

/** What would unblock a refused event. */
export const FlowUnblockSchema = z.strictObject({
  message: LocalizedTextSchema,
  events: z.array(z.string()).optional(),
  fields: z.array(z.string()).optional(),
});

/** A refused event: why, the failed guards with their citations, and what would unblock it. */
export const FlowRejectionSchema = z.strictObject({
  reason: z.enum([
    'invalid_event',
    'unknown_event',
    'final_state',
    'not_in_state',
    'reason_required',
    'out_of_order',
    'guard_failed',
  ]),
  event: z.string(),
  state: z.string(),
  message: LocalizedTextSchema,
  failed: z.array(TraceStepSchema),
  unblock: z.array(FlowUnblockSchema),
  issues: z.array(IssueSchema).optional(),
});

/** An event a UI could offer from a state, allowed or not, with the guards that block it. */
export const NextEventSchema = z.strictObject({
  type: z.string(),
  title: LocalizedTextSchema,
  allowed: z.boolean(),
  target: z.string().optional(),
  failed: z.array(TraceStepSchema),
  unblock: z.array(FlowUnblockSchema),
  checkedOnSend: z.array(z.string()),
  requiresReason: z.boolean(),
});

/** An effect a transition asks the caller to carry out. */
export const FlowEffectSchema = z.strictObject({
  type: z.string(),
  event: z.string(),
  from: z.string(),
  to: z.string(),
  at: z.string(),
});

/** The audit of event logs against a flow and its SLAs: one result per record in, and a summary. */
export const FlowAuditReportSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      row: z.number().int(),
      recordId: z.string().nullable(),
      status: z.enum(['clean', 'findings', 'invalid']),
      findings: z.array(
        z.strictObject({
          recordId: z.string(),
          rule: z.string(),
          cite: z.string(),
          kind: z.enum(['refused', 'late', 'early', 'overdue']),
          message: LocalizedTextSchema,
          events: z.array(z.number().int()),
          eventIds: z.array(z.string()),
          facts: JsonObjectSchema,
        }),
      ),
      state: z.string().optional(),
      pending: z.array(z.string()),
      issues: z.array(IssueSchema).optional(),
    }),
  ),
  summary: z.strictObject({
    records: z.number().int(),
    clean: z.number().int(),
    withFindings: z.number().int(),
    invalid: z.number().int(),
    findings: z.number().int(),
    byRule: z.record(z.string(), z.number().int()),
  }),
});
