import type { IssuePath, RepairOrderJobInput } from '@aftersales/core';
import { divideExact, exactDecimal, formatExact, parseExact } from '@aftersales/core';
import { addNote, isRecord, lookup, type MapContext } from './context';
import { sameDecimal, sumDecimals } from './decimals';
import { checkTotal } from './financialSummary';
import { odometerReadingsOf } from './odometer';
import type { ResolvedStarImportOptions } from './options';
import type { StarRepairOrder } from './schemas/repairOrder';

/** The odometer, the fields read from the header, and the checks of STAR's split example. Internal. */

/** `odometerInKm` / `odometerOutKm` from the RO's vehicle snapshots (first reading of each). */
export function readOdometer(
  ctx: MapContext,
  ro: StarRepairOrder,
  options: ResolvedStarImportOptions,
  out: Record<string, unknown>,
): void {
  (ro.vehicle_snapshots ?? []).forEach((snapshot, index) => {
    for (const reading of odometerReadingsOf(ctx, snapshot, options.odometerUnit, [
      'vehicle_snapshots',
      index,
    ])) {
      const key =
        reading.source === 'ro_in'
          ? 'odometerInKm'
          : reading.source === 'ro_out'
            ? 'odometerOutKm'
            : undefined;
      if (key !== undefined && !(key in out)) out[key] = reading.km;
    }
  });
}

function isExportedSnapshot(snapshot: unknown): boolean {
  if (!isRecord(snapshot)) return false;
  const keys = Object.keys(snapshot);
  const states = snapshot.vehicle_states;
  return (
    keys.every((k) => ['service_milestone_types', 'vehicle_states', 'narratives'].includes(k)) &&
    Array.isArray(states) &&
    states.length === 1 &&
    (snapshot.service_milestone_types === 'CHECK_IN' || snapshot.service_milestone_types === 'CHECK_OUT')
  );
}

/** The header fields the mapping reads, for `keepUnmapped` (partly read objects as sub-field lists). */
export function mappedHeader(
  ro: StarRepairOrder,
  kindFrom: 'group' | 'initiation' | 'other',
  summaryAgrees: boolean,
): Record<string, true | readonly string[]> {
  const mapped: Record<string, true | readonly string[]> = {
    repair_order_key: true,
    repair_order_id: true,
    locale: ['currency_code'],
    vehicle_reference: ['vin'],
    invoice_identifier: true,
    repair_order_description: true,
    repair_order_line_items: true,
    labor_operations: true,
  };
  if (kindFrom === 'group') mapped.repair_order_group = true;
  if (kindFrom === 'initiation' && ro.repair_order_initiation_types?.length === 1)
    mapped.repair_order_initiation_types = true;
  const dealers = ro.dealer_references ?? [];
  if (dealers.length === 1 && Object.keys(dealers[0] ?? {}).every((k) => k === 'dealer_id'))
    mapped.dealer_references = true;
  const staff = ro.staff_assignments ?? [];
  if (
    staff.length === 1 &&
    Object.keys(staff[0] ?? {}).every((k) => k === 'role_types' || k === 'identifier')
  ) {
    mapped.staff_assignments = true;
  }
  const duration = ro.repair_status_summary?.repair_order_duration;
  if (duration === undefined || Object.keys(duration).every((k) => k === 'start_date_time')) {
    mapped.repair_status_summary = [
      'current_repair_status_type',
      'current_repair_stage_type',
      'repair_order_duration',
    ];
  }
  if ((ro.vehicle_snapshots ?? []).every(isExportedSnapshot)) mapped.vehicle_snapshots = true;
  if (summaryAgrees) {
    mapped.repair_financial_summary = [
      'currency_code',
      'estimated_labor_amount',
      'estimated_parts_amount',
      'estimated_sublet_amount',
      'estimated_misc_amount',
      'estimated_tax_amount',
      'estimated_grand_total_amount',
      'authorized_amount',
      'actual_labor_amount',
      'actual_misc_amount',
      'actual_tax_amount',
    ];
  }
  return mapped;
}

/** Lines of each STAR payee in the examples' `effort_breakdown`. */
const PARTY_LINES: Readonly<
  Record<string, (line: { payType?: unknown; payTypeDetail?: unknown }) => boolean>
