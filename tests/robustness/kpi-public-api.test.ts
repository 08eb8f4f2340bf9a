import * as core from '@aftersales/core';
import * as kpi from '@aftersales/kpi';
import { repairOrderRecords } from '@aftersales/testkit';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { adversarialValue, nearMissOf, printable } from './adversarialInput';
import { kpiHolders, kpiRepairOrders, kpiValidCalls } from './kpiValidCalls';
import {
  checkedCall,
  expectCodedIssues,
  expectEveryEntryPointSwept,
  methodsOf,
  runs,
  shownArgs,
  sweepEntryPoints,
  sweepMethods,
  TEST_TIMEOUT,
} from './publicEntryPoints';

// Hang detection, not speed: the properties here take a second or two, several on a loaded CI
// machine; vitest's 5 s default would fail them there without anything hanging.
vi.setConfig({ testTimeout: TEST_TIMEOUT });

/**
 * "No input makes a public function throw an uncoded error", for @aftersales/kpi: every exported
 * function (and every method of an accumulator) is called with arbitrary arguments and near-misses
 * of the shapes it expects. Then the KPI engine is fuzzed where it matters most:
 *
 * - records: none ever throws; a bad one is a rejection, and every record is counted once;
 * - options: anything at all, or a working set with one field off;
 * - KPI definitions: well-typed random expression trees, catalog KPIs with one field mutated, and
 *   JSON-ish junk; they are refused with `kpi.invalid_definition` or `input.*`, and one that
 *   `defineKpi` accepts computes over records without throwing.
 *
 * Then the adversarial half (issue #9): each callable starts from a valid call (kpiValidCalls.ts,
 * one row per export, checked complete) and gets near misses of it (adversarialInput.ts: huge
 * numbers, negative amounts, dates out of range, invalid VINs, unknown enum values, malformed
 * text, 5,000 levels of nesting, own `__proto__` keys): a value or a coded, bilingual error, no
 * prototype changed, no hang; and computeKpisSync and the accumulator count every such record.
 */

type AnyFunction = (...args: unknown[]) => unknown;
type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

const TIME_ZONE = 'Asia/Shanghai';
const CITE = 'manual:ro.comeback';

// ---------------------------------------------------------------------------------------------
// Near-miss values: right-looking text in the wrong form, numbers past what the engine holds, and
// the keys that break a careless `obj[key]`.

const nullPrototype = (): object => Object.create(null);
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    1.5,
    0.12345, // five decimals
    1e21,
    2 ** 53,
    2 ** 70,
    10n,
    '',
    ' ',
    '12.5',
    '1.23456', // five decimals
    '-0',
    '1e5',
    '99999999999999999999',
    '2024-03-01',
    '2024-02-30',
    '2024-03-01T09:30:00', // an instant without an offset
    '2024-03-01T09:30:00+08:00',
    '2024-03-01T25:00:00+08:00',
    'CNY',
    'USD',
    'Asia/Shanghai',
    'Nowhere/Zone',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'dealer',
    'month',
    true,
    false,
    null,
    undefined,
    [],
    {},
  ),
  fc.constant(null).map(nullPrototype),
);
const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
});
const nearMissValue = fc.oneof({ weight: 3, arbitrary: oddValue }, { weight: 1, arbitrary: anything });

// ---------------------------------------------------------------------------------------------
// Mutations: one change to a valid value, somewhere in its tree.

const DEEP = 20_000;
function deeplyNested(leaf: unknown, kind: number): unknown {
  let value = leaf;
  for (let i = 0; i < DEEP; i += 1) {
    value =
      kind === 0
        ? { op: 'not', arg: value }
        : kind === 1
          ? { op: 'add', args: [value, { const: 1 }] }
          : kind === 2
            ? [value]
            : { op: 'add', args: [value, 'm'] };
  }
  return value;
}

