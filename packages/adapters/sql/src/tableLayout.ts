import { AftersalesError } from '@aftersales/core';
import { type FactField, type KpiSource, kpiSources } from '@aftersales/kpi';
import { type DialectOps, dialectOps, type SqlDialect } from './dialect';
import { readDialect } from './options';

/** The table of the dealer calendar's days, read by `workingDays` measures when a calendar is given. */
export const CALENDAR_TABLE = 'calendar_day';

/** `laborLine` → `labor_line`, `oldPartDeadline` → `old_part_deadline`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The column of a field: snake_case, double-quoted so that names SQL reserves (`authorization`)
 * need no renaming. Lower-case quoted names equal the unquoted ones in DuckDB and PostgreSQL.
 */
export function columnName(field: string): string {
  return `"${snakeCase(field)}"`;
}

/** The table of a fact source. */
export function tableName(source: KpiSource, schema: string | undefined): string {
  return schema === undefined ? snakeCase(source.name) : `${schema}.${snakeCase(source.name)}`;
}

/** The column type of a field in a dialect. */
export function columnType(field: FactField, ops: DialectOps): string {
  switch (field.type) {
    case 'string':
      return ops.types.string;
    case 'boolean':
      return 'BOOLEAN';
    case 'number':
    case 'money':
      return ops.types.decimal;
    case 'instant':
      return ops.types.instant;
    case 'date':
      return 'DATE';
  }
}

/** Checks an optional schema name: a plain SQL identifier, so that it needs no quoting. */
export function readSchema(schema: unknown): string | undefined {
  if (schema === undefined) return undefined;
  if (typeof schema !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw AftersalesError.of('input.invalid_format', ['schema'], {
      format: 'a plain SQL identifier (letters, digits, _; at most 63)',
    });
  }
  return schema;
}

/** Options of {@link factTableDdl}. */
export interface FactTableDdlOptions {
  /** A schema to create the tables in (a plain identifier); default: the connection's. */
  readonly schema?: string;
}

/**
 * `CREATE TABLE` statements for the fact tables the compiled KPIs read: one table per KPI fact
 * source (`kpiSources`), its name and its columns' names in snake_case (`laborLine.roClosedAt` →
 * `labor_line.ro_closed_at`), plus the `calendar_day` table of working days. Types: strings
 * `VARCHAR` (`TEXT` in PostgreSQL), booleans `BOOLEAN`, numbers and money `DECIMAL(18,4)`
 * (`NUMERIC(18,4)`), instants `TIMESTAMPTZ` (`TIMESTAMP WITH TIME ZONE`), dates `DATE`. A field a
 * fact row must have is `NOT NULL`. See docs/adapter-sql.md for every column's meaning.
 *
 * @param dialect - `duckdb`, `postgres` or `ansi`
 * @param options - `schema`
 * @returns one statement per table, without a trailing semicolon
 * @throws AftersalesError `input.invalid_value` for an unknown dialect; `input.invalid_format` for a bad schema
 *
 * @example
 * for (const statement of factTableDdl('duckdb')) await connection.run(statement);
 */
export function factTableDdl(dialect: SqlDialect, options: FactTableDdlOptions = {}): string[] {
  const ops = dialectOps(readDialect(dialect));
  const schema = readSchema(options !== null && typeof options === 'object' ? options.schema : undefined);
  const statements = Object.values(kpiSources).map((source) => {
    const columns = Object.entries(source.fields).map(
      ([name, field]) =>
        `  ${columnName(name)} ${columnType(field, ops)}${field.required === true ? ' NOT NULL' : ''}`,
    );
    return `CREATE TABLE ${tableName(source, schema)} (\n${columns.join(',\n')}\n)`;
  });
  const calendar = schema === undefined ? CALENDAR_TABLE : `${schema}.${CALENDAR_TABLE}`;
  statements.push(
    `CREATE TABLE ${calendar} (\n  day DATE NOT NULL PRIMARY KEY,\n  is_working BOOLEAN NOT NULL\n)`,
  );
  return statements;
}
