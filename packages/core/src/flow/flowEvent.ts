import { type AftersalesIssue, createIssue, type IssuePath } from '../errors/AftersalesError';
import { checkPath, describeValue, isObjectLike, typeName } from '../errors/guards';
import { findNonJson } from '../json/JsonValue';
import { epochMsOrUndefined } from '../time/instant';
import type { FlowEvent } from './types';

/**
 * Checks an event's envelope by hand rather than with zod: replay reads millions of events and
 * a schema parse per event would cost more than the transition itself.
 */

const KNOWN = new Set(['type', 'at', 'actor', 'reason', 'data', 'id', 'flowVersion']);

/** The same as `KNOWN.has(key)`, as comparisons: keys from JSON are interned, so these are cheap. */
function isKnownKey(key: string): boolean {
  return (
    key === 'type' ||
    key === 'at' ||
    key === 'actor' ||
    key === 'data' ||
    key === 'reason' ||
    key === 'id' ||
    key === 'flowVersion'
  );
}

function text(value: unknown, path: IssuePath, issues: AftersalesIssue[], max: number, required: boolean) {
  if (value === undefined) {
    if (required) issues.push(createIssue('input.required', path));
    return;
  }
  if (typeof value !== 'string') {
    issues.push(createIssue('input.invalid_type', path, { expected: 'string', received: typeName(value) }));
  } else if (value.trim() === '' && required) {
    issues.push(createIssue('input.too_small', path, { minimum: 1, inclusive: true }));
  } else if (value.length > max) {
    issues.push(createIssue('input.too_big', path, { maximum: max, inclusive: true }));
  }
}

/**
 * The issues of an event's envelope (empty when it is well formed): `type`, `at` (an instant with
 * offset) and `actor` are required; `reason`, `id` are text; `data` is a plain JSON object;
 * `flowVersion` an integer ≥ 1. Unknown fields are reported, not dropped. Use it to check an
 * event before storing it; `transition` and `replay` check every event the same way.
 *
 * @param event - anything
 * @param at - where the event sits, prefixed to each issue's path (default `[]`)
 * @returns the issues, empty for a well-formed event
 * @throws AftersalesError `input.invalid_type` when `at` is not a path
 *
 * @example
 * eventIssues({ type: 'settle', at: '2024-03-01 16:00', actor: 'EMP-CASH-01' }, ['events', 3]);
 * // [{ code: 'time.invalid_instant', path: ['events', 3, 'at'], … }]
 */
export function eventIssues(event: unknown, at: IssuePath = []): AftersalesIssue[] {
  const path = checkPath(at, []);
  if (!isObjectLike(event)) {
    return [createIssue('input.invalid_type', path, { expected: 'object', received: typeName(event) })];
  }
  if (isWellFormedEnvelope(event) && epochMsOrUndefined(event.at) !== undefined) return [];
  const issues: AftersalesIssue[] = [];
  text(event.type, [...path, 'type'], issues, 64, true);
  if (event.at === undefined) issues.push(createIssue('input.required', [...path, 'at']));
  else if (epochMsOrUndefined(event.at) === undefined) {
    issues.push(createIssue('time.invalid_instant', [...path, 'at'], { value: describeValue(event.at) }));
  }
  text(event.actor, [...path, 'actor'], issues, 120, true);
  text(event.reason, [...path, 'reason'], issues, 2000, false);
  text(event.id, [...path, 'id'], issues, 120, false);
  if (event.data !== undefined) {
    if (!isObjectLike(event.data)) {
      issues.push(
        createIssue('input.invalid_type', [...path, 'data'], {
          expected: 'object',
          received: typeName(event.data),
        }),
      );
    } else {
      const bad = findNonJson(event.data);
      if (bad)
        issues.push(
          createIssue('input.invalid', [...path, 'data', ...bad], {
            detail: 'not plain JSON',
            detailZh: '不是纯 JSON',
          }),
        );
    }
  }
  const version = event.flowVersion;
  if (
    version !== undefined &&
    !(typeof version === 'number' && Number.isSafeInteger(version) && version >= 1)
  ) {
    issues.push(
      createIssue('input.invalid_type', [...path, 'flowVersion'], {
        expected: 'an integer ≥ 1',
        received: describeValue(version),
      }),
    );
  }
  const unknown = Object.keys(event).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) issues.push(createIssue('input.unrecognized_keys', path, { keys: unknown }));
  return issues;
}

/** Not blank: a first character that is plainly not white space settles it without trimming. */
function hasText(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first > 32 && first < 0x7f) || value.trim() !== '';
}
const isText = (value: unknown, max: number) =>
  typeof value === 'string' && value.length <= max && hasText(value);
const isOptionalText = (value: unknown, max: number) =>
  value === undefined || (typeof value === 'string' && value.length <= max);

/** A payload of scalars is checked in one loop; anything nested goes through findNonJson. */
function isJsonObject(data: Readonly<Record<string, unknown>>): boolean {
  if (Object.getPrototypeOf(data) !== Object.prototype && Object.getPrototypeOf(data) !== null) return false;
  for (const key in data) {
    const value = data[key];
    const kind = typeof value;
    // Stryker disable next-line LogicalOperator,StringLiteral: a scalar not skipped here falls through to findNonJson(data), which accepts the same strings, booleans and nulls: only the speed changes
    if (kind === 'string' || kind === 'boolean' || value === null) continue;
    // Stryker disable next-line StringLiteral,EqualityOperator: Number.isFinite is false for any non-number, so `kind !== 'number' &&` or `kind === '' &&` only sends finite numbers to findNonJson(data), which accepts them too
    if (kind === 'number' && Number.isFinite(value)) continue;
    return findNonJson(data) === undefined;
  }
  return true;
}

/**
 * The allocation-free check for the common case, a well-formed event; only when it fails does
 * {@link eventIssues} build the list of what is wrong. `at` is not parsed here: the caller
 * parses it once, since it needs the time anyway.
 */
export function isWellFormedEnvelope(event: Readonly<Record<string, unknown>>, checkData = true): boolean {
  if (!isText(event.type, 64) || !isText(event.actor, 120) || typeof event.at !== 'string') return false;
  if (!isOptionalText(event.reason, 2000) || !isOptionalText(event.id, 120)) return false;
  const version = event.flowVersion;
  if (
    version !== undefined &&
    !(typeof version === 'number' && Number.isSafeInteger(version) && version >= 1)
  ) {
    return false;
  }
  // A declared payload is checked field by field by the caller, which implies it is JSON.
  if (checkData && event.data !== undefined && (!isObjectLike(event.data) || !isJsonObject(event.data)))
    return false;
  for (const key in event) if (!isKnownKey(key) && Object.hasOwn(event, key)) return false;
  return true;
}

/** True when the event is well formed (see {@link eventIssues}). */
export function isWellFormedEvent(event: unknown): event is FlowEvent {
  return isObjectLike(event) && isWellFormedEnvelope(event) && epochMsOrUndefined(event.at) !== undefined;
}
