import type { z } from 'zod';
import { AftersalesError, type AftersalesIssue, createIssue } from '../errors/AftersalesError';
import { issuesFromZod } from '../errors/fromZod';
import { typeName } from '../errors/guards';

/** The schema argument is the caller's code, not data, but a wrong one still gets a coded error. */
function schemaIssues(schema: unknown): AftersalesIssue[] {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse === 'function') return [];
  const expected = 'a record schema (e.g. RepairOrderSchema)';
  return [createIssue('input.invalid_type', ['schema'], { expected, received: typeName(schema) })];
}

import type { Result } from '../errors/Result';

/**
 * Validates one record against a domain schema. Never throws: a failure comes back as coded
 * issues with paths.
 *
 * @example
 * const result = safeParseRecord(VehicleSchema, { vin: 'LSVAU2180N2123456', ... });
 * if (!result.ok) console.log(result.issues[0].code); // e.g. 'vin.check_digit'
 */
export function safeParseRecord<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const wrongSchema = schemaIssues(schema);
  if (wrongSchema.length > 0) return { ok: false, issues: wrongSchema };
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error, input) };
}

/**
 * Validates one record and returns it typed, or throws an {@link AftersalesError}.
 *
 * @throws AftersalesError with the first issue's code and path
 * @example
 * const ro = parseRecord(RepairOrderSchema, json);
 */
export function parseRecord<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParseRecord(schema, input);
  if (result.ok) return result.value;
  throw new AftersalesError(result.issues);
}

/** The outcome for one row of a batch: its index, and the record or why it was rejected. */
export type RowResult<T> =
  | { readonly row: number; readonly ok: true; readonly value: T }
  | { readonly row: number; readonly ok: false; readonly issues: readonly AftersalesIssue[] };

/** A validated batch: one result per input, in input order, and the counts. */
export interface BatchResult<T> {
  readonly results: readonly RowResult<T>[];
  readonly accepted: number;
  readonly rejected: number;
}

/**
 * Validates many records. Every input comes out as a value or a rejection naming its row: no
 * record is dropped, and one bad row never stops the others. Issue paths start with the row index.
 *
 * @throws AftersalesError (`input.invalid_type`) only when `inputs` is not an array
 * @example
 * const batch = parseRecords(PartSchema, rows);
 * batch.accepted + batch.rejected === rows.length; // always
 */
export function parseRecords<S extends z.ZodType>(
  schema: S,
  inputs: readonly unknown[],
): BatchResult<z.output<S>> {
  const wrongSchema = schemaIssues(schema);
  if (wrongSchema.length > 0) throw new AftersalesError(wrongSchema);
  if (!Array.isArray(inputs)) {
    throw new AftersalesError([
      createIssue('input.invalid_type', [], {
        expected: 'array',
        received: typeName(inputs),
      }),
    ]);
  }
  const results: RowResult<z.output<S>>[] = [];
  let accepted = 0;
  inputs.forEach((input, row) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      accepted += 1;
      results.push({ row, ok: true, value: parsed.data });
    } else {
      results.push({ row, ok: false, issues: issuesFromZod(parsed.error, input, [row]) });
    }
  });
  return { results, accepted, rejected: results.length - accepted };
}
