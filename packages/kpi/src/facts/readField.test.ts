import type { AftersalesIssue } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { ValueType } from '../definition/expr';
import { describeValue, readFactValue, typeName } from './readField';

/** The value read, and the issues pushed, as `{ code, path, params }`. */
function readOne(value: unknown, type: ValueType) {
  const issues: AftersalesIssue[] = [];
  const read = readFactValue(value, type, ['row', 'field'], issues);
  return { read, issues: issues.map(({ code, path, params }) => ({ code, path, params })) };
}
const wrongType = (expected: string, received: string) => ({
  read: undefined,
  issues: [{ code: 'input.invalid_type', path: ['row', 'field'], params: { expected, received } }],
});
const badFormat = (format: string) => ({
  read: undefined,
  issues: [{ code: 'input.invalid_format', path: ['row', 'field'], params: { format } }],
});

describe('typeName', () => {
  it('names the JSON type of a value: null and arrays apart from objects', () => {
    expect([null, [1], {}, 'x', 1, true, undefined].map(typeName)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
      'undefined',
    ]);
  });
});

describe('describeValue', () => {
  it('cuts a text longer than 40 characters to its first 40 and an ellipsis', () => {
    const long = 'ABCDEFGHIJ'.repeat(5);
    expect(describeValue(long)).toBe('ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ…');
    expect(describeValue(long.slice(0, 40))).toBe(long.slice(0, 40));
  });

  it('shows a number, boolean, null or undefined as its text, and an object, array or function by its type', () => {
    expect([42, 1.5, true, null, undefined].map(describeValue)).toEqual([
      '42',
      '1.5',
      'true',
      'null',
      'undefined',
    ]);
    function secret() {
      return 'the source text of a function is not shown';
    }
    expect([{ a: 1 }, [1, 2], secret, Object.create(null)].map(describeValue)).toEqual([
      'object',
      'array',
      'function',
      'object',
    ]);
  });
});

describe('readFactValue', () => {
  it('reads a number or money value as fixed-point units and a boolean or text as it is', () => {
    expect(readOne('12.5', 'number')).toEqual({ read: 125_000, issues: [] });
    expect(readOne(0.25, 'money')).toEqual({ read: 2_500, issues: [] });
    expect(readOne(false, 'boolean')).toEqual({ read: false, issues: [] });
    expect(readOne('CP', 'string')).toEqual({ read: 'CP', issues: [] });
  });

  it('rejects a text or boolean field given a value of another type as the wrong type', () => {
    expect(readOne(42, 'string')).toEqual(wrongType('a string', 'number'));
    expect(readOne('yes', 'boolean')).toEqual(wrongType('a boolean', 'string'));
    expect(readOne(1, 'boolean')).toEqual(wrongType('a boolean', 'number'));
  });

  it('rejects a number with a fifth decimal place as a bad format, not a wrong type', () => {
    expect(readOne(1.23456, 'number')).toEqual(badFormat('a decimal (at most 4 places)'));
    expect(readOne(0.00001, 'money')).toEqual(badFormat('an amount (at most 4 places)'));
    expect(readOne('1.23456', 'number')).toEqual(badFormat('a decimal (at most 4 places)'));
  });

  it('rejects a value that is neither text nor a number, for a number field, as the wrong type', () => {
    expect(readOne(true, 'number')).toEqual(wrongType('a decimal (at most 4 places)', 'boolean'));
    expect(readOne({ amount: 1 }, 'money')).toEqual(wrongType('an amount (at most 4 places)', 'object'));
  });

  it('rejects a number given for an instant or a date as the wrong type, a bad text as a bad format', () => {
    expect(readOne(1_709_254_800_000, 'instant')).toEqual(
      wrongType('an ISO 8601 instant with an offset', 'number'),
    );
    expect(readOne(20240301, 'date')).toEqual(wrongType('a date YYYY-MM-DD', 'number'));
    expect(readOne('01/03/2024', 'date')).toEqual(badFormat('a date YYYY-MM-DD'));
  });
});
