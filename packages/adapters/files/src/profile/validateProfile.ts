import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  describeError,
  issuesFromZod,
  type Result,
} from '@aftersales/core';
import type { FieldSpec } from '../kinds/fieldSpec';
import { fileKinds, kindSpecs } from '../kinds/kindSpecs';
import type { FileKind } from '../types';
import { compileDateFormat, type DateMatcher } from './dateFormats';
import { type FileProfile, FileProfileSchema } from './profileSchema';

/** How headers, codes and yes/no words are compared: trimmed, runs of spaces as one, Latin case ignored. */
export const normalizeName = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Internal: a profile checked and turned into lookups, once per profile object. */
export interface CompiledProfile {
  readonly profile: FileProfile;
  readonly dateFormats: readonly DateMatcher[];
  readonly dateTimeFormats: readonly DateMatcher[];
  readonly decimalSeparator: '.' | ',';
  readonly thousands: string;
  readonly booleans: ReadonlyMap<string, boolean>;
  /** Per kind: normalized header → field; field key → normalized code → canonical value. */
  readonly kinds: Readonly<
    Record<
      FileKind,
      { headers: ReadonlyMap<string, FieldSpec>; codes: ReadonlyMap<string, ReadonlyMap<string, string>> }
    >
  >;
}

const invalid = (path: (string | number)[], reason: string, reasonZh: string): AftersalesIssue =>
  createIssue('file.invalid_profile', ['profile', ...path], { reason, reasonZh });

function compileFormats(
  formats: readonly string[],
  key: string,
  needsTime: boolean,
  issues: AftersalesIssue[],
): DateMatcher[] {
  const out: DateMatcher[] = [];
  formats.forEach((format, index) => {
    const compiled = compileDateFormat(format);
    if (typeof compiled === 'string') {
      issues.push(invalid([key, index], compiled, `格式“${format}”无效：${compiled}`));
      return;
    }
    const missing = ['year', 'month', 'day'].filter((part) => !compiled.has.has(part as 'year'));
    // A date-time format may be a date alone (the day's start); with a time it has hour and minute.
    const timed = compiled.has.has('hour') || compiled.has.has('minute') || compiled.has.has('second');
    if (timed && !needsTime) missing.push('no time of day');
    if (timed && needsTime && !(compiled.has.has('hour') && compiled.has.has('minute')))
      missing.push('hour and minute');
    if (missing.length > 0) {
      issues.push(
        invalid(
          [key, index],
          `format '${format}' lacks ${missing.join(', ')}`,
          `格式“${format}”缺少 ${missing.join('、')}`,
        ),
      );
      return;
    }
    out.push(compiled.matcher);
  });
  return out;
}

function compileKind(
  kind: FileKind,
  profile: FileProfile,
  issues: AftersalesIssue[],
): CompiledProfile['kinds'][FileKind] {
  const spec = kindSpecs[kind];
  const byKey = new Map(spec.fields.map((field) => [field.key, field]));
  const headers = new Map<string, FieldSpec>();
  const codes = new Map<string, Map<string, string>>();
  const own = profile.kinds[kind];
  if (own === undefined) return { headers, codes };
  for (const [key, names] of Object.entries(own.columns)) {
    const field = byKey.get(key);
    if (field === undefined) {
      issues.push(
        invalid(
          ['kinds', kind, 'columns', key],
          `${kind} has no field '${key}' (fields: ${[...byKey.keys()].join(', ')})`,
          `${kind} 没有字段“${key}”`,
        ),
      );
      continue;
    }
    names.forEach((header, index) => {
      const normal = normalizeName(header);
      const taken = headers.get(normal);
      if (taken !== undefined && taken !== field) {
        issues.push(
          invalid(
            ['kinds', kind, 'columns', key, index],
            `header '${header}' is also a name of '${taken.key}'`,
            `列名“${header}”同时映射到“${taken.key}”`,
          ),
        );
      } else headers.set(normal, field);
    });
  }
  for (const [key, map] of Object.entries(own.codes ?? {})) {
    const field = byKey.get(key);
    if (field === undefined || (field.type !== 'code' && field.type !== 'currency')) {
      issues.push(
        invalid(
          ['kinds', kind, 'codes', key],
          `'${key}' is not a code field of ${kind}`,
          `“${key}”不是 ${kind} 的代码字段`,
        ),
      );
      continue;
    }
    const lookup = new Map<string, string>();
    for (const [value, canonical] of Object.entries(map)) {
      if (field.values !== undefined && !field.values.includes(canonical)) {
        issues.push(
          invalid(
            ['kinds', kind, 'codes', key, value],
            `'${canonical}' is not one of ${field.values.join(', ')}`,
            `“${canonical}”不是以下之一：${field.values.join('、')}`,
          ),
        );
      }
      const normal = normalizeName(value);
      const before = lookup.get(normal);
      if (before !== undefined && before !== canonical) {
        issues.push(
          invalid(
            ['kinds', kind, 'codes', key, value],
            `'${value}' is mapped twice (to '${before}' and '${canonical}')`,
            `“${value}”被映射了两次`,
          ),
        );
      }
      lookup.set(normal, canonical);
    }
    codes.set(key, lookup);
  }
  return { headers, codes };
}

