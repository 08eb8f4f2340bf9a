import {
  divideExact,
  exactDecimal,
  formatExact,
  idSchema,
  nonNegativeDecimalSchema,
  type PayType,
  parseExact,
  type RepairOrderEstimate,
  RepairOrderEstimateSchema,
  safeParseRecord,
} from '@aftersales/core';
import { z } from 'zod';
import { addNote, createContext, keepUnmapped } from './context';
import { checkTotal } from './financialSummary';
import { hoursOf, sumHours } from './hours';
import { parseImportOptions, type StarImportOptions } from './options';
import { failed, runMapping, type StarResult } from './result';
import { StarRepairEffortSchema } from './schemas/common';

/** A STAR repair effort summary (repair_effort.json) in core terms. */
export interface StarRepairEffortFragment {
  /** The labor line's times: `soldHours` (actual billed), `clockedHours` (actual clocked, else the punches), `technicianId` (of the punches). */
  readonly labor: {
    readonly soldHours?: string | undefined;
    readonly clockedHours?: string | undefined;
    readonly technicianId?: string | undefined;
  };
  /** `estimated_labor_hours` → `laborHours`, `authorized_hours` → `authorizedHours`. */
  readonly estimate: RepairOrderEstimate;
  /** The billed hours split by payer (`effort_split_references`): customer CP, warranty W, internal I. */
  readonly hoursByPayType: Partial<Record<PayType, string>>;
  readonly extensions?: Record<string, unknown>;
}

const LaborTimesSchema = z.strictObject({
  soldHours: nonNegativeDecimalSchema.optional(),
  clockedHours: nonNegativeDecimalSchema.optional(),
  technicianId: idSchema.optional(),
});

/**
 * Reads a STAR `RepairEffortSummary` into the times of a labor line (flat-rate/sold vs clocked
 * hours, credited to the technician of the punches), the estimate's hours and the hours by payer.
 * The summary's own sums are checked (split = billed, punches = clocked, totals = labor + sublet,
 * efficiency = billed ÷ clocked to 2 places); a disagreement is a `star.total_mismatch` note.
 *
 * @example
 * const result = fromStarRepairEffort(json, { timeZone: 'UTC' });
 * if (result.ok) result.value.labor.clockedHours; // '2.25'
 */
export function fromStarRepairEffort(
  json: unknown,
  options: StarImportOptions,
): StarResult<StarRepairEffortFragment> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const parsed = safeParseRecord(StarRepairEffortSchema, json);
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const e = parsed.value;
    const h = (key: keyof typeof e & `${string}_hours`) => hoursOf(ctx, e[key] as never, [key]);
    const billed = h('actual_billed_hours');
    const clocked = h('actual_clocked_hours');
    const punches = (e.technician_time_references ?? []).map((p, i) =>
      hoursOf(ctx, p.duration, ['technician_time_references', i, 'duration']),
    );
    const labor: Record<string, string> = {};
    if (billed !== undefined) labor.soldHours = billed;
    const punched =
      punches.length > 0 && punches.every((p) => p !== undefined) ? sumHours(punches as string[]) : undefined;
    const clockedHours = clocked ?? punched;
    if (clockedHours !== undefined) labor.clockedHours = clockedHours;
    const technician = e.technician_time_references?.find(
      (p) => p.technician_time_reference_id,
    )?.technician_time_reference_id;
    if (technician !== undefined) labor.technicianId = technician;
    // Punches are optional: with none there is no sum to compare (as for a labor operation).
    if (punches.length > 0) {
      checkTotal(ctx, clocked, punches, 'the technician punches', '技师打卡时长', ['actual_clocked_hours']);
    }
    checkTotal(
      ctx,
      h('actual_total_hours'),
      [billed, h('actual_sublet_hours')],
      'billed plus sublet hours',
      '结算与外包工时',
      ['actual_total_hours'],
    );
    checkTotal(
      ctx,
      h('estimated_total_hours'),
      [h('estimated_labor_hours'), h('estimated_sublet_hours')],
      'estimated labor plus sublet hours',
      '估计工时与外包工时',
      ['estimated_total_hours'],
    );
    const hoursByPayType: Partial<Record<PayType, string>> = {};
    const split = e.effort_split_references?.[0];
    if (split !== undefined) {
      const path = ['effort_split_references', 0];
      const shares = [
        ['CP', hoursOf(ctx, split.customer_effort_hours, [...path, 'customer_effort_hours'])],
        ['W', hoursOf(ctx, split.warranty_effort_hours, [...path, 'warranty_effort_hours'])],
        ['I', hoursOf(ctx, split.internal_effort_hours, [...path, 'internal_effort_hours'])],
      ] as const;
      for (const [payType, hours] of shares) if (hours !== undefined) hoursByPayType[payType] = hours;
      checkTotal(
        ctx,
        billed,
        shares.map(([, hours]) => hours),
        'the split hours',
        '分摊工时',
        [...path],
      );
    }
    checkEfficiency(ctx, e.efficiency_ratio, billed, clockedHours);
    const estimate: Record<string, string> = {};
    const estimated = h('estimated_labor_hours');
    const authorized = h('authorized_hours');
    if (estimated !== undefined) estimate.laborHours = estimated;
    if (authorized !== undefined) estimate.authorizedHours = authorized;
    if (ctx.issues.length > 0) return failed(ctx);
    const times = safeParseRecord(LaborTimesSchema, labor);
    const est = safeParseRecord(RepairOrderEstimateSchema, estimate);
    if (!times.ok) return failed(ctx, times.issues);
    if (!est.ok) return failed(ctx, est.issues);
    const mapped = {
      actual_billed_hours: true,
      actual_clocked_hours: true,
      estimated_labor_hours: true,
      authorized_hours: true,
      effort_split_references: true,
      technician_time_references: true,
    } as const;
    const kept = keepUnmapped(ctx, e, mapped, []);
    const value: StarRepairEffortFragment = {
      labor: times.value,
      estimate: est.value,
      hoursByPayType,
      ...(kept === undefined ? {} : { extensions: { star: kept } }),
    };
    return { ok: true, value, notes: ctx.notes };
  });
}

const ONE = exactDecimal(1n, 0);

function checkEfficiency(
  ctx: ReturnType<typeof createContext>,
  ratio: number | undefined,
  billed?: string,
  clocked?: string,
): void {
  const b = billed === undefined ? undefined : parseExact(billed);
  const c = clocked === undefined ? undefined : parseExact(clocked);
  if (ratio === undefined || b === undefined || c === undefined || c.units === 0n) return;
  const computed = formatExact(divideExact(b, c, 2), 2);
  // The stated ratio is compared as the decimal the document wrote, rounded like the computed
  // one (half-even, 2 places), never through binary floats (1.005 × 100 is 100.49999…).
  const written = parseExact(String(ratio));
  if (written === undefined) return;
  const stated = formatExact(divideExact(written, ONE, 2), 2);
  if (stated !== computed) {
    addNote(ctx, 'star.total_mismatch', ['efficiency_ratio'], {
      stated: String(ratio),
      computed,
      what: 'billed ÷ clocked hours',
      whatZh: '结算工时 ÷ 实际工时',
    });
  }
}
