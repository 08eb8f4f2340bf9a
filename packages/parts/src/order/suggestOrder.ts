import { createDecision, type Decision, dateOfDayNumber } from '@aftersales/core';
import {
  type AbcClass,
  classificationSteps,
  classifyItems,
  type MovementClass,
  supersessionSteps,
  type XyzClass,
} from '../classify/classifyItems';
import type { DemandHistory } from '../demand/demandHistory';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from '../demand/scaled';
import { partsRules } from '../policy/partsRules';
import { type AggregateOutcome, aggregateCheck } from './aggregateCheck';
import { applyBudget, type BudgetLine, budgetStep, budgetUnits } from './budgetCap';
import type { PlanRejection, UnplannedPart } from './planInputs';
import { byImportance, lineSteps, planLine } from './planLine';
import { type PlanOptions, planContext } from './planOptions';
import { levelSteps, type StockingStatus, stockLevels } from './stockLevels';

/** What became of a part in the suggested order. */
export type OrderOutcome = 'order' | 'reduced' | 'cut' | 'none' | 'unknown_part' | 'no_cost';

/** Options of {@link suggestOrder}. */
export interface SuggestOrderOptions extends PlanOptions {
  /** The most the order may cost (at unit cost), a decimal string in the history's currency (default: the policy's `budget`). */
  readonly budget?: string;
}

/** One line of a suggested order: a part, how much to order, and why. */
export interface OrderLine {
  readonly partNumber: string;
  readonly replaces: readonly string[];
  readonly outcome: OrderOutcome;
  /** Quantity to order (0 for none, cut or unplannable lines). */
  readonly quantity: string;
  /** What the need was before pack, MOQ and budget. */
  readonly need: string;
  readonly unitCost: string | null;
  readonly value: string;
  readonly stocking: StockingStatus;
  readonly abc: AbcClass;
  readonly xyz: XyzClass;
  readonly movement: MovementClass;
  readonly onHand: string;
  readonly onOrder: string;
  readonly reserved: string;
  readonly inventoryPosition: string;
  readonly safetyStock: string;
  readonly reorderPoint: string;
  readonly min: string;
  readonly max: string;
  readonly leadTimeDays: number;
  /**
   * Every step from classification to budget, with the arithmetic and its sources.
   *
   * Written when first read, then kept: it is an own enumerable property (a getter), so
   * `JSON.stringify`, spreading, `structuredClone` and deep equality see it like any other. A plan
   * of 50,000 lines would otherwise spend most of its time writing explanations in two languages
   * that are read a few at a time (a parts manager opens the lines being ordered); reading every
   * one costs what writing them up front would have.
   */
  readonly decision: Decision<OrderOutcome>;
}

/** A suggested stock order: a line per part, the total, and the manuals' aggregate check. */
export interface OrderSuggestion {
  readonly policy: string;
  readonly asOf: string;
  readonly currency: string;
  /** One line per part planned, most important first (the order the budget was spent in). */
  readonly lines: readonly OrderLine[];
  readonly total: string;
  readonly budget: string | null;
  /** Inventory value ≈ 1.5 × the last month's outbound value, now and once this order is in. */
  readonly aggregate: Decision<AggregateOutcome>;
  readonly unplanned: readonly UnplannedPart[];
  /** Parts master rows and stock positions not used, and why (movement rejections are the history's). */
  readonly rejections: readonly PlanRejection[];
}

const show = (units: number): string => formatScaled(units, QUANTITY_DIGITS);

/**
 * A suggested stock order (建议订单): for every part, how much to order and why.
 *
 * For each part: its classes ({@link classifyParts}); whether it is stocked (phase-in after
 * `phaseIn.orders` issue lines in `phaseIn.months`, phase-out after `phaseOut.months` without an
 * issue); safety stock z × σ × √(lead time), reorder point, min and max; the inventory position
 * on hand + on order − reserved for open ROs; and, at or below min, the quantity up to max,
 * raised to the MOQ and rounded up to whole packs. A part not stocked is ordered only for open
 * ROs its stock cannot cover. A superseded part is ordered under the part that replaces it,
 * with its demand and stock. With a `budget`, lines are kept in order of importance (open-RO
 * shortages, then ABC class, movement class, issue value) while they fit; a line that does not
 * fit is reduced to the packs that do (still at least the MOQ) or cut.
 *
 * Each line's decision traces every step with its figures and citations. The aggregate check
 * compares inventory value with the manuals' 1.5 × the month's outbound value.
 *
 * @throws AftersalesError for bad options (policy, asOf, budget, a history that does not read)
 * @example
 * const history = demandHistory(movements, { timeZone: 'Asia/Shanghai', from: '2023-01', to: '2024-12' });
 * const order = suggestOrder(history, { parts: master, positions, budget: '200000' });
 * order.lines.filter((line) => line.quantity !== '0');
 */
