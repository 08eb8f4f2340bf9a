import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cli from '@aftersales/cli';
import * as core from '@aftersales/core';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nearMissOf as adversarialNearMissOf } from './adversarialInput';
import { expectEveryEntryPointSwept, sweepEntryPoints, type ValidCalls } from './publicEntryPoints';

/**
 * "No input makes a public function throw an uncoded error" and "bad input gets a clear, coded
 * error naming the field", for @aftersales/cli:
 *
 * - every exported function with arbitrary arguments: a value, or an AftersalesError whose issues
 *   carry known codes and en/zh messages; the exported schemas judge anything without throwing;
 * - generateDemoDealer, inputJsonSchema and renderHtmlReport with near misses of what they take:
 *   coded errors naming the option, the name, or the report field (`report.…`, `options.…`);
 * - runAudit over small datasets whose records are junk or near misses of the demo dealer's
 *   records: always a report when dealer, period and asOf are valid, with every record accounted
 *   for (per input read = accepted + rejected, read = the list's length, one rejection per refused
 *   row, every non-object record refused); a coded error naming the field when they are not;
 * - renderHtmlReport draws texts named like Object.prototype members (`__proto__`, `constructor`)
 *   without polluting it (zrender keys its text-width cache by the text in a plain object);
 * - runCli with generated argv (the command words, real and unknown options, `kind=path` pairs
 *   pointing at missing files and at junk files in a temp dir, random strings): never a throw,
 *   never exit 3 (an uncoded failure), and on exit 2 standard error starts with
 *   `aftersales: [<known code>]` (in Chinese with `--lang zh`). `demo` only runs with a --seed
 *   that stops it before it generates; `serve` only with an already-aborted signal and port 0, a
 *   port in use or an address not on this machine;
 * - audit, kpi, claims audit and parts plan on the DMS export of tests/adapters/fixtures/dms, each
 *   file whole, damaged at a random byte, or swapped for junk: a file that cannot be read is named
 *   in the message, and the JSON output counts every row (read = accepted + rejected, one
 *   rejection per refused row);
 * - after every test, no built-in prototype has gained a key and the JSON Schemas (defaults
 *   included) are what they were: nothing a call was given stays behind.
 */

/** Runs per property; `FUZZ_SCALE=20 npx vitest run …` digs deeper locally (the default keeps the file < 20 s). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const runs = (count: number): number => Math.max(1, Math.round(count * SCALE));
/** Per-test timeout, scaled with the runs. */
const LONG = 60_000 * SCALE;

type AnyFunction = (...args: unknown[]) => unknown;
type Path = (string | number)[];
type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Checks shared by the properties.

/** JSON text of anything fast-check makes (bigints as strings); `''` for what has none. */
const json = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? String(item) : item)) ?? '';

function shown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

/** An AftersalesError whose every issue has a known code and a message in English and Chinese. */
function expectCoded(error: unknown, label: string): core.AftersalesError {
  if (!core.isAftersalesError(error)) throw new Error(`${label} threw ${shown(error)}`, { cause: error });
  expect(error.issues.length, label).toBeGreaterThan(0);
  for (const issue of error.issues) expectIssue(issue, label);
  return error;
}

function expectIssue(issue: core.AftersalesIssue, label: string): void {
  expect(core.errorCodes, `${label}: ${issue.code}`).toContain(issue.code);
  expect(Array.isArray(issue.path), label).toBe(true);
  expect(typeof issue.message.en === 'string' && issue.message.en.length > 0, label).toBe(true);
  // Every code's Chinese template has Chinese in it (checked for the whole catalog when written).
  expect(issue.message.zh, label).toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
}

/** Runs `fn`; a coded error comes back as the error, anything else thrown fails the property. */
async function settle(
  fn: () => unknown,
  label: string,
): Promise<{ value?: unknown; error?: core.AftersalesError }> {
  try {
    return { value: await fn() };
  } catch (error) {
    return { error: expectCoded(error, label) };
  }
}

// ---------------------------------------------------------------------------------------------
// Near-miss values and mutations of real records.

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
});

const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    0,
    1.5,
    1e21,
    '',
    ' ',
    '-12.5',
    '12.345',
    '1e5',
    '2024-02-30',
    '2024-13-01',
    '2024-03-01T10:00:00',
    '2024-03-01T10:00:00+08:00',
    'CNY',
    'usd',
    'LSVAU2180N2123456',
    '__proto__',
    'constructor',
    '配件',
    'x'.repeat(2000),
    [],
    {},
    [{}],
    true,
    false,
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
);

function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  }
  return [path];
}

function replaced(value: unknown, path: Path, by: unknown, remove: boolean): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = replaced(copy[Number(head)], rest, by, remove);
    return copy;
  }
  const copy = { ...(value as Json) };
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = replaced(copy[head], rest, by, remove);
  return copy;
}

/**
 * A record: one of the seeds as it is, a seed with one leaf replaced or removed, a seed with one
 * adversarial change (adversarialInput.ts: huge numbers, dates out of range, invalid VINs,
 * malformed text, 5,000 levels of nesting, own `__proto__` keys…), or anything.
 */
function recordOf(seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  const seed = fc.constantFrom(...seeds);
  return fc.oneof(
    { weight: 2, arbitrary: seed },
    { weight: 1, arbitrary: adversarialNearMissOf(seeds) },
    {
      weight: 4,
      arbitrary: seed.chain((record) =>
        fc
          .tuple(fc.constantFrom(...leaves(record)), oddValue, fc.boolean())
          .map(([path, by, remove]) => replaced(record, path, by, remove)),
      ),
    },
    { weight: 1, arbitrary: oddValue },
    { weight: 1, arbitrary: anything },
  );
}

// ---------------------------------------------------------------------------------------------
// The demo dealer's records are the seeds of the near misses (generated once: about a second).

