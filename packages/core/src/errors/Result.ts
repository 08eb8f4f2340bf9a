import { AftersalesError, type AftersalesIssue, isAftersalesError } from './AftersalesError';
import { typeName } from './guards';

/**
 * What every `safeX()` function returns: the value, or the issues that stopped it. Never throws.
 *
 * @example
 * const result = safeParseVehicle(input);
 * if (result.ok) use(result.value);
 * else for (const issue of result.issues) console.log(issue.code, issue.message.zh);
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly AftersalesIssue[] };

/** A successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed {@link Result}. */
export function fail<T = never>(issues: readonly AftersalesIssue[]): Result<T> {
  return { ok: false, issues };
}

/**
 * Runs `fn` and turns an {@link AftersalesError} into a failed result; any other exception is a
 * bug and is re-thrown. This is how each `safeX()` twin is built from its throwing `x()`.
 */
export function attempt<T>(fn: () => T): Result<T> {
  if (typeof fn !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['fn'], { expected: 'function', received: typeName(fn) });
  }
  try {
    return ok(fn());
  } catch (error) {
    if (isAftersalesError(error)) return fail(error.issues);
    throw error;
  }
}

/** Returns the value or throws the issues as an {@link AftersalesError}. */
export function unwrap<T>(result: Result<T>): T {
  const shape = result as { ok?: unknown; issues?: unknown } | null;
  const isResult =
    shape !== null &&
    typeof shape === 'object' &&
    (shape.ok === true || (shape.ok === false && Array.isArray(shape.issues)));
  if (!isResult) {
    throw AftersalesError.of('input.invalid_type', ['result'], {
      expected: 'a Result',
      received: typeName(result),
    });
  }
  if (result.ok) return result.value;
  throw new AftersalesError(result.issues);
}
