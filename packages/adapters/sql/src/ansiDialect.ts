import type { PeriodGrain } from '@aftersales/core';
import type { DialectOps } from './dialect';

/**
 * The `ansi` dialect: SQL:2016 wherever the standard has the construct, for Trino, Spark SQL or
 * any other warehouse. The tests run it on DuckDB and PostgreSQL (compileKpis.ansi.test.ts), so
 * every construct here is one both accept; docs/adapter-sql.md lists the ones the standard lacks
 * (`EXTRACT(EPOCH …)`) and what each engine does differently from the standard.
 */

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

// Date ± interval is a TIMESTAMP in DuckDB and PostgreSQL (a DATE in the standard): cast back.
function shift(date: string, amount: number, unit: 'DAY' | 'MONTH'): string {
  return `CAST(${date} ${amount < 0 ? '-' : '+'} INTERVAL '${Math.abs(amount)}' ${unit} AS DATE)`;
}

// The standard has no series function (Trino's `sequence`, PostgreSQL's `generate_series`):
// periods are `lo + k × step` for k from a table of digits, enough for 273 years of days and
// beyond the data of any dealer for the other grains (k stays below the year 9999 limit).
const SERIES: Readonly<Record<PeriodGrain, { step: string; digits: number }>> = {
  day: { step: "INTERVAL '1' DAY", digits: 5 },
  week: { step: "INTERVAL '7' DAY", digits: 4 },
  month: { step: "INTERVAL '1' MONTH", digits: 4 },
  quarter: { step: "INTERVAL '3' MONTH", digits: 3 },
  year: { step: "INTERVAL '12' MONTH", digits: 3 },
};

/** `SELECT` of k = 0 … 10^digits − 1 as column `n`, from cross-joined `VALUES` digits. */
function counter(digits: number): string {
  const ten = '(VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9))';
  const names = Array.from({ length: digits }, (_, i) => `d${i}`);
  const sum = names.map((name, i) => (i === 0 ? `${name}.n` : `${name}.n * ${10 ** i}`)).join(' + ');
  return `SELECT ${sum} AS n FROM ${names.map((name) => `${ten} AS ${name}(n)`).join(' CROSS JOIN ')}`;
}

export const ansi: DialectOps = {
  name: 'ansi',
  types: {
    string: 'VARCHAR',
    decimal: 'DECIMAL(18,4)',
    instant: 'TIMESTAMP WITH TIME ZONE',
    double: 'DOUBLE PRECISION',
  },
  units: (column) => `CAST(${column} * 10000 AS DECIMAL(38,0))`,
  wide: (sql) => `CAST(${sql} AS DECIMAL(38,0))`,
  // n − MOD(n, d) is a multiple of d: any division rule gives the exact quotient (DuckDB divides
  // DECIMALs in DOUBLE, exact only below 2^53: see the guide).
  truncDiv: (n, d) => `((${n} - MOD(${n}, ${d})) / (${d}))`,
  mod: (n, d) => `MOD(${n}, ${d})`,
  localDate: (instant, zone) => `CAST(${instant} AT TIME ZONE ${quote(zone)} AS DATE)`,
  // EPOCH is no standard field, but DuckDB and PostgreSQL both have it (Trino: to_unixtime(t)).
  // The cast makes whole milliseconds of DuckDB's DOUBLE seconds.
  epochMs: (instant) => `CAST(EXTRACT(EPOCH FROM ${instant}) * 1000 AS DECIMAL(38,0))`,
  // The standard's `(b - a) DAY` is a syntax error in both engines; timestamp − timestamp without
  // the qualifier is an interval in both (and in Trino and Spark), whose DAY field is the days.
  daysBetween: (a, b) => `EXTRACT(DAY FROM (CAST(${b} AS TIMESTAMP) - CAST(${a} AS TIMESTAMP)))`,
  // No standard field is the ISO weekday: days since Monday 1970-01-05, modulo 7 (made ≥ 0), + 1.
  extract(part, date) {
    if (part !== 'ISODOW') return `EXTRACT(${part} FROM ${date})`;
    return `(MOD(MOD(${this.daysBetween("DATE '1970-01-05'", date)}, 7) + 7, 7) + 1)`;
  },
  // DATE_TRUNC is no standard function (and a TIMESTAMP WITH TIME ZONE in PostgreSQL): step back
  // by intervals instead.
  periodStart(date, grain) {
    if (grain === 'day') return date;
    if (grain === 'week')
      return `CAST(${date} - (${this.extract('ISODOW', date)} - 1) * INTERVAL '1' DAY AS DATE)`;
    const month = `CAST(${date} - (EXTRACT(DAY FROM ${date}) - 1) * INTERVAL '1' DAY AS DATE)`;
    if (grain === 'month') return month;
    const months = `(EXTRACT(MONTH FROM ${date}) - 1)`;
    const back = grain === 'quarter' ? `MOD(${months}, 3)` : months;
    return `CAST(${month} - ${back} * INTERVAL '1' MONTH AS DATE)`;
  },
  addDays: (date, days) => shift(date, days, 'DAY'),
  addMonths: (date, months) => shift(date, months, 'MONTH'),
  dateText: (date) => `CAST(${date} AS VARCHAR)`,
  periodSeries(lo, hi, grain) {
    const { step, digits } = SERIES[grain];
    const at = `CAST(${lo} + k.n * ${step} AS DATE)`;
    return `LATERAL (SELECT ${at} FROM (${counter(digits)}) AS k WHERE ${at} <= ${hi}) AS s(ps)`;
  },
  scaleDown: (sql, places) =>
    places === 0
      ? `CAST(${sql} AS DECIMAL(38,0))`
      : `(CAST(${sql} AS DECIMAL(38,0)) * CAST('0.${'0'.repeat(places - 1)}1' AS DECIMAL(${places + 1},${places})))`,
  materialized: '',
  ordered: (sql) => sql,
};