const demo = cli.generateDemoDealer({ seed: 8 });
const first = <T>(list: readonly T[], count: number): T[] => list.slice(0, count);
const SEEDS = {
  repairOrders: first(demo.repairOrders, 6),
  complaints: first(demo.complaints, 3),
  appointments: first(demo.appointments, 3),
  surveys: first(demo.surveys, 3),
  vehicles: first(demo.warranty.vehicles, 3),
  headers: first(demo.warranty.repairOrders, 3),
  claims: first(demo.warranty.claims, 4),
  laborTimes: first(demo.warranty.laborTimes, 3),
  parts: first(demo.parts.parts, 4),
  movements: first(demo.parts.movements, 6),
  positions: first(demo.parts.positions, 4),
  vehicleCases: first(demo.vehicleCases, 2),
  partGroups: Object.entries(demo.warranty.partGroups).slice(0, 4),
  partPrices: Object.entries(demo.warranty.partPrices).slice(0, 4),
};

const list = (seeds: readonly unknown[], maxLength = 4) => fc.array(recordOf(seeds), { maxLength });
const partGroups = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SEEDS.partGroups),
      fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constant('constructor')), fc.string()),
    ),
    { maxLength: 4 },
  )
  .map((entries) => Object.fromEntries(entries.filter(([key]) => key !== '__proto__')));
const partPrices = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...SEEDS.partPrices.map(([key]) => key)), fc.string({ maxLength: 8 })),
      fc.constantFrom('0', '0.00', '-5.00', '12.345', '99999999.99', '1544.43'),
    ),
    { maxLength: 4 },
  )
  .map((entries) => Object.fromEntries(entries.filter(([key]) => key !== '__proto__')));

const records = fc.record({
  repairOrders: list(SEEDS.repairOrders, 6),
  complaints: list(SEEDS.complaints),
  appointments: list(SEEDS.appointments),
  surveys: list(SEEDS.surveys),
  warranty: fc.record({
    vehicles: list(SEEDS.vehicles),
    repairOrders: list(SEEDS.headers),
    claims: list(SEEDS.claims),
    laborTimes: list(SEEDS.laborTimes),
    partGroups,
    partPrices,
  }),
  parts: fc.record({
    parts: list(SEEDS.parts),
    movements: list(SEEDS.movements, 6),
    positions: list(SEEDS.positions),
  }),
  vehicleCases: list(SEEDS.vehicleCases, 2),
});

// Calendar dates by day number from 1970-01-01, written with UTC methods: the same under any TZ.
const DAY = 86_400_000;
const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;

/** A valid dealer, period and asOf: zones either side of UTC, currencies with 0 and 2 minor digits. */
const frame = fc
  .record({
    id: fc.constantFrom('DLR-001', 'D0571', '上海-01'),
    name: fc.constantFrom('华夏汽车上海浦东 4S 店', 'A & B <Motors>', 'x'),
    brand: fc.option(fc.constantFrom('Huaxia', 'Other'), { nil: undefined }),
    timeZone: fc.constantFrom(
      'Asia/Shanghai',
      'UTC',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Asia/Kolkata',
    ),
    currency: fc.constantFrom('CNY', 'USD', 'JPY'),
    from: fc.integer({ min: dayOf('2023-06-01'), max: dayOf('2025-03-01') }),
    length: fc.oneof(fc.constantFrom(0, 28, 365), fc.integer({ min: 0, max: 400 })),
    asOfShift: fc.integer({ min: -40, max: 60 }),
  })
  .map(({ id, name, brand, timeZone, currency, from, length, asOfShift }) => ({
    dealer: { id, name, ...(brand === undefined ? {} : { brand }), timeZone, currency },
    period: { from: dateOf(from), to: dateOf(from + length) },
    asOf: dateOf(from + length + asOfShift),
  }));

/** The inputs a report counts, and how many records the dataset gives each. */
function expectedReads(dataset: cli.DealerDataset): Record<string, number> {
  return {
    repairOrders: dataset.repairOrders.length,
    appointments: dataset.appointments.length,
    complaints: dataset.complaints.length,
    surveys: dataset.surveys.length,
    'parts.parts': dataset.parts.parts.length,
    'parts.movements': dataset.parts.movements.length,
    'parts.positions': dataset.parts.positions.length,
    'warranty.vehicles': dataset.warranty.vehicles.length,
    'warranty.repairOrders': dataset.warranty.repairOrders.length,
    'warranty.claims': dataset.warranty.claims.length,
    'warranty.laborTimes': dataset.warranty.laborTimes.length,
    'warranty.partGroups': Object.keys(dataset.warranty.partGroups).length,
    'warranty.partPrices': Object.keys(dataset.warranty.partPrices).length,
    vehicleCases: dataset.vehicleCases.length,
  };
}

/** The lists of a dataset by the input name the report gives them. */
function listsOf(dataset: cli.DealerDataset): Record<string, readonly unknown[]> {
  return {
    repairOrders: dataset.repairOrders,
    appointments: dataset.appointments,
    complaints: dataset.complaints,
    surveys: dataset.surveys,
    'parts.parts': dataset.parts.parts,
    'parts.movements': dataset.parts.movements,
    'parts.positions': dataset.parts.positions,
    'warranty.vehicles': dataset.warranty.vehicles,
    'warranty.repairOrders': dataset.warranty.repairOrders,
    'warranty.claims': dataset.warranty.claims,
    'warranty.laborTimes': dataset.warranty.laborTimes,
    vehicleCases: dataset.vehicleCases,
  };
}

