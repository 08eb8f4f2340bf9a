import { errorCodes, type RecordKind, recordJsonSchema } from '@aftersales/core';
import { z } from 'zod';

/**
 * Schemas shared by the request and response bodies: texts in two languages, coded issues, rule
 * traces and decisions, written after the types of @aftersales/core (which has no zod schema for
 * its outputs).
 */

/** A text in English and Simplified Chinese. */
export const LocalizedTextSchema = z.strictObject({ en: z.string(), zh: z.string() });

const issueParam = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

/** A core issue: stable code, the path of the field in the request, the message in en/zh. */
export const IssueSchema = z.strictObject({
  code: z.enum(errorCodes as unknown as [string, ...string[]]),
  path: z.array(z.union([z.string(), z.number()])),
  message: LocalizedTextSchema,
  params: z.record(z.string(), issueParam).optional(),
});

/** A JSON object whose shape the rule that wrote it defines (facts, details). */
export const JsonObjectSchema = z.record(z.string(), z.unknown());

/** One rule read while deciding: id, status, the facts it read, its message and citation. */
export const TraceStepSchema = z.strictObject({
  rule: z.string(),
  status: z.enum(['passed', 'failed', 'not_applicable']),
  facts: JsonObjectSchema,
  message: LocalizedTextSchema,
  cite: z.string(),
});

/** A decision: outcome and trace, with optional details. */
export const DecisionSchema = z.strictObject({
  outcome: z.string(),
  trace: z.array(TraceStepSchema),
  details: JsonObjectSchema.optional(),
});

/** A record rejected from a batch: which input, its row (0-based) and why. */
export const RowRejectionSchema = z.strictObject({
  input: z.string(),
  row: z.number().int(),
  issues: z.array(IssueSchema),
});

/**
 * The record kind a row list documents: its items are validated one by one by the domain function
 * (a bad row is rejected in the answer, it never fails the request), so the request schema takes
 * any JSON value per row while the OpenAPI document shows the record's schema.
 */
export const rowKinds = new WeakMap<
  z.ZodType,
  {
    readonly kind: RecordKind | z.ZodType;
    readonly name: string;
    /** The component it is documented as (default `Row.<name>`). */
    readonly component?: string;
  }
>();

/**
 * A list of records of one kind (a core record kind, or the domain schema of its rows), read row
 * by row by the function behind the endpoint.
 *
 * @example
 * const claims = rowsOf('warrantyClaim');
 */
export function rowsOf(kind: RecordKind | z.ZodType, name = 'row'): z.ZodArray<z.ZodUnknown> {
  const row = z.unknown();
  rowKinds.set(row, { kind, name: typeof kind === 'string' ? kind : name });
  const what = typeof kind === 'string' ? `${kind} records` : `${name}s`;
  return z.array(row).describe(`${what}, each validated on its own: a bad row is rejected in the answer`);
}

/** The JSON Schema of a record kind, as core generates it from the same zod schema. */
export function rowJsonSchema(kind: RecordKind): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = recordJsonSchema(kind) as Record<string, unknown>;
  return schema;
}

/** Ids chosen from the registry (policies, jurisdictions, KPIs). */
export const idListSchema = z.array(z.string().min(1).max(128)).max(1000);
