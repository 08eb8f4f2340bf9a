import { AftersalesError, dateOfDayNumber } from '@aftersales/core';
import { classifyItems } from '../classify/classifyItems';
import { readMovements } from '../demand/demandHistory';
import { ISSUE, type MovementKind, type MovementRejection, RECEIPT, RETURN } from '../demand/demandTable';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from '../demand/scaled';
import { applyBudget, budgetUnits } from '../order/budgetCap';
import { type PlanItem, readPlanInputs } from '../order/planInputs';
import { byImportance, planLine } from '../order/planLine';
import { policyOf } from '../order/planOptions';
import { stockLevels } from '../order/stockLevels';
import type { StockingPolicy, StockingPolicyInput } from '../policy/stockingPolicy';

/** What a backtest replays: the dealer's real demand, and the parts it plans. */
export interface BacktestInput {
  /**
   * Stock movements: the issues, returns and receipts of the replayed months, and before them
   * the policy's history months (the demand the first review reads). Only demand and first
   * receipts are read: what the policy would have stocked replaces what the dealer did.
   */
  readonly movements: readonly unknown[];
  /** The parts master (pack size, MOQ, supersession, cost). */
  readonly parts: readonly unknown[];
  /** Lead times and stocked flags (on-hand quantities are not read: see `opening`). */
  readonly positions?: readonly unknown[];
  readonly timeZone: string;
  /** First and last month replayed, `YYYY-MM`. */
  readonly from: string;
  readonly to: string;
  readonly currency?: string;
  /** The most each review's order may cost, a decimal string. */
  readonly budget?: string;
}

/** One replayed month. */
export interface BacktestMonth {
  readonly month: string;
  readonly demandLines: number;
  readonly filledLines: number;
  readonly fillRate: string;
  /** Inventory value at cost at the month's end. */
  readonly inventoryValue: string;
}

/** What a policy would have done with the dealer's real demand. */
export interface BacktestReport {
  readonly policy: string;
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly reviews: number;
  /** Issue lines in the replayed months, and those filled from stock when asked for. */
  readonly demandLines: number;
  readonly filledLines: number;
  /** filled ÷ demand lines, four places. */
  readonly fillRate: string;
  /** Cost of the parts issued from stock. */
  readonly issueValue: string;
  /** Mean of the end-of-day inventory values (to four places, rounded down), and the last one. */
  readonly averageInventoryValue: string;
  readonly endingInventoryValue: string;
  /** Issue value a year ÷ average inventory value, two places. */
  readonly turnover: string;
  readonly orderLines: number;
  readonly orderValue: string;
  readonly months: readonly BacktestMonth[];
  /** Movements that were not read, and why. */
  readonly rejections: readonly MovementRejection[];
}

interface Event {
  item: number;
  kind: MovementKind;
  units: number;
  cost: number;
}

const ratio = (numerator: number, denominator: number): string =>
  denominator === 0 ? '0' : formatScaled(Math.floor((numerator * 10_000) / denominator), QUANTITY_DIGITS);

function shiftMonth(month: unknown, by: number): string {
  const match = typeof month === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month) : null;
  if (!match)
    throw AftersalesError.of('input.invalid_format', ['from'], { format: 'month YYYY-MM (e.g. 2024-01)' });
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Replays the dealer's real demand day by day under a stocking policy, to see what the policy
 * would have done: a parts manager runs it for two policies and compares fill rate, turnover
 * and inventory value.
 *
 * Each part opens at its max under the policy (as if the policy had been running). Each day:
 * orders due arrive; on review days (every `reviewDays`, from the first day) the policy plans an
 * order exactly as {@link suggestOrder} does, from the demand of the months before that day, and
 * it arrives after the part's lead time; then the day's issue lines are met from stock when
 * there is enough (else the line is unfilled: the RO waits for an emergency order, which is not
 * stock), and returns come back to stock. Inventory is valued at cost at each day's end.
 *
 * @throws AftersalesError for bad input options (months, time zone, policy, budget)
 * @example
 * const input = { movements, parts: master, positions, timeZone: 'Asia/Shanghai', from: '2024-01', to: '2024-12' };
 * const [current, leaner] = [backtestPolicy(input), backtestPolicy(input, { id: 'leaner', serviceLevel: { A: '0.95', B: '0.9', C: '0.8' } })];
 * current.fillRate; // e.g. '0.9712'
 */
