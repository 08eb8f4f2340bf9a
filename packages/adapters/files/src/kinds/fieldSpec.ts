import type { z } from 'zod';
import type { FileKind } from '../types';

/**
 * How a cell is read before the record is validated:
 * `id` trimmed · `text` as typed (blank: absent) · `decimal` trimmed, separators of the profile ·
 * `integer` whole number · `instant` a local date-time of the profile's formats in the dealer's
 * zone, or ISO 8601 with offset · `date` a calendar date of the profile's date formats ·
 * `boolean` the profile's yes/no words · `code` the profile's code map, or the canonical value ·
 * `currency` ISO 4217, upper-cased.
 */
export type FieldType =
  | 'id'
  | 'text'
  | 'decimal'
  | 'integer'
  | 'instant'
  | 'date'
  | 'boolean'
  | 'code'
  | 'currency';

/** Internal: one field a column can fill. */
export interface FieldSpec {
  /** The name a profile uses (`'quantity'`, `'amounts.total'`). */
  readonly key: string;
  /** Where the value goes in the record (`['line', 'soldHours']` for a labor line). */
  readonly path: readonly string[];
  readonly type: FieldType;
  /** A column for it must be in the header (the schema requires it and has no default). */
  readonly required: boolean;
  /** The canonical values of a `code` field. */
  readonly values?: readonly string[];
}

/** Internal: a kind of file, its fields and the schema its records are checked against. */
export interface KindSpec {
  readonly kind: FileKind;
  readonly schema: z.ZodType;
  readonly fields: readonly FieldSpec[];
  /** The object every row starts with under this key (`line` for labor and part lines). */
  readonly wrapper?: string;
  /**
   * A quick check that the record built from a row is valid exactly as the schema would say, and
   * already in the schema's output form (defaults filled). `true` skips zod; `false` only means
   * "ask zod". A property test checks that the two agree.
   */
  readonly fastCheck?: (record: Record<string, unknown>) => boolean;
}

/** Builds a field spec list from compact `[key, type, required?, values?]` rows. */
export function fields(
  rows: readonly (readonly [string, FieldType, boolean?, (readonly string[])?])[],
  prefix: readonly string[] = [],
  own: ReadonlySet<string> = new Set(),
): FieldSpec[] {
  return rows.map(([key, type, required = false, values]) => {
    const path = own.has(key) ? key.split('.') : [...prefix, ...key.split('.')];
    return values === undefined ? { key, path, type, required } : { key, path, type, required, values };
  });
}
