import { addCalendarMonths } from '@aftersales/core';
import type { KpiDefinition, KpiTarget, TargetProfile } from '@aftersales/kpi';
import type { KpiTrend } from './auditTypes';
import { computeServiceKpis, type ServiceKpiOptions, type ServiceKpiRecords } from './serviceScorecard';

/** The months a period touches, `YYYY-MM`, oldest first. */
function monthsOf(period: { readonly from: string; readonly to: string }): string[] {
  const months: string[] = [];
  const last = period.to.slice(0, 7);
  for (let first = `${period.from.slice(0, 7)}-01`; first.slice(0, 7) <= last; ) {
    months.push(first.slice(0, 7));
    first = addCalendarMonths(first, 1);
  }
  return months;
}

/**
 * The one bound a trend chart draws for a target: its only bound; for a band, the bound the
 * KPI's direction cares about (the lower one when higher is better, the upper one when lower is
 * better); none for a band of a KPI that is only watched (`direction: 'none'`), which has two.
 *
 * @example
 * trendBound({ below: '2', cite: 'manual:ro.comeback' }, 'lower'); // '2'
 * trendBound({ atLeast: '65', atMost: '75', cite: 'manual:catalog.labor.gp' }, 'higher'); // '65'
 */
export function trendBound(target: KpiTarget, direction: KpiDefinition['direction']): string | undefined {
  const lower = target.atLeast ?? target.above;
  const upper = target.atMost ?? target.below;
  if (lower === undefined || upper === undefined) return lower ?? upper;
  if (direction === 'higher') return lower;
  return direction === 'lower' ? upper : undefined;
}

/**
 * Monthly series of the KPIs that have a target, over the months of the period on the dealer's
 * clock (a row placed at 00:20 on 1 April in Shanghai is April's, whatever the host's zone): the
 * KPI engine grouped by month, restricted to the period. A month without a value (nothing to
 * divide by, or no record at all) is `null`.
 *
 * @param records - the records the whole-period scorecard accepted
 * @param kpis - the scorecard's KPIs; those without a target in `targets` get no trend
 * @example
 * const trends = serviceTrends(records, scorecard.kpis, scorecard.targets, options);
 * trends.find((t) => t.kpi === 'ro.comeback')?.months; // [{ month: '2024-01', value: '1.2' }, …]
 */
export function serviceTrends(
  records: ServiceKpiRecords,
  kpis: readonly KpiDefinition[],
  targets: TargetProfile,
  options: Omit<ServiceKpiOptions, 'dealerId' | 'brand'>,
): KpiTrend[] {
  const targeted = kpis.filter((kpi) => Object.hasOwn(targets.targets, kpi.id));
  if (targeted.length === 0) return [];
  const report = computeServiceKpis(records, {
    kpis: targeted,
    groupBy: ['month'],
    timeZone: options.timeZone,
    period: options.period,
    currency: options.currency,
    comebacks: options.comebacks,
  });
  const months = monthsOf(options.period);
  return targeted.map((kpi) => {
    const cells = new Map(
      report.cells.filter((cell) => cell.kpi === kpi.id).map((cell) => [cell.period?.label, cell.value]),
    );
    const target = targets.targets[kpi.id];
    const bound = target === undefined ? undefined : trendBound(target, kpi.direction);
    return {
      kpi: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      months: months.map((month) => ({ month, value: cells.get(month) ?? null })),
      ...(bound === undefined ? {} : { target: bound }),
    };
  });
}
