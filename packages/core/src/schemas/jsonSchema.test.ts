import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/JsonValue';
import { exampleRecords } from './examples';
import { recordJsonSchema } from './jsonSchema';
import { recordKinds } from './records';

type Properties = Record<string, JsonObject>;

describe('recordJsonSchema', () => {
  it('lists the required fields of a dealer as its schema defines them', () => {
    // DealerSchema: id, name, brands, timeZone and bays are required; code, openingHours and
    // extensions are optional; currency and laborRates have defaults, so a sender may omit them.
    const schema = recordJsonSchema('dealer');
    expect(schema.required).toEqual(['id', 'name', 'brands', 'timeZone', 'bays']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes decimal fields as a patterned string or a number', () => {
    const price = (recordJsonSchema('part').properties as Properties).price;
    expect(price?.anyOf).toEqual([{ type: 'string', pattern: '^-?\\d+(?:\\.\\d+)?$' }, { type: 'number' }]);
  });

  it('knows every field of every example record (a record that validates fits its JSON Schema)', () => {
    for (const kind of recordKinds) {
      const properties = recordJsonSchema(kind).properties as Properties;
      for (const field of Object.keys(exampleRecords[kind]))
        expect(properties, `${kind}.${field}`).toHaveProperty(field);
    }
  });

  it('is plain, frozen JSON, and rejects an unknown kind with a coded error', () => {
    const schema = recordJsonSchema('repairOrder');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(Object.isFrozen(schema)).toBe(true);
    expect(() => recordJsonSchema('invoice' as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_value', path: ['kind'] }),
    );
  });
});
