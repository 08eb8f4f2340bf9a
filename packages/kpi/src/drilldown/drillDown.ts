import {
  AftersalesError,
  type AftersalesIssue,
  createLocalDayReader,
  dateOfDayNumber,
  dayNumberOfDate,
  parseTimeZone,
  periodBucketOf,
  typeName,
} from '@aftersales/core';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { inputsOf, type KpiRecords, notIterable } from '../engine/computeKpis';
import type { ComputeKpisOptions } from '../engine/kpiAccumulator';
import { checkPeriod, dayOf } from '../engine/kpiOptions';
import type { KpiCell, KpiRejection } from '../engine/kpiReport';
import { createPlan, type Placement } from '../engine/plan';
import { readersFor } from '../engine/readers';
import { windowBounds } from '../engine/windows';
import { type FactReader, fieldIndexes } from '../facts/factReader';
import { formatUnits } from '../facts/fixedPoint';
import { isFieldOf, type KpiSource, kpiSources } from '../facts/kpiSources';
import type { FactValue } from '../facts/readField';

/** A row behind a KPI cell: its id (and its RO's, for a line), input row, and the KPI's drill fields. */
export interface DrillDownRow {
  readonly id: string | null;
  readonly parentId?: string | null;
  readonly input: string;
  readonly row: number;
  readonly values: Readonly<Record<string, string | boolean | null>>;
}

/** The rows each measure of a KPI counted in one cell. */
export interface DrillDown {
  readonly kpi: string;
  readonly group: KpiCell['group'];
  readonly period?: KpiCell['period'];
  readonly measures: Readonly<
    Record<string, { readonly source: string; readonly rows: readonly DrillDownRow[] }>
  >;
  readonly rejected: readonly KpiRejection[];
}

/** Options of {@link drillDown}: the report's options, the KPI, and the cell to open. */
export interface DrillDownOptions extends Omit<ComputeKpisOptions, 'kpis'> {
  readonly kpi: KpiDefinition;
  readonly cell: Pick<KpiCell, 'group' | 'period'>;
}

function show(source: KpiSource, name: string, value: FactValue): string | boolean | null {
  if (value === undefined) return null;
  if (typeof value !== 'number') return value;
  const type = source.fields[name]?.type;
  if (type === 'instant') return new Date(value).toISOString();
  if (type === 'date') return dateOfDayNumber(value) ?? null;
  return formatUnits(value);
}

/**
 * Lists the records behind one KPI cell: for each measure of the KPI (numerator and denominator
 * alike), the rows it counted, with their ids and the KPI's `drill` fields — for the comeback
 * rate, which ROs came back and the earlier RO each repeats. Pass the same options as the report
 * the cell came from.
 *
 * @throws AftersalesError as {@link computeKpis} does for bad options or definitions
 *
 * @example
 * const cell = report.cells.find((c) => c.kpi === 'ro.comeback' && c.period?.label === '2024-03');
 * const rows = await drillDown({ repairOrders }, { kpi: comebackRate, cell, groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', comebacks });
 * rows.measures.comebacks?.rows.map((r) => [r.id, r.values.previousRoId]);
 */
