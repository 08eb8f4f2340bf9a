import { AftersalesError, type LocalizedText, typeName } from '@aftersales/core';
import type { Scorecard, ScorecardStatus } from './scoreKpis';

/**
 * How many rows have each status.
 *
 * @example
 * const none: ScorecardStatusCounts = { met: 0, at_risk: 0, missed: 0, no_data: 0, no_target: 0 };
 */
export type ScorecardStatusCounts = Readonly<Record<ScorecardStatus, number>>;

/**
 * One KPI's rows counted by status (`rows` is their total).
 *
 * @example
 * const comeback: ScorecardKpiSummary = {
 *   kpi: 'ro.comeback',
 *   name: { en: 'Comeback rate', zh: '返修率' },
 *   rows: 3,
 *   counts: { met: 1, at_risk: 1, missed: 1, no_data: 0, no_target: 0 },
 * };
 */
export interface ScorecardKpiSummary {
  readonly kpi: string;
  readonly name: LocalizedText;
  readonly rows: number;
  readonly counts: ScorecardStatusCounts;
}

/**
 * A scorecard counted per KPI (in the order the KPIs first appear) and over all rows.
 *
 * @example
 * const missedRows = (summary: ScorecardSummary): number => summary.counts.missed;
 */
export interface ScorecardSummary {
  readonly kpis: readonly ScorecardKpiSummary[];
  readonly rows: number;
  readonly counts: ScorecardStatusCounts;
}

const zero = (): Record<ScorecardStatus, number> => ({
  met: 0,
  at_risk: 0,
  missed: 0,
  no_data: 0,
  no_target: 0,
});

/**
 * Counts a scorecard's statuses per KPI (e.g. "ro.comeback: 12 dealers met, 3 at risk, 2
 * missed") and in total.
 *
 * @throws AftersalesError `input.invalid_type` without rows, `input.invalid_value` for a row with an unknown status
 * @example
 * const summary = scorecardSummary(scoreKpis(report, { kpis, targets }));
 * summary.kpis[0]?.counts.missed; // rows of the first KPI that missed the target
 */
export function scorecardSummary(scorecard: Scorecard): ScorecardSummary {
  const rows: unknown = (scorecard as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) {
    throw AftersalesError.of('input.invalid_type', ['scorecard', 'rows'], {
      expected: 'array',
      received: typeName(rows),
    });
  }
  const byKpi = new Map<
    string,
    { kpi: string; name: LocalizedText; rows: number; counts: Record<ScorecardStatus, number> }
  >();
  const counts = zero();
  scorecard.rows.forEach((row: unknown, index) => {
    const status = (row as { status?: unknown } | null)?.status;
    if (typeof status !== 'string' || !Object.hasOwn(counts, status)) {
      throw AftersalesError.of('input.invalid_value', ['scorecard', 'rows', index, 'status'], {
        allowed: Object.keys(counts),
      });
    }
  });
  for (const row of scorecard.rows) {
    let entry = byKpi.get(row.kpi);
    if (!entry) {
      entry = { kpi: row.kpi, name: row.name, rows: 0, counts: zero() };
      byKpi.set(row.kpi, entry);
    }
    entry.rows += 1;
    entry.counts[row.status] += 1;
    counts[row.status] += 1;
  }
  return Object.freeze({
    kpis: Object.freeze(
      [...byKpi.values()].map((entry) => Object.freeze({ ...entry, counts: Object.freeze(entry.counts) })),
    ),
    rows: scorecard.rows.length,
    counts: Object.freeze(counts),
  });
}