function expectEveryRecordAccountedFor(report: cli.AuditReport, dataset: cli.DealerDataset): void {
  const reads = expectedReads(dataset);
  expect(Object.keys(report.inputs).sort()).toEqual(Object.keys(reads).sort());
  for (const rejection of report.rejections) {
    expect(Object.keys(reads), rejection.input).toContain(rejection.input);
    expect(rejection.issues.length, `${rejection.input}[${rejection.row}]`).toBeGreaterThan(0);
    for (const issue of rejection.issues) expectIssue(issue, `${rejection.input}[${rejection.row}]`);
  }
  for (const [input, read] of Object.entries(reads)) {
    const rows = report.rejections.filter((r) => r.input === input).map((r) => r.row);
    expect(new Set(rows).size, `${input}: one rejection per row`).toBe(rows.length);
    for (const row of rows)
      expect(row >= 0 && row < read && Number.isInteger(row), `${input} row ${row}`).toBe(true);
    expect(report.inputs[input], input).toEqual({
      read,
      accepted: read - rows.length,
      rejected: rows.length,
    });
  }
  // A record that is not even an object can pass no record schema: it is refused, by its row.
  for (const [input, records] of Object.entries(listsOf(dataset))) {
    records.forEach((record, row) => {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        expect(
          report.rejections.some((r) => r.input === input && r.row === row),
          `${input}[${row}] = ${json(record)} refused`,
        ).toBe(true);
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------

const NAMES = [...cli.inputSchemaNames];

// Nothing a call is given stays behind: no built-in prototype gains a key (a `__proto__` key or
// text reaching a plain object used as a map), no default shared between parses changes (the
// JSON Schemas, defaults included, are the same after every test).
const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype];
const prototypeKeys = (): string[][] => PROTOTYPES.map((proto) => Object.getOwnPropertyNames(proto).sort());
const PROTOTYPE_KEYS = prototypeKeys();
const allSchemas = (): string => JSON.stringify(NAMES.map((name) => cli.inputJsonSchema(name)));
const SCHEMAS = allSchemas();
afterEach(() => {
  expect(prototypeKeys(), 'built-in prototypes unchanged').toEqual(PROTOTYPE_KEYS);
  expect(allSchemas() === SCHEMAS, 'the JSON Schemas are unchanged').toBe(true);
});
const NEAR_NAMES = [
  '',
  ' dataset',
  'Dataset',
  'datasets',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

describe('every exported function of @aftersales/cli', () => {
  const functions = Object.entries(cli as Record<string, unknown>).filter(
    (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function',
  );

  it(
    'answers arbitrary arguments with a value or a coded error',
    async () => {
      expect(functions.map(([name]) => name).sort()).toEqual([
        'generateDemoDealer',
        'inputJsonSchema',
        'renderHtmlReport',
        'runAudit',
        'runCli',
      ]);
      // generateDemoDealer generates a whole dealer (seconds) for most objects: it has its own test.
      const quick = functions.filter(([name]) => name !== 'generateDemoDealer');
      const argument = fc.oneof(anything, oddValue, fc.constantFrom<unknown>(...NAMES, ...NEAR_NAMES));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...quick),
          fc.array(argument, { maxLength: 3 }),
          async ([name, fn], args) => {
            await settle(() => fn(...args), name);
          },
        ),
        { numRuns: runs(300) },
      );
    },
    LONG,
  );

  it(
    'lets the exported schemas judge anything, and core read them into coded issues',
    () => {
      fc.assert(
        fc.property(fc.oneof(anything, records, frame), (value) => {
          for (const schema of [cli.DealerDatasetSchema, cli.DealerProfileSchema]) {
            schema.safeParse(value);
            const result = core.safeParseRecord(schema, value);
            if (!result.ok) for (const issue of result.issues) expectIssue(issue, 'safeParseRecord');
            try {
              core.parseRecord(schema, value);
            } catch (error) {
              expectCoded(error, 'parseRecord');
            }
          }
        }),
        { numRuns: runs(200) },
      );
    },
    LONG,
  );

  it(
    'inputJsonSchema: a draft 2020-12 schema for every name, a coded error naming `name` otherwise',
    () => {
      for (const name of NAMES) {
        const schema = cli.inputJsonSchema(name);
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.title).toBe(name);
        expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
      }
      fc.assert(
        fc.property(
          fc
            .oneof(fc.constantFrom<unknown>(...NEAR_NAMES), fc.string(), anything)
            .filter((name) => !(NAMES as unknown[]).includes(name)),
          (name) => {
            let error: unknown;
            try {
              cli.inputJsonSchema(name as cli.InputSchemaName);
            } catch (thrown) {
              error = thrown;
            }
            const coded = expectCoded(error, `inputJsonSchema(${typeof name} ${json(name)})`);
            expect(coded.issues[0]?.path).toEqual(['name']);
          },
        ),
        { numRuns: runs(200) },
      );
    },
    LONG,
  );

  it(
    'generateDemoDealer: a coded error naming options, seed or asOf for near-miss options',
    () => {
      const badSeed = fc.constantFrom<unknown>(
        -1,
        1.5,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        2 ** 32,
        '8',
        null,
        8n,
        [],
        {},
      );
      const badAsOf = fc.constantFrom<unknown>(
        '2025-02-30',
        '2025-1-1',
        '20250101',
        '2000-12-31',
        '2100-01-01',
        '',
        42,
        null,
        [],
      );
      const options = fc.oneof(
        fc.constantFrom<unknown>(null, 'seed', 8, [], true, [8]),
        fc.record({ seed: badSeed, asOf: fc.oneof(badAsOf, fc.constant('2025-01-01')) }),
        fc.record({ seed: fc.nat({ max: 2 ** 32 - 1 }), asOf: badAsOf }),
      );
      fc.assert(
        fc.property(options, (value) => {
          let error: unknown;
          try {
            cli.generateDemoDealer(value as cli.DemoDealerOptions);
          } catch (thrown) {
            error = thrown;
          }
          const coded = expectCoded(error, 'generateDemoDealer');
          expect(['options', 'seed', 'asOf']).toContain(coded.issues[0]?.path[0]);
        }),
        { numRuns: runs(200) },
      );
    },
    LONG,
  );
});

describe('runAudit over junk and near-miss records', () => {
  it(
    'returns a report accounting for every record when dealer, period and asOf are valid',
    () => {
      fc.assert(
        fc.property(
          frame,
          records,
          fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>,
          (head, lists, lang) => {
            const dataset = { ...head, ...lists } as cli.DealerDataset;
            let report: cli.AuditReport;
            try {
              report = cli.runAudit(dataset);
            } catch (error) {
              throw new Error(`runAudit threw for a valid frame ${JSON.stringify(head)}: ${shown(error)}`, {
                cause: error,
              });
            }
            expect([report.dealer, report.period, report.asOf]).toEqual([
              head.dealer,
              head.period,
              head.asOf,
            ]);
            expectEveryRecordAccountedFor(report, dataset);
            expect(Number.isInteger(report.findingCount) && report.findingCount >= 0).toBe(true);
            // The report of junk renders: names and texts from the data are escaped, nothing throws.
            const html = cli.renderHtmlReport(report, { lang, maxRows: 3 });
            expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true);
            expect(html).not.toContain('<Motors>');
          },
        ),
        { numRuns: runs(40) },
      );
    },
    LONG,
  );

  it(
    'throws a coded error naming dealer, period, asOf or the list when the frame is not valid',
    () => {
      const bad = fc.oneof(
        fc.record({
          key: fc.constant('dealer'),
          path: fc.constantFrom<Path>([], ['id'], ['name'], ['timeZone'], ['currency'], ['brand']),
          value: fc.constantFrom<unknown>(null, 42, [], {}, true),
        }),
        fc.record({
          key: fc.constant('dealer'),
          path: fc.constantFrom<Path>(['timeZone']),
          value: fc.constantFrom<unknown>('Mars/Olympus', '', 'Asia/Shang hai'),
        }),
        fc.record({
          key: fc.constant('dealer'),
          path: fc.constantFrom<Path>(['currency']),
          value: fc.constantFrom<unknown>('', 'YUAN', 'C1Y'),
        }),
        fc.record({
          key: fc.constant('period'),
          path: fc.constantFrom<Path>([], ['from'], ['to']),
          value: fc.constantFrom<unknown>(null, 42, '2024-02-30', '2024-13-01', '20240101', '2024-1-1', ''),
        }),
        fc.record({
          key: fc.constant('asOf'),
          path: fc.constant<Path>([]),
          value: fc.constantFrom<unknown>(
            undefined,
            null,
            42,
            '2025-02-29',
            '2025-00-10',
            '2025-01-01T00:00:00Z',
          ),
        }),
        // JSON.parse makes an own `__proto__` key, which a plain object would swallow: refused, named.
        fc.record({
          key: fc.constant('warranty'),
          path: fc.constantFrom<Path>(['partGroups'], ['partPrices']),
          value: fc.constant(JSON.parse('{"P-1":"1.00","__proto__":"2.00"}')),
        }),
        fc.record({
          key: fc.constantFrom(
            'repairOrders',
            'complaints',
            'appointments',
            'surveys',
            'vehicleCases',
            'parts',
            'warranty',
          ),
          path: fc.constant<Path>([]),
          value: fc.constantFrom<unknown>(null, 42, 'x', {}),
        }),
      );
      fc.assert(
        fc.property(frame, records, bad, fc.boolean(), (head, lists, { key, path, value }, swap) => {
          const good = { ...head, ...lists } as unknown as Json;
          // `{}` is a fine `parts` or `warranty` (its lists default to empty): not a near miss there.
          fc.pre(
            !(
              (key === 'parts' || key === 'warranty') &&
              path.length === 0 &&
              typeof value === 'object' &&
              value !== null
            ),
          );
          const dataset =
            swap && key === 'period' && head.period.from < head.period.to
              ? { ...good, period: { from: head.period.to, to: head.period.from } }
              : (replaced(good, [key, ...path], value, value === undefined) as Json);
          let error: unknown;
          try {
            cli.runAudit(dataset as unknown as cli.DealerDataset);
          } catch (thrown) {
            error = thrown;
          }
          const coded = expectCoded(error, `runAudit with ${key}.${path.join('.')} = ${json(value)}`);
          expect(coded.issues.map((issue) => issue.path[0])).toContain(key);
        }),
        { numRuns: runs(200) },
      );
    },
    LONG,
  );
});

