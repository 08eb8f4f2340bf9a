import {
  createIssue,
  type ExactDecimal,
  multiplyExact,
  PartSchema,
  parseExact,
  safeParseRecord,
  signOfExact,
} from '@aftersales/core';
import { StockPositionSchema } from '@aftersales/parts';
import type { RejectionTally } from './rejectionTally';

/**
 * One stock position the parts package accepted, with the cost it is valued at.
 *
 * @example
 * const [line]: StockLine[] = readStockLines([{ partNumber: 'P1', onHand: '2', unitCost: '10.00' }], new Map(), 'CNY', tally);
 */
export interface StockLine {
  /** Its row in `parts.positions`, 0-based. */
  readonly row: number;
  readonly partNumber: string;
  /** On hand (signed: a DMS can hold negative book stock). */
  readonly onHand: ExactDecimal;
  /** The position's unit cost, else the parts master's; undefined when neither has one. */
  readonly unitCost: ExactDecimal | undefined;
  readonly currency: string;
  readonly lastIssuedOn: string | undefined;
  readonly firstReceivedOn: string | undefined;
}

/**
 * The unit cost of each part of the master (core `Part.cost`), from the rows the parts package
 * accepted (a part listed twice keeps its first row, as the package does).
 *
 * @example
 * masterCosts([{ partNumber: 'P1', description: 'Filter', cost: '12.50' }], new Set()).get('P1'); // '12.50'
 */
export function masterCosts(parts: readonly unknown[], refused: ReadonlySet<number>): Map<string, string> {
  const costs = new Map<string, string>();
  const seen = new Set<string>();
  parts.forEach((row, index) => {
    if (refused.has(index)) return;
    const parsed = safeParseRecord(PartSchema, row);
    if (!parsed.ok || seen.has(parsed.value.partNumber)) return;
    seen.add(parsed.value.partNumber);
    if (parsed.value.cost !== undefined) costs.set(parsed.value.partNumber, parsed.value.cost);
  });
  return costs;
}

/**
 * The stock positions the parts package accepted, each with its cost: the position's unit cost,
 * else the master's (as the package's plan does). A position holding stock (on hand above 0) with
 * neither cannot be valued: it is refused here with `parts.no_cost` at `unitCost`, never counted
 * as worth 0.
 *
 * @param positions - `parts.positions` of the dataset
 * @param costs - {@link masterCosts}
 * @param currency - the dealer's currency (a position without one is in it, as in the plan)
 * @param tally - refused rows are read from and added to it (`parts.positions`)
 * @returns the lines, in row order
 * @example
 * const lines = readStockLines(positions, masterCosts(master, new Set()), 'CNY', tally);
 */
export function readStockLines(
  positions: readonly unknown[],
  costs: ReadonlyMap<string, string>,
  currency: string,
  tally: RejectionTally,
): StockLine[] {
  const lines: StockLine[] = [];
  positions.forEach((row, index) => {
    if (tally.isRejected('parts.positions', index)) return;
    const parsed = safeParseRecord(StockPositionSchema, row);
    if (!parsed.ok) {
      tally.reject('parts.positions', index, parsed.issues);
      return;
    }
    const position = parsed.value;
    const onHand = parseExact(position.onHand) as ExactDecimal;
    const costText = position.unitCost ?? costs.get(position.partNumber);
    const unitCost = costText === undefined ? undefined : parseExact(costText);
    if (unitCost === undefined && signOfExact(onHand) > 0) {
      tally.reject('parts.positions', index, [
        createIssue('parts.no_cost', ['unitCost'], { partNumber: position.partNumber }),
      ]);
      return;
    }
    const currencyGiven = (row as { currency?: unknown }).currency !== undefined;
    lines.push({
      row: index,
      partNumber: position.partNumber,
      onHand,
      unitCost,
      currency: currencyGiven ? position.currency : currency,
      lastIssuedOn: position.lastIssuedOn,
      firstReceivedOn: position.firstReceivedOn,
    });
  });
  return lines;
}

/**
 * The stock value of a line: on hand × unit cost, exact; 0 for a line holding no stock (on hand
 * 0 or below: negative book stock is a data fault, not a negative value).
 *
 * @example
 * formatExact(stockValueOf(line), 2); // '1250.00' for 10 on hand at 125.00
 */
export function stockValueOf(line: StockLine): ExactDecimal {
  if (signOfExact(line.onHand) <= 0 || line.unitCost === undefined) return { units: 0n, places: 0 };
  return multiplyExact(line.onHand, line.unitCost);
}
