import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  instantSchema,
  isTimeZone,
} from '@aftersales/core';
import type { FieldSpec, KindSpec } from '../kinds/fieldSpec';
import { fileKinds, kindSpecs } from '../kinds/kindSpecs';
import { createCellReader, createInstantWriter, type RowContext } from '../mapping/cellReaders';
import type { DateParts } from '../profile/dateFormats';
import { genericProfile } from '../profile/genericProfile';
import type { FileProfile } from '../profile/profileSchema';
import { type CompiledProfile, compileProfile } from '../profile/validateProfile';
import type { FileEncoding, FileFormat, FileKind } from '../types';

/** Options of {@link streamRecords} and {@link importRecords}. */
export interface ImportOptions<K extends FileKind = FileKind> {
  /** What the file holds. */
  readonly kind: K;
  /** The dealer's IANA time zone: local date-times in the file are read in it (never the host's). */
  readonly timeZone: string;
  /** How the DMS names columns and codes (default {@link genericProfile}). */
  readonly profile?: FileProfile;
  /** `csv` (default; `json` / `jsonl` when a file path ends so). */
  readonly format?: FileFormat;
  /** Default `auto`. */
  readonly encoding?: FileEncoding;
  /** CSV field delimiter (default `,`). */
  readonly delimiter?: ',' | ';' | '\t' | '|';
  /**
   * Values for fields the file has no column for, by profile field name, read like a cell:
   * `{ dealerId: 'D0571', currency: 'CNY' }` for an export of one dealer.
   */
  readonly defaults?: Readonly<Record<string, string | number | boolean>>;
  /** The longest row (in characters) read before the file is refused (default 1,000,000). */
  readonly maxRowChars?: number;
}

/** Internal: options checked, with the compiled profile. */
export interface ResolvedOptions {
  readonly spec: KindSpec;
  readonly profile: CompiledProfile;
  readonly format: FileFormat;
  readonly encoding: 'utf-8' | 'gb18030' | 'auto';
  readonly delimiter: string;
  readonly maxRowChars: number;
  readonly writeInstant: (parts: DateParts) => string;
  readonly defaults: ReadonlyMap<string, unknown>;
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function formatOf(source: unknown): FileFormat {
  const path = typeof source === 'string' ? source : (source as { path?: unknown } | null)?.path;
  if (typeof path !== 'string') return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  return /\.json$/i.test(path) ? 'json' : 'csv';
}

function readDefaults(
  spec: KindSpec,
  profile: CompiledProfile,
  raw: unknown,
  writeInstant: (parts: DateParts) => string,
  issues: AftersalesIssue[],
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (raw === undefined) return out;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push(
      createIssue('input.invalid_type', ['options', 'defaults'], {
        expected: 'object',
        received: typeOf(raw),
      }),
    );
    return out;
  }
  const byKey = new Map<string, FieldSpec>(spec.fields.map((field) => [field.key, field]));
  for (const [key, value] of Object.entries(raw)) {
    const path = ['options', 'defaults', key];
    const field = byKey.get(key);
    if (field === undefined) {
      issues.push(createIssue('input.unrecognized_keys', ['options', 'defaults'], { keys: [key] }));
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      issues.push(
        createIssue('input.invalid_type', path, {
          expected: 'string, number or boolean',
          received: typeOf(value),
        }),
      );
      continue;
    }
    const ctx: RowContext = { issues: undefined, needsZod: false, failed: undefined };
    const codes = profile.kinds[spec.kind].codes.get(key);
    const read =
      typeof value === 'boolean' && field.type === 'boolean'
        ? value
        : createCellReader(field, key, profile, codes, writeInstant)(String(value), ctx);
    // An ISO instant passed through as typed is checked here, once, not per row.
    const badInstant = ctx.needsZod && !instantSchema.safeParse(read).success;
    if (ctx.issues !== undefined || read === undefined || badInstant) {
      issues.push(
        createIssue('input.invalid', path, {
          detail: ctx.issues?.[0]?.message.en ?? (badInstant ? 'not an instant' : 'is blank'),
          detailZh: ctx.issues?.[0]?.message.zh ?? (badInstant ? '不是有效时刻' : '为空'),
        }),
      );
    } else out.set(key, read);
  }
  return out;
}

/**
 * Internal: checks the options of an import.
 *
 * @throws AftersalesError `input.*` naming the option, `file.invalid_profile`, `time.invalid_zone`
 */
export function resolveOptions(options: unknown, source: unknown): ResolvedOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeOf(options),
    });
  }
  const o = options as Record<string, unknown>;
  const issues: AftersalesIssue[] = [];
  if (typeof o.kind !== 'string' || !fileKinds.includes(o.kind as FileKind)) {
    throw AftersalesError.of('input.invalid_value', ['options', 'kind'], { allowed: [...fileKinds] });
  }
  const spec = kindSpecs[o.kind as FileKind];
  if (!isTimeZone(o.timeZone)) {
    issues.push(
      o.timeZone === undefined
        ? createIssue('input.required', ['options', 'timeZone'])
        : createIssue('time.invalid_zone', ['options', 'timeZone'], {
            value: typeof o.timeZone === 'string' ? o.timeZone : typeOf(o.timeZone),
          }),
    );
  }
  const compiled = compileProfile(o.profile ?? genericProfile);
  if (!compiled.ok) throw new AftersalesError(compiled.issues);
  const format = o.format ?? formatOf(source);
  if (format !== 'csv' && format !== 'json' && format !== 'jsonl') {
    issues.push(
      createIssue('input.invalid_value', ['options', 'format'], { allowed: ['csv', 'json', 'jsonl'] }),
    );
  }
  const encoding = o.encoding ?? 'auto';
  if (encoding !== 'utf-8' && encoding !== 'gb18030' && encoding !== 'gbk' && encoding !== 'auto') {
    issues.push(
      createIssue('input.invalid_value', ['options', 'encoding'], {
        allowed: ['utf-8', 'gb18030', 'gbk', 'auto'],
      }),
    );
  }
  const delimiter = o.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t' && delimiter !== '|') {
    issues.push(
      createIssue('input.invalid_value', ['options', 'delimiter'], { allowed: [',', ';', '\\t', '|'] }),
    );
  }
  const maxRowChars = o.maxRowChars ?? 1_000_000;
  if (typeof maxRowChars !== 'number' || !Number.isSafeInteger(maxRowChars) || maxRowChars < 64) {
    issues.push(
      createIssue('input.invalid', ['options', 'maxRowChars'], {
        detail: 'a whole number of at least 64',
        detailZh: '应为不小于 64 的整数',
      }),
    );
  }
  if (issues.length > 0) throw new AftersalesError(issues);
  const writeInstant = createInstantWriter(o.timeZone as string);
  const defaults = readDefaults(spec, compiled.value, o.defaults, writeInstant, issues);
  if (issues.length > 0) throw new AftersalesError(issues);
  return {
    spec,
    profile: compiled.value,
    format: format as FileFormat,
    encoding: encoding === 'gbk' ? 'gb18030' : (encoding as 'utf-8' | 'gb18030' | 'auto'),
    delimiter: delimiter as string,
    maxRowChars: maxRowChars as number,
    writeInstant,
    defaults,
  };
}