describe('renderHtmlReport with junk', () => {
  let report: cli.AuditReport;
  beforeAll(() => {
    // A small real report with something in every section: the demo's first records of each list.
    report = cli.runAudit({
      ...demo,
      repairOrders: first(demo.repairOrders, 40),
      complaints: first(demo.complaints, 5),
      appointments: first(demo.appointments, 5),
      surveys: first(demo.surveys, 5),
      warranty: {
        ...demo.warranty,
        claims: first(demo.warranty.claims, 20),
        vehicles: demo.warranty.vehicles,
      },
      parts: {
        parts: first(demo.parts.parts, 30),
        movements: first(demo.parts.movements, 60),
        positions: first(demo.parts.positions, 30),
      },
      vehicleCases: [...demo.vehicleCases, null],
    });
  }, LONG);

  it(
    'answers arbitrary reports and options with a coded error naming report or options',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(anything, fc.constant('real')),
          fc.oneof(
            anything,
            fc.record(
              {
                lang: fc.oneof(oddValue, fc.constantFrom('en', 'zh')),
                maxRows: fc.oneof(oddValue, fc.nat()),
              },
              { requiredKeys: [] },
            ),
          ),
          (candidate, options) => {
            const given = candidate === 'real' ? report : candidate;
            try {
              expect(
                typeof cli.renderHtmlReport(given as cli.AuditReport, options as cli.HtmlReportOptions),
              ).toBe('string');
            } catch (error) {
              const coded = expectCoded(error, 'renderHtmlReport');
              for (const issue of coded.issues) expect(['report', 'options']).toContain(issue.path[0]);
            }
          },
        ),
        { numRuns: runs(120) },
      );
    },
    LONG,
  );

  it(
    'draws texts named like Object.prototype members without reaching Object.prototype',
    () => {
      const names = Object.getOwnPropertyNames(Object.prototype);
      const text = fc.oneof(
        fc.constantFrom(...names),
        fc
          .tuple(fc.constantFrom(...names), fc.constantFrom(' ', '\n', ' x '))
          .map(([name, gap]) => `part${gap}${name}`),
      );
      // Every text a chart draws: trend months, values and targets, ageing labels, stock values.
      const field = fc.constantFrom<Path>(
        ['service', 'trends', 0, 'months', 0, 'month'],
        ['service', 'trends', 0, 'months', 1, 'value'],
        ['service', 'trends', 0, 'target'],
        ['parts', 'ageing', 0, 'label', 'en'],
        ['parts', 'ageing', 1, 'label', 'zh'],
        ['parts', 'ageing', 0, 'stockValue'],
        ['parts', 'abc', 0, 'stockValue'],
      );
      const lang = fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>;
      fc.assert(
        fc.property(text, field, lang, (value, path, language) => {
          const label = `renderHtmlReport with ${path.join('.')} = ${json(value)}`;
          try {
            cli.renderHtmlReport(replaced(report, path, value, false) as cli.AuditReport, {
              lang: language,
              maxRows: 1,
            });
          } catch (error) {
            expectCoded(error, label);
          }
          expect(prototypeKeys(), label).toEqual(PROTOTYPE_KEYS);
        }),
        { numRuns: runs(12) },
      );
    },
    LONG,
  );

  it(
    'renders a real report with one field replaced or removed, or names the field',
    () => {
      const paths = leaves(report).filter((path) => path.length > 0);
      fc.assert(
        fc.property(
          fc.constantFrom(...paths),
          oddValue,
          fc.boolean(),
          fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>,
          (path, by, remove, lang) => {
            const mutated = replaced(report, path, by, remove) as cli.AuditReport;
            const label = `renderHtmlReport with ${path.join('.')} = ${json(by)}`;
            try {
              expect(typeof cli.renderHtmlReport(mutated, { lang, maxRows: 2 })).toBe('string');
            } catch (error) {
              const coded = expectCoded(error, label);
              expect(coded.issues[0]?.path[0]).toBe('report');
            }
            // A month or a label `__proto__` is drawn, and must not reach Object.prototype.
            expect(prototypeKeys(), label).toEqual(PROTOTYPE_KEYS);
          },
        ),
        { numRuns: runs(50) },
      );
    },
    LONG,
  );
});

