import * as files from '@aftersales/adapter-files';
import { isAftersalesError } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from './adapter-fuzz';

/**
 * "No input makes a public function throw an uncoded error", for @aftersales/adapter-files: every
 * exported function is called with arbitrary arguments and near-misses of what it expects (sources,
 * options, profiles, row results); then the batch paths are checked for lost records: a JSON array
 * of arbitrary values gives one result per element (whole or cut anywhere), near-miss JSON text
 * gives rows or one coded error, and assembleRepairOrders and assembleWarrantyClaims account for
 * every line they are given.
 */

type AnyFunction = (...args: unknown[]) => unknown;
const ZONE = 'Asia/Shanghai';

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
});
const oddText = fc.constantFrom(
  '',
  ' ',
  '\uFEFF',
  'a,b\n',
  '"',
  '""\n"',
  '配件编号\n',
  '\r\r\n',
  'x'.repeat(300),
  '[1,2]',
  '{}',
  'null',
);

const source = fc.oneof(
  anything,
  oddText.map((text) => ({ text })),
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom('/nonexistent/file.csv', '', '/', { path: 42 }, { text: 1 }, null),
  fc
    .array(fc.oneof(fc.uint8Array({ maxLength: 8 }), fc.string(), anything), { maxLength: 4 })
    .map((chunks) => ({
      async *[Symbol.asyncIterator]() {
        yield* chunks;
      },
    })),
);

const options = fc.oneof(
  anything,
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...files.fileKinds, 'vehicles', ''), anything),
      timeZone: fc.oneof(fc.constantFrom(ZONE, 'UTC', '+08:00', 'Nowhere/Zone'), anything),
      profile: fc.oneof(fc.constant(files.genericProfile), anything),
      format: fc.oneof(fc.constantFrom('csv', 'json', 'jsonl', 'xml'), anything),
      encoding: fc.oneof(fc.constantFrom('auto', 'utf-8', 'gb18030', 'gbk', 'latin1'), anything),
      delimiter: fc.oneof(fc.constantFrom(',', ';', '\t', '|', '"'), anything),
      defaults: fc.oneof(fc.constant({ dealerId: 'D1' }), fc.constant({ currency: 'XX' }), anything),
      maxRowChars: fc.oneof(fc.constantFrom(64, 0, -1, 1.5, 1e9), anything),
    },
    { requiredKeys: [] },
  ),
);

async function settle(run: () => unknown): Promise<unknown> {
  try {
    const value = run();
    if (value !== null && typeof value === 'object' && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) void _;
      return value;
    }
    return await value;
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return error;
  }
}

