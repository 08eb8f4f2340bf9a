import type { IssuePath, RepairOrderEstimateSchema } from '@aftersales/core';
import type { z } from 'zod';
import { addNote, addUnmappable, isRecord, type MapContext } from './context';
import { sameDecimal, sumDecimals } from './decimals';
import type { StarFinancialSummarySchema } from './schemas/common';

/**
 * A STAR `RepairFinancialSummary`: the estimate (估价) becomes core's RO estimate; the actual totals
 * are checked (against each other, and against the lines when the caller has them) and every
 * disagreement is a `star.total_mismatch` note: neither side is silently trusted. Internal.
 */

type Summary = z.output<typeof StarFinancialSummarySchema>;
type Estimate = z.input<typeof RepairOrderEstimateSchema>;
type AmountKey = `${string}_amount`;

/** An amount of the summary as a decimal string, after checking its currency. */
export function amountOf(
  ctx: MapContext,
  summary: Summary,
  key: AmountKey,
  currency: string,
  path: IssuePath,
): string | undefined {
  const field: unknown = (summary as Record<string, unknown>)[key];
  if (!isRecord(field) || typeof field.amount !== 'string') return undefined;
  const code = typeof field.currency_code === 'string' ? field.currency_code : undefined;
  const stated = code ?? summary.currency_code ?? currency;
  if (stated !== currency) {
    addUnmappable(
      ctx,
      [...path, key],
      `amount in ${stated}, the RO is in ${currency}`,
      `金额币种 ${stated} 与工单币种 ${currency} 不同`,
    );
  }
  return field.amount;
}

const ESTIMATE_FIELDS = [
  ['estimated_labor_amount', 'laborAmount'],
  ['estimated_parts_amount', 'partsAmount'],
  ['estimated_sublet_amount', 'subletAmount'],
  ['estimated_misc_amount', 'miscAmount'],
  ['estimated_tax_amount', 'taxAmount'],
  ['estimated_grand_total_amount', 'totalAmount'],
  ['authorized_amount', 'authorizedAmount'],
] as const;

/** The estimate of a summary (`undefined` when it has none). */
export function estimateOf(
  ctx: MapContext,
  summary: Summary,
  currency: string,
  path: IssuePath,
): Estimate | undefined {
  const estimate: Record<string, string> = {};
  for (const [star, core] of ESTIMATE_FIELDS) {
    const amount = amountOf(ctx, summary, star, currency, path);
    if (amount !== undefined) estimate[core] = amount;
  }
  return Object.keys(estimate).length === 0 ? undefined : (estimate as Estimate);
}

/** Notes `stated` ≠ the exact sum of `parts` (when all are present). True when they agree. */
export function checkTotal(
  ctx: MapContext,
  stated: string | undefined,
  parts: readonly (string | undefined)[],
  what: string,
  whatZh: string,
  path: IssuePath,
): boolean {
  if (stated === undefined || parts.some((part) => part === undefined)) return true;
  const computed = sumDecimals(parts as string[], stated.split('.')[1]?.length ?? 0);
  if (computed === undefined || sameDecimal(stated, computed)) return true;
  addNote(ctx, 'star.total_mismatch', path, { stated, computed, what, whatZh });
  return false;
}

/** The summary's own arithmetic: estimated and actual grand totals, and paid + outstanding. */
export function checkSummary(ctx: MapContext, summary: Summary, currency: string, path: IssuePath): boolean {
  const a = (key: AmountKey) => amountOf(ctx, summary, key, currency, path);
  const parts = (prefix: 'estimated' | 'actual') =>
    (['labor', 'parts', 'sublet', 'misc', 'tax'] as const).map((kind) => a(`${prefix}_${kind}_amount`));
  const estimated = checkTotal(
    ctx,
    a('estimated_grand_total_amount'),
    parts('estimated'),
    'the estimated labor, parts, sublet, misc and tax amounts',
    '估价工时、配件、外包、杂费与税额',
    [...path, 'estimated_grand_total_amount'],
  );
  const actual = checkTotal(
    ctx,
    a('actual_grand_total_amount'),
    parts('actual'),
    'the actual labor, parts, sublet, misc and tax amounts',
    '实际工时、配件、外包、杂费与税额',
    [...path, 'actual_grand_total_amount'],
  );
  const settled = checkTotal(
    ctx,
    a('actual_grand_total_amount'),
    [a('paid_amount'), a('outstanding_amount')],
    'paid plus outstanding',
    '已付与未付金额',
    [...path, 'paid_amount'],
  );
  return estimated && actual && settled;
}
