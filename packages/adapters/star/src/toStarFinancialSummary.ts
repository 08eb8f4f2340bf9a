import { type AftersalesIssue, createIssue, type RepairOrder } from '@aftersales/core';
import { sumDecimals } from './decimals';

function notExported(
  notes: AftersalesIssue[],
  path: (string | number)[],
  reason: string,
  reasonZh: string,
): void {
  notes.push(createIssue('star.not_exported', path, { reason, reasonZh }));
}

function amount(value: string, currency: string): Record<string, unknown> {
  return { amount: value, currency_code: currency };
}

const ESTIMATE_FIELDS = [
  ['laborAmount', 'estimated_labor_amount'],
  ['partsAmount', 'estimated_parts_amount'],
  ['subletAmount', 'estimated_sublet_amount'],
  ['miscAmount', 'estimated_misc_amount'],
  ['taxAmount', 'estimated_tax_amount'],
  ['totalAmount', 'estimated_grand_total_amount'],
  ['authorizedAmount', 'authorized_amount'],
] as const;

/**
 * The STAR financial summary of an RO: the estimate, the labor total of the lines (when every
 * line has an amount), one misc and one tax charge paid by the customer. Internal.
 */
export function toStarFinancialSummary(
  ro: RepairOrder,
  notes: AftersalesIssue[],
): Record<string, unknown> | undefined {
  const summary: Record<string, unknown> = {};
  const currency = ro.currency;
  for (const [core, star] of ESTIMATE_FIELDS) {
    const value = ro.estimate?.[core];
    if (value !== undefined) summary[star] = amount(value, currency);
  }
  for (const field of ['laborHours', 'authorizedHours'] as const) {
    if (ro.estimate?.[field] !== undefined)
      notExported(
        notes,
        ['estimate', field],
        'a STAR repair order has no effort summary',
        'STAR 工单无工时汇总',
      );
  }
  const lines = ro.jobs.flatMap((job) => job.laborLines);
  const amounts = lines.map((line) => line.laborAmount);
  if (lines.length > 0 && amounts.every((value) => value !== undefined)) {
    summary.actual_labor_amount = amount(sumOrZero(amounts as string[]), currency);
  }
  ro.charges.forEach((charge, index) => {
    const star = { misc: 'actual_misc_amount', tax: 'actual_tax_amount' }[charge.kind as 'misc' | 'tax'];
    const simple =
      charge.payType === 'CP' && charge.payTypeDetail === undefined && charge.description === undefined;
    if (star === undefined || star in summary || !simple) {
      notExported(
        notes,
        ['charges', index],
        `charge ${charge.id} (${charge.kind}): STAR has one misc and one tax amount`,
        `费用 ${charge.id}：STAR 仅有一项杂费与一项税额`,
      );
    } else summary[star] = amount(charge.amount, currency);
  });
  if (Object.keys(summary).length === 0) return undefined;
  return { currency_code: currency, ...summary };
}

function sumOrZero(values: readonly string[]): string {
  return sumDecimals(values) ?? '0';
}
