import { AftersalesError } from '@aftersales/core';
import { type ComputeKpisOptions, createKpiAccumulator } from './kpiAccumulator';
import type { KpiReport } from './kpiReport';

/** Records by input: each an array, any iterable, or an async iterable (a stream). */
export type KpiRecords = Readonly<Record<string, Iterable<unknown> | AsyncIterable<unknown> | undefined>>;

/** Records by input, all synchronous (for {@link computeKpisSync}). */
export type KpiRecordsSync = Readonly<Record<string, Iterable<unknown> | undefined>>;

/** The inputs of a records object, each with its list (inputs given as `undefined` left out). */
export function inputsOf(records: unknown): [string, unknown][] {
  if (records === null || typeof records !== 'object' || Array.isArray(records)) {
    throw AftersalesError.of('input.invalid_type', ['records'], {
      expected: 'an object of record lists by input (e.g. { repairOrders })',
      received: Array.isArray(records) ? 'array' : typeof records,
    });
  }
  return Object.entries(records).filter(([, list]) => list !== undefined);
}

/** Throws for an input whose list is not an array, an iterable or an async iterable. */
export function notIterable(input: string): never {
  throw AftersalesError.of('input.invalid_type', ['records', input], {
    expected: 'an array, an iterable or an async iterable',
    received: 'something else',
  });
}

/**
 * Computes KPIs over records, grouped by dimensions and a calendar grain, streaming: memory grows
 * with the number of groups, not of records. Each input may be an array, an iterable or an async
 * iterable (a file being read, a database cursor).
 *
 * Inputs: `repairOrders` (core RepairOrder), `appointments`, `complaints`, `surveys`,
 * `warrantyClaims`, `stockMovements`, `stockCounts`, `vehicles`, and the fact rows of
 * `kpiSources` that have no core record (`technicianShifts`, `workshopDays`, `ledgerMonths`, …).
 * Every record comes out counted or rejected with its row and issues; none is dropped silently.
 *
 * @param records - record lists by input
 * @param options - KPIs, grouping, time zone, calendar, period, currency, parameters, comebacks
 * @returns the report: cells, skipped KPIs, counts per input and rejections
 * @throws AftersalesError for bad options or KPI definitions (never for a bad record)
 *
 * @example
 * const report = await computeKpis(
 *   { repairOrders },
 *   { kpis: kpiCatalog, groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' },
 * );
 * report.cells.find((cell) => cell.kpi === 'ro.count')?.value; // e.g. '612'
 */
export async function computeKpis(records: KpiRecords, options: ComputeKpisOptions): Promise<KpiReport> {
  const accumulator = createKpiAccumulator(options);
  for (const [input, list] of inputsOf(records)) {
    if (list !== null && typeof list === 'object' && Symbol.asyncIterator in list) {
      for await (const record of list as AsyncIterable<unknown>) accumulator.add(input, record);
    } else if (list !== null && typeof list === 'object' && Symbol.iterator in list) {
      for (const record of list as Iterable<unknown>) accumulator.add(input, record);
    } else {
      notIterable(input);
    }
  }
  return accumulator.result();
}

/**
 * {@link computeKpis} for records already in memory (arrays or iterables), without a Promise.
 *
 * @example
 * const report = computeKpisSync({ repairOrders }, { kpis: [laborElr], groupBy: ['payType'], timeZone: 'Asia/Shanghai' });
 */
export function computeKpisSync(records: KpiRecordsSync, options: ComputeKpisOptions): KpiReport {
  const accumulator = createKpiAccumulator(options);
  for (const [input, list] of inputsOf(records)) {
    if (list === null || typeof list !== 'object' || !(Symbol.iterator in list)) notIterable(input);
    for (const record of list as Iterable<unknown>) accumulator.add(input, record);
  }
  return accumulator.result();
}