export function backtestPolicy(
  input: BacktestInput,
  policyInput?: StockingPolicy | StockingPolicyInput,
): BacktestReport {
  if (input === null || typeof input !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['input'], { expected: 'object', received: typeof input });
  }
  const policy = policyOf(policyInput);
  const warmStart = shiftMonth(input.from, -policy.historyMonths);
  const events = new Map<number, Event[]>();
  const firstReceipt = new Map<number, number>();
  const { table, rejections } = readMovements(
    input.movements,
    { timeZone: input.timeZone, from: warmStart, to: input.to, currency: input.currency },
    (row, kind, day, units, cost) => {
      if (kind === RECEIPT) {
        const first = firstReceipt.get(row);
        if (first === undefined || day < first) firstReceipt.set(row, day);
        return;
      }
      const list = events.get(day);
      const event = { item: row, kind, units, cost };
      if (list) list.push(event);
      else events.set(day, [event]);
    },
  );
  const budget = budgetUnits(input.budget ?? policy.budget);
  const { items } = readPlanInputs(table, input.parts, input.positions);
  const itemOfRow = new Int32Array(table.partNumbers.length).fill(-1);
  items.forEach((item, index) => {
    for (const row of item.rows) itemOfRow[row] = index;
    // The replay starts from nothing: no orders out, no dates but those it reads.
    item.onOrder = 0;
    item.lastIssueDay = Number.NaN;
    item.firstReceiptDay = Number.NaN;
    for (const row of item.rows) {
      const day = firstReceipt.get(row);
      if (day !== undefined && !(item.firstReceiptDay <= day)) item.firstReceiptDay = day;
    }
  });
  const width = table.window.months.length;
  const firstDay = table.window.monthStarts[policy.historyMonths] as number;
  const endDay = table.window.monthStarts[width] as number;
  const onHand = new Float64Array(items.length);
  const arrivals = new Map<number, { item: number; units: number }[]>();
  let reviews = 0;
  let orderLines = 0;
  let orderValue = 0n;
  let demandLines = 0;
  let filledLines = 0;
  let issueValue = 0n;
  let inventorySum = 0n;
  let inventory = 0n;
  const months: BacktestMonth[] = [];
  let monthLines = 0;
  let monthFilled = 0;
  // Stryker disable next-line OptionalChaining: costOf is only called with an index of items (an arrival's, a planned line's, or an event's after the `!item` check), so items[index] is always there
  const costOf = (index: number): bigint => BigInt(items[index]?.unitCost ?? 0);

  // Warm-up: demand before the first day only dates the last issue.
  for (const [day, list] of events) {
    if (day >= firstDay) continue;
    for (const event of list) {
      const index = itemOfRow[event.item] as number;
      const item = items[index];
      if (item && event.kind === ISSUE && !(item.lastIssueDay >= day)) item.lastIssueDay = day;
    }
  }

  for (let day = firstDay; day < endDay; day += 1) {
    for (const arrival of arrivals.get(day) ?? []) {
      onHand[arrival.item] = (onHand[arrival.item] as number) + arrival.units;
      // An arrival's item is the index of a planned line: always an item.
      (items[arrival.item] as PlanItem).onOrder -= arrival.units;
      inventory += BigInt(arrival.units) * costOf(arrival.item);
    }
    arrivals.delete(day);
    if ((day - firstDay) % Math.max(1, policy.reviewDays) === 0) {
      reviews += 1;
      const month = table.window.monthOfDay[day - (table.window.monthStarts[0] as number)] as number;
      items.forEach((item, index) => {
        item.onHand = onHand[index] as number;
        item.reserved = 0;
      });
      const classified = classifyItems(table, items, policy, day, month);
      const planned = classified.map((entry) => planLine(entry, stockLevels(entry, policy)));
      if (day === firstDay) {
        // Opening stock: every part at its max, as if the policy had been running.
        planned.forEach((line, index) => {
          onHand[index] = line.levels.max;
          inventory += BigInt(line.levels.max) * costOf(index);
        });
      } else {
        const order = planned
          .map((line, index) => ({ line, index }))
          .sort((a, b) => byImportance(a.line, b.line));
        const spent = applyBudget(
          order.map(({ line, index }) => ({
            partNumber: line.entry.item.partNumber,
            quantity: line.quantity,
            pack: line.pack,
            moq: line.moq,
            // Stryker disable next-line OptionalChaining: index is a planned line's, always an item
            unitCost: items[index]?.unitCost ?? 0,
          })),
          budget,
        );
        order.forEach(({ line, index }, at) => {
          const units = spent.quantities[at] as number;
          if (units <= 0) return;
          orderLines += 1;
          orderValue += BigInt(units) * costOf(index);
          (items[index] as PlanItem).onOrder += units;
          const due = day + Math.max(1, line.levels.leadTimeDays);
          const list = arrivals.get(due);
          if (list) list.push({ item: index, units });
          else arrivals.set(due, [{ item: index, units }]);
        });
      }
    }
    // Stryker disable next-line ArrayDeclaration: a day without events read as ['Stryker was here'] gives an event with no item (itemOfRow[undefined]), which the `!item` check skips
    for (const event of events.get(day) ?? []) {
      const index = itemOfRow[event.item] as number;
      const item = items[index];
      if (!item) continue;
      if (event.kind === RETURN) {
        onHand[index] = (onHand[index] as number) + event.units;
        inventory += BigInt(event.units) * costOf(index);
        continue;
      }
      // An issue's units are negative: the quantity asked for is their opposite.
      const asked = -event.units;
      demandLines += 1;
      monthLines += 1;
      item.lastIssueDay = day;
      if ((onHand[index] as number) >= asked) {
        onHand[index] = (onHand[index] as number) - asked;
        filledLines += 1;
        monthFilled += 1;
        const value = BigInt(asked) * costOf(index);
        issueValue += value;
        inventory -= value;
      }
    }
    inventorySum += inventory;
    const month = table.window.monthOfDay[day - (table.window.monthStarts[0] as number)] as number;
    if (day + 1 === (table.window.monthStarts[month + 1] as number)) {
      months.push({
        month: table.window.months[month] as string,
        demandLines: monthLines,
        filledLines: monthFilled,
        fillRate: ratio(monthFilled, monthLines),
        inventoryValue: formatScaled(inventory, VALUE_DIGITS),
      });
      monthLines = 0;
      monthFilled = 0;
    }
  }
  const days = endDay - firstDay;
  const average = inventorySum / BigInt(days);
  // turns a year = issue value × 365 / days ÷ average inventory, to two places.
  const turnover = average === 0n ? 0n : (issueValue * 365n * 100n) / (BigInt(days) * average);
  return {
    policy: policy.id,
    from: dateOfDayNumber(firstDay) as string,
    to: dateOfDayNumber(endDay - 1) as string,
    days,
    reviews,
    demandLines,
    filledLines,
    fillRate: ratio(filledLines, demandLines),
    issueValue: formatScaled(issueValue, VALUE_DIGITS),
    averageInventoryValue: formatScaled(average / 10_000n, QUANTITY_DIGITS),
    endingInventoryValue: formatScaled(inventory, VALUE_DIGITS),
    turnover: formatScaled(turnover, 2),
    orderLines,
    orderValue: formatScaled(orderValue, VALUE_DIGITS),
    months,
    rejections,
  };
}
