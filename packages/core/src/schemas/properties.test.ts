import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AftersalesIssue } from '../errors/AftersalesError';
import { isErrorCode } from '../errors/codes';
import { exampleRecords } from './examples';
import { safeParseRecord } from './parse';
import { type RecordKind, recordKinds, recordSchemas } from './records';
import { computeVinCheckDigit, validateVin } from './vin';

type Path = readonly (string | number)[];
const DELETE = Symbol('delete');

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? Array.from(value, (item, index) => [index, item])
    : Object.entries(value);
  for (const [key, item] of entries) out.push(...pathsOf(item, [...prefix, key]));
  return out;
}

/** A copy of `root` with the value at `path` replaced (or deleted). */
function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  const next = replaceAt(copy[head], rest, replacement);
  if (replacement !== DELETE || rest.length > 0) copy[head] = next;
  else if (Array.isArray(copy)) copy.splice(Number(head), 1);
  else delete copy[head];
  return copy;
}

/** Parses with `safeParseRecord` and checks the shape of every issue; returns the issues. */
function expectCodedIssues(kind: RecordKind, input: unknown): readonly AftersalesIssue[] {
  const result = safeParseRecord(recordSchemas[kind], input);
  if (result.ok) return [];
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(isErrorCode(issue.code), `${kind}: ${issue.code}`).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(issue.path.every((key) => typeof key === 'string' || typeof key === 'number')).toBe(true);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.zh.length).toBeGreaterThan(0);
  }
  return result.issues;
}

const kindArb = fc.constantFrom(...recordKinds);

describe('record schemas under arbitrary input', () => {
  it('never throw on arbitrary JSON, and every issue has a documented code and a path', () => {
    fc.assert(
      fc.property(kindArb, fc.jsonValue(), (kind, input) => {
        expectCodedIssues(kind, input);
      }),
      { numRuns: 600 },
    );
  }, 30_000);

  it('never throw on arbitrary JS values (undefined, NaN, -0, symbols-free objects, dates…)', () => {
    fc.assert(
      fc.property(
        kindArb,
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true }),
        (kind, input) => {
          expectCodedIssues(kind, input);
        },
      ),
      { numRuns: 600 },
    );
  }, 30_000);

  it('never throw on mutated valid records, and point every issue inside the input', () => {
    const mutation = fc.tuple(
      fc.nat(),
      fc.oneof(
        fc.constant<typeof DELETE>(DELETE),
        fc.jsonValue({ maxDepth: 2 }),
        fc.string(),
        fc.double(),
        fc.constantFrom(
          '',
          ' ',
          '-1',
          '0',
          '2024-02-30',
          '2024-03-01T09:00:00',
          'LSVAU2180N2123456',
          'declined',
        ),
        fc.anything({ maxDepth: 1 }),
      ),
    );
    fc.assert(
      fc.property(kindArb, fc.array(mutation, { minLength: 1, maxLength: 4 }), (kind, mutations) => {
        let input: unknown = structuredClone(exampleRecords[kind]);
        for (const [pick, replacement] of mutations) {
          const paths = pathsOf(input);
          input = replaceAt(input, paths[pick % paths.length] ?? [], replacement);
        }
        for (const issue of expectCodedIssues(kind, input)) {
          // An issue names a field of an object (or an element of an array) that is in the input.
          if (issue.path.length > 0) expect(valueAt(input, issue.path.slice(0, -1))).toBeTypeOf('object');
        }
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('accept their own output again, unchanged (defaults filled, decimals normalized)', () => {
    for (const kind of recordKinds) {
      const first = safeParseRecord(recordSchemas[kind], exampleRecords[kind]);
      expect(first.ok, kind).toBe(true);
      if (!first.ok) continue;
      const second = safeParseRecord(recordSchemas[kind], JSON.parse(JSON.stringify(first.value)));
      expect(second, kind).toEqual(first);
    }
  });
});

describe('VIN check digit', () => {
  const allowed = [...'0123456789ABCDEFGHJKLMNPRSTUVWXYZ'];
  const vinArb = fc
    .array(fc.constantFrom(...allowed), { minLength: 17, maxLength: 17 })
    .map((chars) => chars.join(''));

  it('validates every VIN completed with its computed check digit, and no other digit', () => {
    fc.assert(
      fc.property(vinArb, fc.constantFrom(...'0123456789X'), (draft, other) => {
        const digit = computeVinCheckDigit(draft);
        const vin = `${draft.slice(0, 8)}${digit}${draft.slice(9)}`;
        expect(validateVin(vin, { checkDigit: 'always' })).toEqual([]);
        const wrong = `${draft.slice(0, 8)}${other}${draft.slice(9)}`;
        const issues = validateVin(wrong, { checkDigit: 'always' });
        if (other === digit) expect(issues).toEqual([]);
        else
          expect(issues).toMatchObject([
            { code: 'vin.check_digit', params: { expected: digit, actual: other } },
          ]);
      }),
    );
  });

  it('catches every single-character typo outside position 9 of a Chinese VIN except equal-value swaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.constantFrom(...allowed), (index, character) => {
        const vin = 'LSVAU2187N2123456';
        fc.pre(index !== 8 && index !== 0 && vin[index] !== character);
        const typo = `${vin.slice(0, index)}${character}${vin.slice(index + 1)}`;
        const caught = validateVin(typo).length > 0;
        // Letters that transliterate to the same value (A/J/1, B/K/S/2, …) cannot be told apart.
        expect(caught || computeVinCheckDigit(typo) === '7').toBe(true);
      }),
    );
  });
});
