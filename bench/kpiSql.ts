/**
 * The adapter-sql figure of issue 7: the whole KPI catalog over 10,000,000 repair orders in an
 * embedded DuckDB, load and query timed apart, beside the in-memory engine on the same ROs.
 *
 * 100,000 ROs come from the testkit generator (as in the catalog benchmark) and are read into fact
 * rows once (`createFactRowReader`); DuckDB copies them 100 times, each copy with its own RO and
 * line ids (`RO-1-0000000#37`), into Parquet files — the warehouse's files. Timed: the load (INSERT
 * … SELECT FROM read_parquet into the fact tables of `factTableDdl`), then the compiled catalog
 * (dealer × month, Asia/Shanghai) with its rows read back and mapped by `readKpiCells`. The
 * baseline streams the same 10,000,000 ROs (the 100,000 with the same ids rewritten)
 * through `computeKpisSync`; both must give the same ro.count in every cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileKpis, factTableDdl, readKpiCells } from '@aftersales/adapter-sql';
import {
  computeKpisSync,
  createFactRowReader,
  type FactRow,
  type KpiDefinition,
  kpiCatalog,
  kpiSources,
} from '@aftersales/kpi';
import { repairOrderRecords } from '@aftersales/testkit';
import type { BenchRow } from './table';

// DuckDB is a dev dependency of adapter-sql (the package itself has none): resolve it from there.
interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }>;
  closeSync(): void;
}
interface DuckInstance {
  connect(): Promise<DuckConnection>;
  closeSync(): void;
}
async function openDuckDb(): Promise<DuckInstance> {
  const fromSql = createRequire(
    createRequire(import.meta.url).resolve('@aftersales/adapter-sql/package.json'),
  );
  const module = (await import(pathToFileURL(fromSql.resolve('@duckdb/node-api')).href)) as {
    DuckDBInstance: { create(path: string): Promise<DuckInstance> };
  };
  return module.DuckDBInstance.create(':memory:');
}

const DISTINCT = 100_000;
const COPIES = 100;
const OPTIONS = { groupBy: ['dealer', 'month'] as ('dealer' | 'month')[], timeZone: 'Asia/Shanghai' };
const TABLES = { repairOrder: 'repair_order', laborLine: 'labor_line', partLine: 'part_line' } as const;
// Per table, the columns made distinct in each copy: the RO and line ids. The dealers stay the
// generator's ten: with a thousand dealers (each copy its own) the in-memory engine's "as of"
// sets (distinct VINs per dealer and day, spread over 12–36 months) outgrow a 6 GB heap.
const RENAMED: Readonly<Record<keyof typeof TABLES, readonly string[]>> = {
  repairOrder: ['id'],
  laborLine: ['line_id', 'ro_id'],
  partLine: ['line_id', 'ro_id'],
};

// Phases as they finish, on stderr (the table goes to stdout).
const progress = (text: string) => process.stderr.write(`kpiSql: ${text}\n`);

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function csvCell(value: string | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

/** The fact rows of the ROs as one CSV file per table. */
function writeCsv(dir: string, records: readonly unknown[]): void {
  const read = createFactRowReader();
  const lines: Record<string, string[]> = { repairOrder: [], laborLine: [], partLine: [] };
  for (const record of records) {
    const result = read('repairOrders', record);
    if (!result.ok) throw new Error('a generated RO was rejected');
    for (const row of result.rows as FactRow[]) {
      const fields = Object.keys(kpiSources[row.source]?.fields ?? {});
      lines[row.source]?.push(fields.map((field) => csvCell(row.values[field] ?? null)).join(','));
    }
  }
  for (const source of Object.keys(TABLES)) {
    const header = Object.keys(kpiSources[source]?.fields ?? {})
      .map(snake)
      .join(',');
    writeFileSync(join(dir, `${source}.csv`), `${header}\n${(lines[source] ?? []).join('\n')}\n`);
  }
}

function* copiesOf(
  records: readonly Record<string, unknown>[],
  copies: number,
): Generator<Record<string, unknown>> {
  for (let copy = 0; copy < copies; copy += 1) {
    for (const ro of records) yield { ...ro, id: `${ro.id}#${copy}` };
  }
}

