import { type AftersalesIssue, createIssue } from '../errors/AftersalesError';
import { describeValue, isObjectLike, typeName } from '../errors/guards';
import type { FlowPayloadField } from './types';

/** The longest text a payload string may hold (ids, codes, short notes). */
const MAX_TEXT = 2000;

function isPlainObject(value: unknown): boolean {
  if (!isObjectLike(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A payload declaration ready for checking: the fields as a list and their names as a set. */
export interface CompiledPayload {
  readonly fields: readonly (readonly [string, FlowPayloadField])[];
  readonly names: ReadonlySet<string>;
}

/** Compiles the declared payload fields of an event. */
export function compilePayload(fields: Readonly<Record<string, FlowPayloadField>>): CompiledPayload {
  return { fields: Object.entries(fields), names: new Set(Object.keys(fields)) };
}

/**
 * The issues of an event's payload against its declared fields, or `undefined` when it is
 * fine: a missing required field, a wrong type, a value outside the allowed list, a field not
 * declared. Written by hand, allocation-free when the payload is valid, because it runs once
 * per replayed event.
 */
export function payloadIssues(payload: CompiledPayload, data: unknown): AftersalesIssue[] | undefined {
  if (data !== undefined && !isPlainObject(data)) {
    return [
      createIssue('input.invalid_type', ['data'], {
        expected: 'a plain JSON object',
        received: typeName(data),
      }),
    ];
  }
  const record = (data ?? EMPTY) as Readonly<Record<string, unknown>>;
  if (isValid(payload, record)) return undefined;
  const issues: AftersalesIssue[] = [];
  for (const [name, field] of payload.fields) {
    const issue = fieldIssue(field, name, record);
    if (issue !== undefined) issues.push(issue);
  }
  for (const name in record) {
    if (!payload.names.has(name))
      issues.push(createIssue('input.unrecognized_keys', ['data'], { keys: [name] }));
  }
  return issues;
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** The allocation-free answer for the common case, a valid payload. */
function isValid(payload: CompiledPayload, record: Readonly<Record<string, unknown>>): boolean {
  const fields = payload.fields;
  for (let i = 0; i < fields.length; i++) {
    // Indexed, not destructured: array destructuring goes through the iterator protocol.
    const entry = fields[i] as readonly [string, FlowPayloadField];
    const name = entry[0];
    const field = entry[1];
    const value = record[name];
    if (value === undefined || !Object.hasOwn(record, name)) {
      if (field.required === true) return false;
      continue;
    }
    if (field.type === 'string') {
      if (typeof value !== 'string' || value.length > MAX_TEXT) return false;
      if (field.enum !== undefined && !field.enum.includes(value)) return false;
      const first = value.charCodeAt(0);
      if (!(first > 32 && first < 0x7f) && value.trim() === '') return false;
    } else if (field.type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    } else if (typeof value !== 'boolean') return false;
  }
  for (const name in record) if (!payload.names.has(name)) return false;
  return true;
}

function fieldIssue(
  field: FlowPayloadField,
  name: string,
  record: Readonly<Record<string, unknown>>,
): AftersalesIssue | undefined {
  const value = Object.hasOwn(record, name) ? record[name] : undefined;
  if (value === undefined)
    return field.required === true ? createIssue('input.required', ['data', name]) : undefined;
  if (typeof value !== field.type || (field.type === 'number' && !Number.isFinite(value))) {
    return createIssue('input.invalid_type', ['data', name], {
      expected: field.type,
      received: typeName(value),
    });
  }
  if (field.type !== 'string') return undefined;
  const text = value as string;
  if (field.enum !== undefined && !field.enum.includes(text)) {
    return createIssue('input.invalid_value', ['data', name], { allowed: [...field.enum] });
  }
  if (text.trim() === '' || text.length > MAX_TEXT) {
    return createIssue('input.invalid', ['data', name], {
      detail: `'${describeValue(text)}' is blank or too long`,
      detailZh: `“${describeValue(text)}”为空或过长`,
    });
  }
  return undefined;
}