type Mutation =
  | { readonly kind: 'set'; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'proto'; readonly value: unknown }
  | { readonly kind: 'nest'; readonly nesting: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: nearMissValue.map((value) => ({ kind: 'set' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(nearMissValue, fc.constant({ field: 'id' }), fc.constant('m'))
      .map((value) => ({ kind: 'proto' as const, value })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 3 }).map((nesting) => ({ kind: 'nest' as const, nesting })),
  },
);

/** Every node of a JSON-ish tree, by path (the root first). */
function nodesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length < 16 && value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      nodesOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A copy of `base` with one mutation at its `pick`-th node (or at `at`). */
function mutate(base: unknown, pick: number, change: Mutation, at?: Path): unknown {
  const root = { value: cloneJson(base) } as Json;
  const nodes = nodesOf(root.value, ['value']);
  const path = at === undefined ? (nodes[pick % nodes.length] as Path) : ['value', ...at];
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key], root) as Json;
  const key = path[path.length - 1] as string | number;
  switch (change.kind) {
    case 'set':
      parent[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'proto': {
      const node = parent[key];
      const target = node !== null && typeof node === 'object' ? node : parent;
      Object.defineProperty(target, '__proto__', {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    }
    case 'nest':
      parent[key] = deeplyNested(parent[key], change.nesting);
      break;
  }
  return root.value;
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** A copy of `base` with one of its strings (a code, an id, a kind) replaced by a prototype key. */
function withPrototypeKey(base: unknown, pick: number, key: string): unknown {
  const strings = nodesOf(base).filter(
    (path) => typeof path.reduce<unknown>((node, at) => (node as Json)[at], base) === 'string',
  );
  if (strings.length === 0) return base;
  return mutate(base, 0, { kind: 'set', value: key }, strings[pick % strings.length]);
}

const mutationOf = (bases: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.constantFrom(...bases), fc.nat(), mutation)
    .map(([base, pick, change]) => mutate(base, pick, change));

// ---------------------------------------------------------------------------------------------
// Records: repair orders from the testkit, and for every other input a record with each field of
// its fact source filled in.

const repairOrders: readonly Json[] = [
  ...repairOrderRecords({ seed: 11, count: 40, dealers: 2, startDate: '2024-01-30' }),
] as unknown as Json[];

const SAMPLE: Readonly<Record<string, unknown>> = {
  number: '1.5',
  money: '120.50',
  boolean: true,
  instant: '2024-01-31T09:30:00+08:00',
  date: '2024-01-31',
};

function flatRecord(source: kpi.KpiSource, n: number): Json {
  const record: Json = {};
  for (const [name, field] of Object.entries(source.fields)) {
    const value =
      field.map !== undefined
        ? Object.keys(field.map)[n % Object.keys(field.map).length]
        : field.type === 'string'
          ? `${name}-${n % 2}`
          : SAMPLE[field.type];
    const keys = (field.path ?? name).split('.');
    let node = record;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Json;
    }
    node[keys[keys.length - 1] as string] = value;
  }
  return record;
}

const flatInputs = new Map<string, readonly Json[]>();
for (const source of Object.values(kpi.kpiSources)) {
  if (source.input === 'repairOrders' || flatInputs.has(source.input)) continue;
  flatInputs.set(
    source.input,
    [0, 1, 2].map((n) => flatRecord(source, n)),
  );
}
const inputNames = ['repairOrders', ...flatInputs.keys()];
// An RO without jobs too: its pay type then comes from its kind.
const repairOrderBases = [...repairOrders, { ...repairOrders[0], jobs: [] }];
const basesOf = (input: string): readonly Json[] =>
  input === 'repairOrders' ? repairOrderBases : (flatInputs.get(input) as readonly Json[]);

const recordOf = (input: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...basesOf(input)) },
    { weight: 6, arbitrary: mutationOf(basesOf(input)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...basesOf(input)), fc.nat(), fc.constantFrom(...PROTOTYPE_KEYS))
        .map(([base, pick, key]) => withPrototypeKey(base, pick, key)),
    },
    { weight: 1, arbitrary: nearMissValue },
  );

/** A few inputs, each a list of near-miss records. */
const recordsArb: fc.Arbitrary<Record<string, unknown[]>> = fc
  .uniqueArray(fc.constantFrom(...inputNames), { minLength: 1, maxLength: 4 })
  .chain((inputs) =>
    fc.record(
      Object.fromEntries(inputs.map((input) => [input, fc.array(recordOf(input), { maxLength: 6 })])),
    ),
  );

/** Every input with its valid records: what KPI definitions are evaluated against. */
const allRecords: Record<string, readonly unknown[]> = {
  repairOrders: repairOrders.slice(0, 12),
  ...Object.fromEntries(flatInputs),
};

// ---------------------------------------------------------------------------------------------
// Checks.

function describeArgs(args: readonly unknown[]): string {
  return args
    .map((arg) => {
      try {
        return JSON.stringify(arg)?.slice(0, 200) ?? typeof arg;
      } catch {
        return typeof arg;
      }
    })
    .join(', ');
}

function expectCoded(error: unknown, label: string, codes?: readonly string[]): void {
  if (!core.isAftersalesError(error)) {
    throw new Error(`${label} threw ${String(error)}`, { cause: error });
  }
  if (codes !== undefined && !codes.some((code) => error.code.startsWith(code))) {
    throw new Error(`${label} threw ${error.code} (${error.message}), expected ${codes.join(' or ')}`);
  }
}

