import { allocate, type IssuePath, type LaborLineInput, money, type PayType } from '@aftersales/core';
import { addUnmappable, type MapContext } from './context';
import { isZeroDecimal, sameDecimal } from './decimals';
import { hoursOf, sumHours } from './hours';
import type { StarLaborOperation } from './schemas/repairOrder';

/**
 * A labor operation whose effort STAR splits between payers (`effort_split_references`: customer,
 * warranty and internal hours) becomes one core line per payer, because a core line has one
 * payer. Hours come from the split; the amount and clocked hours are allocated in proportion to
 * them with core's `allocate`, so the parts add up exactly to the whole. Internal.
 */

const PAYERS = [
  ['customer_effort_hours', 'CP'],
  ['warranty_effort_hours', 'W'],
  ['internal_effort_hours', 'I'],
] as const;

function allocated(total: string, ratios: readonly string[], currency: string): string[] {
  const decimals = Math.max(2, total.split('.')[1]?.length ?? 0);
  return allocate(money(total, currency), ratios, { decimals }).map((part) => part.toDecimalString());
}

/** The line as is, or one line per payer with a non-zero share of the split hours. */
export function splitByPayer(
  ctx: MapContext,
  op: StarLaborOperation,
  line: Record<string, unknown>,
  currency: string,
  path: IssuePath,
): LaborLineInput[] {
  const splits = op.repair_effort_summary?.effort_split_references;
  const split = splits?.[0];
  if (split === undefined || (splits?.length ?? 0) > 1) return [line as unknown as LaborLineInput];
  const splitPath = [...path, 'repair_effort_summary', 'effort_split_references', 0];
  const shares: { payType: PayType; hours: string }[] = [];
  for (const [field, payType] of PAYERS) {
    const hours = hoursOf(ctx, split[field], [...splitPath, field]);
    if (hours !== undefined && !isZeroDecimal(hours)) shares.push({ payType, hours });
  }
  if (shares.length < 2) return [line as unknown as LaborLineInput];
  const total = sumHours(shares.map((share) => share.hours));
  const sold = String(line.soldHours);
  if (!sameDecimal(total, sold)) {
    addUnmappable(
      ctx,
      splitPath,
      `the split hours add up to ${total}, the operation bills ${sold}`,
      `分摊工时合计 ${total}，与工时结算 ${sold} 不符`,
    );
    return [line as unknown as LaborLineInput];
  }
  const ratios = shares.map((share) => share.hours);
  const amounts =
    typeof line.laborAmount === 'string' ? allocated(line.laborAmount, ratios, currency) : undefined;
  const clocked =
    typeof line.clockedHours === 'string' ? allocated(line.clockedHours, ratios, currency) : undefined;
  return shares.map((share, index) => {
    const part: Record<string, unknown> = {
      ...line,
      id: `${String(line.id)}/${share.payType}`,
      soldHours: share.hours,
    };
    part.payType = share.payType;
    delete part.payTypeDetail;
    if (amounts !== undefined) part.laborAmount = amounts[index];
    if (clocked !== undefined) part.clockedHours = clocked[index];
    return part as unknown as LaborLineInput;
  });
}
