import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  dateOfDayNumber,
  dayNumberOfDate,
  epochMsOfInstant,
  fixedUnitsOf,
  formatFixedUnits,
} from '@aftersales/core';
import { type FactField, type KpiSource, kpiSources } from '@aftersales/kpi';
import { dialectOps, type SqlDialect, sqlString } from './dialect';
import { readDialect, requireObject } from './options';
import { columnName, readSchema, tableName } from './tableLayout';

/** A fact row to load: its source and its values by field name (as `createFactRowReader` gives them). */
export interface FactRowInput {
  readonly source: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Options of {@link insertFactRowsSql}. */
export interface InsertFactRowsOptions {
  readonly dialect: SqlDialect;
  readonly schema?: string;
  /** Rows per INSERT statement (default 500). */
  readonly batchSize?: number;
}

/** The INSERT statements, and every row that could not be written, with its index and issues. */
export interface InsertFactRowsResult {
  readonly statements: readonly string[];
  readonly rejected: readonly { readonly row: number; readonly issues: readonly AftersalesIssue[] }[];
}

/** A SQL literal of one value, or an issue: values are written anew from their parsed form. */
function literalOf(value: unknown, field: FactField, instant: string, path: (string | number)[]) {
  if (value === null || value === undefined) return 'NULL';
  switch (field.type) {
    case 'string':
      if (typeof value === 'string' && !value.includes('\u0000')) return sqlString(value);
      return createIssue('input.invalid_type', path, { expected: 'a string', received: typeof value });
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      return createIssue('input.invalid_type', path, { expected: 'a boolean', received: typeof value });
    case 'number':
    case 'money': {
      const units = typeof value === 'string' || typeof value === 'number' ? fixedUnitsOf(value) : undefined;
      if (units !== undefined) return formatFixedUnits(units);
      return createIssue('input.invalid_format', path, { format: 'a decimal (at most 4 places)' });
    }
    case 'instant': {
      const ms = typeof value === 'string' ? epochMsOfInstant(value) : undefined;
      if (ms !== undefined) return `CAST('${new Date(ms).toISOString()}' AS ${instant})`;
      return createIssue('input.invalid_format', path, { format: 'an ISO 8601 instant with an offset' });
    }
    case 'date': {
      const day = typeof value === 'string' ? dayNumberOfDate(value) : undefined;
      if (day !== undefined) return `DATE '${dateOfDayNumber(day) as string}'`;
      return createIssue('input.invalid_format', path, { format: 'a date YYYY-MM-DD' });
    }
  }
}

/**
 * `INSERT` statements loading fact rows into the tables of {@link factTableDdl}: rows grouped
 * by table, `batchSize` rows a statement, every value checked against its field's type and
 * written anew (strings quoted, decimals, instants in UTC, dates), so no text of a row reaches
 * the SQL unquoted. A row with an unknown source or field, or a value of the wrong type, is
 * rejected with its index and issues; the others are written. For millions of rows prefer your
 * database's bulk loader (COPY, an appender) over the same columns.
 *
 * @param rows - fact rows, e.g. from `createFactRowReader` of @aftersales/kpi
 * @param options - dialect, schema, batchSize
 * @returns the statements and the rejected rows
 * @throws AftersalesError `input.invalid_type` when `rows` is not an array; `input.invalid_value`
 *   for an unknown dialect; `input.invalid_format` for a bad schema; `input.too_small` for a bad batch size
 *
 * @example
 * const read = createFactRowReader();
 * const rows = repairOrders.flatMap((ro) => { const r = read('repairOrders', ro); return r.ok ? r.rows : []; });
 * for (const statement of insertFactRowsSql(rows, { dialect: 'postgres' }).statements) await client.query(statement);
 */
export function insertFactRowsSql(
  rows: readonly FactRowInput[],
  options: InsertFactRowsOptions,
): InsertFactRowsResult {
  const given = requireObject(options, ['options']);
  const ops = dialectOps(readDialect(given.dialect));
  const schema = readSchema(given.schema);
  const batchSize = given.batchSize ?? 500;
  if (!Number.isSafeInteger(batchSize) || (batchSize as number) < 1) {
    throw AftersalesError.of('input.too_small', ['batchSize'], { minimum: 1 });
  }
  if (!Array.isArray(rows)) {
    throw AftersalesError.of('input.invalid_type', ['rows'], { expected: 'an array', received: typeof rows });
  }
  const byTable = new Map<KpiSource, string[]>();
  const rejected: { row: number; issues: AftersalesIssue[] }[] = [];
  rows.forEach((row: unknown, index) => {
    const issues: AftersalesIssue[] = [];
    const { source: name, values } = (
      row !== null && typeof row === 'object' ? row : {}
    ) as Partial<FactRowInput>;
    const source = typeof name === 'string' && Object.hasOwn(kpiSources, name) ? kpiSources[name] : undefined;
    if (source === undefined)
      issues.push(
        createIssue('input.invalid_value', [index, 'source'], { allowed: Object.keys(kpiSources) }),
      );
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      issues.push(
        createIssue('input.invalid_type', [index, 'values'], {
          expected: 'an object',
          received: typeof values,
        }),
      );
    }
    if (source === undefined || issues.length > 0) {
      rejected.push({ row: index, issues });
      return;
    }
    const record = values as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(source.fields, key));
    if (unknown.length > 0)
      issues.push(createIssue('input.unrecognized_keys', [index, 'values'], { keys: unknown }));
    const literals = Object.entries(source.fields).map(([field, spec]) => {
      const value = Object.hasOwn(record, field) ? record[field] : undefined;
      const literal = literalOf(value, spec, ops.types.instant, [index, 'values', field]);
      if (typeof literal !== 'string') issues.push(literal);
      else if (literal === 'NULL' && spec.required === true)
        issues.push(createIssue('input.required', [index, 'values', field]));
      return typeof literal === 'string' ? literal : 'NULL';
    });
    if (issues.length > 0) {
      rejected.push({ row: index, issues });
      return;
    }
    const list = byTable.get(source) ?? [];
    list.push(`(${literals.join(', ')})`);
    byTable.set(source, list);
  });
  const statements: string[] = [];
  for (const [source, tuples] of byTable) {
    const columns = Object.keys(source.fields).map(columnName).join(', ');
    for (let start = 0; start < tuples.length; start += batchSize as number) {
      const batch = tuples.slice(start, start + (batchSize as number));
      statements.push(`INSERT INTO ${tableName(source, schema)} (${columns}) VALUES\n${batch.join(',\n')}`);
    }
  }
  return { statements, rejected };
}
