import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePayload, payloadIssues } from './payload';
import type { FlowPayloadField } from './types';

// A parts-hold event: which part (required), the reason from a list, how many, whether urgent.
const declared: Readonly<Record<string, FlowPayloadField>> = {
  partNumber: { type: 'string', required: true },
  hold: { type: 'string', enum: ['parts', 'customer', 'warranty'] },
  quantity: { type: 'number' },
  urgent: { type: 'boolean' },
};
const payload = compilePayload(declared);

/** The code, path and params of each issue, or `undefined` when the payload is fine. */
const found = (data: unknown) =>
  payloadIssues(payload, data)?.map(({ code, path, params }) => ({
    code,
    path,
    ...(params ? { params } : {}),
  }));

describe('compilePayload', () => {
  it('returns the fields in declaration order and the set of their names', () => {
    expect(payload.fields.map(([name]) => name)).toEqual(['partNumber', 'hold', 'quantity', 'urgent']);
    expect([...payload.names]).toEqual(['partNumber', 'hold', 'quantity', 'urgent']);
  });
});

describe('payloadIssues', () => {
  it('returns undefined when every field is valid, optional ones present or not', () => {
    expect(found({ partNumber: '45022-T2A-A01' })).toBeUndefined();
    expect(found({ partNumber: '45022-T2A-A01', hold: 'parts', quantity: 2, urgent: false })).toBeUndefined();
    expect(found(Object.assign(Object.create(null), { partNumber: 'P-1' }))).toBeUndefined();
  });

  it('returns undefined when there is no data and no field is required', () => {
    expect(payloadIssues(compilePayload({ urgent: { type: 'boolean' } }), undefined)).toBeUndefined();
  });

  it('returns input.required at data.<field> when a required field is missing', () => {
    expect(found(undefined)).toEqual([{ code: 'input.required', path: ['data', 'partNumber'] }]);
    expect(found({ hold: 'parts' })).toEqual([{ code: 'input.required', path: ['data', 'partNumber'] }]);
  });

  it('returns input.invalid_type at data when the data is not a plain object', () => {
    expect(found(['P-1'])).toEqual([
      {
        code: 'input.invalid_type',
        path: ['data'],
        params: { expected: 'a plain JSON object', received: 'array' },
      },
    ]);
    expect(found('P-1')?.[0]?.params?.received).toBe('string');
    expect(found(new Date(0))?.[0]?.params?.received).toBe('object');
  });

  it('returns input.invalid_type at data.<field> when a field has another type', () => {
    expect(found({ partNumber: 45022, quantity: '2', urgent: 'yes' })).toEqual([
      {
        code: 'input.invalid_type',
        path: ['data', 'partNumber'],
        params: { expected: 'string', received: 'number' },
      },
      {
        code: 'input.invalid_type',
        path: ['data', 'quantity'],
        params: { expected: 'number', received: 'string' },
      },
      {
        code: 'input.invalid_type',
        path: ['data', 'urgent'],
        params: { expected: 'boolean', received: 'string' },
      },
    ]);
  });

  it('returns input.invalid_type when a number is not finite', () => {
    expect(found({ partNumber: 'P-1', quantity: Number.NaN })?.[0]?.params).toEqual({
      expected: 'number',
      received: 'NaN',
    });
    expect(found({ partNumber: 'P-1', quantity: Number.POSITIVE_INFINITY })?.[0]?.params).toEqual({
      expected: 'number',
      received: 'number',
    });
  });

  it('returns input.invalid_value with the allowed values when a text is not in the list', () => {
    expect(found({ partNumber: 'P-1', hold: 'Parts' })).toEqual([
      {
        code: 'input.invalid_value',
        path: ['data', 'hold'],
        params: { allowed: ['parts', 'customer', 'warranty'] },
      },
    ]);
  });

  it('returns input.invalid when a text is blank or longer than 2000 characters', () => {
    expect(found({ partNumber: ' \t' })).toMatchObject([
      { code: 'input.invalid', path: ['data', 'partNumber'] },
    ]);
    expect(found({ partNumber: 'p'.repeat(2001) })).toMatchObject([
      { code: 'input.invalid', path: ['data', 'partNumber'] },
    ]);
    expect(found({ partNumber: 'p'.repeat(2000) })).toBeUndefined();
  });

  it('returns one input.unrecognized_keys at data per field that is not declared', () => {
    expect(found({ partNumber: 'P-1', supplier: 'ACME', eta: '2024-03-05' })).toEqual([
      { code: 'input.unrecognized_keys', path: ['data'], params: { keys: ['supplier'] } },
      { code: 'input.unrecognized_keys', path: ['data'], params: { keys: ['eta'] } },
    ]);
  });

  it('returns the declared fields first, in declaration order, then the unknown ones', () => {
    expect(
      found({ supplier: 'ACME', urgent: 1, hold: 'later' })?.map((issue) => issue.path.join('.')),
    ).toEqual(['data.partNumber', 'data.hold', 'data.urgent', 'data']);
  });

  it('returns undefined for any payload built from the declaration and exactly one issue at a field given the wrong type', () => {
    const fitting = fc.record(
      {
        partNumber: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
        hold: fc.constantFrom('parts', 'customer', 'warranty'),
        quantity: fc.double({ noNaN: true, noDefaultInfinity: true }),
        urgent: fc.boolean(),
      },
      { requiredKeys: ['partNumber'] },
    );
    const wrong = { partNumber: 1, hold: true, quantity: 'two', urgent: 'no' } as const;
    fc.assert(
      fc.property(
        fitting,
        fc.constantFrom(...(Object.keys(wrong) as (keyof typeof wrong)[])),
        (data, field) => {
          expect(payloadIssues(payload, data)).toBeUndefined();
          const issues = payloadIssues(payload, { ...data, [field]: wrong[field] });
          expect(issues?.map(({ code, path }) => [code, path])).toEqual([
            ['input.invalid_type', ['data', field]],
          ]);
        },
      ),
    );
  });
});