/** `copies` of the 100,000 ROs (100: 10,000,000); fewer for a quick run. */
export async function benchKpiSql(copies = COPIES): Promise<BenchRow[]> {
  const total = DISTINCT * copies;
  const ros = total.toLocaleString('en');
  const records: Record<string, unknown>[] = JSON.parse(
    JSON.stringify([...repairOrderRecords({ seed: 4, count: DISTINCT, dealers: 10 })]),
  );
  const dir = mkdtempSync(join(tmpdir(), 'aftersales-kpi-sql-'));
  const instance = await openDuckDb();
  const connection = await instance.connect();
  try {
    // The machine is shared: DuckDB spills to disk past 6 GB rather than take the memory.
    await connection.run(`SET memory_limit = '6GB'`);
    await connection.run(`SET temp_directory = '${join(dir, 'spill')}'`);
    await connection.run('SET preserve_insertion_order = false');
    // Preparation (not timed): the base rows, and 100 copies of them as Parquet files.
    writeCsv(dir, records);
    await connection.run('CREATE SCHEMA base');
    for (const statement of factTableDdl('duckdb', { schema: 'base' })) await connection.run(statement);
    for (const [source, table] of Object.entries(TABLES)) {
      await connection.run(
        `COPY base.${table} FROM '${join(dir, `${source}.csv`)}' (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false)`,
      );
      const renamed = RENAMED[source as keyof typeof TABLES]
        .map((column) => `"${column}" || '#' || CAST(k AS VARCHAR) AS "${column}"`)
        .join(', ');
      await connection.run(
        `COPY (SELECT * EXCLUDE (k) REPLACE (${renamed}) FROM base.${table}, range(${copies}) AS r(k)) TO '${join(dir, `${table}.parquet`)}' (FORMAT parquet)`,
      );
    }
    // Timed: the load of 10,000,000 ROs (and their lines) into the fact tables.
    for (const statement of factTableDdl('duckdb')) await connection.run(statement);
    let start = performance.now();
    for (const table of Object.values(TABLES)) {
      await connection.run(
        `INSERT INTO ${table} SELECT * FROM read_parquet('${join(dir, `${table}.parquet`)}')`,
      );
    }
    const load = performance.now() - start;
    progress(`load ${Math.round(load)} ms`);
    const count = (
      await connection.runAndReadAll('SELECT COUNT(*) AS n FROM repair_order')
    ).getRowObjectsJson();
    if (Number(count[0]?.n) !== total) throw new Error(`loaded ${String(count[0]?.n)} ROs`);
    // Timed: the whole compiled catalog, its rows read back and mapped to cells.
    const compiled = compileKpis(kpiCatalog, { ...OPTIONS, dialect: 'duckdb' });
    start = performance.now();
    const rows = (await connection.runAndReadAll(compiled.sql ?? '')).getRowObjectsJson();
    const cells = readKpiCells(rows as Record<string, unknown>[], compiled);
    const query = performance.now() - start;
    progress(`query ${Math.round(query)} ms`);
    // Where the query's time goes: the same catalog without the "as of" KPIs, whose rows are
    // repeated once per period of their trailing window (12–36 periods each).
    const plain = kpiCatalog.filter((kpi) => !hasWindow(kpi));
    const compiledPlain = compileKpis(plain, { ...OPTIONS, dialect: 'duckdb' });
    start = performance.now();
    await connection.runAndReadAll(compiledPlain.sql ?? '');
    const queryPlain = performance.now() - start;
    progress(`query without "as of" KPIs ${Math.round(queryPlain)} ms`);
    // Baseline: the in-memory engine over the same 10,000,000 ROs, streamed.
    start = performance.now();
    const report = computeKpisSync(
      { repairOrders: copiesOf(records, copies) },
      { ...OPTIONS, kpis: kpiCatalog },
    );
    const engine = performance.now() - start;
    progress(`engine ${Math.round(engine)} ms`);
    checkSameCounts(cells, report.cells);
    return [
      {
        figure: `KPI catalog via DuckDB, ${ros} ROs: load (ms)`,
        measured: load,
        target: '—',
        baseline: `in-memory engine, same data: ${Math.round(engine)} ms (load: ${ros} ROs and their lines from Parquet)`,
      },
      {
        figure: `KPI catalog via DuckDB, ${ros} ROs: query (ms)`,
        measured: query,
        target: '—',
        baseline: `in-memory engine, same data: ${Math.round(engine)} ms (${compiled.kpis.length} KPIs, dealer × month; the ${plain.length} KPIs without a trailing window alone: ${Math.round(queryPlain)} ms)`,
      },
    ];
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True for an "as of" KPI: one of its measures (or their distinct sets) counts over a trailing window. */
function hasWindow(kpi: KpiDefinition): boolean {
  return Object.values(kpi.measures).some((measure) => {
    const scoped = measure as {
      window?: unknown;
      intersect?: { window?: unknown };
      except?: { window?: unknown };
    };
    return (
      scoped.window !== undefined ||
      scoped.intersect?.window !== undefined ||
      scoped.except?.window !== undefined
    );
  });
}

/** Both ways must have counted the same ROs: ro.count equal in every dealer × month cell. */
function checkSameCounts(
  sql: readonly { kpi: string; group: object; period?: { label: string }; value: string | null }[],
  engine: readonly { kpi: string; group: object; period?: { label: string }; value: string | null }[],
): void {
  const key = (cell: (typeof sql)[number]) => `${JSON.stringify(cell.group)}|${cell.period?.label}`;
  const mine = new Map(sql.filter((cell) => cell.kpi === 'ro.count').map((cell) => [key(cell), cell.value]));
  const theirs = engine.filter((cell) => cell.kpi === 'ro.count');
  if (theirs.length !== mine.size)
    throw new Error(`ro.count cells: SQL ${mine.size}, engine ${theirs.length}`);
  for (const cell of theirs) {
    if (mine.get(key(cell)) !== cell.value) {
      throw new Error(
        `ro.count ${key(cell)}: SQL ${String(mine.get(key(cell)))} ≠ engine ${String(cell.value)}`,
      );
    }
  }
}
