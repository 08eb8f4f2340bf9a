import {
  absExact,
  compareExact,
  createDecision,
  type Decision,
  divideExact,
  type ExactDecimal,
  exactDecimal,
  formatExact,
  multiplyExact,
  signOfExact,
  subtractExact,
  type TraceStep,
} from '@aftersales/core';
import type { StocktakeRules } from './stocktakeRules';
import type { StocktakeDecisionDetails, StocktakeOutcome } from './stocktakeSheetTypes';

/** What a count's decision reads: exact totals, the tolerance, and how to show money. */
export interface StocktakeJudgement {
  readonly bookValue: ExactDecimal;
  readonly grossVariance: ExactDecimal;
  readonly netVariance: ExactDecimal;
  readonly threshold: ExactDecimal;
  readonly thresholdText: string;
  readonly currency: string;
  readonly minorDigits: number;
}

/** `threshold % of book`: the most variance the tolerance allows, exact. */
export function allowedVarianceOf(book: ExactDecimal, threshold: ExactDecimal): ExactDecimal {
  const product = multiplyExact(book, threshold);
  return { units: product.units, places: product.places + 2 };
}

const HUNDRED = exactDecimal(100n, 0);

/**
 * `part ÷ whole × 100`, rounded half-even to `places` places, trailing zeros dropped
 * (`123 ÷ 11,975` → `'1.0271'`). `whole` must not be zero.
 */
export function percentOf(part: ExactDecimal, whole: ExactDecimal, places = 4): string {
  return formatExact(divideExact(multiplyExact(part, HUNDRED), whole, places));
}

function check(
  kind: 'gross' | 'net',
  variance: ExactDecimal,
  judgement: StocktakeJudgement,
  rules: StocktakeRules,
): TraceStep {
  const { bookValue, threshold, thresholdText, currency, minorDigits } = judgement;
  const rule = rules[kind];
  const money = (value: ExactDecimal): string => formatExact(value, minorDigits);
  const label =
    kind === 'gross' ? { en: 'Gross variance', zh: '盘点总差异' } : { en: 'Net variance', zh: '盘点净差异' };
  const facts = {
    variance: money(variance),
    bookValue: money(bookValue),
    currency,
    thresholdPercent: thresholdText,
  };
  if (signOfExact(bookValue) <= 0) {
    return rule.notApplicable(facts, {
      en: `${label.en} ${money(variance)} ${currency}: no book value to compare it with (book value ${money(bookValue)} ${currency})`,
      zh: `${label.zh} ${money(variance)} ${currency}：账面金额为 ${money(bookValue)} ${currency}，无法计算差异率`,
    });
  }
  const allowed = allowedVarianceOf(bookValue, threshold);
  const percent = percentOf(variance, bookValue);
  const magnitude = absExact(variance);
  const over = subtractExact(magnitude, allowed);
  const withFacts = { ...facts, allowedVariance: money(allowed), percent };
  const head = {
    en: `${label.en} ${money(variance)} ${currency} is ${percent} % of the book value ${money(bookValue)} ${currency}`,
    zh: `${label.zh} ${money(variance)} ${currency}，占账面金额 ${money(bookValue)} ${currency} 的 ${percent}%`,
  };
  if (compareExact(magnitude, allowed) <= 0) {
    return rule.passed(withFacts, {
      en: `${head.en}, within the ${thresholdText} % tolerance (at most ${money(allowed)})`,
      zh: `${head.zh}，在 ${thresholdText}% 的允许范围内（不超过 ${money(allowed)}）`,
    });
  }
  return rule.failed(withFacts, {
    en: `${head.en}, over the ${thresholdText} % tolerance (at most ${money(allowed)}) by ${money(over)}`,
    zh: `${head.zh}，超出 ${thresholdText}% 的允许范围（不超过 ${money(allowed)}）${money(over)}`,
  });
}

/**
 * Judges one count against the tolerance: the gross check (Σ |difference value| ≤ tolerance ×
 * book value) and the net check (|gains − losses| ≤ tolerance × book value), exactly; the
 * boundary itself passes (0.30 % within 0.3 %). With a book value ≤ 0 both are not applicable.
 *
 * @example
 * const decision = judgeStocktake(judgement, createStocktakeRules());
 * decision.outcome; // 'within_tolerance'
 */
export function judgeStocktake(
  judgement: StocktakeJudgement,
  rules: StocktakeRules,
): Decision<StocktakeOutcome, StocktakeDecisionDetails> {
  const gross = check('gross', judgement.grossVariance, judgement, rules);
  const net = check('net', judgement.netVariance, judgement, rules);
  const hasBook = signOfExact(judgement.bookValue) > 0;
  const outcome: StocktakeOutcome = !hasBook
    ? 'no_book_value'
    : gross.status === 'failed' || net.status === 'failed'
      ? 'over_tolerance'
      : 'within_tolerance';
  return createDecision(outcome, [gross, net], {
    thresholdPercent: judgement.thresholdText,
    grossPercent: hasBook ? percentOf(judgement.grossVariance, judgement.bookValue) : null,
    netPercent: hasBook ? percentOf(judgement.netVariance, judgement.bookValue) : null,
    gross: gross.status,
    net: net.status,
  });
}
