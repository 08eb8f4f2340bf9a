import type { z } from 'zod';
import { AftersalesError, type AftersalesIssue, createIssue, type IssuePath } from './AftersalesError';
import { type IssueParams, isErrorCode } from './codes';
import { typeName } from './guards';

/** What a schema's author can attach to a refinement: our code plus the template's parameters. */
interface CodedParams {
  readonly code?: unknown;
  readonly [key: string]: unknown;
}

const formatNames: Readonly<Record<string, string>> = {
  date: 'calendar date (YYYY-MM-DD)',
  datetime: 'ISO 8601 date-time with offset',
  email: 'e-mail address',
  uuid: 'UUID',
  regex: 'value of the expected pattern',
};

// Zod's own messages are English; the codes it raises that no case below translates get these.
const zodCodesZh: Readonly<Record<string, string>> = {
  custom: '未通过校验',
  invalid_key: '含有无效的键',
  invalid_element: '含有无效的元素',
  not_multiple_of: '不是规定数值的整数倍',
};
const zodDetailZh = (code: string): string =>
  (Object.hasOwn(zodCodesZh, code) ? zodCodesZh[code] : undefined) ?? '不符合要求';

function valueAt(input: unknown, path: IssuePath): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function plainParams(params: CodedParams): IssueParams {
  const out: Record<string, string | number | boolean | null | readonly string[]> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'code') continue;
    if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      out[key] = value;
    } else if (Array.isArray(value)) out[key] = value.map(String);
    else out[key] = String(value);
  }
  return out;
}

function translate(issue: z.core.$ZodIssue, input: unknown, prefix: IssuePath): AftersalesIssue[] {
  const path: IssuePath = [...prefix, ...(issue.path as (string | number)[])];
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, issue.path as IssuePath);
      if (received === undefined) return [createIssue('input.required', path)];
      const expected = issue.expected === 'int' ? 'an integer' : issue.expected;
      return [createIssue('input.invalid_type', path, { expected, received: typeName(received) })];
    }
    case 'invalid_value':
      return [createIssue('input.invalid_value', path, { allowed: issue.values.map((v) => String(v)) })];
    case 'invalid_format':
      return [
        createIssue('input.invalid_format', path, { format: formatNames[issue.format] ?? issue.format }),
      ];
    case 'too_small':
      return [
        createIssue('input.too_small', path, {
          minimum: Number(issue.minimum),
          inclusive: issue.inclusive ?? true,
        }),
      ];
    case 'too_big':
      return [
        createIssue('input.too_big', path, {
          maximum: Number(issue.maximum),
          inclusive: issue.inclusive ?? true,
        }),
      ];
    case 'unrecognized_keys':
      return [createIssue('input.unrecognized_keys', path, { keys: issue.keys })];
    case 'invalid_union': {
      // Report the branch that got furthest (fewest issues): that is the one the user meant.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const best = branches.sort((a, b) => a.length - b.length)[0];
      if (best === undefined) return [createIssue('input.invalid', path)];
      return best.flatMap((inner) => translate(inner, valueAt(input, issue.path as IssuePath), path));
    }
    case 'custom': {
      const params = (issue.params ?? {}) as CodedParams;
      if (isErrorCode(params.code)) {
        // Templates may quote the offending value; give them the primitive that was received.
        const received = valueAt(input, issue.path as IssuePath);
        const quoted =
          typeof received === 'object' || received === undefined
            ? {}
            : { value: String(received).slice(0, 80) };
        return [createIssue(params.code, path, { ...quoted, ...plainParams(params) })];
      }
      return [createIssue('input.invalid', path, { detail: issue.message, detailZh: zodDetailZh('custom') })];
    }
    default:
      return [
        createIssue('input.invalid', path, { detail: issue.message, detailZh: zodDetailZh(issue.code) }),
      ];
  }
}

/**
 * Turns a zod failure into coded issues with paths: callers never see a raw zod dump.
 *
 * @param error - the `ZodError` from `schema.safeParse(input)`
 * @param input - the value that was parsed (to tell a missing field from a wrong type)
 * @param prefix - a path to put in front, e.g. the row index of a batch
 */
export function issuesFromZod(error: z.ZodError, input: unknown, prefix: IssuePath = []): AftersalesIssue[] {
  if (!Array.isArray((error as { issues?: unknown } | null)?.issues)) {
    throw AftersalesError.of('input.invalid_type', ['error'], {
      expected: 'ZodError',
      received: typeName(error),
    });
  }
  if (!Array.isArray(prefix)) {
    throw AftersalesError.of('input.invalid_type', ['prefix'], {
      expected: 'array',
      received: typeName(prefix),
    });
  }
  return error.issues.flatMap((issue) => translate(issue, input, prefix));
}
