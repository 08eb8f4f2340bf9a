import { createBusinessCalendar, divideExact, exactDecimal, formatExact } from '@aftersales/core';
import { type ComputeKpisOptions, catalogKpi, computeKpisSync, kpiCatalog } from '@aftersales/kpi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKpis } from './compileKpis';
import { dialectOps } from './dialect';
import { halfEvenDiv } from './halfEven';
import { readKpiCells } from './readKpiCells';
import { catalogTestRecords } from './testing/kpiTestData';
import { duckdbWith, factRowsOf, loadStatements } from './testing/loadFacts';

/**
 * The catalog compiled to DuckDB SQL gives the cells the in-memory engine gives, value for value,
 * over the same generated records loaded into an embedded DuckDB.
 */

const records = catalogTestRecords();
const calendar = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  holidays: ['2024-02-12', '2024-02-13', '2024-05-01'],
  workingWeekends: ['2024-02-18'],
});
let db: Awaited<ReturnType<typeof duckdbWith>>;

beforeAll(async () => {
  db = await duckdbWith(
    loadStatements('duckdb', factRowsOf(records), { calendar, from: '2023-01-01', to: '2025-12-31' }),
  );
}, 120_000);
afterAll(() => db?.close());

async function bothWays(options: Omit<ComputeKpisOptions, 'kpis'>) {
  const compiled = compileKpis(kpiCatalog, { ...options, dialect: 'duckdb' });
  const rows = compiled.sql === null ? [] : await db.query(compiled.sql);
  return {
    compiled,
    sql: readKpiCells(rows, compiled),
    engine: computeKpisSync(records, { ...options, kpis: kpiCatalog }),
  };
}

