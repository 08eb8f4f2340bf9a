import {
  type ComebackReport,
  type ComputeKpisOptions,
  createKpiAccumulator,
  defaultTargetProfile,
  type KpiCell,
  type KpiDefinition,
  type KpiReport,
  kpiCatalog,
  kpiSources,
  resolveTargets,
  type ScorecardRow,
  type ScorecardSummary,
  scorecardSummary,
  scoreKpis,
  type TargetProfile,
} from '@aftersales/kpi';
import type { AuditRejection } from './auditTypes';
import { type ServiceInputName, type ServiceRecord, serviceInputNames } from './serviceInputs';

/**
 * The records the KPIs read, by input: those that passed the core schema.
 *
 * @example
 * const records: ServiceKpiRecords = { repairOrders, appointments: [], complaints: [], surveys: [] };
 */
export type ServiceKpiRecords = Readonly<Record<ServiceInputName, readonly ServiceRecord<unknown>[]>>;

/**
 * Options of {@link scoreServiceKpis}: the dealer, its clock and currency, the period, comebacks.
 *
 * @example
 * const options: ServiceKpiOptions = {
 *   timeZone: 'Asia/Shanghai', period: { from: '2024-01-01', to: '2024-12-31' }, currency: 'CNY',
 *   dealerId: 'D0571', brand: 'Volkswagen', comebacks: detectComebacks(ros, { timeZone: 'Asia/Shanghai' }),
 * };
 */
export interface ServiceKpiOptions {
  readonly timeZone: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly currency: string;
  readonly dealerId: string;
  readonly brand?: string;
  /** Comebacks found by `detectComebacks`, counted like flagged ones. */
  readonly comebacks: ComebackReport;
}

/**
 * The whole-period scorecard, the KPIs on it, the targets in force and the records the KPIs refused.
 *
 * @example
 * const { rows, summary, targets } = scoreServiceKpis(records, options);
 */
export interface ServiceScorecard {
  readonly rows: readonly ScorecardRow[];
  readonly summary: ScorecardSummary;
  readonly kpis: readonly KpiDefinition[];
  readonly targets: TargetProfile;
  readonly rejections: readonly AuditRejection[];
}

/** The inputs a KPI reads: its source's, and those of its measures and their distinct-count sets. */
function inputsRead(kpi: KpiDefinition): Set<string> {
  const sources = new Set([kpi.source]);
  for (const measure of Object.values(kpi.measures)) {
    const scoped = measure as {
      source?: unknown;
      intersect?: { source?: unknown };
      except?: { source?: unknown };
    };
    for (const source of [scoped.source, scoped.intersect?.source, scoped.except?.source]) {
      if (typeof source === 'string') sources.add(source);
    }
  }
  return new Set([...sources].map((source) => kpiSources[source]?.input ?? `unknown source ${source}`));
}

/**
 * The catalog KPIs this dataset can feed: every input they read is one of the service inputs and
 * holds at least one accepted record.
 *
 * The others are left off the scorecard rather than shown as "no data". The KPIs that read
 * technician shifts, workshop days, ledger months, customer visits and the like would otherwise
 * be a no-data row for each, and a KPI reading an input the dealer did not export (an empty list)
 * would score it as zero — no complaints exported is not a complaint rate of 0 %. A KPI that can be
 * fed but has nothing to divide by in the period still appears, as `no_data`.
 *
 * @example
 * feedableKpis(new Set(['repairOrders'])).some((kpi) => kpi.id === 'ro.comeback'); // true
 * feedableKpis(new Set(['repairOrders'])).some((kpi) => kpi.id === 'care.csi'); // false: no surveys
 */
export function feedableKpis(withRecords: ReadonlySet<string>): KpiDefinition[] {
  return kpiCatalog.filter((kpi) => [...inputsRead(kpi)].every((input) => withRecords.has(input)));
}

