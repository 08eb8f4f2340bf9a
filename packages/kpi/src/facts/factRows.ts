import { AftersalesError, type AftersalesIssue, dateOfDayNumber } from '@aftersales/core';
import type { ComebackReport } from '../comeback/detectComebacks';
import { readersFor } from '../engine/readers';
import { formatUnits } from './fixedPoint';
import type { KpiSource } from './kpiSources';
import type { FactValue } from './readField';

/**
 * A fact row's value in plain JSON: numbers and money as decimal strings (`'1280.5'`), instants
 * as UTC ISO text (`'2024-03-01T01:30:00.000Z'`), dates as `YYYY-MM-DD`; `null` for no value.
 */
export type FactRowValue = string | boolean | null;

/** One row of a fact source (`repairOrder`, `laborLine`, …), every field of the source by name. */
export interface FactRow {
  readonly source: string;
  readonly values: Readonly<Record<string, FactRowValue>>;
}

/** The rows one record gives, or why it is rejected (the same issues `computeKpis` reports). */
export type FactRowsResult =
  | { readonly ok: true; readonly rows: readonly FactRow[] }
  | { readonly ok: false; readonly issues: readonly AftersalesIssue[] };

/** Options of {@link createFactRowReader}. */
export interface FactRowReaderOptions {
  /** Comebacks found by `detectComebacks`: a detected comeback has `isComeback` true, as in a report. */
  readonly comebacks?: ComebackReport;
}

function plain(source: KpiSource, name: string, value: FactValue): FactRowValue {
  if (value === undefined) return null;
  if (typeof value !== 'number') return value;
  const type = source.fields[name]?.type;
  if (type === 'instant') return new Date(value).toISOString();
  if (type === 'date') return dateOfDayNumber(value) ?? null;
  return formatUnits(value);
}

/**
 * A reader turning input records into the fact rows the KPI engine counts, so that the very
 * same rows can be loaded into a database (adapter-sql's table layout: one table per source, one
 * column per field). A repair order gives a `repairOrder` row and one `laborLine` / `partLine`
 * row per line, with the derived facts (totals, main payer, `counted`, first follow-up) the
 * engine derives; other inputs give one row of their source. A record the engine would reject
 * gives its issues instead.
 *
 * @param options - `comebacks`, as given to `computeKpis`
 * @returns `read(input, record)` for inputs such as `'repairOrders'`, `'complaints'`, `'technicianShifts'`
 * @throws AftersalesError `input.invalid_type` for a bad `comebacks`; `read` throws
 *   `input.invalid_value` for an unknown input name (never for a bad record)
 *
 * @example
 * const read = createFactRowReader();
 * const result = read('repairOrders', ro);
 * if (result.ok) for (const { source, values } of result.rows) console.log(source, values.dealerId);
 */
export function createFactRowReader(
  options: FactRowReaderOptions = {},
): (input: string, record: unknown) => FactRowsResult {
  const comebacks =
    options !== null && typeof options === 'object' ? (options as FactRowReaderOptions).comebacks : undefined;
  const readers = readersFor(comebacks);
  return (input, record) => {
    const reader = typeof input === 'string' && readers.has(input) ? readers.get(input) : undefined;
    if (reader === undefined) {
      throw AftersalesError.of('input.invalid_value', ['input'], { allowed: [...readers.keys()] });
    }
    const issues = reader.read(record);
    if (issues.length > 0) return { ok: false, issues: [...issues] };
    const rows: FactRow[] = [];
    reader.sources.forEach((source, s) => {
      const names = Object.keys(source.fields);
      const list = reader.rows[s] as FactValue[][];
      for (let r = 0; r < (reader.counts[s] as number); r += 1) {
        const row = list[r] as FactValue[];
        const values: Record<string, FactRowValue> = {};
        names.forEach((name, index) => {
          values[name] = plain(source, name, row[index]);
        });
        rows.push({ source: source.name, values });
      }
    });
    return { ok: true, rows };
  };
}