describe('compileKpis on DuckDB', () => {
  it('gives every catalog KPI the engine’s cells by dealer × month in Asia/Shanghai', async () => {
    const { compiled, sql, engine } = await bothWays({
      groupBy: ['dealer', 'month'],
      timeZone: 'Asia/Shanghai',
    });
    expect(compiled.unsupported).toEqual([]);
    expect(compiled.kpis.map((kpi) => kpi.id)).toEqual(kpiCatalog.map((kpi) => kpi.id));
    for (const kpi of kpiCatalog) {
      // Each KPI has real figures here, not only empty cells.
      expect(sql.filter((cell) => cell.kpi === kpi.id && cell.status === 'value').length).toBeGreaterThan(2);
    }
    expect(sql).toEqual(engine.cells);
  }, 60_000);

  it('gives the engine’s cells by technician × week, technician × day and advisor × month', async () => {
    for (const groupBy of [
      ['technician', 'week'],
      ['technician', 'day'],
      ['advisor', 'month'],
    ] as const) {
      const { sql, engine } = await bothWays({ groupBy: [...groupBy], timeZone: 'Asia/Shanghai' });
      expect(sql.length).toBeGreaterThan(0);
      expect(sql).toEqual(engine.cells);
    }
  }, 60_000);

  it('gives the engine’s cells by year alone, by pay type × quarter, and with no grouping', async () => {
    for (const groupBy of [['year'], ['payType', 'quarter'], []] as const) {
      const { sql, engine } = await bothWays({ groupBy: [...groupBy], timeZone: 'Asia/Shanghai' });
      expect(sql).toEqual(engine.cells);
    }
  }, 60_000);

  it('gives the engine’s cells within a period, counting working days on the dealer calendar', async () => {
    const period = { from: '2024-02-01', to: '2024-05-20' };
    for (const groupBy of [['dealer', 'month'], ['dealer']] as const) {
      const { sql, engine } = await bothWays({
        groupBy: [...groupBy],
        timeZone: 'Asia/Shanghai',
        period,
        calendar,
      });
      expect(sql).toEqual(engine.cells);
    }
    const { sql } = await bothWays({
      groupBy: ['dealer', 'month'],
      timeZone: 'Asia/Shanghai',
      period,
      calendar,
    });
    // February 2024 in China: 29 days, 8 weekend days, holidays 12 and 13 (a Monday and a
    // Tuesday), Sunday 18 a make-up working day: 29 − 8 − 2 + 1 = 20 working days.
    const february = sql.find((cell) => cell.kpi === 'ro.intake.daily' && cell.period?.label === '2024-02');
    expect(february?.denominator).toBe('20');
  }, 60_000);

  it('takes local dates by fixed offset after a zone’s last change, and through the zone before', async () => {
    // Shanghai was +09:00 in summer 1988 (DST) and until 1991-09-14T17:00Z; +08:00 since.
    // 1988-07-01T15:30Z is 07-02 00:30 at +09:00; 1991-09-14T16:30Z is 09-15 01:30 at +09:00;
    // 1991-09-14T17:30Z is 09-15 01:30 at +08:00; 2024-01-31T16:00Z is 02-01 00:00 at +08:00.
    const date = dialectOps('duckdb').localDate('t.instant', 'Asia/Shanghai');
    const instants = [
      '1988-07-01T15:30:00Z',
      '1991-09-14T16:30:00Z',
      '1991-09-14T17:30:00Z',
      '2024-01-31T16:00:00Z',
    ];
    const values = instants.map((at) => `(TIMESTAMPTZ '${at}')`).join(', ');
    const rows = await db.query(
      `SELECT strftime(${date}, '%Y-%m-%d') AS day FROM (VALUES ${values}) t(instant) ORDER BY t.instant`,
    );
    expect(rows.map((row) => row.day)).toEqual(['1988-07-02', '1991-09-15', '1991-09-15', '2024-02-01']);
  });

  it('places instants in the dealer’s time zone: 00:30 on the 1st in Shanghai is the new month', async () => {
    // Closed 2024-01-31T16:45Z is 2024-02-01 00:45 in Shanghai, 2024-01-31 08:45 in Los Angeles.
    const ro = (id: string, closedAt: string) => ({
      id,
      dealerId: 'D',
      kind: 'repair',
      status: 'closed',
      openedAt: '2024-01-15T10:00:00+08:00',
      closedAt,
      jobs: [],
    });
    const rows = factRowsOf({
      repairOrders: [ro('A', '2024-01-31T16:45:00Z'), ro('B', '2024-01-31T15:00:00Z')],
    });
    const small = await duckdbWith(loadStatements('duckdb', rows));
    try {
      for (const [timeZone, expected] of [
        ['Asia/Shanghai', { '2024-01': '1', '2024-02': '1' }],
        ['America/Los_Angeles', { '2024-01': '2' }],
      ] as const) {
        const compiled = compileKpis([catalogKpi('ro.count')], {
          dialect: 'duckdb',
          groupBy: ['month'],
          timeZone,
        });
        const cells = readKpiCells(await small.query(compiled.sql ?? ''), compiled);
        expect(Object.fromEntries(cells.map((cell) => [cell.period?.label, cell.value]))).toEqual(expected);
      }
    } finally {
      small.close();
    }
  });
});

describe('halfEvenDiv', () => {
  const ops = dialectOps('duckdb');
  it('rounds ties to the even integer, away from zero past half', async () => {
    // 5/2 = 2.5 → 2; 7/2 = 3.5 → 4; −5/2 → −2; 7/3 = 2.33 → 2; 5/−3 = −1.67 → −2.
    const [row] = await db.query(
      `SELECT ${[
        [5, 2],
        [7, 2],
        [-5, 2],
        [7, 3],
        [5, -3],
      ]
        .map(([n, d], i) => `${halfEvenDiv(ops, `CAST(${n} AS HUGEINT)`, String(d))} AS q${i}`)
        .join(', ')}`,
    );
    expect(row).toEqual({ q0: '2', q1: '4', q2: '-2', q3: '2', q4: '-2' });
  });

  it('agrees with core’s divideExact on any integers', async () => {
    const pairs = fc.sample(
      fc.tuple(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
      ),
      { numRuns: 200, seed: 42 },
    );
    const usable = pairs.filter(([, d]) => d !== 0n);
    const sql = usable
      .map(
        ([n, d], i) => `${halfEvenDiv(ops, `CAST('${n}' AS HUGEINT)`, `CAST('${d}' AS HUGEINT)`)} AS q${i}`,
      )
      .join(', ');
    const [row] = await db.query(`SELECT ${sql}`);
    usable.forEach(([n, d], i) => {
      expect(row?.[`q${i}`]).toBe(formatExact(divideExact(exactDecimal(n, 0), exactDecimal(d, 0), 0)));
    });
  });
});