// ---------------------------------------------------------------------------------------------
// runCli with generated argv, in a temp dir of junk files.

const KINDS = [
  'repairOrders',
  'laborLines',
  'partLines',
  'subletLines',
  'roCharges',
  'parts',
  'stockMovements',
  'warrantyClaims',
  'claimLaborOps',
  'claimParts',
  'star',
  'dataset',
  'stockPositions',
  'vehicles',
  'vehicleCases',
  'laborTimes',
  'partGroups',
  'partPrices',
  'appointments',
  'complaints',
  'surveys',
];
const COMMANDS: readonly (readonly string[])[] = [
  ['audit'],
  ['kpi'],
  ['claims', 'audit'],
  ['parts', 'plan'],
  ['warranty', 'check'],
  ['schema'],
  ['help'],
  ['claims'],
  ['warranty'],
  ['parts'],
];
const WORDS = new Set([
  'demo',
  'audit',
  'kpi',
  'claims',
  'parts',
  'plan',
  'warranty',
  'check',
  'serve',
  'schema',
  'help',
]);

/** Junk files written once, by name; `gen.*` is rewritten with generated contents in each run. */
const JUNK: Record<string, string | Uint8Array> = {
  'empty.csv': '',
  'bom.csv': '\uFEFF',
  'header.csv': 'id,vin,openedAt\n',
  'junk.csv': 'a,b\n"unterminated\n1,2,3\n',
  'bytes.csv': new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x30, 0x0a, 0xc3, 0x28, 0x2c, 0x0a]),
  'array.json': JSON.stringify([null, 1, 'x', {}, { id: 1 }, []]),
  'object.json': '{"a":1}',
  'null.json': 'null',
  'truncated.json': '[{"id":',
  'lines.jsonl': '{"id":1}\nnot json\n\n[]\n',
  'profile.json': JSON.stringify({ id: 3, kinds: [] }),
  'policy.json': JSON.stringify({ id: 'p', coverages: 'all' }),
  // Issue #9's adversarial files: nesting past what a recursive reader survives, an own
  // __proto__ key, GBK cut inside a character, a lone surrogate in UTF-8 (CESU), huge numbers.
  'deep.json': `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  'proto.json': '[{"__proto__":{"polluted":"yes"},"id":"RO-1","constructor":{"prototype":{"polluted":1}}}]',
  'gbk-cut.csv': new Uint8Array([0xb9, 0xa4, 0xb5, 0xa5, 0xba, 0xc5, 0x2c, 0x56, 0x49, 0x4e, 0x0a, 0xd6]),
  'surrogate.csv': new Uint8Array([0x69, 0x64, 0x0a, 0xed, 0xa0, 0x80, 0x0a]),
  'huge.json': `[{"id":"${'9'.repeat(500)}","odometerInKm":1e400,"quantity":"-1e400"}]`,
  'request.json': JSON.stringify({
    vehicle: {
      vin: 'LHXAB2C31R0000012',
      brand: 'Huaxia',
      model: 'HX5',
      modelYear: 2024,
      invoiceDate: '2024-03-01',
    },
    repair: { date: '2026-05-02', odometerKm: 41_200, system: 'transmission', amount: '1200.00' },
  }),
};
const FILES = [
  ...Object.keys(JUNK),
  'dataset.json',
  'dataset-bad.json',
  'gen.csv',
  'gen.json',
  'gen.jsonl',
  'dir',
];

/** The GB18030 DMS export of tests/adapters/fixtures/dms (see tests/cli/audit-files.test.ts), by kind. */
const DMS_DIR = fileURLToPath(new URL('../adapters/fixtures/dms/', import.meta.url));
const DMS: Readonly<Record<string, string>> = {
  repairOrders: 'ro-headers.csv',
  laborLines: 'labor-lines.csv',
  partLines: 'part-lines.csv',
  warrantyClaims: 'claims.csv',
  claimLaborOps: 'claim-labor-ops.csv',
  claimParts: 'claim-parts.csv',
};
const encoder = new TextEncoder();

/** Bytes with `cut` bytes at `at` replaced by `insert`: a file damaged anywhere. */
function damaged(bytes: Uint8Array, at: number, cut: number, insert: Uint8Array | string): Uint8Array {
  const position = at % (bytes.length + 1);
  const added = typeof insert === 'string' ? encoder.encode(insert) : insert;
  return new Uint8Array([...bytes.subarray(0, position), ...added, ...bytes.subarray(position + cut)]);
}

const safeText = fc
  .string({ maxLength: 12 })
  .filter((text) => !/[/\\]|\.\./.test(text) && !WORDS.has(text) && text !== '.');

describe('runCli with generated arguments', () => {
  let dir = '';
  let busy: Server | undefined;
  let busyPort = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aftersales-cli-fuzz-'));
    for (const [name, contents] of Object.entries(JUNK)) writeFileSync(join(dir, name), contents);
    mkdirSync(join(dir, 'dir'));
    for (const ext of ['csv', 'json', 'jsonl']) writeFileSync(join(dir, `gen.${ext}`), '');
    // A whole dataset with a valid frame and junk records: the audit runs to the end.
    // JSON.stringify overflows the stack at 5,000 levels of nesting: such a record is left out of the file.
    const writable = (value: unknown): unknown => {
      if (Array.isArray(value)) {
        return value.filter((record) => {
          try {
            json(record);
            return true;
          } catch {
            return false;
          }
        });
      }
      return value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, writable(item)]))
        : value;
    };
    const lists = writable(fc.sample(records, { numRuns: 1, seed: 8 })[0]) as object;
    const dataset = { ...fc.sample(frame, { numRuns: 1, seed: 8 })[0], ...lists };
    writeFileSync(join(dir, 'dataset.json'), json(dataset));
    writeFileSync(join(dir, 'dataset-bad.json'), json({ ...dataset, asOf: '2025-02-30' }));
    busy = createServer();
    await new Promise<void>((done) => busy?.listen(0, '127.0.0.1', done));
    const address = busy.address();
    busyPort = typeof address === 'object' && address !== null ? address.port : 0;
  });

  afterAll(async () => {
    await new Promise<void>((done) => (busy === undefined ? done() : busy.close(() => done())));
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  function io(options: { env?: Record<string, string>; isTTY?: boolean; signal?: AbortSignal } = {}) {
    const out: string[] = [];
    const err: string[] = [];
    return {
      stdout: (text: string) => void out.push(text),
      stderr: (text: string) => void err.push(text),
      isTTY: options.isTTY ?? false,
      cwd: dir,
      env: options.env ?? {},
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      out: () => out.join(''),
      err: () => err.join(''),
    };
  }

  const path = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...FILES) },
    { weight: 1, arbitrary: fc.constantFrom(...FILES).map((name) => join(dir, name)) },
    { weight: 1, arbitrary: fc.constantFrom('nope.csv', 'nope.json', 'dir/nope.csv', '') },
    { weight: 1, arbitrary: safeText },
  );
  const date = fc.constantFrom(
    '2024-03-01',
    '2024-12-31',
    '2025-01-01',
    '2024-02-30',
    '2024-13-01',
    '20240301',
    '',
  );
  const option = (name: string, values: fc.Arbitrary<string>) =>
    fc.oneof(
      values.map((value) => [name, value]),
      values.map((value) => [`${name}=${value}`]),
    );
  const outPath = fc.constantFrom('out.txt', 'report.html', 'dir', 'missing-dir/x.html', '');
  const token = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...KINDS, 'nope', '', 'RepairOrders'), path)
        .map(([kind, p]) => [`${kind}=${p}`]),
    },
    { weight: 1, arbitrary: path.map((p) => [p]) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(['dataset.json'], ['dataset=dataset.json'], ['dataset-bad.json']),
    },
    { weight: 2, arbitrary: option('--format', fc.constantFrom('table', 'json', 'csv', 'html', 'xml', '')) },
    { weight: 1, arbitrary: option('--lang', fc.constantFrom('en', 'zh', 'fr', '')) },
    {
      weight: 1,
      arbitrary: option(
        '--time-zone',
        fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'Mars/Olympus', '+08:00', ''),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('--from', '--to', '--as-of'), date).map((pair) => [...pair]),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('--dealer', '--dealer-name', '--brand'), safeText)
        .map((pair) => [...pair]),
    },
    { weight: 1, arbitrary: option('--currency', fc.constantFrom('CNY', 'USD', 'cny', 'XXXX', '')) },
    { weight: 1, arbitrary: option('--profile', fc.oneof(fc.constant('generic'), path)) },
    { weight: 1, arbitrary: option('--policy', path) },
    {
      weight: 1,
      arbitrary: option('--jurisdiction', fc.constantFrom('cn-sanbao-2021', 'california-lemon-law', 'mars')),
    },
    { weight: 1, arbitrary: option('--budget', fc.constantFrom('1000.00', '0', '-1', 'abc', '1e5')) },
    { weight: 1, arbitrary: option('--months', fc.constantFrom('1', '24', '0', '121', '1.5', 'x')) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('--out', '--report'), outPath).map((pair) => [...pair]),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ['--help'],
        ['-h'],
        ['--colour', 'red'],
        ['-x'],
        ['--'],
        ['--version'],
        ['--seed', '8'],
      ),
    },
    { weight: 1, arbitrary: safeText.map((text) => [text]) },
  );
  const tokens = fc.array(token, { maxLength: 6 }).map((groups) => groups.flat());
  const prefix = fc.constantFrom<string[]>(
    [],
    [],
    ['--lang', 'zh'],
    ['--lang=en'],
    ['--lang', 'fr'],
    ['--lang'],
    ['--version'],
    ['--help'],
  );
  const env = fc.constantFrom<Record<string, string>>(
    {},
    { AFTERSALES_LANG: 'zh' },
    { LANG: 'zh_CN.UTF-8' },
    { AFTERSALES_LANG: 'xx' },
  );

  /** Exit 0, 1 or 2; never a throw or 3; on 2, standard error starts with a known coded message. */
  async function expectCleanExit(argv: string[], run: ReturnType<typeof io>): Promise<number> {
    let code: number;
    try {
      code = await cli.runCli(argv, run);
    } catch (error) {
      throw new Error(`runCli(${JSON.stringify(argv)}) threw ${shown(error)}`, { cause: error });
    }
    const label = `runCli(${JSON.stringify(argv)}) → ${code}\n${run.err()}`;
    expect([0, 1, 2], label).toContain(code);
    // No file content reaches a built-in prototype (a `__proto__` key merged into a plain object).
    expect(prototypeKeys(), label).toEqual(PROTOTYPE_KEYS);
    if (code === 2 && argv.length > 0) {
      const err = run.isTTY ? run.err().slice(Math.max(0, run.err().indexOf('aftersales: ['))) : run.err();
      const match = /^aftersales: \[([a-z_]+\.[a-z_]+)\] ./.exec(err);
      expect(match, label).not.toBeNull();
      expect(core.errorCodes, label).toContain(match?.[1]);
    }
    return code;
  }

  it(
    'never throws or exits 3, and says what was wrong with a known code on exit 2',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          prefix,
          fc.oneof(
            { weight: 9, arbitrary: fc.constantFrom(...COMMANDS) },
            { weight: 1, arbitrary: safeText.map((t) => [t]) },
          ),
          tokens,
          env,
          fc.boolean(),
          fc.oneof(fc.string(), fc.uint8Array({ maxLength: 40 }), anything.map(json)),
          async (before, words, rest, environment, isTTY, generated) => {
            for (const ext of ['csv', 'json', 'jsonl']) writeFileSync(join(dir, `gen.${ext}`), generated);
            const run = io({ env: environment, isTTY });
            const code = await expectCleanExit([...before, ...words, ...rest], run);
            // `--lang zh` before the command, and no other --lang: the error is told in Chinese.
            const zh = before.join(' ') === '--lang zh' && !rest.some((arg) => arg.startsWith('--lang'));
            const told = run.err().slice(Math.max(0, run.err().indexOf('aftersales: [')));
            if (code === 2 && zh) expect(told.split('\n')[0]).toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
          },
        ),
        { numRuns: runs(250) },
      );
    },
    LONG,
  );

  it(
    'reads a real DMS export, whole or damaged anywhere: every row counted in the JSON output',
    async () => {
      const kinds = Object.keys(DMS);
      const damage = fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 40 }),
        insert: fc.oneof(
          { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }) },
          {
            weight: 4,
            arbitrary: fc.constantFrom(
              '',
              ',',
              '\n',
              '"',
              '\r\n',
              ',,,,',
              '-1',
              '1e5',
              'x',
              '2024-02-30',
              'R1',
              '\uFEFF',
            ),
          },
        ),
      });
      const variant = fc.oneof(
        { weight: 8, arbitrary: fc.constant<'whole'>('whole') },
        { weight: 4, arbitrary: damage },
        { weight: 1, arbitrary: fc.constantFrom(...FILES) },
      );
      // Options each command takes (the chaotic property above tries the others).
      const own: Record<string, string[][]> = {
        audit: [
          ['--report', 'report.html'],
          ['--format', 'html'],
          ['--out', 'out.txt'],
        ],
        kpi: [['--out', 'out.txt']],
        claims: [['--out', 'out.txt']],
        parts: [
          ['--budget', '100'],
          ['--budget', '0'],
          ['--months', '3'],
          ['--out', 'out.txt'],
        ],
      };
      const deep = fc
        .constantFrom(['audit'], ['kpi'], ['claims', 'audit'], ['parts', 'plan'])
        .chain((words) =>
          fc.record({
            words: fc.constant(words),
            files: fc.tuple(...kinds.map(() => fc.option(variant, { freq: 3 }))),
            // Mostly with the header file their lines are joined to (without it: a coded error).
            headers: fc.oneof(
              { weight: 4, arbitrary: fc.constant(true) },
              { weight: 1, arbitrary: fc.constant(false) },
            ),
            json: fc.subarray([
              'dataset=dataset.json',
              'stockPositions=array.json',
              'partPrices=object.json',
            ]),
            period: fc.constantFrom(
              [],
              ['--as-of', '2024-04-02'],
              ['--from', '2024-03-01', '--to', '2024-03-31'],
            ),
            format: fc.constantFrom(['--format', 'json'], ['--format', 'json'], [], ['--format', 'csv']),
            options: fc.subarray([
              ['--lang', 'zh'],
              ['--time-zone', 'America/Los_Angeles'],
              ['--currency', 'USD'],
            ]),
            extra: fc.option(fc.constantFrom(...(own[words[0] as string] ?? [])), { freq: 2, nil: [] }),
          }),
        );
      await fc.assert(
        fc.asyncProperty(
          deep,
          async ({ words, files, headers, json: jsonFiles, period, format, options, extra }) => {
            const args: string[] = [];
            const chosen = [...files];
            if (headers && chosen.slice(1, 3).some((choice) => choice !== null)) chosen[0] ??= 'whole';
            if (headers && chosen.slice(4, 6).some((choice) => choice !== null)) chosen[3] ??= 'whole';
            chosen.forEach((choice, index) => {
              const kind = kinds[index] as string;
              const name = DMS[kind] as string;
              if (choice === null) return;
              if (choice === 'whole') args.push(`${kind}=${join(DMS_DIR, name)}`);
              else if (typeof choice === 'string') args.push(`${kind}=${choice}`);
              else {
                writeFileSync(
                  join(dir, `near-${name}`),
                  damaged(readFileSync(join(DMS_DIR, name)), choice.at, choice.cut, choice.insert),
                );
                args.push(`${kind}=near-${name}`);
              }
            });
            const argv = [...words, ...args, ...jsonFiles, ...period, ...format, ...options.flat(), ...extra];
            const run = io();
            const code = await expectCleanExit(argv, run);
            // A file that cannot be read as a whole is named in the message.
            const paths = [...args, ...jsonFiles].map((arg) => arg.slice(arg.indexOf('=') + 1));
            for (const line of run
              .err()
              .split('\n')
              .filter((text) => text.startsWith('aftersales: [file.'))) {
              expect(
                paths.some((path) => line.includes(path)),
                `${argv.join(' ')}\n${line}`,
              ).toBe(true);
            }
            if (code === 2 || format[1] !== 'json' || extra[0] === '--out' || extra[1] === 'html') return;
            // Every input counted: read = accepted + rejected, one rejection per refused row (`parts
            // plan` lists its rejections without counts).
            const output = JSON.parse(run.out()) as {
              inputs?: Record<string, cli.InputCount>;
              rejections: cli.AuditRejection[];
            };
            expect(Array.isArray(output.rejections)).toBe(true);
            if (output.inputs === undefined) return;
            for (const [input, counted] of Object.entries(output.inputs)) {
              const rows = output.rejections.filter((r) => r.input === input).map((r) => r.row);
              const label = `${argv.join(' ')}: ${input}`;
              expect(counted.read, label).toBe(counted.accepted + counted.rejected);
              expect(rows.length, label).toBe(counted.rejected);
              expect(new Set(rows).size, label).toBe(rows.length);
            }
            for (const rejection of output.rejections) {
              expect(Object.keys(output.inputs), `${argv.join(' ')}: ${rejection.input}`).toContain(
                rejection.input,
              );
            }
          },
        ),
        { numRuns: runs(50) },
      );
    },
    LONG,
  );

  it(
    'demo: option and seed errors exit 2 before anything is generated',
    async () => {
      const badSeed = fc.constantFrom('-1', '1.5', 'abc', '1e400', '9007199254740993', '4294967296', 'NaN');
      const demoTokens = tokens.map((list) =>
        list.filter((arg) => !arg.startsWith('--seed') && arg !== '--help' && arg !== '-h'),
      );
      await fc.assert(
        fc.asyncProperty(demoTokens, badSeed, async (rest, seed) => {
          const code = await expectCleanExit(['demo', ...rest, `--seed=${seed}`], io());
          expect(code).toBe(2);
        }),
        { numRuns: runs(60) },
      );
    },
    LONG,
  );

  it(
    'serve: stops at once on an aborted signal; a port in use or a host it cannot bind exits 2',
    async () => {
      const serveToken = fc.oneof(
        fc.constantFrom('0', String(busyPort), '70000', 'x', '-1', '').map((port) => ['--port', port]),
        fc.constantFrom('127.0.0.1', '192.0.2.1', '').map((host) => ['--host', host]),
        fc.constantFrom('1', '0', 'big').map((limit) => ['--body-limit', limit]),
        fc.constantFrom(['--api-key', 'k1'], ['--colour', 'red'], ['--port'], ['--help']),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(serveToken, { maxLength: 3 }), async (groups) => {
          const run = io({ env: { AFTERSALES_PORT: '0' }, signal: AbortSignal.abort() });
          await expectCleanExit(['serve', ...groups.flat()], run);
        }),
        { numRuns: runs(30) },
      );
      const inUse = io({ env: {}, signal: AbortSignal.abort() });
      expect(await expectCleanExit(['serve', '--port', String(busyPort)], inUse)).toBe(2);
    },
    LONG,
  );

  it(
    'prints the usage and exits 2 without arguments; a non-array argv or a broken io is a coded error',
    async () => {
      const run = io();
      expect(await cli.runCli([], run)).toBe(2);
      expect(run.err()).toContain('Usage: aftersales <command>');
      const argvs = fc.oneof(
        anything,
        fc.array(fc.oneof(fc.string(), anything), { minLength: 1, maxLength: 3 }),
      );
      await fc.assert(
        fc.asyncProperty(argvs, async (argv) => {
          fc.pre(!(Array.isArray(argv) && argv.every((arg) => typeof arg === 'string')));
          const { error } = await settle(() => cli.runCli(argv as string[], io()), 'runCli');
          expect(error?.issues[0]?.path[0], 'argv named').toBe('argv');
        }),
        { numRuns: runs(100) },
      );
      const ios = fc.oneof(
        anything,
        fc
          .record({
            key: fc.constantFrom('stdout', 'stderr', 'cwd', 'env', 'isTTY', 'lang', 'signal'),
            value: oddValue,
          })
          .map(({ key, value }) => ({ ...io(), [key]: value })),
      );
      await fc.assert(
        fc.asyncProperty(ios, async (candidate) => {
          await settle(() => cli.runCli(['schema', 'dataset'], candidate as cli.CliIo), 'runCli io');
        }),
        { numRuns: runs(100) },
      );
    },
    LONG,
  );
});