const isClass = (value: unknown): boolean =>
  typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));

const functions = Object.entries(kpi).filter(
  ([, value]) => typeof value === 'function' && !isClass(value),
) as [string, AnyFunction][];

// ---------------------------------------------------------------------------------------------
// Arguments for the exported functions: anything, or near-misses of what they take.

const someKpis = ['ro.count', 'labor.elr', 'ro.comeback', 'care.retention', 'ro.intake.daily'].map((id) =>
  kpi.catalogKpi(id),
);
const goodOptions: kpi.ComputeKpisOptions = {
  kpis: someKpis,
  groupBy: ['dealer', 'month'],
  timeZone: TIME_ZONE,
};
const goodRecords = { repairOrders: repairOrders.slice(0, 5) };
const profile = kpi.defaultTargetProfile(kpi.kpiCatalog);
const report = kpi.computeKpisSync(goodRecords, goodOptions);
const scorecard = kpi.scoreKpis(report, { kpis: someKpis, targets: profile });
const comebacks = kpi.detectComebacks(repairOrders, { timeZone: TIME_ZONE });
const registry = core.createAftersales({ timeZone: TIME_ZONE, plugins: [kpi.kpiCatalogPlugin] });
const cell = report.cells[0] as kpi.KpiCell;
const drillOptions = { kpi: someKpis[0], cell, groupBy: ['dealer', 'month'], timeZone: TIME_ZONE };

const argumentBases: readonly unknown[] = [
  goodOptions,
  goodRecords,
  { ...goodOptions, comebacks, period: { from: '2024-01-01', to: '2024-03-31' } },
  drillOptions,
  profile,
  report,
  scorecard,
  comebacks,
  someKpis[1],
  { targets: profile, kpis: someKpis },
  { atLeast: '95', cite: CITE },
];
const argument = fc.oneof(
  { weight: 2, arbitrary: anything },
  { weight: 2, arbitrary: nearMissValue },
  { weight: 1, arbitrary: fc.constantFrom(...argumentBases, registry, '95', 'ro.count', 'repairOrders') },
  { weight: 3, arbitrary: mutationOf(argumentBases) },
);
const argumentLists = fc.array(argument, { maxLength: 4 });

async function expectOnlyCodedErrors(name: string, fn: AnyFunction, self?: unknown, numRuns = 300) {
  await fc.assert(
    fc.asyncProperty(argumentLists, async (args) => {
      try {
        const result = fn.apply(self, args);
        if (result instanceof Promise) await result;
      } catch (error) {
        expectCoded(error, `${name}(${describeArgs(args)})`);
      }
    }),
    { numRuns },
  );
}

