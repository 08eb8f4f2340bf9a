import type { z } from 'zod';
import type { IssuePath } from '../errors/AftersalesError';
import { safeParseRecord } from './parse';

/**
 * Test helpers for the record schemas (not exported from the package).
 */

/**
 * The code and path of each issue `schema` reports for `input` (empty when it is valid).
 *
 * @example
 * issuesOf(PartSchema, { ...part, price: '-1' }); // [{ code: 'input.too_small', path: ['price'] }]
 */
export function issuesOf(schema: z.ZodType, input: unknown): { code: string; path: IssuePath }[] {
  const result = safeParseRecord(schema, input);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

/**
 * A deep copy of `record` with `patch` applied at the top level (`undefined` deletes a key).
 *
 * @example
 * withChanges(exampleRecords.part, { cost: undefined, price: '0' });
 */
export function withChanges<T extends object>(
  record: T,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(record) as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}
