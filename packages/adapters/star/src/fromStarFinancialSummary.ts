import {
  isCurrencyCode,
  type RepairOrderCharge,
  RepairOrderChargeSchema,
  type RepairOrderEstimate,
  RepairOrderEstimateSchema,
  safeParseRecord,
} from '@aftersales/core';
import { addAssumed, addUnmappable, createContext, keepUnmapped } from './context';
import { amountOf, checkSummary, estimateOf } from './financialSummary';
import { normalizeFinancialSummary } from './lenient';
import { parseImportOptions, type StarImportOptions } from './options';
import { failed, runMapping, type StarResult } from './result';
import { StarFinancialSummarySchema } from './schemas/common';

/** A STAR financial summary (repair_financial_summary.json) in core terms. */
export interface StarFinancialSummaryFragment {
  readonly currency: string;
  /** The estimate and authorized amount (core RO `estimate`). */
  readonly estimate?: RepairOrderEstimate;
  /** `actual_misc_amount` and `actual_tax_amount` as RO charges (payer: customer, noted). */
  readonly charges: RepairOrderCharge[];
  /** The actual totals as STAR states them; core derives these from the lines, so they are only checked. */
  readonly stated: Readonly<Record<string, string>>;
  readonly extensions?: Record<string, unknown>;
}

const STATED = [
  'actual_labor_amount',
  'actual_parts_amount',
  'actual_sublet_amount',
  'actual_grand_total_amount',
  'paid_amount',
  'outstanding_amount',
] as const;

/**
 * Reads a STAR `RepairFinancialSummary`: the estimate becomes core's RO estimate, misc and tax
 * become RO charges, and the actual totals are checked (grand totals = their parts, paid +
 * outstanding = grand total) and returned as stated. JSON-number amounts (STAR says string) are
 * read through their decimal form with a `star.lenient_value` note.
 *
 * @example
 * const result = fromStarFinancialSummary(json, { timeZone: 'UTC' });
 * if (result.ok) result.value.estimate?.totalAmount; // '486.85'
 */
export function fromStarFinancialSummary(
  json: unknown,
  options: StarImportOptions,
): StarResult<StarFinancialSummaryFragment> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, json, () => {
    const parsed = safeParseRecord(StarFinancialSummarySchema, normalizeFinancialSummary(ctx, json, []));
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const summary = parsed.value;
    const currency = summary.currency_code ?? resolved.value.currency;
    if (currency === undefined || !isCurrencyCode(currency)) {
      addUnmappable(
        ctx,
        ['currency_code'],
        `no ISO 4217 currency (${currency ?? 'none'}; pass options.currency)`,
        '无有效币种（请传入 options.currency）',
      );
      return failed(ctx);
    }
    const estimate = estimateOf(ctx, summary, currency, []);
    const agrees = checkSummary(ctx, summary, currency, []);
    const charges: Record<string, string>[] = [];
    const misc = amountOf(ctx, summary, 'actual_misc_amount', currency, []);
    const tax = amountOf(ctx, summary, 'actual_tax_amount', currency, []);
    if (misc !== undefined) charges.push({ id: 'star-misc', kind: 'misc', amount: misc, payType: 'CP' });
    if (tax !== undefined) charges.push({ id: 'star-tax', kind: 'tax', amount: tax, payType: 'CP' });
    if (charges.length > 0)
      addAssumed(
        ctx,
        ['actual_misc_amount'],
        'CP',
        'misc and tax charges name no payer',
        '杂费与税费未注明付费方',
      );
    const stated: Record<string, string> = {};
    for (const key of STATED) {
      const value = amountOf(ctx, summary, key, currency, []);
      if (value !== undefined) stated[key] = value;
    }
    if (ctx.issues.length > 0) return failed(ctx);
    const est = estimate === undefined ? undefined : safeParseRecord(RepairOrderEstimateSchema, estimate);
    if (est !== undefined && !est.ok) return failed(ctx, est.issues);
    const checked = [];
    for (const charge of charges) {
      const result = safeParseRecord(RepairOrderChargeSchema, charge);
      if (!result.ok) return failed(ctx, result.issues);
      checked.push(result.value);
    }
    const mapped: Record<string, true> = {
      currency_code: true,
      actual_misc_amount: true,
      actual_tax_amount: true,
    };
    for (const key of [
      'estimated_labor_amount',
      'estimated_parts_amount',
      'estimated_sublet_amount',
      'estimated_misc_amount',
      'estimated_tax_amount',
      'estimated_grand_total_amount',
      'authorized_amount',
      ...STATED,
    ]) {
      mapped[key] = true;
    }
    if (!agrees) delete mapped.actual_grand_total_amount;
    const kept = keepUnmapped(ctx, summary, mapped, []);
    const value: StarFinancialSummaryFragment = {
      currency,
      ...(est === undefined ? {} : { estimate: est.value }),
      charges: checked,
      stated,
      ...(kept === undefined ? {} : { extensions: { star: kept } }),
    };
    return { ok: true, value, notes: ctx.notes };
  });
}
