import type { BusinessCalendar } from '@aftersales/core';
import { createFactRowReader, type FactRow } from '@aftersales/kpi';
import { DuckDBInstance } from '@duckdb/node-api';
import { calendarDaysSql } from '../calendarDays';
import type { SqlDialect } from '../dialect';
import { insertFactRowsSql } from '../factInserts';
import { factTableDdl } from '../tableLayout';

/** The fact rows of records by input, as the engine reads them (rejected records give none). */
export function factRowsOf(records: Readonly<Record<string, readonly unknown[]>>): FactRow[] {
  const read = createFactRowReader();
  const rows: FactRow[] = [];
  for (const [input, list] of Object.entries(records)) {
    for (const record of list) {
      const result = read(input, record);
      if (result.ok) rows.push(...result.rows);
    }
  }
  return rows;
}

/** Every statement that creates the tables and loads the rows (and the calendar's days). */
export function loadStatements(
  dialect: SqlDialect,
  rows: readonly FactRow[],
  calendar?: { calendar: BusinessCalendar; from: string; to: string },
): string[] {
  const inserts = insertFactRowsSql(rows, { dialect, batchSize: 400 });
  if (inserts.rejected.length > 0) throw new Error(`rows rejected: ${JSON.stringify(inserts.rejected[0])}`);
  return [
    ...factTableDdl(dialect),
    ...inserts.statements,
    ...(calendar === undefined ? [] : calendarDaysSql(calendar.calendar, { ...calendar, dialect })),
  ];
}

/** An embedded DuckDB holding the rows; `query` gives rows as JSON-friendly objects (decimals as strings). */
export async function duckdbWith(statements: readonly string[]) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const statement of statements) await connection.run(statement);
  return {
    async query(sql: string): Promise<Record<string, unknown>[]> {
      return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    },
    close(): void {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