export async function drillDown(records: KpiRecords, options: DrillDownOptions): Promise<DrillDown> {
  if (options === null || typeof options !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'an object',
      received: typeName(options),
    });
  }
  const timeZone = parseTimeZone(options.timeZone, ['timeZone']);
  const localDay = createLocalDayReader(timeZone);
  const plan = createPlan({
    kpis: [options.kpi],
    groupBy: options.groupBy,
    timeZone,
    ...(options.params === undefined ? {} : { params: options.params }),
  });
  const cell = options.cell;
  if (
    cell === null ||
    typeof cell !== 'object' ||
    cell.group === null ||
    typeof cell.group !== 'object' ||
    (cell.period !== undefined && (cell.period === null || typeof cell.period !== 'object'))
  ) {
    throw AftersalesError.of('input.invalid_type', ['cell'], {
      expected: 'a KPI cell',
      received: typeName(cell),
    });
  }
  // The period is read as the report reads it, so a date the report refuses is refused here too.
  checkPeriod(options.period);
  const fromDay =
    options.period === undefined ? Number.NEGATIVE_INFINITY : dayOf(options.period.from, 'from');
  const toDay = options.period === undefined ? Number.POSITIVE_INFINITY : dayOf(options.period.to, 'to');
  if (fromDay > toDay) throw AftersalesError.of('time.invalid_range', ['period', 'to'], {});
  const wanted = plan.dimensions.map((dimension) => cell.group[dimension] ?? null);
  const target = cell.period === undefined ? undefined : dayNumberOfDate(cell.period.from);
  const targetBucket =
    target === undefined || plan.grain === undefined ? undefined : periodBucketOf(target, plan.grain);
  const currency = options.currency ?? 'CNY';
  const measures: Record<string, { source: string; rows: DrillDownRow[] }> = {};
  const rejected: KpiRejection[] = [];
  // Measures that count the same set share one (plan.ts, addSet: retention's `sold` and the set
  // of `retained` are one), and its update carries the first name only: list its rows under each.
  const setNames = new Map<number, string[]>();
  const nameSet = (slot: number | undefined, name: string) => {
    if (slot !== undefined) setNames.set(slot, [...(setNames.get(slot) ?? []), name]);
  };
  for (const [name, measure] of Object.entries(plan.kpis[0]?.measures ?? {})) {
    if (measure.kind !== 'distinct') continue;
    nameSet(measure.slot, name);
    nameSet(measure.intersect, `${name}.intersect`);
    nameSet(measure.except, `${name}.except`);
  }
  const readers = readersFor(options.comebacks);

  const inCell = (placement: Placement, row: readonly FactValue[]): boolean => {
    for (let i = 0; i < wanted.length; i += 1) {
      if ((row[placement.dimensionIndexes[i] as number] ?? null) !== wanted[i]) return false;
    }
    const at = row[placement.periodIndex];
    if (typeof at !== 'number') return false;
    const day = placement.periodIsDate ? at : localDay(at);
    // As in the report, a row of an "as of" measure dated before `period.from` still counts in
    // the trailing windows of the periods within it.
    if ((day < fromDay && placement.window === undefined) || day > toDay) return false;
    if (targetBucket === undefined) return true;
    if (placement.window === undefined) return day >= targetBucket.firstDay && day <= targetBucket.lastDay;
    const { lower, upper } = windowBounds(targetBucket, placement.window);
    return lower < day && day <= upper;
  };

  for (const [input, list] of inputsOf(records)) {
    const sources = Object.values(kpiSources).filter((source) => source.input === input);
    const used = sources.some((source) => plan.placements.has(source.name));
    if (!used) continue;
    const reader = readers.get(input) as FactReader;
    let rowNumber = 0;
    const visit = (record: unknown) => {
      const row = rowNumber++;
      const issues: readonly AftersalesIssue[] = reader.read(record);
      if (issues.length > 0) {
        rejected.push({ input, row, issues });
        return;
      }
      reader.sources.forEach((source, s) => {
        const currencyIndex =
          source.currency === undefined ? undefined : fieldIndexes(source)[source.currency];
        for (const placement of plan.placements.get(source.name) ?? []) {
          for (let r = 0; r < (reader.counts[s] as number); r += 1) {
            const factRow = (reader.rows[s] as FactValue[][])[r] as FactValue[];
            if (currencyIndex !== undefined && factRow[currencyIndex] !== currency) continue;
            if (!inCell(placement, factRow)) continue;
            for (const update of placement.updates) {
              if (update.where !== undefined && update.where(factRow) !== true) continue;
              if (update.of !== undefined && update.of(factRow) === undefined) continue;
              const names = (update.kind === 'set' && setNames.get(update.slot)) || [update.measure];
              for (const name of names) {
                let entry = measures[name];
                if (entry === undefined) {
                  entry = { source: source.name, rows: [] };
                  measures[name] = entry;
                }
                entry.rows.push(rowOf(source, factRow, input, row, options.kpi));
              }
            }
          }
        }
      });
    };
    if (typeof list === 'object' && list !== null && Symbol.asyncIterator in list) {
      for await (const record of list as AsyncIterable<unknown>) visit(record);
    } else if (typeof list === 'object' && list !== null && Symbol.iterator in list) {
      for (const record of list as Iterable<unknown>) visit(record);
    } else {
      notIterable(input);
    }
  }
  return {
    kpi: options.kpi.id,
    group: cell.group,
    ...(cell.period === undefined ? {} : { period: cell.period }),
    measures,
    rejected,
  };
}

function rowOf(
  source: KpiSource,
  row: readonly FactValue[],
  input: string,
  inputRow: number,
  kpi: KpiDefinition,
): DrillDownRow {
  const fields = fieldIndexes(source);
  const values: Record<string, string | boolean | null> = {};
  // The definition's own check (defineKpi) refuses a `drill` that lists anything else.
  for (const name of source.name === kpi.source && Array.isArray(kpi.drill) ? kpi.drill : []) {
    if (isFieldOf(source, name)) values[name] = show(source, name, row[fields[name] as number]);
  }
  const id = row[fields[source.rowId] as number];
  const parent = source.parentId === undefined ? undefined : row[fields[source.parentId] as number];
  return {
    id: typeof id === 'string' ? id : null,
    ...(source.parentId === undefined ? {} : { parentId: typeof parent === 'string' ? parent : null }),
    input,
    row: inputRow,
    values,
  };
}