/**
 * Runs the KPI engine over the records, one record at a time with its input row, so that a
 * record it refuses is named by the row it had in the dataset.
 *
 * @example
 * const report = computeServiceKpis(records, {
 *   kpis, groupBy: ['month'], timeZone: 'Asia/Shanghai', period, currency: 'CNY',
 * });
 */
export function computeServiceKpis(records: ServiceKpiRecords, options: ComputeKpisOptions): KpiReport {
  const accumulator = createKpiAccumulator(options);
  for (const input of serviceInputNames) {
    for (const record of records[input]) accumulator.add(input, record.raw, record.row);
  }
  return accumulator.result();
}

/**
 * The scorecard of the whole period: the KPIs the records can feed, computed over the period
 * (no grouping: one row per KPI; an "as of" KPI such as the customer base as of the end of the
 * period's last month with records, its row carrying that month) and scored against the dealer
 * manuals' default targets, resolved for the dealer and its brand. Comebacks detected by `detectComebacks` count in the comeback
 * rate. The records the KPI engine refuses (a currency that is not the dealer's, a number with
 * more than four decimals…) come back as rejections with their input and row.
 *
 * @example
 * const scorecard = scoreServiceKpis(records, {
 *   timeZone: 'Asia/Shanghai', period: { from: '2024-01-01', to: '2024-12-31' }, currency: 'CNY',
 *   dealerId: 'D0571', comebacks,
 * });
 * scorecard.rows.find((row) => row.kpi === 'ro.comeback')?.status; // 'met', 'at_risk' or 'missed'
 */
export function scoreServiceKpis(records: ServiceKpiRecords, options: ServiceKpiOptions): ServiceScorecard {
  const withRecords = new Set(serviceInputNames.filter((input) => records[input].length > 0));
  const kpis = feedableKpis(withRecords);
  const { timeZone, period, currency, comebacks } = options;
  const whole = computeServiceKpis(records, { kpis, groupBy: [], timeZone, period, currency, comebacks });
  // An "as of" KPI (the customer base: vehicles seen in the trailing 12 months) has no value for
  // a span, only at a date: it is scored as of the end of the period's last month, or of the
  // latest month the engine reports (it reports none past the last record of the period).
  const asOf = new Set(whole.skipped.map((skipped) => skipped.kpi));
  const monthly =
    asOf.size === 0
      ? undefined
      : computeServiceKpis(records, {
          kpis: kpis.filter((kpi) => asOf.has(kpi.id)),
          groupBy: ['month'],
          timeZone,
          period,
          currency,
          comebacks,
        });
  const latest = new Map<string, KpiCell>();
  for (const cell of monthly?.cells ?? []) {
    const seen = latest.get(cell.kpi);
    if (seen === undefined || (seen.period?.from ?? '') < (cell.period?.from ?? ''))
      latest.set(cell.kpi, cell);
  }
  const order = new Map(kpis.map((kpi, index) => [kpi.id, index]));
  const cells = [...whole.cells, ...latest.values()].sort(
    (a, b) => (order.get(a.kpi) ?? 0) - (order.get(b.kpi) ?? 0),
  );
  const report: KpiReport = { ...whole, cells, skipped: monthly?.skipped ?? [] };
  const context =
    options.brand === undefined
      ? { dealer: options.dealerId }
      : { dealer: options.dealerId, brand: options.brand };
  const targets = resolveTargets([defaultTargetProfile(kpiCatalog)], context);
  const scorecard = scoreKpis(report, { kpis, targets });
  const rejections = new Map<string, AuditRejection>();
  for (const { input, row, issues } of [...whole.rejected, ...(monthly?.rejected ?? [])]) {
    const key = `${input}\u0000${row}`;
    if (!rejections.has(key)) rejections.set(key, { input, row, issues });
  }
  return {
    rows: scorecard.rows,
    summary: scorecardSummary(scorecard),
    kpis,
    targets,
    rejections: [...rejections.values()],
  };
}
