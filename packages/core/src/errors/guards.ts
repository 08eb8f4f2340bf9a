/**
 * Internal: argument checks shared by every public function of core.
 *
 * Every public function may be called from plain JavaScript or with data straight
 * from a DMS export, so it checks each argument and answers bad input with an
 * {@link AftersalesError} whose `path` names the argument, never with a `TypeError` from deep inside.
 */
import { AftersalesError, type IssuePath } from './AftersalesError';
import type { ErrorCode, IssueParams } from './codes';

/** Throws one coded issue. */
export function raise(code: ErrorCode, path: IssuePath, params: IssueParams = {}): never {
  throw AftersalesError.of(code, path, params);
}

/**
 * A short text for any value, for an error message. Never throws: `String(value)` would, for a
 * symbol or an object without prototype.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `${value.slice(0, 40)}…` : value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  }
}

/**
 * The JSON-ish type name of a value, for the `received` param of `input.invalid_type`: `'null'` and
 * `'array'` where `typeof` would say `'object'`, and `'NaN'` where it would say `'number'`.
 *
 * @example
 * typeName(null); // 'null'
 * typeName([1]); // 'array'
 * typeName('VIN'); // 'string'
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** True for an object that is not an array (a record, an options bag). */
export function isObjectLike(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that `value` is an object (an options bag, a reading); `input.required` when missing. */
export function requireObject(value: unknown, path: IssuePath): Readonly<Record<string, unknown>> {
  if (value === undefined) raise('input.required', path);
  if (!isObjectLike(value))
    raise('input.invalid_type', path, { expected: 'object', received: typeName(value) });
  return value;
}

/**
 * Checks that `value` is a safe integer (no fractions, no NaN, no 1e21) of at least `minimum`.
 */
export function requireInteger(value: unknown, path: IssuePath, minimum?: number): number {
  if (value === undefined) raise('input.required', path);
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    raise('input.invalid_type', path, { expected: 'an integer', received: describeValue(value) });
  }
  if (minimum !== undefined && value < minimum) raise('input.too_small', path, { minimum, inclusive: true });
  return value;
}

/**
 * Checks the optional `path` argument of the `parseX` functions: it ends up in every issue, so
 * it must be a list of keys and indexes.
 */
export function checkPath(path: unknown, fallback: IssuePath): IssuePath {
  if (path === undefined) return fallback;
  if (Array.isArray(path) && path.every((key) => typeof key === 'string' || typeof key === 'number')) {
    return path as IssuePath;
  }
  return raise('input.invalid_type', ['path'], {
    expected: 'an array of keys and indexes',
    received: typeName(path),
  });
}
