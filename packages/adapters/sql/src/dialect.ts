import type { PeriodGrain } from '@aftersales/core';
import { ansi } from './ansiDialect';
import { zoneTail } from './zoneTail';

/**
 * The SQL dialects the compiler writes: `duckdb` and `postgres`, each for its engine, and `ansi`,
 * standard SQL for other warehouses (ansiDialect.ts). The tests run all three: `duckdb` on DuckDB,
 * `postgres` on PostgreSQL, and `ansi` on both.
 */
export type SqlDialect = 'duckdb' | 'postgres' | 'ansi';

/** The dialects, in a stable order. */
export const sqlDialects: readonly SqlDialect[] = Object.freeze(['duckdb', 'postgres', 'ansi']);

/** What differs between dialects: types, time zones, integer division, date arithmetic. */
export interface DialectOps {
  readonly name: SqlDialect;
  readonly types: {
    readonly string: string;
    readonly decimal: string;
    readonly instant: string;
    readonly double: string;
  };
  /** A DECIMAL(18,4) column as whole ten-thousandths (the engine's fixed units), in a wide integer type. */
  units(column: string): string;
  /** A measure column widened so that products cannot overflow. */
  wide(sql: string): string;
  /** Integer division truncated toward zero, and its remainder (sign of the dividend). */
  truncDiv(n: string, d: string): string;
  mod(n: string, d: string): string;
  /** The dealer's local date of an instant. */
  localDate(instant: string, zone: string): string;
  /** Milliseconds since the epoch of an instant. */
  epochMs(instant: string): string;
  /** Whole days from date `a` to date `b`. */
  daysBetween(a: string, b: string): string;
  /** A part of a date: YEAR, QUARTER, MONTH, DAY, or ISO weekday (Monday 1). */
  extract(part: 'YEAR' | 'QUARTER' | 'MONTH' | 'DAY' | 'ISODOW', date: string): string;
  /** The first date of the period of `grain` holding `date`. */
  periodStart(date: string, grain: PeriodGrain): string;
  /** A date plus (or minus) whole days or months. */
  addDays(date: string, days: number): string;
  addMonths(date: string, months: number): string;
  /** `YYYY-MM-DD` text of a date. */
  dateText(date: string): string;
  /** `FROM`-clause item listing period starts `lo` … `hi` of a grain as column `ps` of alias `s`. */
  periodSeries(lo: string, hi: string, grain: PeriodGrain): string;
  /** An integer number of `10^-places` as an exact decimal. */
  scaleDown(sql: string, places: number): string;
  /** `MATERIALIZED ` where a CTE read several times should be computed once (DuckDB, PostgreSQL 12+). */
  readonly materialized: string;
  /** A string comparison in code-point order (the engine compares JavaScript strings). */
  ordered(sql: string): string;
}

const STEP: Readonly<Record<PeriodGrain, string>> = {
  day: "INTERVAL '1' DAY",
  week: "INTERVAL '7' DAY",
  month: "INTERVAL '1' MONTH",
  quarter: "INTERVAL '3' MONTH",
  year: "INTERVAL '12' MONTH",
};

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function interval(amount: number, unit: 'DAY' | 'MONTH'): [string, string] {
  return [amount < 0 ? '-' : '+', `INTERVAL '${Math.abs(amount)}' ${unit}`];
}

// make_date(y, m, 1) exists in DuckDB and PostgreSQL alike; quarters start at month 3q − 2.
function startByParts(
  ops: Pick<DialectOps, 'extract'>,
  date: string,
  grain: PeriodGrain,
  int: (s: string) => string,
) {
  const year = int(ops.extract('YEAR', date));
  if (grain === 'year') return `make_date(${year}, 1, 1)`;
  if (grain === 'quarter') return `make_date(${year}, ${int(ops.extract('QUARTER', date))} * 3 - 2, 1)`;
  return `make_date(${year}, ${int(ops.extract('MONTH', date))}, 1)`;
}

function scaleFactor(places: number): string {
  return `0.${'0'.repeat(places - 1)}1`;
}

