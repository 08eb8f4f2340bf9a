import {
  type AftersalesIssue,
  createIssue,
  dayNumberOfDate,
  epochMsOfInstant,
  type IssuePath,
} from '@aftersales/core';
import type { ValueType } from '../definition/expr';
import { toFixedUnits } from './fixedPoint';

/**
 * A fact row's values: numbers and money as fixed-point integers, instants as epoch milliseconds,
 * dates as day numbers, strings and booleans as they are; `undefined` is SQL's `null`.
 */
export type FactValue = number | string | boolean | undefined;

/** The JSON type of a value, for an error message. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A short text for any value, for an error message. Never throws: `String(value)` would, for an
 * object without prototype.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) return typeName(value);
  return String(value);
}

const EXPECTED: Readonly<Record<ValueType, string>> = {
  number: 'a decimal (at most 4 places)',
  money: 'an amount (at most 4 places)',
  string: 'a string',
  boolean: 'a boolean',
  instant: 'an ISO 8601 instant with an offset',
  date: 'a date YYYY-MM-DD',
};

/**
 * Converts one input value to its fact form, or pushes an issue (and returns `undefined`).
 * `undefined` and `null` in are a missing value, not an error.
 */
export function readFactValue(
  value: unknown,
  type: ValueType,
  path: IssuePath,
  issues: AftersalesIssue[],
): FactValue {
  if (value === undefined || value === null) return undefined;
  let read: FactValue;
  switch (type) {
    case 'number':
    case 'money':
      read = toFixedUnits(value);
      break;
    case 'instant':
      read = epochMsOfInstant(value);
      break;
    case 'date':
      read = dayNumberOfDate(value);
      break;
    case 'string':
      read = typeof value === 'string' ? value : undefined;
      break;
    case 'boolean':
      read = typeof value === 'boolean' ? value : undefined;
      break;
  }
  if (read === undefined) {
    const wrongType =
      (type === 'string' || type === 'boolean') && typeof value !== type
        ? true
        : typeof value !== 'string' &&
          !(typeof value === 'number' && (type === 'number' || type === 'money'));
    issues.push(
      wrongType
        ? createIssue('input.invalid_type', path, { expected: EXPECTED[type], received: typeName(value) })
        : createIssue('input.invalid_format', path, { format: EXPECTED[type] }),
    );
  }
  return read;
}

/** The value at a dotted path of a plain object (own properties only), or `undefined`. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
