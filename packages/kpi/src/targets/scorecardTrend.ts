import {
  AftersalesError,
  dayNumberOfDate,
  type IssuePath,
  periodBucketOf,
  periodGrains,
  previousPeriodBucket,
} from '@aftersales/core';
import type { KpiDirection } from '../definition/kpiDefinition';
import type { KpiCell } from '../engine/kpiReport';
import { compareDecimals, isDecimalText, subtractDecimals } from './decimalText';

/**
 * Against the previous period of the same KPI and group: its value, the change (`value −
 * previous`, exact) and whether that is better. `direction` follows the KPI's: for `higher` a
 * rise is `improving`, for `lower` a fall; no change is `flat`; a KPI with direction `none` (a
 * band, or only watched) is `flat` or `unknown`, never better or worse; no value now or then
 * is `unknown`.
 *
 * @example
 * // ro.comeback: 2.4 % in February, 1.8 % in March (lower is better)
 * const trend: ScorecardTrend = { previous: '2.4', change: '-0.6', direction: 'improving' };
 */
export interface ScorecardTrend {
  readonly previous: string | null;
  readonly change: string | null;
  readonly direction: 'improving' | 'worsening' | 'flat' | 'unknown';
}

const UNKNOWN: ScorecardTrend = Object.freeze({ previous: null, change: null, direction: 'unknown' });

// A part of a key: a string as it is, null as null, anything else (bad input) by its type.
const part = (value: unknown): string | null =>
  typeof value === 'string' || value === null ? value : `(${typeof value})`;

const groupKey = (cell: KpiCell): string =>
  JSON.stringify(
    Object.entries(cell.group ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([dimension, value]): [string, string | null] => [dimension, part(value)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

// Cells by KPI, group and period (grain and label); a cell without a period by KPI and group.
const cellKey = (kpi: string, group: string, period: { grain: unknown; label: unknown } | undefined) =>
  JSON.stringify([kpi, group, period ? [part(period.grain), part(period.label)] : null]);

/**
 * The cells of a report by KPI, group and period (the first of any duplicates).
 *
 * @example
 * const byKey = indexCells(report.cells);
 */
export function indexCells(cells: readonly KpiCell[]): Map<string, KpiCell> {
  const byKey = new Map<string, KpiCell>();
  for (const cell of cells) {
    const key = cellKey(cell.kpi, groupKey(cell), cell.period);
    if (!byKey.has(key)) byKey.set(key, cell);
  }
  return byKey;
}

/**
 * The cell of the period before `cell`'s (same grain, matched by label), same KPI and group: from
 * `here` (the report itself) first, else from `earlier` (the `previous` report). A cell without
 * a period: the one of the same KPI and group without a period in `earlier`.
 *
 * @throws AftersalesError `input.invalid_value` for an unknown grain, `input.invalid_format` for a bad `from`
 * @example
 * const before = previousCell(cell, ['report', 'cells', 0], indexCells(report.cells), undefined);
 */
export function previousCell(
  cell: KpiCell,
  path: IssuePath,
  here: ReadonlyMap<string, KpiCell>,
  earlier: ReadonlyMap<string, KpiCell> | undefined,
): KpiCell | undefined {
  const group = groupKey(cell);
  if (!cell.period) return earlier?.get(cellKey(cell.kpi, group, undefined));
  if (!periodGrains.includes(cell.period.grain)) {
    throw AftersalesError.of('input.invalid_value', [...path, 'period', 'grain'], {
      allowed: [...periodGrains],
    });
  }
  const day = dayNumberOfDate(cell.period.from);
  if (day === undefined) {
    throw AftersalesError.of('input.invalid_format', [...path, 'period', 'from'], { format: 'date' });
  }
  const key = cellKey(cell.kpi, group, previousPeriodBucket(periodBucketOf(day, cell.period.grain)));
  return here.get(key) ?? earlier?.get(key);
}

/**
 * The trend of a value against the previous cell (see {@link ScorecardTrend}).
 *
 * @example
 * trendOf('1.8', previousMonth, 'lower'); // { previous: '2.4', change: '-0.6', direction: 'improving' }
 */
export function trendOf(
  value: string | null,
  before: KpiCell | undefined,
  direction: KpiDirection,
): ScorecardTrend {
  const previous = before && before.status !== 'no_data' && isDecimalText(before.value) ? before.value : null;
  if (value === null || previous === null) return before ? { ...UNKNOWN, previous } : UNKNOWN;
  const change = subtractDecimals(value, previous);
  const sign = compareDecimals(change, '0');
  const better = direction === 'higher' ? sign > 0 : sign < 0;
  return {
    previous,
    change,
    direction: sign === 0 ? 'flat' : direction === 'none' ? 'unknown' : better ? 'improving' : 'worsening',
  };
}
