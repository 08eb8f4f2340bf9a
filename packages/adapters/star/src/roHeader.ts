import {
  type IssuePath,
  isCurrencyCode,
  type RepairOrderKind,
  repairOrderKindSchema,
} from '@aftersales/core';
import { KIND_OF_INITIATION } from './codeMaps';
import { addAssumed, addUnmappable, lookup, type MapContext } from './context';
import type { ResolvedStarImportOptions } from './options';
import type { StarRepairOrder } from './schemas/repairOrder';

/** The RO kind and currency of a STAR repair order. Internal. */

const KIND_OF_LABOR_TYPE: Readonly<Record<string, RepairOrderKind>> = {
  MAINTENANCE: 'maintenance',
  REPAIR: 'repair',
  DIAGNOSTIC: 'repair',
  INSPECTION: 'repair',
  RECALL: 'recall',
  WARRANTY: 'warranty',
  INTERNAL: 'internal',
  ACCESSORY_INSTALL: 'accessory',
  BODY_SHOP: 'bodyshop',
};

/**
 * The RO kind: `repair_order_group` when it names one of ours (the adapter writes it there), else
 * the first initiation type that names one, else `options.kind`, else the first labor operation's
 * type, else `repair` (noted).
 */
export function kindOf(
  ctx: MapContext,
  ro: StarRepairOrder,
  options: ResolvedStarImportOptions,
): { kind: RepairOrderKind; from: 'group' | 'initiation' | 'other' } {
  const group = repairOrderKindSchema.safeParse(ro.repair_order_group);
  if (group.success) return { kind: group.data, from: 'group' };
  for (const initiation of ro.repair_order_initiation_types ?? []) {
    const kind = KIND_OF_INITIATION[initiation];
    if (kind !== undefined) return { kind, from: 'initiation' };
  }
  if (options.kind !== undefined) return { kind: options.kind, from: 'other' };
  const ops = [
    ...(ro.labor_operations ?? []),
    ...(ro.repair_order_line_items ?? []).flatMap((item) =>
      (item.service_jobs ?? []).flatMap((job) => job.labor_operations ?? []),
    ),
  ];
  const fromOps = lookup(KIND_OF_LABOR_TYPE, ops.find((op) => op.labor_operation_type)?.labor_operation_type);
  if (fromOps !== undefined) return { kind: fromOps, from: 'other' };
  addAssumed(
    ctx,
    ['repair_order_initiation_types'],
    'repair',
    'no kind in the document or options',
    '文档与选项均未给出维修类别',
    '“repair”（维修）',
  );
  return { kind: 'repair', from: 'other' };
}

/** The RO currency: locale, financial summary, a labor amount, then `options.currency`. */
export function currencyOf(
  ctx: MapContext,
  ro: StarRepairOrder,
  options: ResolvedStarImportOptions,
  path: IssuePath = [],
): string | undefined {
  const ops = [
    ...(ro.labor_operations ?? []),
    ...(ro.repair_order_line_items ?? []).flatMap((item) =>
      (item.service_jobs ?? []).flatMap((job) => job.labor_operations ?? []),
    ),
  ];
  const fromOps = ops.map((op) => op.amount?.currency_code ?? op.amount?.amount?.currency_code).find(Boolean);
  const currency =
    ro.locale?.currency_code ?? ro.repair_financial_summary?.currency_code ?? fromOps ?? options.currency;
  if (currency === undefined) {
    addUnmappable(
      ctx,
      [...path, 'locale', 'currency_code'],
      'no currency in the document (pass options.currency)',
      '文档中无币种（请传入 options.currency）',
    );
    return undefined;
  }
  if (!isCurrencyCode(currency)) {
    addUnmappable(
      ctx,
      [...path, 'locale', 'currency_code'],
      `'${currency}' is not an ISO 4217 currency`,
      `“${currency}”不是 ISO 4217 币种`,
    );
    return undefined;
  }
  return currency;
}