const compiled = new WeakMap<object, CompiledProfile>();

/**
 * Internal: checks a profile and compiles its lookups (cached per profile object).
 */
export function compileProfile(input: unknown): Result<CompiledProfile> {
  if (input !== null && typeof input === 'object') {
    const hit = compiled.get(input);
    if (hit !== undefined) return { ok: true, value: hit };
  }
  const parsed = FileProfileSchema.safeParse(input);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error, input).map((issue) => {
      const text = describeError(issue.code, issue.params ?? {});
      return invalid([...issue.path], text.en, text.zh);
    });
    return { ok: false, issues };
  }
  const profile = parsed.data as FileProfile;
  const issues: AftersalesIssue[] = [];
  const dateFormats = compileFormats(profile.dateFormats, 'dateFormats', false, issues);
  const dateTimeFormats = compileFormats(profile.dateTimeFormats, 'dateTimeFormats', true, issues);
  const decimal = profile.decimal ?? { separator: '.', thousands: '' };
  if (decimal.separator === decimal.thousands) {
    issues.push(
      invalid(
        ['decimal', 'thousands'],
        'the thousands separator is the decimal separator',
        '千位分隔符与小数点相同',
      ),
    );
  }
  const booleans = new Map<string, boolean>();
  for (const answer of [true, false]) {
    profile.booleans[answer ? 'true' : 'false'].forEach((word, index) => {
      const normal = normalizeName(word);
      if (booleans.get(normal) === !answer) {
        issues.push(
          invalid(
            ['booleans', String(answer), index],
            `'${word}' is both yes and no`,
            `“${word}”既表示是又表示否`,
          ),
        );
      }
      booleans.set(normal, answer);
    });
  }
  const kinds = {} as Record<FileKind, CompiledProfile['kinds'][FileKind]>;
  for (const kind of fileKinds) kinds[kind] = compileKind(kind, profile, issues);
  if (issues.length > 0) return { ok: false, issues };
  const value: CompiledProfile = {
    profile,
    dateFormats,
    dateTimeFormats,
    decimalSeparator: decimal.separator,
    thousands: decimal.thousands,
    booleans,
    kinds,
  };
  compiled.set(input as object, value);
  return { ok: true, value };
}

/**
 * Checks a column-mapping profile: its shape, its formats, that every field it maps exists in its
 * kind, that no header names two fields, and that every code maps to a canonical value. Never
 * throws: problems come back as `file.invalid_profile` issues whose path names the spot
 * (`['profile', 'kinds', 'parts', 'codes', 'source', '纯正件']`).
 *
 * @example
 * const checked = safeValidateProfile(JSON.parse(readFileSync('my-dms.json', 'utf8')));
 * if (!checked.ok) console.log(checked.issues.map((issue) => issue.message.zh));
 */
export function safeValidateProfile(profile: unknown): Result<FileProfile> {
  const result = compileProfile(profile);
  return result.ok ? { ok: true, value: result.value.profile } : result;
}

/**
 * Checks a column-mapping profile and returns it typed; see {@link safeValidateProfile}.
 *
 * @throws AftersalesError `file.invalid_profile`, path naming the spot in the profile
 * @example
 * const profile = validateProfile(JSON.parse(readFileSync('my-dms.json', 'utf8')));
 */
export function validateProfile(profile: unknown): FileProfile {
  const result = safeValidateProfile(profile);
  if (result.ok) return result.value;
  throw new AftersalesError(result.issues);
}
