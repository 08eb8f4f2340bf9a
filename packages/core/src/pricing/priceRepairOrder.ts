import type { IssuePath } from '../errors/AftersalesError';
import { type AftersalesIssue, createIssue } from '../errors/AftersalesError';
import { attempt, type Result } from '../errors/Result';
import { money } from '../money/createMoney';
import type { Money } from '../money/Money';
import { checkRounding, type RoundingMode } from '../money/rounding';
import type { LaborRates } from '../schemas/dealer';
import { LaborRatesSchema } from '../schemas/dealer';
import { parseRecord } from '../schemas/parse';
import type { PayType } from '../schemas/payType';
import { RepairOrderSchema } from '../schemas/repairOrder';
import type { JobAuthorization } from '../schemas/repairOrderCodes';

/** Options of {@link priceRepairOrder}. */
export interface PriceRepairOrderOptions {
  /** The dealer's posted labor rates per pay type, for labor lines that carry neither amount nor rate. */
  readonly laborRates?: LaborRates;
  /** How each computed line amount is rounded to the currency's minor unit. Default `'half-up'` (四舍五入). */
  readonly rounding?: RoundingMode;
}

/** Whether a line is billed: approved work is; declined, deferred and pending work is shown apart. */
export type BillingStatus = 'billed' | 'declined' | 'deferred' | 'pending';

/** One priced line, in RO order. */
export interface PricedLine {
  readonly path: IssuePath;
  readonly kind: 'labor' | 'part' | 'sublet' | 'charge';
  readonly description: string;
  readonly payType: PayType;
  readonly status: BillingStatus;
  /** Signed: a discount is negative. */
  readonly amount: Money;
  /** `given`: the record's own amount; `computed`: hours × rate or quantity × unit price, rounded. */
  readonly basis: 'given' | 'computed';
}

/** A priced repair order: every line, and the totals of the billed ones. */
export interface RepairOrderPrice {
  readonly currency: string;
  readonly lines: readonly PricedLine[];
  readonly labor: Money;
  readonly parts: Money;
  readonly sublet: Money;
  readonly charges: Money;
  /** Billed total: labor + parts + sublet + charges. */
  readonly total: Money;
  /** Billed total per pay type: what the customer, the carmaker (W), the dealer (I) and the insurer pay. */
  readonly byPayType: Readonly<Record<PayType, Money>>;
  /** Declined, deferred and pending work, priced, not billed (the "declined repairs" a DMS follows up). */
  readonly notBilled: Readonly<Record<Exclude<BillingStatus, 'billed'>, Money>>;
  /** Lines that could not be priced (no amount and no rate): listed, never dropped, never counted. */
  readonly unpriced: readonly AftersalesIssue[];
}

function billingStatus(authorization: JobAuthorization): BillingStatus {
  // A partially approved job bills the lines that were not declined or deferred on their own.
  if (authorization === 'approved' || authorization === 'partially_approved') return 'billed';
  return authorization;
}

/**
 * Prices a repair order: labor (sold hours × rate, unless the line has its own amount), parts
 * (quantity × unit price, fractional quantities such as litres of oil included), sublet and
 * RO-level charges; totals per pay type. Each computed line is rounded once, to the currency's
 * minor unit, with the given rounding mode; totals are exact sums of the rounded lines.
 *
 * A line with neither amount nor rate is reported in `unpriced` (with its path), not priced as 0.
 *
 * @throws AftersalesError when the repair order or the options are invalid (coded, with the field's path)
 * @example
 * const price = priceRepairOrder(ro, { laborRates: { CP: '180.00', W: '120.00' } });
 * formatMoney(price.byPayType.CP, 'zh-CN'); // what the customer pays, e.g. '¥1,427.50'
 */