describe('every exported function of @aftersales/kpi', () => {
  it('exports a healthy number of functions (the list below is not empty by accident)', () => {
    expect(functions.length).toBeGreaterThan(40);
  });

  it.each(functions)(
    '%s throws (or rejects with) nothing but AftersalesError on arbitrary input',
    async (name, fn) => {
      await expectOnlyCodedErrors(name, fn, undefined, 150);
    },
  );

  it.each(['add', 'merge', 'result'])('accumulator.%s throws nothing but AftersalesError', async (method) => {
    const accumulator = kpi.createKpiAccumulator(goodOptions);
    const fn = (accumulator as unknown as Record<string, AnyFunction>)[method] as AnyFunction;
    await expectOnlyCodedErrors(`accumulator.${method}`, fn, accumulator, 300);
    expect(() => accumulator.result()).not.toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// Records: never an exception, every record counted once.

const groupings: readonly (readonly string[])[] = [
  ['dealer', 'month'],
  ['advisor', 'week'],
  ['technician', 'day'],
  ['payType', 'quarter'],
  ['dealer', 'team', 'year'],
  [],
];

describe('computeKpisSync over arbitrary records', () => {
  it('rejects a bad record (with a path) and never throws; read = accepted + rejected = records given', () => {
    fc.assert(
      fc.property(
        recordsArb,
        fc.constantFrom(...groupings),
        fc.constantFrom<Json>(
          {},
          { compile: 'closures' },
          { comebacks },
          { period: { from: '2024-01-31', to: '2024-02-29' } },
        ),
        (records, groupBy, more) => {
          const result = kpi.computeKpisSync(records as kpi.KpiRecordsSync, {
            kpis: kpi.kpiCatalog,
            groupBy: groupBy as kpi.GroupKey[],
            timeZone: TIME_ZONE,
            ...more,
          });
          for (const [input, list] of Object.entries(records)) {
            const count = result.inputs[input] ?? { read: 0, accepted: 0, rejected: 0 };
            expect(count.read).toBe(list.length);
            expect(count.accepted + count.rejected).toBe(count.read);
            const rejections = result.rejected.filter((rejection) => rejection.input === input);
            expect(rejections).toHaveLength(count.rejected);
            for (const rejection of rejections) {
              expect(rejection.issues.length).toBeGreaterThan(0);
              for (const issue of rejection.issues) {
                expect(core.isErrorCode(issue.code)).toBe(true);
                expect(Array.isArray(issue.path)).toBe(true);
              }
            }
          }
          for (const { group } of result.cells) {
            for (const value of Object.values(group))
              expect(value === null || typeof value === 'string').toBe(true);
          }
          expect(() => JSON.stringify(result)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a prototype key in a record (a kind, a code) never becomes a group or a value', () => {
    const bases = (input: string) => basesOf(input).slice(-2);
    const records = fc.constantFrom(...inputNames.slice(1)).chain((other) =>
      fc.record(
        Object.fromEntries(
          ['repairOrders', other].map((input) => [
            input,
            fc.array(
              fc
                .tuple(fc.constantFrom(...bases(input)), fc.nat(), fc.constantFrom(...PROTOTYPE_KEYS))
                .map(([base, pick, key]) => withPrototypeKey(base, pick, key)),
              { minLength: 1, maxLength: 4 },
            ),
          ]),
        ),
      ),
    );
    fc.assert(
      fc.property(
        records,
        fc.constantFrom(['payType', 'month'], ['dealer', 'team'], ['advisor', 'technician']),
        (given, groupBy) => {
          const result = kpi.computeKpisSync(given, {
            kpis: kpi.kpiCatalog,
            groupBy: groupBy as readonly kpi.GroupKey[],
            timeZone: TIME_ZONE,
          });
          for (const { group } of result.cells) {
            for (const value of Object.values(group))
              expect(value === null || typeof value === 'string').toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the same through an accumulator, record by record, with arbitrary row numbers', () => {
    fc.assert(
      fc.property(recordsArb, fc.option(fc.nat(), { nil: undefined }), (records, row) => {
        const accumulator = kpi.createKpiAccumulator({ ...goodOptions, kpis: kpi.kpiCatalog });
        for (const [input, list] of Object.entries(records)) {
          for (const record of list) accumulator.add(input, record, row);
        }
        const result = accumulator.result();
        const given = Object.values(records).reduce((total, list) => total + list.length, 0);
        const read = Object.values(result.inputs).reduce((total, count) => total + count.read, 0);
        expect(read).toBe(given);
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Options: anything, or a working set with one field off.

const paramsArb = fc.oneof(
  anything,
  fc.dictionary(
    fc.constantFrom(
      'ro.settle.ontime',
      'care.followup.ontime',
      'parts.safety.stock',
      'net.coverage',
      '__proto__',
    ),
    fc.dictionary(
      fc.constantFrom('settleDays', 'minDays', 'maxDays', 'factor', 'distanceKm', 'months', '__proto__'),
      nearMissValue,
    ),
  ),
);
const calendar = core.createBusinessCalendar({ timeZone: TIME_ZONE });
const optionsArb = fc.record(
  {
    kpis: fc.oneof(
      fc.constant(kpi.kpiCatalog),
      fc.subarray([...kpi.kpiCatalog], { maxLength: 6 }),
      fc.array(mutationOf(someKpis), { maxLength: 2 }),
      nearMissValue,
    ),
    groupBy: fc.oneof(
      fc.constantFrom(...groupings),
      fc.array(
        fc.oneof(fc.constantFrom('dealer', 'month', 'week', 'team', 'advisor', 'day'), nearMissValue),
        {
          maxLength: 3,
        },
      ),
      nearMissValue,
    ),
    timeZone: fc.oneof(fc.constantFrom(TIME_ZONE, 'UTC', 'America/Los_Angeles'), nearMissValue),
    calendar: fc.oneof(fc.constant(calendar), mutationOf([calendar]), nearMissValue),
    period: fc.oneof(
      fc.record({
        from: fc.oneof(fc.constant('2024-01-01'), nearMissValue),
        to: fc.oneof(fc.constant('2024-03-31'), nearMissValue),
      }),
      nearMissValue,
    ),
    currency: fc.oneof(fc.constantFrom('CNY', 'USD'), nearMissValue),
    params: paramsArb,
    comebacks: fc.oneof(fc.constant(comebacks), mutationOf([comebacks]), nearMissValue),
    compile: fc.oneof(fc.constantFrom('generated', 'closures'), nearMissValue),
  },
  { requiredKeys: [] },
);

describe('computeKpisSync with arbitrary options', () => {
  const records = { repairOrders: repairOrders.slice(0, 10), ...Object.fromEntries(flatInputs) };

  it('throws nothing but AftersalesError', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        try {
          kpi.computeKpisSync(records, options as unknown as kpi.ComputeKpisOptions);
        } catch (error) {
          expectCoded(error, `computeKpisSync(records, ${describeArgs([options])})`);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('drillDown rejects with nothing but AftersalesError', async () => {
    await fc.assert(
      fc.asyncProperty(
        optionsArb,
        fc.oneof(fc.constant(cell), mutationOf([cell]), nearMissValue),
        async (options, at) => {
          const kpis = (options as { kpis?: unknown }).kpis;
          const one = Array.isArray(kpis) ? kpis[0] : kpis;
          try {
            await kpi.drillDown(records, {
              ...options,
              kpi: one,
              cell: at,
            } as unknown as kpi.DrillDownOptions);
          } catch (error) {
            expectCoded(error, `drillDown(records, ${describeArgs([options, at])})`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// KPI definitions: well-typed random expressions (mostly), then one mutation (often).

const OPS_ARITHMETIC = ['add', 'sub', 'mul', 'div'] as const;
const OPS_COMPARE = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
const DATE_PARTS = ['year', 'quarter', 'month', 'yearMonth', 'day', 'weekday'] as const;
const PARAMS = ['p0', 'p1'];

interface Exprs {
  numeric: unknown;
  boolean: unknown;
  string: unknown;
  instant: unknown;
  temporal: unknown;
  any: unknown;
}

/** Expression arbitraries over one fact source, by the type they give. */
function exprsOf(source: kpi.KpiSource): { [K in keyof Exprs]: fc.Arbitrary<unknown> } {
  const fieldsOf = (...types: string[]) =>
    Object.entries(source.fields)
      .filter(([, field]) => types.includes(field.type))
      .map(([name]) => ({ field: name }));
  const fieldOr = (fields: readonly Json[], fallback: fc.Arbitrary<unknown>) =>
    fields.length > 0 ? fc.oneof(fc.constantFrom(...fields), fallback) : fallback;
  // Instants and dates have no constants: a field, or (when the source has none) an ill-typed one.
  const fieldElse = (fields: readonly Json[], fallback: fc.Arbitrary<unknown>) =>
    fields.length > 0 ? fc.constantFrom(...fields) : fallback;
  const numberConst = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map((n) => ({ const: n })),
    fc.constantFrom('0', '1.5', '-0.25', '100', '0.0001').map((text) => ({ const: text, type: 'number' })),
    fc.constantFrom('0', '12.50').map((text) => ({ const: text, type: 'money' })),
    fc.constantFrom(...PARAMS).map((name) => ({ param: name })),
  );
  const stringConst = fc
    .constantFrom('CP', 'W', 'INS', 'maintenance', 'X-1', '')
    .map((text) => ({ const: text }));
  const depth = { depthSize: 'small' as const, maxDepth: 3 };
  const instants = fieldsOf('instant');
  // Instant-only nodes where the source has instants (flat sources mostly have dates).
  const ifInstants = <T>(...arbitraries: fc.Arbitrary<T>[]): fc.Arbitrary<T>[] =>
    instants.length > 0 ? arbitraries : [];
  return fc.letrec<{ [K in keyof Exprs]: unknown }>((tie) => ({
    numeric: fc.oneof(
      depth,
      fieldOr(fieldsOf('number', 'money'), numberConst),
      fc.record({ op: fc.constantFrom(...OPS_ARITHMETIC), args: fc.tuple(tie('numeric'), tie('numeric')) }),
      fc.record({ op: fc.constantFrom('abs', 'neg'), arg: tie('numeric') }),
      fc.record({
        op: fc.constant('if'),
        cond: tie('boolean'),
        whenTrue: tie('numeric'),
        whenFalse: tie('numeric'),
      }),
      fc.record({
        op: fc.constant('coalesce'),
        args: fc.array(tie('numeric'), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ op: fc.constant('datePart'), part: fc.constantFrom(...DATE_PARTS), arg: tie('temporal') }),
      fc.record({ op: fc.constant('daysBetween'), from: tie('temporal'), to: tie('temporal') }),
      ...ifInstants(fc.record({ op: fc.constant('hoursBetween'), from: tie('instant'), to: tie('instant') })),
    ),
    boolean: fc.oneof(
      depth,
      fieldOr(fieldsOf('boolean'), fc.constantFrom({ const: true }, { const: false })),
      fc.record({ op: fc.constantFrom(...OPS_COMPARE), args: fc.tuple(tie('numeric'), tie('numeric')) }),
      fc.record({ op: fc.constantFrom(...OPS_COMPARE), args: fc.tuple(tie('string'), tie('string')) }),
      ...ifInstants(
        fc.record({ op: fc.constantFrom(...OPS_COMPARE), args: fc.tuple(tie('instant'), tie('instant')) }),
      ),
      fc.record({
        op: fc.constant('in'),
        arg: tie('string'),
        values: fc.array(fc.constantFrom('CP', 'W', 'x'), { maxLength: 3 }),
      }),
      fc.record({
        op: fc.constant('in'),
        arg: tie('numeric'),
        values: fc.array(fc.constantFrom(0, 1, '2.5'), { maxLength: 3 }),
      }),
      fc.record({
        op: fc.constantFrom('and', 'or'),
        args: fc.array(tie('boolean'), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ op: fc.constant('not'), arg: tie('boolean') }),
      fc.record({ op: fc.constant('isSet'), arg: tie('any') }),
    ),
    string: fc.oneof(
      depth,
      fieldOr(fieldsOf('string'), stringConst),
      fc.record({
        op: fc.constant('coalesce'),
        args: fc.array(tie('string'), { minLength: 1, maxLength: 2 }),
      }),
      fc.record({
        op: fc.constant('if'),
        cond: tie('boolean'),
        whenTrue: tie('string'),
        whenFalse: tie('string'),
      }),
    ),
    instant: fc.oneof(
      depth,
      fieldElse(fieldsOf('instant'), fc.constant({ const: '2024-01-31T09:30:00+08:00' })),
      fc.record({
        op: fc.constant('coalesce'),
        args: fc.array(tie('instant'), { minLength: 1, maxLength: 2 }),
      }),
    ),
    temporal: fc.oneof(
      depth,
      fieldElse(fieldsOf('instant', 'date'), fc.constant({ const: '2024-01-31' })),
      ...ifInstants(tie('instant')),
    ),
    any: fc.oneof(depth, tie('string'), tie('numeric'), tie('boolean'), tie('temporal')),
  }));
}

const windowArb = fc.record(
  { months: fc.integer({ min: 1, max: 24 }), offsetMonths: fc.integer({ min: 0, max: 12 }) },
  { requiredKeys: ['months'] },
);

function measuresOf(exprs: { [K in keyof Exprs]: fc.Arbitrary<unknown> }): fc.Arbitrary<unknown> {
  const common: Record<string, fc.Arbitrary<unknown>> = { where: exprs.boolean, window: windowArb };
  const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(required: T, more = common) =>
    fc.record({ ...required, ...more }, { requiredKeys: Object.keys(required) as (keyof T & string)[] });
  const distinctSet = optional({ of: exprs.any });
  return fc.oneof(
    optional({ agg: fc.constant('count') }),
    optional({ agg: fc.constant('sum'), of: exprs.numeric }),
    optional(
      { agg: fc.constant('countDistinct'), of: exprs.any },
      { ...common, intersect: distinctSet, except: distinctSet },
    ),
    optional({
      agg: fc.constant('quantile'),
      of: exprs.numeric,
      q: fc.constantFrom(0.5, 0.9, 1),
      resolution: fc.constantFrom('1', '0.5', '10'),
    }),
    optional({ agg: fc.constant('last'), of: exprs.numeric }),
    fc.record({ agg: fc.constantFrom('workingDays', 'days') }),
  );
}

const formulaArb: fc.Arbitrary<unknown> = fc.letrec<{ formula: unknown }>((tie) => ({
  formula: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom('m0', 'm1'),
    fc.constantFrom('2', 1, '0.5').map((value) => ({ const: value })),
    fc.record({ op: fc.constantFrom('add', 'sub', 'mul'), args: fc.tuple(tie('formula'), tie('formula')) }),
  ),
})).formula;

const sources = Object.values(kpi.kpiSources);
const definitionArb: fc.Arbitrary<Json> = fc.constantFrom(...sources).chain((source) => {
  const exprs = exprsOf(source);
  const periodFields = Object.entries(source.fields)
    .filter(([, field]) => field.type === 'instant' || field.type === 'date')
    .map(([name]) => name);
  return fc.record(
    {
      id: fc.constant('fuzz.kpi'),
      name: fc.constant({ en: 'Fuzz', zh: '模糊' }),
      formula: fc.constant({ en: 'random', zh: '随机' }),
      area: fc.constant('service'),
      unit: fc.constantFrom('percent', 'count', 'money'),
      direction: fc.constant('higher'),
      cite: fc.constant(CITE),
      source: fc.constant(source.name),
      periodBy: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...periodFields) }, fc.constant('id')),
      where: exprs.boolean,
      measures: fc.record({ m0: measuresOf(exprs), m1: measuresOf(exprs) }),
      numerator: formulaArb,
      denominator: formulaArb,
      scale: fc.constantFrom(1, 100),
      precision: fc.integer({ min: 0, max: 4 }),
      params: fc.record({
        p0: fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: -5, max: 50 }) },
          fc.constantFrom(1.5, 'text'),
        ),
        p1: fc.constantFrom(2, 0.25),
      }),
      drill: fc.subarray(Object.keys(source.fields)),
    },
    {
      requiredKeys: [
        'id',
        'name',
        'formula',
        'area',
        'unit',
        'direction',
        'cite',
        'source',
        'periodBy',
        'measures',
        'numerator',
        'params',
      ],
    },
  );
});

// JSON-ish objects shaped roughly like a definition: every field arbitrary.
const roughDefinitionArb = fc.record(
  {
    id: fc.oneof(fc.constant('rough.kpi'), nearMissValue),
    name: fc.oneof(fc.constant({ en: 'R', zh: 'R' }), nearMissValue),
    formula: fc.oneof(fc.constant({ en: 'R', zh: 'R' }), nearMissValue),
    area: fc.oneof(fc.constant('parts'), nearMissValue),
    unit: fc.oneof(fc.constant('count'), nearMissValue),
    direction: fc.oneof(fc.constant('lower'), nearMissValue),
    cite: fc.oneof(fc.constant(CITE), nearMissValue),
    source: fc.oneof(fc.constantFrom(...sources.map((source) => source.name)), nearMissValue),
    periodBy: fc.oneof(fc.constantFrom('openedAt', 'closedAt', 'heldOn'), nearMissValue),
    where: nearMissValue,
    measures: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom('m0', '__proto__', 'constructor'), fc.string()), anything),
      nearMissValue,
    ),
    numerator: fc.oneof(fc.constantFrom('m0', '__proto__', 'toString'), nearMissValue),
    denominator: nearMissValue,
    scale: nearMissValue,
    precision: nearMissValue,
    params: nearMissValue,
    drill: nearMissValue,
    inMemoryOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

const anyDefinitionArb = fc.oneof(
  { weight: 3, arbitrary: definitionArb },
  {
    weight: 4,
    arbitrary: fc
      .tuple(definitionArb, fc.nat(), mutation)
      .map(([base, pick, change]) => mutate(base, pick, change)),
  },
  { weight: 4, arbitrary: mutationOf(kpi.kpiCatalog) },
  { weight: 1, arbitrary: roughDefinitionArb },
  { weight: 1, arbitrary: nearMissValue },
);

const DEFINITION_CODES = ['kpi.invalid_definition', 'input.'];

describe('KPI definitions, random and near-miss', () => {
  it('defineKpi and computeKpisSync refuse them with kpi.invalid_definition or input.*; what defineKpi accepts computes', () => {
    fc.assert(
      fc.property(
        anyDefinitionArb,
        fc.constantFrom(['dealer', 'month'], ['month'], ['dealer']),
        (definition, groupBy) => {
          let accepted = false;
          try {
            kpi.defineKpi(definition as kpi.KpiDefinition);
            accepted = true;
          } catch (error) {
            expectCoded(error, `defineKpi(${describeArgs([definition])})`, DEFINITION_CODES);
          }
          try {
            kpi.computeKpisSync(allRecords, {
              kpis: [definition as kpi.KpiDefinition],
              groupBy: groupBy as readonly kpi.GroupKey[],
              timeZone: TIME_ZONE,
            });
          } catch (error) {
            const label = `computeKpisSync(records, { kpis: [${describeArgs([definition])}] })`;
            if (accepted) {
              const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
              throw new Error(`${label} threw for a KPI defineKpi accepted: ${shown}`, { cause: error });
            }
            expectCoded(error, label, DEFINITION_CODES);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('arithmetic past the largest double gives null, never an exception', () => {
    fc.assert(
      fc.property(
        // Six squarings take an odometer of 800,000,000 km past 1.8e308 (the tree doubles per step).
        fc.array(fc.constantFrom('add', 'sub', 'mul', 'div'), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('sum', 'quantile', 'last', 'countDistinct'),
        fc.constantFrom<unknown>(800_000_000, '858993459.1999', -858_993_459, '0.0001'),
        fc.constantFrom('generated', 'closures'),
        (ops, agg, odometer, compile) => {
          // Each step squares the expression, then adds, subtracts or divides it by itself.
          let of: unknown = { field: 'odometerInKm' };
          for (const op of ops) {
            of = { op: 'mul', args: [of, of] };
            if (op !== 'mul') of = { op, args: [of, of] };
          }
          const definition = kpi.defineKpi({
            id: 'fuzz.overflow',
            area: 'service',
            name: { en: 'Overflow', zh: '溢出' },
            formula: { en: 'x', zh: 'x' },
            source: 'repairOrder',
            periodBy: 'openedAt',
            measures: { m: { agg, of, q: 0.5, resolution: '1' } as kpi.Measure },
            numerator: 'm',
            unit: 'count',
            direction: 'higher',
            cite: CITE,
          });
          const records = {
            repairOrders: repairOrders.slice(0, 4).map((ro) => ({ ...ro, odometerInKm: odometer })),
          };
          const result = kpi.computeKpisSync(records, {
            kpis: [definition],
            groupBy: ['dealer', 'month'],
            timeZone: TIME_ZONE,
            compile: compile as 'generated',
          });
          expect(result.inputs.repairOrders?.accepted).toBe(4);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a well-typed random KPI is mostly accepted (the generator is not all junk)', () => {
    const samples = fc.sample(definitionArb, { numRuns: 200, seed: 42 });
    const accepted = samples.filter((definition) => {
      try {
        kpi.defineKpi(definition as unknown as kpi.KpiDefinition);
        return true;
      } catch {
        return false;
      }
    });
    expect(accepted.length).toBeGreaterThan(40);
  });
});

// ---------------------------------------------------------------------------------------------
// The adversarial half.

describe('@aftersales/kpi: every callable has valid calls to start the near misses from', () => {
  it('the swept names are exactly the callables kpi exports (a new export fails here by name)', async () => {
    expectEveryEntryPointSwept(await import('@aftersales/kpi'), kpiValidCalls);
  });

  it.each(Object.entries(kpiHolders))('every method of the %s kpi hands out is swept', (_name, holder) => {
    expect(Object.keys(holder.calls).sort()).toEqual(methodsOf(holder.self));
  });
});

describe('@aftersales/kpi with near misses of valid calls', () => {
  sweepEntryPoints(kpi as unknown as Record<string, unknown>, kpiValidCalls, 25);
  sweepMethods(kpiHolders, 25);
});

describe('computeKpisSync and the accumulator over adversarial repair orders', () => {
  // The KPIs that read repair orders (the others have no records here): every fact reader of an RO.
  const repairOrderKpis = kpi.kpiCatalog.filter((definition) => definition.source === 'repairOrder');
  const lists = fc
    .array(fc.oneof(nearMissOf(kpiRepairOrders), adversarialValue, fc.constantFrom(...kpiRepairOrders)), {
      maxLength: 6,
    })
    .map(printable);

  it(
    'count every record once: read = given = accepted + rejected, each rejection coded',
    async () => {
      await fc.assert(
        fc.asyncProperty(lists, async (list) => {
          const label = `computeKpisSync(${shownArgs([list])})`;
          const options = {
            kpis: repairOrderKpis,
            groupBy: ['dealer', 'month'] as const,
            timeZone: TIME_ZONE,
          };
          const { value, error } = await checkedCall(label, () =>
            kpi.computeKpisSync({ repairOrders: list }, options),
          );
          // A bad record is a rejection, never an exception for the whole batch.
          expect(error?.issues).toBeUndefined();
          const report = value as kpi.KpiReport;
          const count = report.inputs.repairOrders ?? { read: 0, accepted: 0, rejected: 0 };
          expect([count.read, count.accepted + count.rejected]).toEqual([list.length, list.length]);
          expect(report.rejected).toHaveLength(count.rejected);
          for (const rejection of report.rejected) expectCodedIssues(rejection.issues, label);
          const accumulator = kpi.createKpiAccumulator(options);
          for (const [row, record] of list.entries()) accumulator.add('repairOrders', record, row);
          expect(accumulator.result().inputs.repairOrders ?? { read: 0, accepted: 0, rejected: 0 }).toEqual(
            count,
          );
        }),
        { numRuns: runs(40) },
      );
    },
    TEST_TIMEOUT,
  );
});
