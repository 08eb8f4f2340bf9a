import { type AftersalesIssue, createIssue, issuesFromZod } from '@aftersales/core';
import type { FieldSpec, KindSpec } from '../kinds/fieldSpec';
import type { DateParts } from '../profile/dateFormats';
import { type CompiledProfile, normalizeName } from '../profile/validateProfile';
import type { FileRowResult } from '../types';
import { type CellReader, createCellReader, type RowContext } from './cellReaders';

/** Internal: one mapped column: where its cells go and how they are read. */
export interface ColumnPlan {
  readonly index: number;
  readonly column: string;
  readonly field: FieldSpec;
  readonly head: string;
  /** The second path key of a nested field (`amounts.total` → `total`), else undefined. */
  readonly leaf: string | undefined;
  readonly read: CellReader;
}

/** Internal: how the rows of one file become records, worked out once from its header. */
export interface RowPlan {
  readonly spec: KindSpec;
  readonly columns: readonly ColumnPlan[];
  readonly width: number;
  readonly defaults: readonly { readonly field: FieldSpec; readonly value: unknown }[];
  readonly unusedColumns: readonly string[];
  /** Record path (joined with '.') → the column it came from, to name columns in zod's issues. */
  readonly columnOfPath: ReadonlyMap<string, string>;
  readonly ctx: RowContext;
}

/** Internal: what a plan needs besides the header. */
export interface PlanInput {
  readonly spec: KindSpec;
  readonly profile: CompiledProfile;
  readonly writeInstant: (parts: DateParts) => string;
  /** Field key → value already read, used where the file has no column for the field. */
  readonly defaults: ReadonlyMap<string, unknown>;
}

/**
 * Internal: matches a header against the profile. File-level problems come back as issues:
 * `file.no_header`, `file.duplicate_column`, `file.missing_column` (one per missing field).
 */
export function planColumns(header: readonly string[], input: PlanInput): RowPlan | AftersalesIssue[] {
  const { spec, profile } = input;
  const lookup = profile.kinds[spec.kind];
  if (header.every((cell) => cell.trim() === '')) return [createIssue('file.no_header', [])];
  const issues: AftersalesIssue[] = [];
  const seen = new Map<string, number>();
  const byField = new Map<string, string>();
  const columns: ColumnPlan[] = [];
  const unusedColumns: string[] = [];
  const columnOfPath = new Map<string, string>();
  header.forEach((cell, index) => {
    const column = cell.trim();
    if (column === '') return;
    const normal = normalizeName(column);
    if (seen.has(normal)) {
      issues.push(createIssue('file.duplicate_column', ['header', index], { column }));
      return;
    }
    seen.set(normal, index);
    const field = lookup.headers.get(normal);
    if (field === undefined) {
      unusedColumns.push(column);
      return;
    }
    const before = byField.get(field.key);
    if (before !== undefined) {
      issues.push(
        createIssue('file.duplicate_column', ['header', index], { column: `${before} / ${column}` }),
      );
      return;
    }
    byField.set(field.key, column);
    columnOfPath.set(field.path.join('.'), column);
    const read = createCellReader(field, column, profile, lookup.codes.get(field.key), input.writeInstant);
    columns.push({ index, column, field, head: field.path[0] as string, leaf: field.path[1], read });
  });
  const defaults: { field: FieldSpec; value: unknown }[] = [];
  for (const field of spec.fields) {
    if (byField.has(field.key)) continue;
    if (input.defaults.has(field.key)) {
      defaults.push({ field, value: input.defaults.get(field.key) });
      continue;
    }
    if (!field.required) continue;
    const names = profile.profile.kinds[spec.kind]?.columns[field.key] ?? [];
    issues.push(createIssue('file.missing_column', [], { field: field.key, columns: [...names] }));
  }
  if (issues.length > 0) return issues;
  const ctx: RowContext = { issues: undefined, needsZod: false, failed: undefined };
  return { spec, columns, width: header.length, defaults, unusedColumns, columnOfPath, ctx };
}

/** Internal: sets a field of a record being built (`head`, or `head.leaf` for a nested one). */
export function assign(
  record: Record<string, unknown>,
  head: string,
  leaf: string | undefined,
  value: unknown,
): void {
  if (leaf === undefined) {
    record[head] = value;
    return;
  }
  let inner = record[head] as Record<string, unknown> | undefined;
  if (inner === undefined) {
    inner = {};
    record[head] = inner;
  }
  inner[leaf] = value;
}

/** Zod's issue paths name record fields; a user reads columns, so the field's column replaces it. */
function columnIssues(plan: RowPlan, issues: readonly AftersalesIssue[]): AftersalesIssue[] {
  const out: AftersalesIssue[] = [];
  for (const issue of issues) {
    const path = issue.path;
    let mapped: AftersalesIssue | undefined = issue;
    for (let length = Math.min(path.length, 2); length > 0; length--) {
      const key = path.slice(0, length).join('.');
      if (plan.ctx.failed?.has(key)) {
        mapped = undefined; // already reported: the cell could not be read
        break;
      }
      const column = plan.columnOfPath.get(key);
      if (column !== undefined) {
        mapped = createIssue(issue.code, [column, ...path.slice(length)], issue.params ?? {});
        break;
      }
    }
    if (mapped !== undefined) out.push(mapped);
  }
  return out;
}

/**
 * Internal: one row's cells to a record or a rejection. The quick check accepts most good rows
 * without zod; any row it does not accept is judged by the kind's zod schema, whose issues are
 * what the caller sees.
 */
export function mapCells<T>(plan: RowPlan, cells: readonly string[], row: number): FileRowResult<T> {
  const ctx = plan.ctx;
  ctx.issues = undefined;
  ctx.needsZod = false;
  ctx.failed = undefined;
  const record: Record<string, unknown> = plan.spec.wrapper === undefined ? {} : { [plan.spec.wrapper]: {} };
  const columns = plan.columns;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ColumnPlan;
    const raw = cells[column.index];
    if (raw === undefined || raw === '') continue;
    const value = column.read(raw, ctx);
    if (value !== undefined) assign(record, column.head, column.leaf, value);
  }
  return finishRecord(plan, record, row);
}

/** Internal: defaults, then the quick check or zod. */
export function finishRecord<T>(
  plan: RowPlan,
  record: Record<string, unknown>,
  row: number,
): FileRowResult<T> {
  const ctx = plan.ctx;
  for (const { field, value } of plan.defaults) {
    assign(record, field.path[0] as string, field.path[1], value);
  }
  const fastCheck = plan.spec.fastCheck;
  if (ctx.issues === undefined && !ctx.needsZod && fastCheck?.(record)) {
    return { row, ok: true, value: record as T };
  }
  const parsed = plan.spec.schema.safeParse(record);
  if (parsed.success && ctx.issues === undefined) return { row, ok: true, value: parsed.data as T };
  const issues = [
    ...(ctx.issues ?? []),
    ...(parsed.success ? [] : columnIssues(plan, issuesFromZod(parsed.error, record))),
  ];
  return { row, ok: false, issues };
}
