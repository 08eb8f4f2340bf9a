import {
  type LaborLine,
  LaborLineSchema,
  type RepairOrderJob,
  RepairOrderJobSchema,
  type RepairOrderStatus,
  type StarRepairStatus,
  safeParseRecord,
} from '@aftersales/core';
import { z } from 'zod';
import { createContext, keepUnmapped, type MapContext } from './context';
import { mapLaborOperation } from './laborOperation';
import { normalizeLaborOperation, normalizeLineItem } from './lenient';
import { normalizeRepairOrder } from './lenientRepairOrder';
import { mapLineItem } from './lineItem';
import { parseImportOptions, type StarImportOptions } from './options';
import { failed, runMapping, type StarResult } from './result';
import { StarNarrativeSchema } from './schemas/common';
import {
  StarLaborOperationSchema,
  StarRepairOrderLineItemSchema,
  StarRepairStatusSummarySchema,
} from './schemas/repairOrder';
import { flowPositionOf } from './statusEvents';

/** Validates every record of a list with its core schema, issues prefixed with the index. */
export function validateAll<T>(
  ctx: MapContext,
  schema: z.ZodType<T>,
  records: readonly unknown[],
  name: string,
): StarResult<T[]> {
  if (ctx.issues.length > 0) return failed(ctx);
  const out: T[] = [];
  for (const [index, record] of records.entries()) {
    const result = safeParseRecord(schema, record);
    if (!result.ok)
      return failed(
        ctx,
        result.issues.map((issue) => ({ ...issue, path: [name, index, ...issue.path] })),
      );
    out.push(result.value);
  }
  return { ok: true, value: out, notes: ctx.notes };
}

/**
 * Reads one STAR `LaborOperation` (e.g. declined_labor_operation.json) into core labor lines: one,
 * or one per payer when its effort is split between payers.
 *
 * @example
 * const result = fromStarLaborOperation({ labor_operation_id: 'LOP-1', labor_operation_status_type: 'DECLINED' }, { timeZone: 'UTC' });
 * if (result.ok) result.value[0]?.authorization; // 'declined'
 */
export function fromStarLaborOperation(json: unknown, options: StarImportOptions): StarResult<LaborLine[]> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const parsed = safeParseRecord(StarLaborOperationSchema, normalizeLaborOperation(ctx, json, []));
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const env = {
      currency: resolved.value.currency ?? 'CNY',
      defaultPayType: resolved.value.defaultPayType,
      fallbackId: 'LOP-1',
    };
    const lines = mapLaborOperation(ctx, parsed.value, env, []);
    return validateAll(ctx, LaborLineSchema, lines, 'laborLines');
  });
}

/** STAR line items (repair_order_line_items.json) as core jobs, with the RO narratives as notes. */
export interface StarLineItemsFragment {
  readonly jobs: RepairOrderJob[];
  /** `narratives[].narrative_desc`, one per line (core RO `notes`). */
  readonly notes?: string;
}

/**
 * Reads `{ repair_order_line_items, narratives? }` into core jobs (each validated by core's
 * `RepairOrderJobSchema`).
 *
 * @example
 * const result = fromStarLineItems({ repair_order_line_items: [item] }, { timeZone: 'UTC', currency: 'USD' });
 */
export function fromStarLineItems(
  json: unknown,
  options: StarImportOptions,
): StarResult<StarLineItemsFragment> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const shape = z.looseObject({
      repair_order_line_items: z.array(z.unknown()),
      narratives: z.array(StarNarrativeSchema).optional(),
    });
    const parsed = safeParseRecord(shape, json);
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const env = { currency: resolved.value.currency ?? 'CNY', defaultPayType: resolved.value.defaultPayType };
    const jobs = [];
    for (const [i, raw] of parsed.value.repair_order_line_items.entries()) {
      const path = ['repair_order_line_items', i];
      const item = safeParseRecord(StarRepairOrderLineItemSchema, normalizeLineItem(ctx, raw, path));
      if (!item.ok)
        return failed(
          ctx,
          item.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
        );
      jobs.push(mapLineItem(ctx, item.value, { ...env, fallbackId: `LINE-${i + 1}` }, path));
    }
    const checked = validateAll(ctx, RepairOrderJobSchema, jobs, 'jobs');
    if (!checked.ok) return checked;
    const texts = (parsed.value.narratives ?? []).map((n) => n.narrative_desc).filter((t) => t !== undefined);
    const value: StarLineItemsFragment =
      texts.length > 0 ? { jobs: checked.value, notes: texts.join('\n') } : { jobs: checked.value };
    return { ok: true, value, notes: ctx.notes };
  });
}

/** The header status of a STAR repair order (declined_repair_order.json): our flow position. */
export interface StarRepairOrderStatusFragment {
  readonly roNumber?: string;
  readonly status: RepairOrderStatus;
  readonly starStatus?: StarRepairStatus;
  /** The narratives' descriptions, one per line (core RO `notes`). */
  readonly notes?: string;
  readonly extensions?: Record<string, unknown>;
}

/**
 * Reads a STAR repair-order header status (`repair_order_id` or `repair_order_reference_id`,
 * a status summary or `repair_order_status_type`, narratives) into our flow status.
 *
 * @example
 * const result = fromStarRepairOrderStatus({ repair_order_reference_id: 'R-1', repair_order_status_type: 'DECLINED' }, { timeZone: 'UTC' });
 * if (result.ok) result.value.status; // 'cancelled'
 */
export function fromStarRepairOrderStatus(
  json: unknown,
  options: StarImportOptions,
): StarResult<StarRepairOrderStatusFragment> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const shape = z.looseObject({
      repair_order_id: z.string().optional(),
      repair_status_summary: StarRepairStatusSummarySchema.optional(),
      service_general_notes: z.array(StarNarrativeSchema).optional(),
    });
    const parsed = safeParseRecord(shape, normalizeRepairOrder(ctx, json));
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const doc = parsed.value;
    const starStatus = doc.repair_status_summary?.current_repair_status_type;
    const position = flowPositionOf(
      ctx,
      starStatus,
      doc.repair_status_summary?.current_repair_stage_type,
      {},
      ['repair_status_summary'],
    );
    const value: Record<string, unknown> = { status: position.status };
    if (doc.repair_order_id !== undefined) value.roNumber = doc.repair_order_id;
    if (starStatus !== undefined) value.starStatus = starStatus;
    const texts = (doc.service_general_notes ?? [])
      .map((n) => n.narrative_desc)
      .filter((t) => t !== undefined);
    if (texts.length > 0) value.notes = texts.join('\n');
    const kept = keepUnmapped(
      ctx,
      doc,
      {
        repair_order_id: true,
        repair_status_summary: ['current_repair_status_type', 'current_repair_stage_type'],
      },
      [],
    );
    if (kept !== undefined) value.extensions = { star: kept };
    return { ok: true, value: value as unknown as StarRepairOrderStatusFragment, notes: ctx.notes };
  });
}