describe('payloadIssues at the edges of the fast check', () => {
  it('returns input.invalid_type at data when the data is null', () => {
    expect(found(null)).toEqual([
      {
        code: 'input.invalid_type',
        path: ['data'],
        params: { expected: 'a plain JSON object', received: 'null' },
      },
    ]);
  });

  it('returns undefined when an optional field is present but undefined (as if absent)', () => {
    expect(found({ partNumber: 'P-1', quantity: undefined, urgent: undefined })).toBeUndefined();
  });

  it('returns input.invalid when a text is a full-width space only (blank, as a Chinese keyboard types it)', () => {
    // U+3000 IDEOGRAPHIC SPACE is whitespace to trim(): the text is blank.
    expect(found({ partNumber: '\u3000' })).toEqual([
      {
        code: 'input.invalid',
        path: ['data', 'partNumber'],
        params: { detail: "'\u3000' is blank or too long", detailZh: '“\u3000”为空或过长' },
      },
    ]);
    // A text that starts with a full-width space but holds more is not blank.
    expect(found({ partNumber: '\u3000P-1' })).toBeUndefined();
  });

  it('reports a text of exactly 2000 characters as fine when another field is wrong', () => {
    expect(found({ partNumber: 'p'.repeat(2000), hold: 'weather' })).toEqual([
      {
        code: 'input.invalid_value',
        path: ['data', 'hold'],
        params: { allowed: ['parts', 'customer', 'warranty'] },
      },
    ]);
  });

  it('names the first 40 characters of an over-long text in the detail', () => {
    // 2001 characters: one past the limit; describeValue shows 40 of them and an ellipsis.
    expect(found({ partNumber: 'p'.repeat(2001) })?.[0]?.params).toEqual({
      detail: `'${'p'.repeat(40)}…' is blank or too long`,
      detailZh: `“${'p'.repeat(40)}…”为空或过长`,
    });
  });
});
