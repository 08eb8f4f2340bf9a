import {
  compareExact,
  type ExactDecimal,
  type LocalizedText,
  parseExact,
  signOfExact,
} from '@aftersales/core';
import type { OrderLine, OrderSuggestion } from '@aftersales/parts';
import type { PartsSection } from './auditTypes';

/**
 * How many of the largest lines the section lists.
 *
 * @example
 * orderSummary(order).top.length <= TOP_ORDER_LINES; // true
 */
export const TOP_ORDER_LINES = 10;

const exact = (text: string): ExactDecimal => parseExact(text) ?? { units: 0n, places: 0 };

/**
 * Why a line is ordered, in the package's own words: the need step (inventory position against
 * min and max, or the open-RO shortage), then the pack / MOQ step when it changed the quantity,
 * then the budget step when the budget reduced it.
 *
 * @example
 * reasonOf(line).en; // 'Inventory position 2 = 2 on hand + 0 on order − 0 reserved, at or below min 5: need 8 to reach max 10'
 */
export function reasonOf(line: OrderLine): LocalizedText {
  const trace = line.decision.trace;
  const need = trace.find((step) => step.rule === 'parts.order.need');
  const pack = trace.find((step) => step.rule === 'parts.order.pack-moq');
  const budget = trace.find((step) => step.rule === 'parts.order.budget');
  const steps = [
    need,
    compareExact(exact(line.quantity), exact(line.need)) !== 0 ? pack : undefined,
    line.outcome === 'reduced' ? budget : undefined,
  ].filter((step) => step !== undefined);
  return {
    en: steps.map((step) => step.message.en).join('; '),
    zh: steps.map((step) => step.message.zh).join('；'),
  };
}

/**
 * The suggested order in short: the lines that order something, their total at unit cost, and
 * the largest {@link TOP_ORDER_LINES} by value (ties by part number) with their reason.
 *
 * @example
 * const summary = orderSummary(suggestOrder(history, { parts, positions, asOf: '2025-01-01' }));
 * summary.top[0]; // { partNumber: 'P000123', quantity: '20', value: '2400.00', reason: { en, zh } }
 */
export function orderSummary(order: OrderSuggestion): PartsSection['suggestedOrder'] {
  const ordered = order.lines.filter((line) => signOfExact(exact(line.quantity)) > 0);
  const top = [...ordered]
    .sort(
      (a, b) =>
        compareExact(exact(b.value), exact(a.value)) ||
        (a.partNumber < b.partNumber ? -1 : a.partNumber > b.partNumber ? 1 : 0),
    )
    .slice(0, TOP_ORDER_LINES)
    .map((line) => ({
      partNumber: line.partNumber,
      quantity: line.quantity,
      value: line.value,
      reason: reasonOf(line),
    }));
  return { lines: ordered.length, value: order.total, top };
}
