import * as sql from '@aftersales/adapter-sql';
import { isAftersalesError } from '@aftersales/core';
import { catalogKpi, kpiCatalog } from '@aftersales/kpi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestedArrays, nestedJsonText, nestedObjects, runs } from './adapter-fuzz';

/**
 * "No input makes a public function throw an uncoded error", for @aftersales/adapter-sql: every
 * export is called with arbitrary arguments and with near-misses of the shapes it expects
 * (options with one field changed, rows with one value changed). A call either returns or throws
 * a coded AftersalesError; insertFactRowsSql never loses a row (written + rejected = rows in).
 */

type AnyFunction = (...args: unknown[]) => unknown;
type Json = Record<string, unknown>;

const oddValue = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0,
  1.5,
  0.12345,
  2 ** 53,
  10n,
  '',
  ' ',
  '12.5',
  '1.23456',
  '2024-13-01',
  '2024-02-30',
  '2024-03-01T09:00:00',
  "x'; DROP TABLE repair_order; --",
  '\u0000',
  '__proto__',
  'toString',
  true,
  null,
  undefined,
  [],
  {},
  Object.create(null),
);
const anything = fc.anything({ withBigInt: true, withNullPrototype: true, withDate: true });
const nearMiss = fc.oneof({ weight: 3, arbitrary: oddValue }, { weight: 1, arbitrary: anything });

function expectCodedOrReturns(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    expect(typeof error.code).toBe('string');
    return undefined;
  }
}

const functions = Object.entries(sql).filter(([, value]) => typeof value === 'function') as [
  string,
  AnyFunction,
][];

const OPTIONS: Json = { dialect: 'duckdb', groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' };
const ROW: Json = {
  source: 'technicianShift',
  values: { id: 'S1', dealerId: 'D', technicianId: 'T', shiftDate: '2024-02-29', attendedHours: '8' },
};
const CELL_ROW: Json = {
  kpi: 'ro.count',
  dealer: 'D',
  period_start: '2024-03-01',
  numerator: '3',
  denominator: null,
  value: '3',
  missing_measure: null,
};

describe('@aftersales/adapter-sql public API', () => {
  it('exports the functions this test covers', () => {
    expect(functions.map(([name]) => name).sort()).toEqual([
      'calendarDayRows',
      'calendarDaysSql',
      'compileKpis',
      'factTableDdl',
      'insertFactRowsSql',
      'readKpiCells',
    ]);
  });

  it('never throws an uncoded error, whatever the arguments', () => {
    fc.assert(
      fc.property(fc.constantFrom(...functions), fc.array(nearMiss, { maxLength: 3 }), ([, fn], args) => {
        expectCodedOrReturns(() => fn(...args));
      }),
      { numRuns: runs(400) },
    );
  });

  it('compileKpis: one option changed gives SQL or a coded error', () => {
    const kpis = [catalogKpi('ro.count'), catalogKpi('care.base'), catalogKpi('ro.dwell.p90')];
    fc.assert(
      fc.property(
        fc.constantFrom(
          'dialect',
          'groupBy',
          'timeZone',
          'period',
          'currency',
          'params',
          'calendar',
          'schema',
        ),
        nearMiss,
        (key, value) => {
          const compiled = expectCodedOrReturns(() =>
            sql.compileKpis(kpis, { ...OPTIONS, [key]: value } as never),
          );
          if (compiled !== undefined)
            expect(typeof (compiled as { sql: unknown }).sql).toMatch(/string|object/);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('insertFactRowsSql: every row is written or rejected with its index', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(ROW),
            fc
              .tuple(fc.constantFrom('id', 'dealerId', 'shiftDate', 'attendedHours', 'extra'), nearMiss)
              .map(([key, value]) => ({ ...ROW, values: { ...(ROW.values as Json), [key]: value } })),
            nearMiss,
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const result = sql.insertFactRowsSql(rows as never, { dialect: 'postgres', batchSize: 1 });
          // One statement per written row (batchSize 1, one table): written + rejected = rows in.
          expect(result.statements.length + result.rejected.length).toBe(rows.length);
          for (const rejection of result.rejected) {
            expect(rejection.issues.length).toBeGreaterThan(0);
            expect(rejection.row).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('readKpiCells: one column changed gives cells or a coded error naming the row', () => {
    const compiled = sql.compileKpis([catalogKpi('ro.count')], OPTIONS as never);
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(CELL_ROW), 'extra'), nearMiss, (key, value) => {
        expectCodedOrReturns(() => sql.readKpiCells([CELL_ROW, { ...CELL_ROW, [key]: value }], compiled));
      }),
      { numRuns: runs(300) },
    );
  });

  it('compiles the whole catalog for any grouping the engine accepts', () => {
    const keys = [
      'dealer',
      'advisor',
      'technician',
      'payType',
      'channel',
      'team',
      'day',
      'week',
      'month',
      'year',
    ];
    fc.assert(
      fc.property(fc.subarray(keys, { maxLength: 3 }), (groupBy) => {
        expectCodedOrReturns(() => sql.compileKpis(kpiCatalog, { ...OPTIONS, groupBy } as never));
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('@aftersales/adapter-sql under adversarial input (issue #9)', () => {
  // Nested 10,000 deep (past any recursive reader's stack), `__proto__` keys as JSON.parse makes
  // them, huge, out-of-range and very long values.
  const hostile = fc.constantFrom<unknown>(
    nestedArrays(10_000),
    nestedObjects(10_000),
    JSON.parse(nestedJsonText(1_000, '__proto__')),
    '1e400',
    '9'.repeat(400),
    '+275760-09-13',
    '2024-02-30',
    'x'.repeat(100_000),
  );

  it('insertFactRowsSql writes or rejects every row, naming it; a __proto__ key in values rejects it', () => {
    const row = fc.oneof(
      fc
        .tuple(fc.constantFrom('id', 'dealerId', 'shiftDate', 'attendedHours', 'extra'), hostile)
        .map(([key, value]) => ({ ...ROW, values: { ...(ROW.values as Json), [key]: value } })),
      fc.constant({
        ...ROW,
        values: JSON.parse(`{"__proto__":{"id":"x"},${JSON.stringify(ROW.values).slice(1)}`),
      }),
      hostile,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const result = sql.insertFactRowsSql(rows as never, { dialect: 'postgres', batchSize: 1 });
        expect(result.statements.length + result.rejected.length).toBe(rows.length);
        const rejected = new Set(result.rejected.map((rejection) => rejection.row));
        rows.forEach((candidate, index) => {
          const values = (candidate as { values?: object } | null)?.values;
          if (values !== undefined && Object.hasOwn(values, '__proto__'))
            expect(rejected.has(index)).toBe(true);
        });
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: runs(200) },
    );
  });

  it('compileKpis and readKpiCells answer hostile options and cells with SQL, cells or a coded error', () => {
    const compiled = sql.compileKpis([catalogKpi('ro.count')], OPTIONS as never);
    fc.assert(
      fc.property(
        fc.constantFrom('params', 'calendar', 'period', 'groupBy', 'timeZone'),
        fc.constantFrom(...Object.keys(CELL_ROW)),
        hostile,
        (option, column, value) => {
          expectCodedOrReturns(() =>
            sql.compileKpis([catalogKpi('ro.count')], { ...OPTIONS, [option]: value } as never),
          );
          expectCodedOrReturns(() => sql.readKpiCells([{ ...CELL_ROW, [column]: value }], compiled));
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
