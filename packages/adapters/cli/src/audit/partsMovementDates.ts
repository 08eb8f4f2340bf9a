import {
  addExact,
  createInstantDayReader,
  type ExactDecimal,
  exactDecimal,
  parseExact,
} from '@aftersales/core';

/**
 * What a part's accepted stock movements say about it, on the dealer's clock.
 *
 * @example
 * const dates: PartMovementDates | undefined = readMovementDates(movements, new Set(), 'Asia/Shanghai', cutDay).get('P1');
 */
export interface PartMovementDates {
  /** Local day number of its latest movement of any type (NaN: none). */
  lastMovedDay: number;
  /** Local day number of its latest issue (RO issue or counter sale) up to the cut day (NaN: none). */
  lastIssueDay: number;
  /** Local day number of its first receipt up to the cut day (NaN: none). */
  firstReceiptDay: number;
  /** The sum of its signed movement quantities after the cut day: what moved since. */
  movedAfter: ExactDecimal;
}

/** The movement types that are demand (the parts package's `demandHistory`: 维修出库, 柜台销售). */
const ISSUES: ReadonlySet<unknown> = new Set(['issue_ro', 'counter_sale']);
const ZERO = exactDecimal(0n, 0);

/**
 * Reads the dates and later quantities of every part from stock movements (core
 * `StockMovement`), skipping the rows the parts package refused: the day of each movement is its
 * local date in `timeZone`. `cutDay` is the last day of the health check's month: issues and
 * receipts are dated up to it, quantities after it are summed (the stock then was the stock now
 * less what moved since).
 *
 * @param movements - the dataset's movements, all of them
 * @param refused - rows refused by the parts package (not read here)
 * @param timeZone - the dealer's IANA zone
 * @param cutDay - a local day number (core `dayNumberOfDate`)
 * @returns the facts per part number
 * @example
 * const dates = readMovementDates(movements, new Set(), 'Asia/Shanghai', dayNumberOfDate('2024-12-31') as number);
 * dates.get('P1')?.lastMovedDay; // a day number, NaN when the part never moved
 */
export function readMovementDates(
  movements: readonly unknown[],
  refused: ReadonlySet<number>,
  timeZone: string,
  cutDay: number,
): Map<string, PartMovementDates> {
  const dayOf = createInstantDayReader(timeZone);
  const parts = new Map<string, PartMovementDates>();
  movements.forEach((row, index) => {
    if (refused.has(index)) return;
    const movement = row as Record<string, unknown>;
    const day = dayOf(movement.occurredAt);
    const partNumber = movement.partNumber;
    // Accepted rows always have both; the guard keeps a stray row from becoming a NaN date.
    if (day === undefined || typeof partNumber !== 'string') return;
    let dates = parts.get(partNumber);
    if (dates === undefined) {
      dates = {
        lastMovedDay: Number.NaN,
        lastIssueDay: Number.NaN,
        firstReceiptDay: Number.NaN,
        movedAfter: ZERO,
      };
      parts.set(partNumber, dates);
    }
    if (!(dates.lastMovedDay >= day)) dates.lastMovedDay = day;
    if (day > cutDay) {
      const quantity = parseExact(movement.quantity as string | number);
      if (quantity !== undefined) dates.movedAfter = addExact(dates.movedAfter, quantity);
      return;
    }
    if (ISSUES.has(movement.type) && !(dates.lastIssueDay >= day)) dates.lastIssueDay = day;
    if (movement.type === 'receipt' && !(dates.firstReceiptDay <= day)) dates.firstReceiptDay = day;
  });
  return parts;
}
