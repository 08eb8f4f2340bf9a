import { AftersalesError } from '@aftersales/core';
import { type SqlDialect, sqlDialects } from './dialect';

/** Checks a dialect name. */
export function readDialect(dialect: unknown, path: (string | number)[] = ['dialect']): SqlDialect {
  if (typeof dialect !== 'string' || !(sqlDialects as readonly string[]).includes(dialect)) {
    throw AftersalesError.of('input.invalid_value', path, { allowed: [...sqlDialects] });
  }
  return dialect as SqlDialect;
}

/** Throws `input.invalid_type` unless `value` is a plain object. */
export function requireObject(value: unknown, path: (string | number)[]): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', path, {
      expected: 'an object',
      received: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value,
    });
  }
  return value as Record<string, unknown>;
}
