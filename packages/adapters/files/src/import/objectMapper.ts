import { createIssue } from '@aftersales/core';
import { addIssue, createCellReader } from '../mapping/cellReaders';
import { assign, type ColumnPlan, finishRecord, type RowPlan } from '../mapping/rowPlan';
import { normalizeName } from '../profile/validateProfile';
import type { FileRowResult } from '../types';
import type { BatchSink } from './csvBatches';
import type { ResolvedOptions } from './importOptions';

/** The Chinese of what `typeof` says a row that is not an object was (undefined stays as written). */
const TYPEOF_ZH: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  bigint: 'BigInt',
  boolean: '布尔值',
  symbol: 'Symbol',
  undefined: 'undefined',
  object: '对象',
  function: '函数',
};

/** Internal: maps JSON objects through the profile, keys standing for headers. */
export class ObjectMapper {
  private readonly byKey = new Map<string, ColumnPlan | null>();
  private readonly columnOfPath = new Map<string, string>();
  private readonly unused = new Set<string>();
  private readonly plan: RowPlan;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly sink: BatchSink,
  ) {
    this.plan = {
      spec: options.spec,
      columns: [],
      width: 0,
      defaults: [],
      unusedColumns: [],
      columnOfPath: this.columnOfPath,
      ctx: { issues: undefined, needsZod: false, failed: undefined },
    };
  }

  private column(key: string): ColumnPlan | null {
    let column = this.byKey.get(key);
    if (column !== undefined) return column;
    const lookup = this.options.profile.kinds[this.options.spec.kind];
    const field = lookup.headers.get(normalizeName(key));
    if (field === undefined) {
      column = null;
      if (this.unused.size < 1000 && !this.unused.has(key)) {
        this.unused.add(key);
        this.sink.unusedColumns = [...this.unused];
      }
    } else {
      const read = createCellReader(
        field,
        key,
        this.options.profile,
        lookup.codes.get(field.key),
        this.options.writeInstant,
      );
      column = { index: -1, column: key, field, head: field.path[0] as string, leaf: field.path[1], read };
      if (!this.columnOfPath.has(field.path.join('.'))) this.columnOfPath.set(field.path.join('.'), key);
    }
    if (this.byKey.size < 10_000) this.byKey.set(key, column);
    return column;
  }

  map<T>(value: unknown, row: number): FileRowResult<T> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
      const gotZh =
        value === null ? 'null' : Array.isArray(value) ? '数组' : (TYPEOF_ZH[typeof value] ?? typeof value);
      return {
        row,
        ok: false,
        issues: [
          createIssue('file.malformed_row', [], {
            reason: `${got} is not an object`,
            // Latin text (null, BigInt) is set off from the Chinese by a space; Chinese runs on.
            reasonZh: `${gotZh}${/^[\x21-\x7e]/.test(gotZh) ? ' ' : ''}不是对象`,
          }),
        ],
      };
    }
    const ctx = this.plan.ctx;
    ctx.issues = undefined;
    ctx.needsZod = false;
    ctx.failed = undefined;
    const wrapper = this.options.spec.wrapper;
    const record: Record<string, unknown> = wrapper === undefined ? {} : { [wrapper]: {} };
    const filled = new Map<string, string>();
    for (const [key, cell] of Object.entries(value)) {
      const column = this.column(key);
      if (column === null || cell === null || cell === undefined) continue;
      const before = filled.get(column.field.key);
      if (before !== undefined) {
        addIssue(ctx, createIssue('file.duplicate_column', [key], { column: `${before} / ${key}` }));
        continue;
      }
      filled.set(column.field.key, key);
      let read: unknown;
      if (typeof cell === 'boolean' && column.field.type === 'boolean') read = cell;
      else if (typeof cell === 'number' && column.field.type === 'integer') read = cell;
      else if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') {
        read = cell === '' ? undefined : column.read(String(cell), ctx);
      } else {
        const got = Array.isArray(cell) ? 'array' : typeof cell;
        addIssue(
          ctx,
          createIssue('input.invalid_type', [key], { expected: 'text, number or boolean', received: got }),
        );
        continue;
      }
      if (read === undefined) continue;
      assign(record, column.head, column.leaf, read);
    }
    for (const [key, read] of this.options.defaults) {
      if (filled.has(key)) continue;
      const field = this.options.spec.fields.find((candidate) => candidate.key === key);
      if (field === undefined) continue;
      assign(record, field.path[0] as string, field.path[1], read);
    }
    return finishRecord<T>(this.plan, record, row);
  }
}
