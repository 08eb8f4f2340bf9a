import * as files from '@aftersales/adapter-files';
import { isAftersalesError } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * "No input makes a public function throw an uncoded error", for @aftersales/adapter-files: every
 * exported function is called with arbitrary arguments and near-misses of what it expects (sources,
 * options, profiles, row results); then the batch paths are checked for lost records: a JSON array
 * of arbitrary values gives one result per element, and assembleRepairOrders accounts for every
 * line it is given.
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
      { numRuns: 300 },
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
      { numRuns: 300 },
    );
  });

  it('checks mutated profiles with coded issues only', async () => {
    const keys = ['id', 'dateFormats', 'dateTimeFormats', 'decimal', 'booleans', 'kinds', 'extra'];
    await fc.assert(
      fc.property(fc.constantFrom(...keys), anything, (key, value) => {
        const result = files.safeValidateProfile({ ...files.genericProfile, [key]: value });
        if (!result.ok) for (const issue of result.issues) expect(issue.code).toBe('file.invalid_profile');
      }),
      { numRuns: 300 },
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
      { numRuns: 200 },
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
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 4 }),
        fc.array(rowResult, { maxLength: 6 }),
        fc.array(rowResult, { maxLength: 6 }),
        (headers, laborLines, partLines) => {
          const assembled = files.assembleRepairOrders({ headers, laborLines, partLines } as never);
          expect(assembled.repairOrders).toHaveLength(headers.length);
          const { laborLines: labor, partLines: parts } = assembled.summary;
          expect([labor.read, labor.placed + labor.rejected]).toEqual([laborLines.length, laborLines.length]);
          expect([parts.read, parts.placed + parts.rejected]).toEqual([partLines.length, partLines.length]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
