import { createBusinessCalendar } from '@aftersales/core';
import { type ComputeKpisOptions, computeKpisSync, kpiCatalog } from '@aftersales/kpi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKpis } from './compileKpis';
import { readKpiCells } from './readKpiCells';
import { catalogTestRecords } from './testing/kpiTestData';
import { factRowsOf, loadStatements } from './testing/loadFacts';
import { type PostgresServer, postgresBinDir, startPostgres } from './testing/postgresServer';

/**
 * The catalog compiled to PostgreSQL SQL gives the engine's cells, on a real server started for
 * the test (Debian's postgresql package). Without the binaries the suite is skipped with the
 * reason printed — except on CI (CI=true), which installs them: there it fails.
 */

const binDir = postgresBinDir();
const required = process.env.CI === 'true';
if (binDir === undefined && !required) {
  console.warn(
    'adapter-sql: PostgreSQL server binaries not found (apt-get install postgresql): skipping its tests',
  );
}

const records = catalogTestRecords();
const calendar = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  holidays: ['2024-02-12', '2024-02-13', '2024-05-01'],
  workingWeekends: ['2024-02-18'],
});

// No server and not on CI: nothing is registered (the reason is printed above), so nothing is skipped.
if (binDir === undefined && required) {
  describe('PostgreSQL on CI', () => {
    it('has the server binaries CI installs', () => {
      expect(binDir).toBeDefined();
    });
  });
}

if (binDir !== undefined)
  describe('compileKpis on PostgreSQL', () => {
    let server: PostgresServer;

    beforeAll(async () => {
      server = await startPostgres(binDir as string);
      for (const statement of loadStatements('postgres', factRowsOf(records), {
        calendar,
        from: '2023-01-01',
        to: '2025-12-31',
      })) {
        await server.client.query(statement);
      }
    }, 120_000);
    afterAll(async () => server?.stop());

    async function bothWays(options: Omit<ComputeKpisOptions, 'kpis'>) {
      const compiled = compileKpis(kpiCatalog, { ...options, dialect: 'postgres' });
      const rows = compiled.sql === null ? [] : (await server.client.query(compiled.sql)).rows;
      return {
        compiled,
        sql: readKpiCells(rows, compiled),
        engine: computeKpisSync(records, { ...options, kpis: kpiCatalog }),
      };
    }

    it('gives every catalog KPI the engine’s cells by dealer × month in Asia/Shanghai', async () => {
      const { compiled, sql, engine } = await bothWays({
        groupBy: ['dealer', 'month'],
        timeZone: 'Asia/Shanghai',
      });
      expect(compiled.unsupported).toEqual([]);
      expect(new Set(sql.map((cell) => cell.kpi))).toEqual(new Set(kpiCatalog.map((kpi) => kpi.id)));
      expect(sql).toEqual(engine.cells);
    }, 120_000);

    it('gives the engine’s cells by technician × week and by year alone', async () => {
      for (const groupBy of [['technician', 'week'], ['year']] as const) {
        const { sql, engine } = await bothWays({ groupBy: [...groupBy], timeZone: 'Asia/Shanghai' });
        expect(sql.length).toBeGreaterThan(0);
        expect(sql).toEqual(engine.cells);
      }
    }, 120_000);

    it('gives the engine’s cells within a period on the dealer calendar, and in another time zone', async () => {
      const period = { from: '2024-02-01', to: '2024-05-20' };
      const inPeriod = await bothWays({
        groupBy: ['dealer', 'month'],
        timeZone: 'Asia/Shanghai',
        period,
        calendar,
      });
      expect(inPeriod.sql).toEqual(inPeriod.engine.cells);
      const losAngeles = await bothWays({ groupBy: ['dealer', 'week'], timeZone: 'America/Los_Angeles' });
      expect(losAngeles.sql).toEqual(losAngeles.engine.cells);
    }, 120_000);
  });