describe('@aftersales/adapter-files public API', () => {
  const functions = Object.entries(files as Record<string, unknown>).filter(
    (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function',
  );

  it('exports only functions that answer arbitrary arguments with a value or a coded error', async () => {
    expect(functions.map(([name]) => name).sort()).toEqual([
      'assembleRepairOrders',
      'assembleWarrantyClaims',
      'importRecords',
      'safeImportRecords',
      'safeValidateProfile',
      'streamRecords',
      'validateProfile',
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...functions),
        fc.array(anything, { maxLength: 3 }),
        async ([, fn], args) => {
          await settle(() => fn(...args));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('reads near-miss sources with near-miss options without an uncoded error', async () => {
    await fc.assert(
      fc.asyncProperty(source, options, async (src, opts) => {
        await settle(() => files.streamRecords(src as files.FileSource, opts as files.ImportOptions));
        const safe = await files.safeImportRecords(src as files.FileSource, opts as files.ImportOptions);
        if (safe.ok)
          expect(safe.value.summary.accepted + safe.value.summary.rejected).toBe(safe.value.summary.rowsRead);
        else expect(safe.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(300) },
    );
  });

  it('checks mutated profiles with coded issues only', async () => {
    const keys = ['id', 'dateFormats', 'dateTimeFormats', 'decimal', 'booleans', 'kinds', 'extra'];
    await fc.assert(
      fc.property(fc.constantFrom(...keys), anything, (key, value) => {
        const result = files.safeValidateProfile({ ...files.genericProfile, [key]: value });
        if (!result.ok) for (const issue of result.issues) expect(issue.code).toBe('file.invalid_profile');
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives one result per element of a JSON array of arbitrary values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files.fileKinds),
        fc.array(
          fc.oneof(
            fc.jsonValue(),
            fc.dictionary(
              fc.constantFrom('id', '配件编号', '数量', 'vin', 'line', 'amounts.total', '__proto__'),
              fc.jsonValue(),
            ),
          ),
          { maxLength: 12 },
        ),
        async (kind, values) => {
          const { results, summary } = await files.importRecords(
            { text: JSON.stringify(values) },
            { kind, timeZone: ZONE, format: 'json' },
          );
          expect(results.map((result) => result.row)).toEqual(values.map((_, index) => index + 1));
          expect(summary.accepted + summary.rejected).toBe(values.length);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('accounts for every line given to assembleRepairOrders', () => {
    const rowResult = fc.oneof(
      fc.record({
        row: fc.nat(),
        ok: fc.constant(true as const),
        value: fc.record({
          roNumber: fc.constantFrom('RO1', 'RO2'),
          line: fc.record({
            id: fc.constantFrom('L1', 'L2'),
            description: fc.string(),
            payType: fc.constantFrom('CP', 'W', 'X'),
          }),
        }),
      }),
      fc.record({ row: fc.nat(), ok: fc.constant(false as const), issues: fc.constant([]) }),
    );
    const header = fc.record({
      row: fc.nat(),
      ok: fc.constant(true as const),
      value: fc.record({ roNumber: fc.constantFrom('RO1', 'RO2', 'RO3') }),
    });
    const lineFiles = fc.record({
      laborLines: fc.array(rowResult, { maxLength: 6 }),
      partLines: fc.array(rowResult, { maxLength: 6 }),
      subletLines: fc.array(rowResult, { maxLength: 4 }),
      charges: fc.array(rowResult, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(header, { maxLength: 4 }), lineFiles, (headers, lines) => {
        const assembled = files.assembleRepairOrders({ headers, ...lines } as never);
        expect(assembled.repairOrders).toHaveLength(headers.length);
        for (const file of ['laborLines', 'partLines', 'subletLines', 'charges'] as const) {
          const counts = assembled.summary[file];
          expect([counts.read, counts.placed + counts.rejected]).toEqual([
            lines[file].length,
            lines[file].length,
          ]);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('accounts for every claim line given to assembleWarrantyClaims', () => {
    const line = fc.oneof(
      fc.record({
        row: fc.nat(),
        ok: fc.constant(true as const),
        value: fc.record({
          claimNumber: fc.constantFrom('CN1', 'CN2'),
          line: fc.record({ opCode: fc.constantFrom('X', ''), hours: fc.constantFrom('1', '-1', 2) }),
        }),
      }),
      fc.record({ row: fc.nat(), ok: fc.constant(false as const), issues: fc.constant([]) }),
      anything,
    );
    const claim = fc.oneof(
      fc.record({
        row: fc.nat(),
        ok: fc.constant(true as const),
        value: fc.record(
          { id: fc.constantFrom('W1', 'W2'), claimNumber: fc.constantFrom('CN1', 'CN2', 'CN3') },
          { requiredKeys: ['id'] },
        ),
      }),
      fc.record({ row: fc.nat(), ok: fc.constant(false as const), issues: fc.constant([]) }),
    );
    fc.assert(
      fc.property(
        fc.array(claim, { maxLength: 4 }),
        fc.array(line, { maxLength: 6 }),
        fc.array(line, { maxLength: 6 }),
        fc.constantFrom('claimNumber', 'id', 'vin', undefined),
        (claims, laborOps, parts, joinOn) => {
          let assembled: files.AssembledWarrantyClaims;
          try {
            assembled = files.assembleWarrantyClaims(
              { claims, laborOps, parts } as never,
              { joinOn } as never,
            );
          } catch (error) {
            expect(isAftersalesError(error)).toBe(true);
            return;
          }
          expect(assembled.claims).toHaveLength(claims.length);
          const { laborOps: ops, parts: claimed } = assembled.summary;
          expect([ops.read, ops.placed + ops.rejected]).toEqual([laborOps.length, laborOps.length]);
          expect([claimed.read, claimed.placed + claimed.rejected]).toEqual([parts.length, parts.length]);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('reads near-miss JSON text cut anywhere: rows, or one coded error', async () => {
    const jsonish = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.array(fc.jsonValue(), { maxLength: 6 }).map((values) => JSON.stringify(values)),
      fc
        .array(fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', ' ', '1', 'a', '配'), {
          maxLength: 30,
        })
        .map((chars) => chars.join('')),
    );
    await fc.assert(
      fc.asyncProperty(jsonish, fc.array(fc.nat(), { maxLength: 4 }), async (text, cuts) => {
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at, text.length]
          .slice(1)
          .map((end, i, ends) => text.slice(i === 0 ? 0 : ends[i - 1], end));
        const chunks = {
          async *[Symbol.asyncIterator]() {
            yield* pieces;
          },
        };
        const stream = files.streamRecords(chunks, { kind: 'parts', timeZone: ZONE, format: 'json' });
        const rows: number[] = [];
        let failed = false;
        try {
          for await (const result of stream) rows.push(result.row);
        } catch (error) {
          expect(isAftersalesError(error)).toBe(true);
          failed = true;
        }
        // Rows are the elements' positions, 1, 2, 3, … in order, whether or not the text ends well.
        expect(rows).toEqual(rows.map((_, index) => index + 1));
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        if (Array.isArray(parsed)) expect([failed, rows.length]).toEqual([false, parsed.length]);
        else expect(failed).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
