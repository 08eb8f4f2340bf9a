import { type AftersalesIssue, createIssue } from '@aftersales/core';
import type { KpiSource } from './kpiSources';
import { type FactValue, readFactValue, typeName, valueAt } from './readField';

/**
 * Reads one input record into fact rows. `read` checks every field it reads and returns the
 * issues (the record is then rejected whole); otherwise `rows` holds, per source of the reader,
 * the rows of this record (arrays reused from one record to the next: copy to keep one).
 */
export interface FactReader {
  readonly input: string;
  readonly sources: readonly KpiSource[];
  read(record: unknown): readonly AftersalesIssue[];
  /** Per source (same order as `sources`), the rows of the last record read. */
  readonly rows: readonly FactValue[][][];
  /** Per source, how many of `rows` are filled. */
  readonly counts: number[];
}

/** The index of each field of a source, in the order of its `fields`. */
export function fieldIndexes(source: KpiSource): Readonly<Record<string, number>> {
  const indexes: Record<string, number> = {};
  Object.keys(source.fields).forEach((name, index) => {
    indexes[name] = index;
  });
  return indexes;
}

const NOT_OBJECT = (record: unknown): AftersalesIssue[] => [
  createIssue('input.invalid_type', [], { expected: 'an object', received: typeName(record) }),
];

/** True for a plain object record (not null, not an array). */
export function isRecordObject(record: unknown): record is Record<string, unknown> {
  return record !== null && typeof record === 'object' && !Array.isArray(record);
}

/** The reader of a source whose rows are its input records, one each, read field by field. */
export function createFlatReader(source: KpiSource): FactReader {
  const fields = Object.entries(source.fields).map(([name, field]) => ({
    name,
    field,
    path: (field.path ?? name).split('.'),
  }));
  const row: FactValue[] = new Array(fields.length).fill(undefined);
  const rows = [[row]];
  const counts = [0];
  return {
    input: source.input,
    sources: [source],
    rows,
    counts,
    read(record) {
      counts[0] = 0;
      if (!isRecordObject(record)) return NOT_OBJECT(record);
      const issues: AftersalesIssue[] = [];
      for (let index = 0; index < fields.length; index += 1) {
        const { field, path } = fields[index] as (typeof fields)[number];
        let raw = valueAt(record, path);
        if (raw === undefined || raw === null) {
          raw = field.default;
          if (raw === undefined && field.required === true) {
            issues.push(createIssue('input.required', path));
            continue;
          }
        }
        if (field.map !== undefined) {
          raw = typeof raw === 'string' && Object.hasOwn(field.map, raw) ? field.map[raw] : undefined;
        }
        row[index] = readFactValue(raw, field.type, path, issues);
      }
      if (issues.length === 0) counts[0] = 1;
      return issues;
    },
  };
}