const duckdb: DialectOps = {
  name: 'duckdb',
  types: { string: 'VARCHAR', decimal: 'DECIMAL(18,4)', instant: 'TIMESTAMPTZ', double: 'DOUBLE' },
  // Whole part and fraction apart: exact for every DECIMAL(18,4) (× 10⁴ at once overflows past
  // 10¹⁰), and in BIGINT, far faster than through DECIMAL(38,4) and HUGEINT.
  units: (column) =>
    `(CAST(TRUNC(${column}) AS BIGINT) * 10000 + CAST((${column} - TRUNC(${column})) * 10000 AS BIGINT))`,
  wide: (sql) => `CAST(${sql} AS HUGEINT)`,
  truncDiv: (n, d) => `((${n}) // (${d}))`,
  mod: (n, d) => `((${n}) % (${d}))`,
  // ICU's conversion per row dominated the scans: since the zone's offset last changed (its
  // stable tail, from Intl as in the engine), the local day is integer arithmetic on epoch ms.
  localDate(instant, zone) {
    const convert = `CAST(timezone(${quote(zone)}, ${instant}) AS DATE)`;
    const tail = zoneTail(zone);
    if (tail === null) return convert;
    const ms = `epoch_ms(${instant})`;
    const local = `CAST(DATE '1970-01-01' + CAST((${ms} + (${tail.offsetMs})) // 86400000 AS INTEGER) AS DATE)`;
    return `(CASE WHEN ${ms} >= ${tail.sinceMs} THEN ${local} ELSE ${convert} END)`;
  },
  epochMs: (instant) => `epoch_ms(${instant})`,
  daysBetween: (a, b) => `CAST(${b} - ${a} AS BIGINT)`,
  extract: (part, date) => (part === 'ISODOW' ? `isodow(${date})` : `EXTRACT(${part} FROM ${date})`),
  periodStart(date, grain) {
    if (grain === 'day') return date;
    if (grain === 'week') return `CAST(${date} - CAST(isodow(${date}) - 1 AS INTEGER) AS DATE)`;
    return startByParts(this, date, grain, (s) => `CAST(${s} AS INTEGER)`);
  },
  addDays: (date, days) => `CAST(${date} ${interval(days, 'DAY').join(' ')} AS DATE)`,
  addMonths: (date, months) => `CAST(${date} ${interval(months, 'MONTH').join(' ')} AS DATE)`,
  dateText: (date) => `strftime(${date}, '%Y-%m-%d')`,
  periodSeries: (lo, hi, grain) =>
    `LATERAL generate_series(CAST(${lo} AS TIMESTAMP), CAST(${hi} AS TIMESTAMP), ${STEP[grain]}) AS s(ps)`,
  scaleDown: (sql, places) =>
    places === 0
      ? `CAST(${sql} AS DECIMAL(38,0))`
      : `(CAST(${sql} AS DECIMAL(38,0)) * CAST('${scaleFactor(places)}' AS DECIMAL(${places + 1},${places})))`,
  materialized: 'MATERIALIZED ',
  ordered: (sql) => sql,
};

const postgres: DialectOps = {
  name: 'postgres',
  types: { string: 'TEXT', decimal: 'NUMERIC(18,4)', instant: 'TIMESTAMPTZ', double: 'DOUBLE PRECISION' },
  // NUMERIC is exact at any size: no widening needed.
  units: (column) => `TRUNC(${column} * 10000)`,
  wide: (sql) => `CAST(${sql} AS NUMERIC)`,
  truncDiv: (n, d) => `DIV(${n}, ${d})`,
  mod: (n, d) => `MOD(${n}, ${d})`,
  localDate: (instant, zone) => `CAST((${instant} AT TIME ZONE ${quote(zone)}) AS DATE)`,
  epochMs: (instant) => `TRUNC(EXTRACT(EPOCH FROM ${instant}) * 1000)`,
  daysBetween: (a, b) => `(${b} - ${a})`,
  extract: (part, date) => `EXTRACT(${part} FROM ${date})`,
  periodStart(date, grain) {
    if (grain === 'day') return date;
    if (grain === 'week') return `(${date} - CAST(EXTRACT(ISODOW FROM ${date}) - 1 AS INTEGER))`;
    return startByParts(this, date, grain, (s) => `CAST(${s} AS INTEGER)`);
  },
  addDays: (date, days) => `CAST(${date} ${interval(days, 'DAY').join(' ')} AS DATE)`,
  addMonths: (date, months) => `CAST(${date} ${interval(months, 'MONTH').join(' ')} AS DATE)`,
  dateText: (date) => `to_char(${date}, 'YYYY-MM-DD')`,
  periodSeries: (lo, hi, grain) =>
    `LATERAL generate_series(CAST(${lo} AS TIMESTAMP), CAST(${hi} AS TIMESTAMP), ${STEP[grain]}) AS s(ps)`,
  scaleDown: (sql, places) =>
    places === 0 ? `CAST(${sql} AS NUMERIC)` : `(CAST(${sql} AS NUMERIC) * ${scaleFactor(places)})`,
  materialized: 'MATERIALIZED ',
  // The database's collation may sort 'a' before 'B'; the engine compares code units.
  ordered: (sql) => `(${sql} COLLATE "C")`,
};

const OPS: Readonly<Record<SqlDialect, DialectOps>> = { duckdb, postgres, ansi };

/** The operations of a dialect. */
export function dialectOps(dialect: SqlDialect): DialectOps {
  return OPS[dialect];
}

/** A SQL string literal. */
export const sqlString = quote;
