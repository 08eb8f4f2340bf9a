import { z } from 'zod';
import type { FileKind } from '../types';

const name = z.string().trim().min(1).max(200);
const kindSchema = z.strictObject({
  /** Field → the header names that fill it (Chinese and English; trimmed, Latin case ignored). */
  columns: z.record(z.string().min(1), z.array(name).min(1)),
  /** Field → the DMS's code → the canonical value (`'客户付费'` → `'CP'`). */
  codes: z.record(z.string().min(1), z.record(z.string().trim().min(1), z.string().min(1))).optional(),
});

/**
 * The zod schema of a {@link FileProfile} (its shape; `validateProfile` adds the checks that need
 * the kinds' fields). Useful to generate a JSON Schema for profile files.
 *
 * @example
 * const jsonSchema = z.toJSONSchema(FileProfileSchema);
 */
export const FileProfileSchema = z.strictObject({
  id: z.string().min(1).max(64),
  description: z.string().max(4000).optional(),
  /** Formats of calendar-date cells, tried in order. */
  dateFormats: z.array(z.string().min(1).max(64)).min(1),
  /** Formats of local date-time cells (no offset), tried in order; read in the dealer's zone. */
  dateTimeFormats: z.array(z.string().min(1).max(64)).min(1),
  /** How numbers are written: decimal separator and thousands separator (`''`: none). */
  decimal: z
    .strictObject({
      separator: z.enum(['.', ',']),
      thousands: z.enum(['', ',', '.', ' ', "'", '\u00a0']),
    })
    .optional(),
  /** Words read as yes / no in boolean columns (trimmed, Latin case ignored). */
  booleans: z.strictObject({ true: z.array(name).min(1), false: z.array(name).min(1) }),
  kinds: z.strictObject({
    repairOrders: kindSchema.optional(),
    laborLines: kindSchema.optional(),
    partLines: kindSchema.optional(),
    parts: kindSchema.optional(),
    stockMovements: kindSchema.optional(),
    warrantyClaims: kindSchema.optional(),
    claimLaborOps: kindSchema.optional(),
    claimParts: kindSchema.optional(),
    subletLines: kindSchema.optional(),
    roCharges: kindSchema.optional(),
    customers: kindSchema.optional(),
  }),
});

/** How one kind of file names its columns and codes; see {@link FileProfile}. */
export interface KindProfile {
  readonly columns: Readonly<Record<string, readonly string[]>>;
  readonly codes?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
}

/**
 * A column-mapping profile: how one DMS writes its exports. Plain JSON data, so it can be stored
 * in a file and checked with {@link validateProfile}. See docs/adapter-files.md for how to write one.
 */
export interface FileProfile {
  readonly id: string;
  readonly description?: string | undefined;
  readonly dateFormats: readonly string[];
  readonly dateTimeFormats: readonly string[];
  readonly decimal?:
    | { readonly separator: '.' | ','; readonly thousands: '' | ',' | '.' | ' ' | "'" | '\u00a0' }
    | undefined;
  readonly booleans: { readonly true: readonly string[]; readonly false: readonly string[] };
  readonly kinds: { readonly [K in FileKind]?: KindProfile | undefined };
}