export function suggestOrder(history: DemandHistory, options?: SuggestOrderOptions): OrderSuggestion {
  const { table, policy, asOfDay, endMonth, inputs } = planContext(history, options);
  const budget = budgetUnits(options?.budget ?? policy.budget);
  const rules = partsRules(policy);
  const classified = classifyItems(table, inputs.items, policy, asOfDay, endMonth);
  const planned = classified.map((entry) => planLine(entry, stockLevels(entry, policy)));
  planned.sort(byImportance);
  const budgetLines: BudgetLine[] = planned.map((line) => ({
    partNumber: line.entry.item.partNumber,
    quantity: line.quantity,
    pack: line.pack,
    moq: line.moq,
    unitCost: line.entry.item.unitCost ?? 0,
  }));
  const spent = applyBudget(budgetLines, budget);
  let onHandValue = 0n;
  let afterValue = 0n;
  let lastMonthValue = 0n;
  const lines = planned.map((line, index): OrderLine => {
    const { entry, levels } = line;
    const { item } = entry;
    const kept = spent.quantities[index] as number;
    const check = spent.checks[index];
    const outcome: OrderOutcome =
      item.part === undefined
        ? 'unknown_part'
        : line.issue
          ? 'no_cost'
          : line.quantity === 0
            ? 'none'
            : kept === line.quantity
              ? 'order'
              : kept > 0
                ? 'reduced'
                : 'cut';
    const cost = item.unitCost;
    const value = cost === undefined ? 0n : BigInt(kept) * BigInt(cost);
    if (cost !== undefined) {
      onHandValue += BigInt(item.onHand) * BigInt(cost);
      afterValue += BigInt(item.onHand + item.onOrder + kept) * BigInt(cost);
    }
    lastMonthValue += entry.statistics.lastMonthValue;
    // The decision is written when first read: see OrderLine.decision.
    let decision: Decision<OrderOutcome> | undefined;
    return {
      partNumber: item.partNumber,
      replaces: item.replaces,
      outcome,
      quantity: show(kept),
      need: show(line.need),
      unitCost: cost === undefined ? null : show(cost),
      value: formatScaled(value, VALUE_DIGITS),
      stocking: levels.stocking,
      abc: entry.abc,
      xyz: entry.xyz,
      movement: entry.movement,
      onHand: show(item.onHand),
      onOrder: show(item.onOrder),
      reserved: show(item.reserved),
      inventoryPosition: show(item.onHand + item.onOrder - item.reserved),
      safetyStock: show(levels.safetyStock),
      reorderPoint: show(levels.reorderPoint),
      min: show(levels.min),
      max: show(levels.max),
      leadTimeDays: levels.leadTimeDays,
      get decision() {
        decision ??= createDecision(outcome, [
          ...supersessionSteps(item, rules),
          ...classificationSteps(entry, policy, rules),
          ...levelSteps(entry, levels, policy, rules),
          ...lineSteps(line, rules),
          ...(check ? [budgetStep(check, line.quantity, rules, table.currency)] : []),
        ]);
        return decision;
      },
    };
  });
  return {
    policy: policy.id,
    asOf: dateOfDayNumber(asOfDay) as string,
    currency: table.currency,
    lines,
    total: formatScaled(spent.total, VALUE_DIGITS),
    budget: budget === undefined ? null : formatScaled(budget, VALUE_DIGITS),
    aggregate: aggregateCheck(
      { onHandValue, afterValue, lastMonthValue },
      policy,
      rules,
      table.window.months[endMonth - 1] as string,
    ),
    unplanned: inputs.unplanned,
    rejections: inputs.rejections,
  };
}
