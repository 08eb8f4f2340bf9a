import {
  AftersalesError,
  dayNumberOfDate,
  type ExactDecimal,
  formatExact,
  type LocalizedText,
  parseExact,
  periodBucketOf,
} from '@aftersales/core';
import type { CellPeriod, KpiCell } from '@aftersales/kpi';
import { dimensionColumn } from './assembleSql';
import type { CompiledKpi, CompiledKpis } from './compileKpis';
import { requireObject } from './options';
import type { MeasureKindCode } from './sqlPlan';

// The engine's reasons for a cell with no value (kpi's results stage), word for word.
const NO_DENOMINATOR: LocalizedText = {
  en: 'nothing to divide by: the denominator is 0',
  zh: '分母为 0，无数据',
};
const NO_PERIOD: LocalizedText = {
  en: 'counting days needs a calendar grain or a period',
  zh: '计算天数需要按日历周期分组或给定期间',
};
const REASONS: Readonly<Record<MeasureKindCode, LocalizedText>> = {
  quantile: { en: 'no values to take a percentile of', zh: '无可计算分位数的数据' },
  last: { en: 'no row to read a level from in this period', zh: '本期间没有可读取的记录' },
  days: NO_PERIOD,
  workingDays: NO_PERIOD,
  count: NO_DENOMINATOR,
  sum: NO_DENOMINATOR,
  distinct: NO_DENOMINATOR,
};

type Path = (string | number)[];

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A decimal column as an exact decimal: drivers give strings (pg), numbers, bigints or value objects (DuckDB). */
function decimalOf(value: unknown, path: Path): ExactDecimal | undefined {
  if (value === null || value === undefined) return undefined;
  let text: string | undefined;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'object' && typeof (value as { toString?: unknown }).toString === 'function') {
    const own = (value as { toString: () => unknown }).toString;
    if (own !== Object.prototype.toString) {
      try {
        const shown = own.call(value);
        text = typeof shown === 'string' ? shown : undefined;
      } catch {
        text = undefined;
      }
    }
  }
  const exact = text === undefined ? undefined : parseExact(text);
  if (exact === undefined) {
    throw AftersalesError.of('input.invalid_type', path, {
      expected: 'an exact decimal',
      received: typeName(value),
    });
  }
  return exact;
}

function textOf(value: unknown, path: Path): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    throw AftersalesError.of('input.invalid_type', path, {
      expected: 'a string or null',
      received: typeName(value),
    });
  }
  return value;
}

function checkCompiled(compiled: unknown): CompiledKpis {
  const value = requireObject(compiled, ['compiled']);
  if (!Array.isArray(value.kpis) || !Array.isArray(value.dimensions) || typeof value.currency !== 'string') {
    throw AftersalesError.of('input.invalid_type', ['compiled'], {
      expected: 'the result of compileKpis',
      received: typeName(compiled),
    });
  }
  return value as unknown as CompiledKpis;
}

/**
 * Turns the rows of a compiled query into the engine's cells: the same `KpiCell` shape as a
 * `computeKpis` report (exact decimal strings, `no_data` with the engine's reason, the period's
 * label and dates), in the report's order — KPIs as compiled, groups by dimension values then
 * period. Decimal columns may come as strings (node-postgres), numbers, bigints or DuckDB values.
 *
 * @param rows - the query's rows, as objects keyed by column name
 * @param compiled - what {@link compileKpis} returned for the query
 * @returns one cell per row
 * @throws AftersalesError `input.invalid_type` naming the row and column that is not what the query
 *   gives; `input.invalid_value` for a row of a KPI the query does not compute
 *
 * @example
 * const result = await client.query(compiled.sql ?? '');
 * const cells = readKpiCells(result.rows, compiled);
 */
export function readKpiCells(
  rows: readonly Readonly<Record<string, unknown>>[],
  compiled: CompiledKpis,
): KpiCell[] {
  const plan = checkCompiled(compiled);
  if (!Array.isArray(rows)) {
    throw AftersalesError.of('input.invalid_type', ['rows'], {
      expected: 'an array',
      received: typeName(rows),
    });
  }
  const order = new Map(plan.kpis.map((kpi, index) => [kpi.id, { kpi, index }]));
  const read = rows.map((row, index) => {
    const path: Path = ['rows', index];
    const value = requireObject(row, path);
    const found = typeof value.kpi === 'string' ? order.get(value.kpi) : undefined;
    if (found === undefined) {
      throw AftersalesError.of('input.invalid_value', [...path, 'kpi'], { allowed: [...order.keys()] });
    }
    const cell = cellOf(value, found.kpi, plan, path);
    return {
      cell,
      index: found.index,
      first: cell.period === undefined ? 0 : (dayNumberOfDate(cell.period.from) ?? 0),
    };
  });
  read.sort((a, b) => a.index - b.index || compareGroups(a.cell, b.cell, plan) || a.first - b.first);
  return read.map((entry) => entry.cell);
}

function compareGroups(a: KpiCell, b: KpiCell, plan: CompiledKpis): number {
  for (const dimension of plan.dimensions) {
    const x = a.group[dimension] ?? '';
    const y = b.group[dimension] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function periodOf(value: unknown, plan: CompiledKpis, path: Path): CellPeriod | undefined {
  if (plan.grain === undefined) return undefined;
  const start = textOf(value, path);
  const day = start === null ? undefined : dayNumberOfDate(start);
  if (day === undefined) {
    throw AftersalesError.of('input.invalid_type', path, {
      expected: 'a date YYYY-MM-DD',
      received: typeName(value),
    });
  }
  const bucket = periodBucketOf(day, plan.grain);
  return { grain: bucket.grain, label: bucket.label, from: bucket.from, to: bucket.to };
}

function cellOf(row: Record<string, unknown>, kpi: CompiledKpi, plan: CompiledKpis, path: Path): KpiCell {
  const group: Record<string, string | null> = {};
  for (const dimension of plan.dimensions) {
    const column = dimensionColumn(dimension);
    group[dimension] = textOf(row[column], [...path, column]);
  }
  const period = periodOf(row.period_start, plan, [...path, 'period_start']);
  const numerator = decimalOf(row.numerator, [...path, 'numerator']);
  const denominator = decimalOf(row.denominator, [...path, 'denominator']);
  const value = decimalOf(row.value, [...path, 'value']);
  const missing = textOf(row.missing_measure, [...path, 'missing_measure']);
  const base = {
    kpi: kpi.id,
    group,
    ...(period === undefined ? {} : { period }),
    unit: kpi.unit,
    ...(kpi.unit === 'money' || kpi.unit === 'money/hour' ? { currency: plan.currency } : {}),
  };
  const shown = {
    numerator: numerator === undefined ? null : formatExact(numerator),
    denominator: denominator === undefined ? null : formatExact(denominator),
  };
  if (value === undefined) {
    const kind = missing === null ? undefined : kpi.nullableMeasures[missing];
    const reason = kind !== undefined ? REASONS[kind] : (kpi.noData ?? NO_DENOMINATOR);
    return { ...base, status: 'no_data', value: null, ...shown, reason };
  }
  return { ...base, status: 'value', value: formatExact(value), ...shown };
}