export function priceRepairOrder(
  repairOrder: unknown,
  options: PriceRepairOrderOptions = {},
): RepairOrderPrice {
  const ro = parseRecord(RepairOrderSchema, repairOrder);
  const rates = parseRecord(LaborRatesSchema, options?.laborRates ?? {});
  const rounding: RoundingMode = options?.rounding ?? 'half-up';
  checkRounding(rounding, ['options', 'rounding']);
  const currency = ro.currency;
  const zero = money('0', currency);
  const lines: PricedLine[] = [];
  const unpriced: AftersalesIssue[] = [];
  const amountOf = (text: string) => money(text, currency);

  ro.jobs.forEach((job, j) => {
    job.laborLines.forEach((line, l) => {
      const path = ['jobs', j, 'laborLines', l];
      const status = billingStatus(line.authorization ?? job.authorization);
      const rate = line.laborRate ?? rates[line.payType];
      if (line.laborAmount === undefined && rate === undefined) {
        unpriced.push(createIssue('pricing.unpriced_line', path, { payType: line.payType }));
        return;
      }
      const given = line.laborAmount !== undefined;
      const amount = given
        ? amountOf(line.laborAmount as string)
        : amountOf(rate as string)
            .multiply(line.soldHours)
            .round(rounding);
      lines.push({
        path,
        kind: 'labor',
        description: line.description,
        payType: line.payType,
        status,
        amount,
        basis: given ? 'given' : 'computed',
      });
    });
    job.partLines.forEach((line, p) => {
      const path = ['jobs', j, 'partLines', p];
      const status = billingStatus(job.authorization);
      const given = line.amount !== undefined;
      const amount = given
        ? amountOf(line.amount as string)
        : amountOf(line.unitPrice).multiply(line.quantity).round(rounding);
      lines.push({
        path,
        kind: 'part',
        description: line.description,
        payType: line.payType,
        status,
        amount,
        basis: given ? 'given' : 'computed',
      });
    });
    job.subletLines.forEach((line, s) => {
      const path = ['jobs', j, 'subletLines', s];
      const status = billingStatus(job.authorization);
      lines.push({
        path,
        kind: 'sublet',
        description: line.description,
        payType: line.payType,
        status,
        amount: amountOf(line.amount),
        basis: 'given',
      });
    });
  });
  ro.charges.forEach((charge, c) => {
    const signed = charge.kind === 'discount' ? amountOf(charge.amount).negate() : amountOf(charge.amount);
    lines.push({
      path: ['charges', c],
      kind: 'charge',
      description: charge.description ?? charge.kind,
      payType: charge.payType,
      status: 'billed',
      amount: signed,
      basis: 'given',
    });
  });

  const sum = (keep: (line: PricedLine) => boolean) =>
    lines.filter(keep).reduce((total, line) => total.add(line.amount), zero);
  const billed = (line: PricedLine) => line.status === 'billed';
  return {
    currency,
    lines,
    labor: sum((line) => billed(line) && line.kind === 'labor'),
    parts: sum((line) => billed(line) && line.kind === 'part'),
    sublet: sum((line) => billed(line) && line.kind === 'sublet'),
    charges: sum((line) => billed(line) && line.kind === 'charge'),
    total: sum(billed),
    byPayType: {
      CP: sum((line) => billed(line) && line.payType === 'CP'),
      W: sum((line) => billed(line) && line.payType === 'W'),
      I: sum((line) => billed(line) && line.payType === 'I'),
      INS: sum((line) => billed(line) && line.payType === 'INS'),
    },
    notBilled: {
      declined: sum((line) => line.status === 'declined'),
      deferred: sum((line) => line.status === 'deferred'),
      pending: sum((line) => line.status === 'pending'),
    },
    unpriced,
  };
}

/**
 * {@link priceRepairOrder} for untrusted input: returns the issues instead of throwing.
 *
 * @example
 * const result = safePriceRepairOrder(json, { laborRates: dealer.laborRates });
 * if (!result.ok) showIssues(result.issues);
 */
export function safePriceRepairOrder(
  repairOrder: unknown,
  options?: PriceRepairOrderOptions,
): Result<RepairOrderPrice> {
  return attempt(() => priceRepairOrder(repairOrder, options));
}
