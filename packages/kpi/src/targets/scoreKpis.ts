import { AftersalesError, type IssuePath, type LocalizedText, typeName } from '@aftersales/core';
import type { KpiDefinition, KpiTarget, KpiUnit } from '../definition/kpiDefinition';
import type { CellPeriod, KpiCell, KpiReport } from '../engine/kpiReport';
import { isDecimalText } from './decimalText';
import { parseTargetProfile } from './parseTargetProfile';
import { scorecardMessage } from './scorecardMessages';
import { indexCells, previousCell, type ScorecardTrend, trendOf } from './scorecardTrend';
import { scoreValue, type TargetStatus } from './scoreValue';
import type { TargetProfile } from './targetProfile';

/**
 * A row's status: a {@link TargetStatus}, or `no_data` (no value) or `no_target` (none set).
 *
 * @example
 * const status: ScorecardStatus = 'no_target'; // ro.dwell has no default target
 */
export type ScorecardStatus = TargetStatus | 'no_data' | 'no_target';

/**
 * One KPI cell scored: its value, the target in force, the status, the gap, the trend and a sentence.
 *
 * @example
 * const missed = (row: ScorecardRow): boolean => row.status === 'missed';
 */
export interface ScorecardRow {
  readonly kpi: string;
  readonly name: LocalizedText;
  readonly group: KpiCell['group'];
  readonly period: CellPeriod | undefined;
  readonly value: string | null;
  readonly unit: KpiUnit;
  /** The currency of a money value. */
  readonly currency?: string;
  readonly target: KpiTarget | undefined;
  readonly status: ScorecardStatus;
  /** `value − nearest bound`, negative on the wrong side (see `scoreValue`); null without target or value. */
  readonly gap: string | null;
  readonly trend: ScorecardTrend;
  readonly message: LocalizedText;
}

/**
 * The rows of a scorecard, one per cell of the report, in the report's order.
 *
 * @example
 * const empty: Scorecard = { rows: [] };
 */
export interface Scorecard {
  readonly rows: readonly ScorecardRow[];
}

/**
 * What a scorecard needs to know of a KPI (a full {@link KpiDefinition} will do).
 *
 * @example
 * const comeback: ScorecardKpi = { id: 'ro.comeback', name: { en: 'Comeback rate', zh: '返修率' }, direction: 'lower' };
 */
export type ScorecardKpi = Pick<KpiDefinition, 'id' | 'name' | 'direction'>;

/**
 * Options of {@link scoreKpis}.
 *
 * @example
 * const options: ScoreKpisOptions = { kpis: [], targets: { id: 'manual.defaults', targets: {} } };
 */
export interface ScoreKpisOptions {
  /** The definitions of the report's KPIs (for their names and directions). */
  readonly kpis: readonly ScorecardKpi[];
  /** The targets in force, usually from `resolveTargets`. */
  readonly targets: TargetProfile;
  /** An earlier report to take trends from when this one does not hold the previous period. */
  readonly previous?: KpiReport;
}

function cellsOf(report: unknown, path: IssuePath): readonly KpiCell[] {
  const cells = (report as { cells?: unknown } | null)?.cells;
  if (report === null || typeof report !== 'object' || !Array.isArray(cells)) {
    throw AftersalesError.of('input.invalid_type', [...path, 'cells'], {
      expected: 'a KpiReport (with cells)',
      received: report === null ? 'null' : typeof report,
    });
  }
  checkCells(cells, path);
  return cells as readonly KpiCell[];
}

const DIRECTIONS: readonly string[] = ['higher', 'lower', 'none'];

function checkKpis(given: unknown): readonly ScorecardKpi[] {
  if (!Array.isArray(given)) {
    throw AftersalesError.of('input.invalid_type', ['options', 'kpis'], {
      expected: 'array of KPI definitions',
      received: given === null ? 'null' : typeof given,
    });
  }
  given.forEach((kpi: unknown, at) => {
    const { id, name, direction } = (kpi ?? {}) as {
      id?: unknown;
      name?: { en?: unknown; zh?: unknown };
      direction?: unknown;
    };
    const path = ['options', 'kpis', at];
    if (typeof id !== 'string')
      throw AftersalesError.of('input.invalid_type', [...path, 'id'], {
        expected: 'string',
        received: typeName(id),
      });
    if (typeof name?.en !== 'string' || typeof name.zh !== 'string') {
      throw AftersalesError.of('input.invalid_type', [...path, 'name'], {
        expected: '{ en, zh }',
        received: typeName(name),
      });
    }
    if (typeof direction !== 'string' || !DIRECTIONS.includes(direction)) {
      throw AftersalesError.of('input.invalid_value', [...path, 'direction'], { allowed: [...DIRECTIONS] });
    }
  });
  return given as readonly ScorecardKpi[];
}

