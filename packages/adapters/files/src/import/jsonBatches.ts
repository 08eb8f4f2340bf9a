import { AftersalesError, createIssue } from '@aftersales/core';
import { addIssue, createCellReader } from '../mapping/cellReaders';
import { assign, type ColumnPlan, finishRecord, type RowPlan } from '../mapping/rowPlan';
import { normalizeName } from '../profile/validateProfile';
import type { FileRowResult } from '../types';
import type { BatchSink } from './csvBatches';
import type { ResolvedOptions } from './importOptions';

const BATCH = 1000;

/** Internal: maps JSON objects through the profile, keys standing for headers. */
class ObjectMapper {
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
      return {
        row,
        ok: false,
        issues: [
          createIssue('file.malformed_row', [], {
            reason: `${got} is not an object`,
            reasonZh: `${got} 不是对象`,
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

async function readAll(text: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const piece of text) all += piece;
  return all;
}

/**
 * Internal: the rows of a JSON file, which must be one array of objects. JSON is read whole (a
 * JSON array cannot be cut into rows before it is parsed): use JSON Lines for large files.
 *
 * @throws AftersalesError `file.invalid_json` when the text is not JSON or not an array
 */
export async function* jsonBatches<T>(
  text: AsyncIterable<string>,
  options: ResolvedOptions,
  sink: BatchSink,
): AsyncGenerator<FileRowResult<T>[]> {
  const all = await readAll(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(all);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    throw AftersalesError.of('file.invalid_json', [], { reason, reasonZh: `不是有效的 JSON（${reason}）` });
  }
  if (!Array.isArray(parsed)) {
    throw AftersalesError.of('file.invalid_json', [], {
      reason: 'the top level is not an array',
      reasonZh: '顶层不是数组',
    });
  }
  const mapper = new ObjectMapper(options, sink);
  for (let start = 0; start < parsed.length; start += BATCH) {
    const out: FileRowResult<T>[] = [];
    const end = Math.min(parsed.length, start + BATCH);
    for (let i = start; i < end; i++) out.push(mapper.map<T>(parsed[i], i + 1));
    yield out;
  }
}

/**
 * Internal: the rows of a JSON Lines file, one object per line, streamed. A line that is not JSON
 * is a rejection of its own (`file.malformed_row`); blank lines are skipped.
 */
export async function* jsonLinesBatches<T>(
  text: AsyncIterable<string>,
  options: ResolvedOptions,
  sink: BatchSink,
): AsyncGenerator<FileRowResult<T>[]> {
  const mapper = new ObjectMapper(options, sink);
  let carry = '';
  let line = 0;
  const readLines = (chunk: string, final: boolean): FileRowResult<T>[] => {
    if (final && carry === '') return [];
    const lines = final ? [carry] : (carry + chunk).split('\n');
    carry = final ? '' : (lines.pop() as string);
    if (carry.length > options.maxRowChars) {
      throw AftersalesError.of('file.malformed_row', ['row', line + 1], {
        reason: `the line is longer than ${options.maxRowChars} characters`,
        reasonZh: `该行超过 ${options.maxRowChars} 个字符`,
      });
    }
    const out: FileRowResult<T>[] = [];
    for (const text of lines) {
      line += 1;
      if (text.trim() === '') {
        sink.blankLines += 1;
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'not JSON';
        out.push({
          row: line,
          ok: false,
          issues: [
            createIssue('file.malformed_row', [], {
              reason: `not JSON: ${reason}`,
              reasonZh: `不是有效的 JSON：${reason}`,
            }),
          ],
        });
        continue;
      }
      out.push(mapper.map<T>(value, line));
    }
    return out;
  };
  for await (const chunk of text) {
    const out = readLines(chunk, false);
    if (out.length > 0) yield out;
  }
  const out = readLines('', true);
  if (out.length > 0) yield out;
}
