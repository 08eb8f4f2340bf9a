import { AftersalesError, type TraceStep } from '@aftersales/core';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from '../demand/scaled';
import type { PartsRules } from '../policy/partsRules';
import { largestOrderWithin } from './orderQuantity';

/** A line as the budget sees it: quantities and cost in fixed units (× 10⁴). */
export interface BudgetLine {
  readonly partNumber: string;
  readonly quantity: number;
  readonly pack: number;
  readonly moq: number;
  readonly unitCost: number;
}

/** How one ordered line fared against the budget (amounts × 10⁸). */
export interface BudgetCheck {
  readonly rank: number;
  readonly budget: bigint;
  readonly leftBefore: bigint;
  readonly value: bigint;
  readonly kept: number;
  readonly keptValue: bigint;
}

/** The quantities kept per line, the total spent (× 10⁸) and the check of each ordered line. */
export interface BudgetResult {
  readonly quantities: number[];
  readonly total: bigint;
  readonly checks: (BudgetCheck | undefined)[];
}

const money = (value: bigint): string => formatScaled(value, VALUE_DIGITS);
const quantity = (units: number): string => formatScaled(units, QUANTITY_DIGITS);

/**
 * Spends `budget` (× 10⁸) on `lines`, given most important first: a line is kept whole while it
 * fits, else reduced to the whole packs that fit (at least the MOQ), else cut. A later, cheaper
 * line may still fit after an earlier one was cut. Without a budget every line is kept.
 */
export function applyBudget(lines: readonly BudgetLine[], budget: bigint | undefined): BudgetResult {
  const quantities: number[] = [];
  const checks: (BudgetCheck | undefined)[] = [];
  let total = 0n;
  let rank = 0;
  for (const line of lines) {
    if (line.quantity === 0) {
      quantities.push(0);
      checks.push(undefined);
      continue;
    }
    rank += 1;
    const value = BigInt(line.quantity) * BigInt(line.unitCost);
    if (budget === undefined) {
      quantities.push(line.quantity);
      checks.push(undefined);
      total += value;
      continue;
    }
    const leftBefore = budget - total;
    const kept =
      value <= leftBefore
        ? line.quantity
        : largestOrderWithin(line.quantity, line.pack, line.moq, line.unitCost, leftBefore);
    const keptValue = BigInt(kept) * BigInt(line.unitCost);
    total += keptValue;
    quantities.push(kept);
    checks.push({ rank, budget, leftBefore, value, kept, keptValue });
  }
  return { quantities, total, checks };
}

/** The trace step of a line's budget check: kept, reduced or cut, with the money left. */
export function budgetStep(
  check: BudgetCheck,
  wanted: number,
  rules: PartsRules,
  currency: string,
): TraceStep {
  const { rank, kept } = check;
  const facts = {
    rank,
    budget: money(check.budget),
    leftBefore: money(check.leftBefore),
    value: money(check.value),
    kept: quantity(kept),
    keptValue: money(check.keptValue),
    currency,
  };
  if (kept === wanted) {
    return rules.budget.passed(facts, {
      en: `Line ${rank} by importance: ${facts.value} ${currency} fits the ${facts.leftBefore} left of the budget ${facts.budget}`,
      zh: `按重要性第 ${rank} 行：金额 ${facts.value} ${currency}，预算 ${facts.budget} 尚余 ${facts.leftBefore}，保留`,
    });
  }
  return rules.budget.failed(
    facts,
    kept > 0
      ? {
          en: `Line ${rank} by importance: ${facts.value} ${currency} exceeds the ${facts.leftBefore} left; reduced to ${facts.kept} (${facts.keptValue})`,
          zh: `按重要性第 ${rank} 行：金额 ${facts.value} ${currency} 超出预算余额 ${facts.leftBefore}，减至 ${facts.kept}（${facts.keptValue}）`,
        }
      : {
          en: `Line ${rank} by importance: ${facts.value} ${currency} exceeds the ${facts.leftBefore} left and not one valid order fits: cut`,
          zh: `按重要性第 ${rank} 行：金额 ${facts.value} ${currency} 超出预算余额 ${facts.leftBefore}，最小有效订量也无法满足：删除`,
        },
  );
}

// What a stocking policy's `budget` accepts (StockingPolicySchema): up to 15 digits, four places.
// Read into BigInt, not fixed units, so a budget the policy accepts is never refused here.
const BUDGET = /^(\d{1,15})(?:\.(\d{1,4}))?$/;

/**
 * A budget as the order rules compare it: a non-negative decimal string (at most 15 digits and
 * four places) as an integer × 10⁸, or `undefined` for none.
 *
 * @throws AftersalesError `money.invalid_amount` at `budget`
 */
export function budgetUnits(value: unknown): bigint | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? BUDGET.exec(value) : null;
  if (!match) {
    // Named by its type when not a string: String() throws on an object without a prototype.
    const shown = typeof value === 'string' ? value : value === null ? 'null' : typeof value;
    throw AftersalesError.of('money.invalid_amount', ['budget'], { value: shown });
  }
  return BigInt(`${match[1]}${(match[2] ?? '').padEnd(4, '0')}`) * 10_000n;
}
