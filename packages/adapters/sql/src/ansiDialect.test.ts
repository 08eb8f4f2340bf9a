import { createBusinessCalendar, type PeriodGrain } from '@aftersales/core';
import { createFactRowReader, kpiCatalog } from '@aftersales/kpi';
import { describe, expect, it } from 'vitest';
import { calendarDaysSql } from './calendarDays';
import { compileKpis } from './compileKpis';
import { dialectOps } from './dialect';
import { insertFactRowsSql } from './factInserts';
import { factTableDdl } from './tableLayout';

/**
 * The ANSI output names no function (or operator) of one engine only. Each entry says whose it
 * is; the standard equivalent the dialect writes instead is in ansiDialect.ts.
 */
const ENGINE_ONLY: readonly (readonly [string, string])[] = [
  ['timezone(', 'DuckDB'],
  ['epoch_ms(', 'DuckDB'],
  ['isodow', 'DuckDB function, PostgreSQL EXTRACT field'],
  ['strftime(', 'DuckDB'],
  ['make_date(', 'DuckDB, PostgreSQL'],
  ['generate_series(', 'DuckDB, PostgreSQL'],
  ['hugeint', 'DuckDB'],
  ['//', 'DuckDB integer division'],
  ['to_char(', 'PostgreSQL'],
  ['div(', 'PostgreSQL'],
  ['trunc(', 'DuckDB, PostgreSQL'],
  ['::', 'PostgreSQL cast'],
  ['collate', 'PostgreSQL "C" collation'],
  ['materialized', 'DuckDB, PostgreSQL CTE hint'],
  ['date_trunc(', 'not SQL:2016 (and a TIMESTAMP WITH TIME ZONE in PostgreSQL)'],
  ['date_diff(', 'Trino, DuckDB (not PostgreSQL)'],
  ['day_of_week(', 'Trino'],
  ['sequence(', 'Trino'],
];

function leaks(sql: string): string[] {
  const lower = sql.toLowerCase();
  return ENGINE_ONLY.filter(([name]) => lower.includes(name)).map(([name, whose]) => `${name} (${whose})`);
}

describe('the ansi dialect', () => {
  it('compiles the catalog for every grain, dimension and option without engine-only names', () => {
    const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai', holidays: ['2024-02-12'] });
    const grains: (PeriodGrain | undefined)[] = ['day', 'week', 'month', 'quarter', 'year', undefined];
    for (const grain of grains) {
      const compiled = compileKpis(kpiCatalog, {
        dialect: 'ansi',
        groupBy: grain === undefined ? ['dealer'] : ['technician', grain],
        timeZone: 'America/Los_Angeles',
        period: { from: '2024-02-01', to: '2024-05-20' },
        calendar,
      });
      expect(compiled.unsupported).toEqual([]);
      expect(leaks(compiled.sql ?? '')).toEqual([]);
    }
  });

  it('writes DDL, INSERTs and calendar days without engine-only names', () => {
    const read = createFactRowReader();
    const ro = read('repairOrders', {
      id: 'RO-1',
      dealerId: 'D',
      kind: 'repair',
      status: 'closed',
      openedAt: '2024-01-15T10:00:00+08:00',
      closedAt: '2024-01-16T10:00:00+08:00',
      jobs: [],
    });
    expect(ro.ok).toBe(true);
    const inserts = insertFactRowsSql(ro.ok ? ro.rows : [], { dialect: 'ansi' });
    const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai' });
    const days = calendarDaysSql(calendar, { from: '2024-01-01', to: '2024-01-31', dialect: 'ansi' });
    expect(inserts.statements.length).toBe(1);
    for (const statement of [...factTableDdl('ansi'), ...inserts.statements, ...days]) {
      expect(leaks(statement)).toEqual([]);
    }
  });

  it('keeps EXTRACT(EPOCH …), the one non-standard construct, for hours between instants', () => {
    // SQL:2016 has no field for an instant's seconds since 1970; see docs/adapter-sql.md.
    expect(dialectOps('ansi').epochMs('t.x')).toBe('CAST(EXTRACT(EPOCH FROM t.x) * 1000 AS DECIMAL(38,0))');
  });

  it('catches the DuckDB and PostgreSQL forms it replaced', () => {
    // The check itself: the other dialects' week start and date text are caught.
    expect(leaks(dialectOps('duckdb').periodStart('d', 'week'))).toEqual([
      'isodow (DuckDB function, PostgreSQL EXTRACT field)',
    ]);
    expect(leaks(dialectOps('postgres').dateText('d'))).toEqual(['to_char( (PostgreSQL)']);
  });
});