> = {
  OEM: (l) => l.payTypeDetail === 'manufacturer',
  WARRANTY: (l) => l.payType === 'W' && l.payTypeDetail !== 'manufacturer',
  DEALER: (l) => l.payTypeDetail === 'dealer',
  INTERNAL: (l) => l.payType === 'I' && l.payTypeDetail !== 'dealer',
  CUSTOMER: (l) => l.payType === 'CP',
};

/**
 * STAR's split example carries a non-schema `repair_effort_summary` on the RO (billed hours by
 * payee, with percentages) and payee amounts in its financial summary: each is checked against
 * the lines (hours) or its own total (amounts), and a disagreement is noted.
 */
export function checkSplitExample(
  ctx: MapContext,
  ro: Record<string, unknown>,
  jobs: readonly RepairOrderJobInput[],
): void {
  const lines = jobs.flatMap((job) => job.laborLines ?? []);
  const effort = ro.repair_effort_summary;
  if (isRecord(effort)) {
    const path: IssuePath = ['repair_effort_summary'];
    const total = typeof effort.total_billed_hours === 'string' ? effort.total_billed_hours : undefined;
    checkTotal(
      ctx,
      total,
      lines.map((l) => String(l.soldHours)),
      'the labor lines’ sold hours',
      '工时行结算工时',
      [...path, 'total_billed_hours'],
    );
    const breakdown = Array.isArray(effort.effort_breakdown) ? effort.effort_breakdown : [];
    breakdown.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.hours !== 'string') return;
      const party = lookup(PARTY_LINES, entry.effort_party_type);
      if (party === undefined) return;
      const hours = lines.filter(party).map((l) => String(l.soldHours));
      checkTotal(
        ctx,
        entry.hours,
        hours,
        `the ${String(entry.effort_party_type)} lines`,
        '对应付费方的工时行',
        [...path, 'effort_breakdown', i, 'hours'],
      );
      checkPercentage(ctx, entry, total, [...path, 'effort_breakdown', i, 'percentage_of_total']);
    });
  }
  const assessment = ro.total_assessment;
  if (isRecord(assessment)) {
    const text = (key: string) =>
      typeof assessment[key] === 'string' ? (assessment[key] as string) : undefined;
    const amounts = lines.map((l) => (l.laborAmount === undefined ? undefined : String(l.laborAmount)));
    checkTotal(ctx, text('total_labor_amount'), amounts, 'the labor lines', '工时行', [
      'total_assessment',
      'total_labor_amount',
    ]);
    const parts = ['total_labor_amount', 'total_parts_amount', 'total_tax_amount'].map(text);
    checkTotal(ctx, text('grand_total'), parts, 'labor, parts and tax', '工时、配件与税额', [
      'total_assessment',
      'grand_total',
    ]);
  }
  const fin = ro.repair_financial_summary;
  if (isRecord(fin) && isRecord(fin.total_gross_repair_amount)) {
    const payees = [
      'oem_covered_amount',
      'warranty_covered_amount',
      'dealer_goodwill_amount',
      'customer_payable_amount',
    ];
    const amount = (value: unknown) =>
      isRecord(value) && typeof value.amount === 'string' ? value.amount : undefined;
    checkTotal(
      ctx,
      amount(fin.total_gross_repair_amount),
      payees.map((k) => amount(fin[k])),
      'the payee amounts',
      '各付费方金额',
      ['repair_financial_summary', 'total_gross_repair_amount'],
    );
  }
}

function checkPercentage(
  ctx: MapContext,
  entry: Record<string, unknown>,
  total: string | undefined,
  path: IssuePath,
): void {
  const stated =
    typeof entry.percentage_of_total === 'string' ? entry.percentage_of_total.replace(/%$/, '') : undefined;
  const hours = parseExact(String(entry.hours));
  const whole = total === undefined ? undefined : parseExact(total);
  if (stated === undefined || hours === undefined || whole === undefined || whole.units === 0n) return;
  const percent = formatExact(divideExact(exactDecimal(hours.units * 100n, hours.places), whole, 2), 2);
  if (sumDecimals([stated]) !== undefined && !sameDecimal(stated, percent)) {
    addNote(ctx, 'star.total_mismatch', path, {
      stated: `${stated}%`,
      computed: `${percent}%`,
      what: 'hours ÷ total billed hours',
      whatZh: '工时占总结算工时比例',
    });
  }
}
