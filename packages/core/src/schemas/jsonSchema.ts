import { z } from 'zod';
import { AftersalesError } from '../errors/AftersalesError';
import { frozenCopy } from '../json/frozenCopy';
import type { JsonObject } from '../json/JsonValue';
import { DECIMAL_DESCRIPTION, DECIMAL_PATTERN } from './primitives';
import { isRecordKind, type RecordKind, recordKinds, recordSchemas } from './records';

const cache = new Map<RecordKind, JsonObject>();

/**
 * The JSON Schema (draft 2020-12) of a record as it is **accepted**: what a DMS, a carmaker's
 * portal or an HTTP client may send. Generated from the same zod schema that validates, so the two
 * cannot disagree on fields, types, enums or required keys. Decimal fields are a string matching
 * `^-?\d+(\.\d+)?$` or a JSON number. Cross-field checks (e.g. delivered not before received) and
 * the VIN check digit cannot be expressed in JSON Schema: validate with `parseRecord` for those.
 *
 * @throws AftersalesError `input.invalid_value` for an unknown kind
 * @example
 * const schema = recordJsonSchema('repairOrder');
 * schema.required; // ['id', 'roNumber', 'dealerId', 'vin', 'advisorId', 'kind', 'status', 'openedAt']
 */
export function recordJsonSchema(kind: RecordKind): JsonObject {
  if (!isRecordKind(kind))
    throw AftersalesError.of('input.invalid_value', ['kind'], { allowed: [...recordKinds] });
  const cached = cache.get(kind);
  if (cached) return cached;
  const generated = z.toJSONSchema(recordSchemas[kind] as z.ZodType, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      if (z.globalRegistry.get(context.zodSchema)?.description === DECIMAL_DESCRIPTION) {
        delete context.jsonSchema.type;
        context.jsonSchema.anyOf = [{ type: 'string', pattern: DECIMAL_PATTERN }, { type: 'number' }];
      }
    },
  });
  const schema = frozenCopy(JSON.parse(JSON.stringify(generated)) as JsonObject);
  cache.set(kind, schema);
  return schema;
}
