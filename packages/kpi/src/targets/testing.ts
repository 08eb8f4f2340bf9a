import type { CellPeriod, KpiCell, KpiReport } from '../engine/kpiReport';
import type { ScorecardKpi } from './scoreKpis';
import type { TargetProfile } from './targetProfile';

/**
 * Test helpers for targets and scorecards (not exported from the package): a few catalog KPIs
 * with their manual targets, and KPI reports built by hand (the tests do not run the engine).
 */

/** Catalog KPIs as the scorecard sees them, with the manuals' targets (KPI-CATALOG, SEED-FIGURES). */
export const comeback = {
  id: 'ro.comeback',
  name: { en: 'Comeback rate', zh: '返修率' },
  direction: 'lower',
  target: { below: '2', cite: 'manual:ro.comeback' },
} as const satisfies ScorecardKpi & { target: unknown };
export const approval = {
  id: 'wty.approval',
  name: { en: 'Claim approval rate', zh: '索赔通过率' },
  direction: 'higher',
  target: { atLeast: '95', cite: 'manual:wty.approval' },
} as const satisfies ScorecardKpi & { target: unknown };
export const partsLabor = {
  id: 'parts.labor.ratio',
  name: { en: 'Parts-to-labor ratio', zh: '配件工时比' },
  direction: 'none',
  target: { atLeast: '0.8', atMost: '1.2', cite: 'oem:industry-20-group#parts.labor.ratio' },
} as const satisfies ScorecardKpi & { target: unknown };
export const revenuePerRo = {
  id: 'ro.revenue.avg',
  name: { en: 'Revenue per RO', zh: '单车产值' },
  direction: 'higher',
  target: { atLeast: '800', cite: 'manual:ro.avg.revenue.repair' },
} as const satisfies ScorecardKpi & { target: unknown };
export const dwell = {
  id: 'ro.dwell',
  name: { en: 'Time in workshop', zh: '在厂时长' },
  direction: 'lower',
} as const satisfies ScorecardKpi;
export const csi = {
  id: 'care.csi',
  name: { en: 'Customer satisfaction', zh: '客户满意度' },
  direction: 'higher',
  target: { atLeast: '93', cite: 'manual:care.csi' },
} as const satisfies ScorecardKpi & { target: unknown };

/** Every KPI above. */
export const kpis = [comeback, approval, partsLabor, revenuePerRo, dwell, csi] as const;

/** The manuals' targets of {@link kpis}, as `defaultTargetProfile` builds them. */
export const manualTargets: TargetProfile = {
  id: 'manual.defaults',
  targets: {
    [comeback.id]: comeback.target,
    [approval.id]: approval.target,
    [partsLabor.id]: partsLabor.target,
    [revenuePerRo.id]: revenuePerRo.target,
    [csi.id]: csi.target,
  },
};

const units: Readonly<Record<string, KpiCell['unit']>> = {
  'ro.revenue.avg': 'money',
  'parts.labor.ratio': 'ratio',
  'ro.dwell': 'hours',
};

/** A month of 2024 as a cell period (`month(3)` is 2024-03). */
export function month(m: number, year = 2024): CellPeriod {
  const mm = String(m).padStart(2, '0');
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { grain: 'month', label: `${year}-${mm}`, from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}` };
}

/** A cell with a value (or `null`: no data) for dealer DLR-001 unless `more` says otherwise. */
export function cell(kpi: string, value: string | null, more: Partial<KpiCell> = {}): KpiCell {
  return {
    kpi,
    group: { dealer: 'DLR-001' },
    status: value === null ? 'no_data' : 'value',
    value,
    numerator: value,
    denominator: value === null ? '0' : '1',
    unit: units[kpi] ?? 'percent',
    ...(kpi === 'ro.revenue.avg' ? { currency: 'CNY' } : {}),
    ...more,
  };
}

/** A KPI report holding `cells`, grouped by dealer and month. */
export function report(cells: readonly KpiCell[]): KpiReport {
  return {
    groupBy: ['dealer', 'month'],
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    cells,
    skipped: [],
    inputs: {},
    rejected: [],
  };
}