// ---------------------------------------------------------------------------------------------
// The adversarial sweep (issue #9): a valid call of every export, then near misses of it.

const smallDataset = {
  ...fc.sample(frame, { numRuns: 1, seed: 3 })[0],
  repairOrders: SEEDS.repairOrders.slice(0, 2),
  complaints: SEEDS.complaints.slice(0, 1),
  appointments: SEEDS.appointments.slice(0, 1),
  surveys: SEEDS.surveys.slice(0, 1),
  warranty: {
    vehicles: SEEDS.vehicles.slice(0, 1),
    repairOrders: SEEDS.headers.slice(0, 1),
    claims: SEEDS.claims.slice(0, 2),
    laborTimes: SEEDS.laborTimes.slice(0, 1),
    partGroups: Object.fromEntries(SEEDS.partGroups.slice(0, 2)),
    partPrices: Object.fromEntries(SEEDS.partPrices.slice(0, 2)),
  },
  parts: {
    parts: SEEDS.parts.slice(0, 2),
    movements: SEEDS.movements.slice(0, 3),
    positions: SEEDS.positions.slice(0, 2),
  },
  vehicleCases: SEEDS.vehicleCases.slice(0, 1),
} as cli.DealerDataset;
const smallReport = cli.runAudit(smallDataset);
const quietIo = { stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: tmpdir(), env: {} };

const CLI_CALLS: ValidCalls = {
  generateDemoDealer: [[{ seed: 8, asOf: '2025-01-01' }]],
  inputJsonSchema: [['repairOrder'], ['warrantyPolicy']],
  renderHtmlReport: [[smallReport, { lang: 'zh', maxRows: 3 }]],
  runAudit: [[smallDataset]],
  runCli: [
    [['schema', 'repairOrder'], quietIo],
    [['--lang', 'zh', '--help'], quietIo],
  ],
};

describe('@aftersales/cli: every callable has valid calls to start the near misses from', () => {
  it('the swept names are exactly the callables cli exports (a new export fails here by name)', async () => {
    expectEveryEntryPointSwept(await import('@aftersales/cli'), CLI_CALLS);
  });
});

describe('@aftersales/cli with near misses of valid calls', () => {
  // A demo dealer takes about a second to generate and an audit a tenth: fewer runs for those.
  sweepEntryPoints(cli as unknown as Record<string, unknown>, CLI_CALLS, 30, {
    generateDemoDealer: 2,
    runAudit: 12,
    renderHtmlReport: 15,
  });
});