function checkCells(cells: readonly KpiCell[], path: IssuePath): void {
  cells.forEach((cell: unknown, at) => {
    const kpi = (cell as { kpi?: unknown } | null)?.kpi;
    if (cell === null || typeof cell !== 'object' || typeof kpi !== 'string') {
      throw AftersalesError.of('input.invalid_type', [...path, 'cells', at], {
        expected: 'a KpiCell (with a kpi id)',
        received: cell === null ? 'null' : typeof cell,
      });
    }
  });
}

function cellValue(cell: KpiCell, path: IssuePath): string | null {
  if (cell.status === 'no_data' || cell.value === null || cell.value === undefined) return null;
  if (!isDecimalText(cell.value)) {
    throw AftersalesError.of('input.invalid_format', [...path, 'value'], { format: 'decimal string' });
  }
  return cell.value;
}

/**
 * Scores every cell of a KPI report against the targets in force: one row per cell, in order,
 * with the status (`met`, `at_risk`, `missed`, `no_data`, `no_target`; see `scoreValue` for the
 * rule), the exact gap to the nearest bound, the trend against the previous period, and a
 * sentence in English and Chinese.
 *
 * The previous period of a cell is the period before it of the same grain (`2024-03` → `2024-02`,
 * matched by label), for the same KPI and group: taken from the report itself when it holds that
 * period, else from `previous`. A cell without a period is compared with the cell of the same
 * KPI and group without a period in `previous` (a report of the period before).
 *
 * @throws AftersalesError `registry.unknown` for a cell of a KPI not in `kpis`; `input.invalid_type`
 *   for a report, cell or definition of the wrong shape; `input.invalid_format` for a value that is
 *   not a decimal string or a period whose `from` is not a date; a bad profile's issues
 * @example
 * const report: KpiReport = {
 *   groupBy: ['dealer'], timeZone: 'Asia/Shanghai', currency: 'CNY', skipped: [], inputs: {}, rejected: [],
 *   cells: [
 *     { kpi: 'ro.comeback', group: { dealer: 'DLR-001' }, status: 'value', value: '2.4',
 *       numerator: '12', denominator: '500', unit: 'percent' },
 *   ],
 * };
 * const scorecard = scoreKpis(report, {
 *   kpis: [{ id: 'ro.comeback', name: { en: 'Comeback rate', zh: '返修率' }, direction: 'lower' }],
 *   targets: { id: 'manual.defaults', targets: { 'ro.comeback': { below: '2', cite: 'manual:ro.comeback' } } },
 * });
 * scorecard.rows[0]?.message.en; // 'Comeback rate 2.4 % is above the target < 2 % by 0.4'
 */
export function scoreKpis(report: KpiReport, options: ScoreKpisOptions): Scorecard {
  const cells = cellsOf(report, ['report']);
  const kpis = new Map(checkKpis((options as { kpis?: unknown } | null)?.kpis).map((kpi) => [kpi.id, kpi]));
  const profile = parseTargetProfile(options.targets, ['targets']);
  const here = indexCells(cells);
  const earlier =
    options.previous === undefined ? undefined : indexCells(cellsOf(options.previous, ['previous']));

  const rows = cells.map((cell, at): ScorecardRow => {
    const path: IssuePath = ['report', 'cells', at];
    const kpi = kpis.get(cell.kpi);
    if (!kpi)
      throw AftersalesError.of('registry.unknown', [...path, 'kpi'], { kind: 'KPI', id: String(cell.kpi) });
    const value = cellValue(cell, path);
    const target = Object.hasOwn(profile.targets, cell.kpi) ? profile.targets[cell.kpi] : undefined;
    const atRisk =
      profile.atRisk && Object.hasOwn(profile.atRisk, cell.kpi) ? profile.atRisk[cell.kpi] : undefined;
    // A percentage cannot pass 100: the default at-risk band stays below it.
    const ceiling = cell.unit === 'percent' ? '100' : undefined;
    const score = value !== null && target ? scoreValue(value, target, atRisk, ceiling) : undefined;
    const before = previousCell(cell, path, here, earlier);
    const message = scorecardMessage({
      name: kpi.name,
      value,
      unit: cell.unit,
      currency: cell.currency,
      target,
      score,
      reason: cell.reason,
    });
    return Object.freeze({
      kpi: cell.kpi,
      name: kpi.name,
      group: cell.group,
      period: cell.period,
      value,
      unit: cell.unit,
      ...(cell.currency === undefined ? {} : { currency: cell.currency }),
      target,
      status: value === null ? 'no_data' : score ? score.status : 'no_target',
      gap: score ? score.gap : null,
      trend: Object.freeze(trendOf(value, before, kpi.direction)),
      message,
    });
  });
  return Object.freeze({ rows: Object.freeze(rows) });
}
