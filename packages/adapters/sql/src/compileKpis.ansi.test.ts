import { createBusinessCalendar, divideExact, exactDecimal, formatExact } from '@aftersales/core';
import { type ComputeKpisOptions, computeKpisSync, kpiCatalog } from '@aftersales/kpi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKpis } from './compileKpis';
import { dialectOps } from './dialect';
import { halfEvenDiv } from './halfEven';
import { readKpiCells } from './readKpiCells';
import { catalogTestRecords } from './testing/kpiTestData';
import { duckdbWith, factRowsOf, loadStatements } from './testing/loadFacts';
import { type PostgresServer, postgresBinDir, startPostgres } from './testing/postgresServer';

/**
 * The `ansi` dialect end to end, unchanged on the embedded DuckDB and on a PostgreSQL server:
 * its DDL and INSERTs load the tables, and its query gives the in-memory engine's cells. PostgreSQL is skipped, with the reason printed, when its
 * binaries are missing (see compileKpis.postgres.test.ts; CI fails there instead).
 */

const records = catalogTestRecords();
const calendar = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  holidays: ['2024-02-12', '2024-02-13', '2024-05-01'],
  workingWeekends: ['2024-02-18'],
});
const days = { calendar, from: '2023-01-01', to: '2025-12-31' };
type Run = (sql: string) => Promise<Record<string, unknown>[]>;

/** The ANSI query's cells on an engine, and the engine's own. */
async function bothWays(run: Run, options: Omit<ComputeKpisOptions, 'kpis'>) {
  const compiled = compileKpis(kpiCatalog, { ...options, dialect: 'ansi' });
  const rows = compiled.sql === null ? [] : await run(compiled.sql);
  return {
    compiled,
    sql: readKpiCells(rows, compiled),
    engine: computeKpisSync(records, { ...options, kpis: kpiCatalog }),
  };
}

describe('the ANSI query on DuckDB', () => {
  let db: Awaited<ReturnType<typeof duckdbWith>>;
  beforeAll(async () => {
    db = await duckdbWith(loadStatements('ansi', factRowsOf(records), days));
  }, 120_000);
  afterAll(() => db?.close());

  it('gives every catalog KPI the engine’s cells by dealer × month in Asia/Shanghai', async () => {
    const { compiled, sql, engine } = await bothWays((q) => db.query(q), {
      groupBy: ['dealer', 'month'],
      timeZone: 'Asia/Shanghai',
    });
    expect(compiled.unsupported).toEqual([]);
    expect(new Set(sql.map((cell) => cell.kpi))).toEqual(new Set(kpiCatalog.map((kpi) => kpi.id)));
    expect(sql).toEqual(engine.cells);
  }, 60_000);

  it('gives the engine’s cells by technician × week, pay type × quarter, and within a period', async () => {
    for (const groupBy of [
      ['technician', 'week'],
      ['payType', 'quarter'],
    ] as const) {
      const { sql, engine } = await bothWays((q) => db.query(q), {
        groupBy: [...groupBy],
        timeZone: 'Asia/Shanghai',
      });
      expect(sql.length).toBeGreaterThan(0);
      expect(sql).toEqual(engine.cells);
    }
    const period = { from: '2024-02-01', to: '2024-05-20' };
    const inPeriod = await bothWays((q) => db.query(q), {
      groupBy: ['dealer', 'month'],
      timeZone: 'Asia/Shanghai',
      period,
      calendar,
    });
    expect(inPeriod.sql).toEqual(inPeriod.engine.cells);
  }, 60_000);
});

const binDir = postgresBinDir();
if (binDir === undefined)
  console.warn('adapter-sql: no PostgreSQL binaries: the ANSI query runs on DuckDB only');

if (binDir !== undefined)
  describe('the ANSI query on PostgreSQL', () => {
    let server: PostgresServer;
    const run: Run = async (q) => (await server.client.query(q)).rows;
    beforeAll(async () => {
      server = await startPostgres(binDir as string);
      for (const statement of loadStatements('ansi', factRowsOf(records), days)) {
        await server.client.query(statement);
      }
    }, 120_000);
    afterAll(async () => server?.stop());

    it('gives every catalog KPI the engine’s cells by dealer × month in Asia/Shanghai', async () => {
      const { sql, engine } = await bothWays(run, {
        groupBy: ['dealer', 'month'],
        timeZone: 'Asia/Shanghai',
      });
      expect(new Set(sql.map((cell) => cell.kpi))).toEqual(new Set(kpiCatalog.map((kpi) => kpi.id)));
      expect(sql).toEqual(engine.cells);
    }, 120_000);

    it('gives the engine’s cells by technician × week in Los Angeles (a zone with DST)', async () => {
      const { sql, engine } = await bothWays(run, {
        groupBy: ['technician', 'week'],
        timeZone: 'America/Los_Angeles',
      });
      expect(sql.length).toBeGreaterThan(0);
      expect(sql).toEqual(engine.cells);
    }, 120_000);

    it('rounds half-even exactly past 2^53, as core’s divideExact (NUMERIC division is exact)', async () => {
      const pairs = fc
        .sample(
          fc.tuple(
            fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
            fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
          ),
          { numRuns: 100, seed: 42 },
        )
        .filter(([, d]) => d !== 0n);
      const wide = (n: bigint) => `CAST('${n}' AS DECIMAL(38,0))`;
      const ops = dialectOps('ansi');
      const sql = pairs.map(([n, d], i) => `${halfEvenDiv(ops, wide(n), wide(d))} AS q${i}`).join(', ');
      const [row] = await run(`SELECT ${sql}`);
      pairs.forEach(([n, d], i) => {
        const expected = formatExact(divideExact(exactDecimal(n, 0), exactDecimal(d, 0), 0));
        // PostgreSQL keeps the division's scale (`3.0000…`): compare the integers.
        expect(String(BigInt(String(row?.[`q${i}`]).split('.')[0] as string))).toBe(expected);
      });
    });
  });
