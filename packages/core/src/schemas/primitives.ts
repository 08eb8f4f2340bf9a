import { z } from 'zod';
import { MAX_JSON_DEPTH } from '../json/JsonValue';
import { isCurrencyCode } from '../money/currency';
import { isTimeZone } from '../time/timeZone';

/**
 * Field schemas shared by every record. Records are plain JSON: dates and instants are ISO
 * strings, money amounts are decimal strings (never JS floats), quantities are decimal strings
 * too where the unit can be fractional (litres of oil).
 */

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Marks decimal fields, so the JSON Schema of a record can describe them exactly. */
export const DECIMAL_DESCRIPTION =
  'A decimal amount as a string, e.g. "1280.50" (a JSON number is also accepted)';

/** The pattern a decimal string must match, for JSON Schema. */
export const DECIMAL_PATTERN = DECIMAL.source;

/**
 * A decimal amount as a string, e.g. `"1280.50"`. A JSON number is accepted at the boundary and
 * converted through its shortest decimal form (`12.5` → `"12.5"`); NaN, Infinity and exponent
 * forms are rejected with `money.invalid_amount`.
 */
export const decimalStringSchema = z
  .union([z.string(), z.number()])
  .meta({ description: DECIMAL_DESCRIPTION })
  .transform((value, ctx) => {
    const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : value.trim();
    if (!DECIMAL.test(text)) {
      ctx.addIssue({ code: 'custom', params: { code: 'money.invalid_amount', value: String(value) } });
      return z.NEVER;
    }
    return text;
  });

/** A decimal amount that may not be negative (prices, hours, quantities). */
export const nonNegativeDecimalSchema = decimalStringSchema.refine((value) => !value.startsWith('-'), {
  params: { code: 'input.too_small', minimum: 0, inclusive: true },
});

/** ISO 4217 currency code known to the runtime (upper case); `CNY` unless a record says otherwise. */
export const currencyCodeSchema = z
  .string()
  .refine(isCurrencyCode, { params: { code: 'money.invalid_currency' } })
  .default('CNY');

/** A calendar date without time or zone: `YYYY-MM-DD` (a real date: no 2023-02-29). */
export const calendarDateSchema = z.iso.date();

/**
 * An instant: ISO 8601 date-time **with** a UTC offset (`Z` or `+08:00`). A local time without
 * offset is rejected, because its meaning would depend on the host's time zone.
 */
export const instantSchema = z.iso.datetime({ offset: true });

/**
 * An IANA time zone name the runtime knows (`Asia/Shanghai`). Fixed offsets such as `+08:00` are
 * refused: a dealer is in a place, whose offset can change (see `isTimeZone`).
 */
export const timeZoneSchema = z.string().refine(isTimeZone, { params: { code: 'time.invalid_zone' } });

/** A record identifier: non-empty text, at most 64 characters, no surrounding whitespace. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((value) => /^\S(?:.*\S)?$/.test(value), {
    params: { code: 'input.invalid_format', format: 'identifier (no surrounding spaces)' },
  });

/**
 * An odometer value in kilometres: a non-negative integer. `-0` (what JSON.parse('-0') gives) is
 * read as 0: a -0 kept would write back as 0, so a record or a decision quoting it would not
 * survive a JSON round trip.
 */
export const kilometresSchema = z
  .number()
  .int()
  .min(0)
  .max(5_000_000)
  .overwrite((km) => km + 0);

/** A decimal amount that must be greater than zero (a pack size, a survey scale's maximum). */
export const positiveDecimalSchema = decimalStringSchema.refine(
  (value) => !value.startsWith('-') && !/^0(?:\.0+)?$/.test(value),
  {
    params: { code: 'input.too_small', minimum: 0, inclusive: false },
  },
);

/**
 * Free text a person typed (a concern, a note): not blank, at most 4,000 characters. Kept as
 * typed, never trimmed.
 */
export const textSchema = z
  .string()
  .max(4000)
  .refine((value) => /\S/.test(value), { params: { code: 'input.required' } });

/** A short label (a name, a model, a unit): not blank, at most 200 characters. */
export const shortTextSchema = z
  .string()
  .max(200)
  .refine((value) => /\S/.test(value), { params: { code: 'input.required' } });

/**
 * DMS-specific data a user wants to keep with a record: any JSON value under a non-empty key.
 * Records reject unknown fields, so this is the one place for what the model has no field for
 * (a STAR narrative, a DMS's own status code). Never read by the library's rules.
 */
export const extensionsSchema = z.preprocess(
  (value, context) => {
    // z.json() walks a value recursively: a few thousand levels of nesting, or an object that holds
    // itself, overflow the stack with an uncoded RangeError. Such a value is refused here, at the
    // path where it goes too deep, before zod walks it.
    const found = tooDeep(value, [], new Set());
    if (found === undefined) return value;
    // The first ten keys name where: a path of a thousand keys would bury the message.
    const path = found.slice(0, 10);
    context.issues.push({
      code: 'custom',
      input: value,
      path,
      message: `nests deeper than ${MAX_JSON_DEPTH} levels or holds itself`,
      params: {
        code: 'input.invalid',
        detail: `nests deeper than ${MAX_JSON_DEPTH} levels or holds itself`,
        detailZh: `嵌套超过 ${MAX_JSON_DEPTH} 层或引用自身`,
      },
    });
    return {};
  },
  z.record(z.string().min(1).max(128), z.json()),
);

/** The path where `value` nests past MAX_JSON_DEPTH or reaches itself again; recursion stays bounded. */
function tooDeep(
  value: unknown,
  path: (string | number)[],
  open: Set<object>,
): (string | number)[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (open.has(value) || path.length >= MAX_JSON_DEPTH) return path;
  open.add(value);
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((inner, index) => [index, inner])
    : Object.entries(value);
  for (const [key, inner] of entries) {
    const found = tooDeep(inner, [...path, key], open);
    if (found) return found;
  }
  open.delete(value);
  return undefined;
}
