import { type AftersalesIssue, createIssue, zonedDateTime } from '@aftersales/core';
import type { FieldSpec } from '../kinds/fieldSpec';
import { calendarDateOf, type DateMatcher, type DateParts, isRealDate } from '../profile/dateFormats';
import { type CompiledProfile, normalizeName } from '../profile/validateProfile';

/** Internal: what reading one row's cells found besides values. */
export interface RowContext {
  issues: AftersalesIssue[] | undefined;
  /** A value passed through as typed (an ISO instant): zod, not the quick check, must judge it. */
  needsZod: boolean;
  /** Record paths (joined with '.') whose cell could not be read: zod's "required" there is noise. */
  failed: Set<string> | undefined;
}

/** Reads one non-empty cell; `undefined` means absent (blank) or failed (an issue was added). */
export type CellReader = (raw: string, ctx: RowContext) => unknown;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const WHOLE = /^\d+$/;

/** Internal: records a row's issue (the list is made on the first one: most rows have none). */
export function addIssue(ctx: RowContext, issue: AftersalesIssue): void {
  if (ctx.issues === undefined) ctx.issues = [issue];
  else ctx.issues.push(issue);
}

function fail(ctx: RowContext, pathKey: string, issue: AftersalesIssue): undefined {
  addIssue(ctx, issue);
  if (ctx.failed === undefined) ctx.failed = new Set([pathKey]);
  else ctx.failed.add(pathKey);
  return undefined;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Internal: the dealer-zone instant of local date-times, cached per local hour. Within an hour whose
 * :00 and :59 have the same offset and exist (no DST change inside it), every minute has that
 * offset, so one `zonedDateTime` pair per hour serves the whole hour; other hours ask per minute.
 */
export function createInstantWriter(timeZone: string): (parts: DateParts) => string {
  // Local hour (as a number yyyyMMddHH) → `YYYY-MM-DDTHH:` and the offset, or null when irregular.
  const hours = new Map<number, readonly [string, string] | null>();
  return (parts) => {
    const key = ((parts.year * 100 + parts.month) * 100 + parts.day) * 100 + parts.hour;
    let hour = hours.get(key);
    if (hour === undefined) {
      const date = calendarDateOf(parts);
      const hh = pad2(parts.hour);
      const first = zonedDateTime(date, `${hh}:00`, timeZone);
      const last = zonedDateTime(date, `${hh}:59`, timeZone);
      const prefix = `${date}T${hh}:`;
      const regular =
        first.startsWith(`${prefix}00:00`) &&
        last.startsWith(`${prefix}59:00`) &&
        first.slice(19) === last.slice(19);
      hour = regular ? [prefix, first.slice(19)] : null;
      if (hours.size > 100_000) hours.clear();
      hours.set(key, hour);
    }
    if (hour !== null) return `${hour[0]}${pad2(parts.minute)}:${pad2(parts.second)}${hour[1]}`;
    const minute = zonedDateTime(
      calendarDateOf(parts),
      `${pad2(parts.hour)}:${pad2(parts.minute)}`,
      timeZone,
    );
    return `${minute.slice(0, 17)}${pad2(parts.second)}${minute.slice(19)}`;
  };
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** Reads with the format that matched last time first: a column keeps one format. */
function createDateReader(formats: readonly DateMatcher[]): (text: string, parts: DateParts) => boolean {
  let last = formats[0];
  return (text, parts) => {
    if (last?.(text, parts) && isRealDate(parts)) return true;
    for (const matcher of formats) {
      if (matcher !== last && matcher(text, parts) && isRealDate(parts)) {
        last = matcher;
        return true;
      }
    }
    return false;
  };
}

/**
 * Internal: the reader of one column, built once per file: the field's type, the profile's
 * formats and code map, and the column's header (named in every issue).
 */
export function createCellReader(
  field: FieldSpec,
  column: string,
  profile: CompiledProfile,
  codes: ReadonlyMap<string, string> | undefined,
  writeInstant: (parts: DateParts) => string,
): CellReader {
  const path = [column];
  const pathKey = field.path.join('.');
  const parts: DateParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  const { thousands, decimalSeparator } = profile;
  // Separators are dropped only where they group by three (`1,280.50`): `1,2` stays as typed
  // and is rejected, never read as 12.
  const grouped = new RegExp(
    `^[+-]?\\d{1,3}(?:${escapeRegExp(thousands)}\\d{3})+(?:${escapeRegExp(decimalSeparator)}\\d+)?$`,
  );
  const ungroup = (value: string): string =>
    thousands !== '' && value.includes(thousands) && grouped.test(value)
      ? value.split(thousands).join('')
      : value;
  switch (field.type) {
    case 'id':
      return (raw) => {
        const value = raw.trim();
        return value === '' ? undefined : value;
      };
    case 'text':
      return (raw) => (raw.trim() === '' ? undefined : raw);
    case 'decimal':
      return (raw) => {
        let value = ungroup(raw.trim());
        if (value === '') return undefined;
        if (decimalSeparator === ',') value = value.replace(',', '.');
        // A leading '+' is how some exports write receipts; the schema's decimals have none.
        if (value.charCodeAt(0) === 43 && DECIMAL.test(value)) value = value.slice(1);
        return value;
      };
    case 'integer':
      return (raw, ctx) => {
        const value = ungroup(raw.trim());
        if (value === '') return undefined;
        if (WHOLE.test(value) && value.length <= 15) return Number(value);
        return fail(ctx, pathKey, createIssue('input.invalid_format', path, { format: 'whole number' }));
      };
    case 'boolean':
      return (raw, ctx) => {
        const value = raw.trim();
        if (value === '') return undefined;
        const answer = profile.booleans.get(normalizeName(value));
        if (answer !== undefined) return answer;
        const known = [...profile.profile.booleans.true, ...profile.profile.booleans.false];
        return fail(
          ctx,
          pathKey,
          createIssue('file.unmapped_code', path, { value, field: field.key, known }),
        );
      };
    case 'currency':
    case 'code': {
      const canonical = new Map<string, string>(
        (field.values ?? []).map((value) => [normalizeName(value), value]),
      );
      const known = [...(codes?.keys() ?? []), ...(field.values ?? [])].slice(0, 40);
      // A column holds few distinct codes: each is looked up once.
      const seen = new Map<string, string>();
      return (raw, ctx) => {
        const hit = seen.get(raw);
        if (hit !== undefined) return hit;
        const value = raw.trim();
        if (value === '') return undefined;
        const normal = normalizeName(value);
        const mapped = codes?.get(normal) ?? canonical.get(normal);
        if (mapped !== undefined) {
          if (seen.size < 10_000) seen.set(raw, mapped);
          return mapped;
        }
        if (field.type === 'currency') return value.toUpperCase();
        return fail(
          ctx,
          pathKey,
          createIssue('file.unmapped_code', path, { value, field: field.key, known }),
        );
      };
    }
    case 'date': {
      const format = `calendar date (${profile.profile.dateFormats.join(' | ')})`;
      const formatZh = `日期（${profile.profile.dateFormats.join(' | ')}）`;
      const readDate = createDateReader(profile.dateFormats);
      return (raw, ctx) => {
        const value = raw.trim();
        if (value === '') return undefined;
        if (readDate(value, parts)) return calendarDateOf(parts);
        return fail(ctx, pathKey, createIssue('input.invalid_format', path, { format, formatZh }));
      };
    }
    case 'instant': {
      const format = `date-time (${profile.profile.dateTimeFormats.join(' | ')}, or ISO 8601 with offset)`;
      const formatZh = `日期时间（${profile.profile.dateTimeFormats.join(' | ')}，或带时区偏移的 ISO 8601）`;
      const readDateTime = createDateReader(profile.dateTimeFormats);
      return (raw, ctx) => {
        const value = raw.trim();
        if (value === '') return undefined;
        if (readDateTime(value, parts)) {
          try {
            return writeInstant(parts);
          } catch {
            // A year the zone rules cannot place (e.g. 0001): reported as the format below.
          }
        }
        if (ISO_INSTANT.test(value)) {
          ctx.needsZod = true;
          return value;
        }
        return fail(ctx, pathKey, createIssue('input.invalid_format', path, { format, formatZh }));
      };
    }
  }
}
