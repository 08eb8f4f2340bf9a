import { type RepairOrderInput, toCalendarDate } from '@aftersales/core';
import { type ComebackReport, type ComebackResult, catalogKpi, computeKpisSync } from '@aftersales/kpi';
import type { DrillDownItem } from './auditTypes';
import type { ServiceRecord } from './serviceInputs';

/**
 * Options of {@link comebackDrillDown}: the dealer's clock, the period and the currency of the rate.
 *
 * @example
 * const options: ComebackDrillDownOptions = {
 *   timeZone: 'Asia/Shanghai', period: { from: '2024-03-01', to: '2024-03-31' }, currency: 'CNY',
 * };
 */
export interface ComebackDrillDownOptions {
  readonly timeZone: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly currency: string;
}

/**
 * Does this comeback count in the comeback rate of the period? Asked of the KPI engine with the
 * RO alone (its numerator is then 1 or 0), so that the drill-down never restates the KPI's
 * filters (closed, customer-pay, warranty or insurance, not internal).
 */
function countsInRate(raw: unknown, result: ComebackResult, options: ComebackDrillDownOptions): boolean {
  const report = computeKpisSync(
    { repairOrders: [raw] },
    {
      kpis: [catalogKpi('ro.comeback')],
      groupBy: [],
      timeZone: options.timeZone,
      period: options.period,
      currency: options.currency,
      comebacks: { results: [result], rejected: [] },
      compile: 'closures',
    },
  );
  return report.cells[0]?.numerator === '1';
}

/**
 * The comebacks (返修) among the ROs opened in the period, flagged by the dealer or detected by
 * `detectComebacks` (same vehicle, same system, within 30 days or 1,000 km of the earlier RO's
 * delivery): one item per comeback, dated by the day it was opened on the dealer's clock, its
 * label the detection's own explanation in English and Chinese, and as facts the vehicle, the
 * earlier RO, the systems repeated (for a flagged one, the RO's own), the days since that RO's
 * delivery, whether the dealer flagged it and whether it counts in the comeback rate (an
 * internal or still open RO does not).
 *
 * @param records - ROs that passed the schema (`raw` as given to `detectComebacks`)
 * @param comebacks - `detectComebacks` over those records
 * @example
 * const comebacks = detectComebacks(raws, { timeZone });
 * const items = comebackDrillDown(records, comebacks, { timeZone, period, currency: 'CNY' });
 * items[0]?.facts.previousRoId; // the RO it repeats
 */
export function comebackDrillDown(
  records: readonly ServiceRecord<RepairOrderInput>[],
  comebacks: ComebackReport,
  options: ComebackDrillDownOptions,
): DrillDownItem[] {
  const byId = new Map<string, ServiceRecord<RepairOrderInput>>();
  for (const record of records) if (!byId.has(record.value.id)) byId.set(record.value.id, record);
  const items: DrillDownItem[] = [];
  for (const result of comebacks.results) {
    const record = byId.get(result.roId);
    if (result.decision.outcome !== 'comeback' || record === undefined) continue;
    const ro = record.value;
    const date = toCalendarDate(ro.openedAt, options.timeZone);
    if (date < options.period.from || date > options.period.to) continue;
    const passed = result.decision.trace.filter((step) => step.status === 'passed');
    const repeat = passed.find((step) => step.rule === 'ro.comeback.repeat')?.facts;
    const shared = Array.isArray(repeat?.systems) ? repeat.systems : undefined;
    const own = (ro.jobs ?? []).flatMap((job) =>
      job.system && job.system !== 'maintenance' ? [job.system] : [],
    );
    const systems = [...new Set(shared ?? own)].join(', ') || null;
    const days = repeat?.daysAfterDelivery;
    items.push({
      id: ro.id,
      date,
      label: {
        en: passed.map((step) => step.message.en).join('; '),
        zh: passed.map((step) => step.message.zh).join('；'),
      },
      facts: {
        vin: ro.vin,
        kind: ro.kind,
        previousRoId: result.previousRoId ?? null,
        systems,
        daysAfterDelivery: typeof days === 'number' ? days : null,
        flagged: passed.some((step) => step.rule === 'ro.comeback.flagged'),
        inComebackRate: countsInRate(record.raw, result, options),
      },
    });
  }
  return items;
}
