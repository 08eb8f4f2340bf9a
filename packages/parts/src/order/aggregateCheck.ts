import { createDecision, type Decision, fixedUnitsOf } from '@aftersales/core';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from '../demand/scaled';
import type { PartsRules } from '../policy/partsRules';
import type { StockingPolicy } from '../policy/stockingPolicy';

/** How inventory value compares with the manuals' 1.5 × the month's outbound value. */
export type AggregateOutcome = 'within' | 'above' | 'below' | 'no_data';

/** Inventory values at cost (× 10⁸): on hand now, and once on-order and this order are in. */
export interface AggregateValues {
  readonly onHandValue: bigint;
  readonly afterValue: bigint;
  readonly lastMonthValue: bigint;
}

const money = (value: bigint): string => formatScaled(value, VALUE_DIGITS);

/**
 * The manuals' aggregate rule (安全库存为当月出库金额的1.5倍): inventory value at cost against
 * `monthsOfOutbound` (1.5) × the outbound (issue) value of the history's last month, within
 * ± `tolerance` (10 %) of it. The outcome judges the stock after this order; the facts give both.
 */
export function aggregateCheck(
  values: AggregateValues,
  policy: StockingPolicy,
  rules: PartsRules,
  month: string,
): Decision<AggregateOutcome> {
  const { monthsOfOutbound, tolerance } = policy.aggregate;
  // target = outbound × monthsOfOutbound; both factors in fixed units (× 10⁴).
  const target = values.lastMonthValue * BigInt(fixedUnitsOf(monthsOfOutbound) as number);
  const scaledTarget = target; // × 10¹² (value × 10⁸ × factor × 10⁴)
  const toleranceUnits = BigInt(fixedUnitsOf(tolerance) as number);
  const ratio = (value: bigint): string =>
    target > 0n ? formatScaled((value * 10_000n * 10_000n) / scaledTarget, QUANTITY_DIGITS) : '0';
  const facts = {
    month,
    outboundValue: money(values.lastMonthValue),
    monthsOfOutbound,
    target: formatScaled(target / 10_000n, VALUE_DIGITS),
    inventoryValue: money(values.onHandValue),
    ratioNow: ratio(values.onHandValue),
    valueAfterOrder: money(values.afterValue),
    ratioAfterOrder: ratio(values.afterValue),
    tolerance,
  };
  if (target <= 0n) {
    return createDecision('no_data', [
      rules.aggregate.notApplicable(facts, {
        en: `No outbound value in ${month}: the ${monthsOfOutbound} × outbound check cannot be made`,
        zh: `${month} 无出库金额，无法按 ${monthsOfOutbound} 倍出库金额检查库存`,
      }),
    ]);
  }
  // |after × 10⁴ − target| ≤ tolerance × target, all × 10¹².
  const after = values.afterValue * 10_000n;
  const outcome: AggregateOutcome =
    after * 10_000n > target * (10_000n + toleranceUnits)
      ? 'above'
      : after * 10_000n < target * (10_000n - toleranceUnits)
        ? 'below'
        : 'within';
  const text = {
    en: `Inventory after this order ${facts.valueAfterOrder} is ${facts.ratioAfterOrder} × the target ${facts.target} (${monthsOfOutbound} × ${month}'s outbound ${facts.outboundValue}; now ${facts.ratioNow} ×): ${outcome}`,
    zh: `本次订货后库存 ${facts.valueAfterOrder} 为目标 ${facts.target}（${month} 出库 ${facts.outboundValue} × ${monthsOfOutbound}）的 ${facts.ratioAfterOrder} 倍（当前 ${facts.ratioNow} 倍）：${{ within: '在范围内', above: '偏高', below: '偏低' }[outcome]}`,
  };
  return createDecision(outcome, [
    outcome === 'within' ? rules.aggregate.passed(facts, text) : rules.aggregate.failed(facts, text),
  ]);
}
