import { AftersalesError, dateOfDayNumber, isCurrencyCode } from '@aftersales/core';
import {
  type AddMovementsOptions,
  addMovements,
  cellValue,
  createDemandTable,
  type DemandTable,
  type MovementCount,
  type MovementRejection,
  type MovementTally,
} from './demandTable';
import { demandWindow } from './demandWindow';
import { formatScaled, QUANTITY_DIGITS, VALUE_DIGITS } from './scaled';

/** Options of {@link demandHistory}. */
export interface DemandHistoryOptions {
  /** The dealer's IANA time zone: a movement belongs to the month its local date falls in. */
  readonly timeZone: string;
  /** First month of the history, `YYYY-MM`. */
  readonly from: string;
  /** Last month, included. */
  readonly to: string;
  /** The currency of unit costs (default `CNY`); a movement in another is rejected. */
  readonly currency?: string;
  /**
   * Count transfers out as demand and transfers in as their return (default false: a transfer
   * moves stock between the dealer's own warehouses and is planned where it is used).
   */
  readonly transfersAreDemand?: boolean;
}

/** One part's demand, month by month (aligned with {@link DemandHistory.months}). */
export interface PartDemand {
  readonly partNumber: string;
  /** Net demand quantity per month: issues to ROs and counter sales, less returns. */
  readonly quantity: readonly string[];
  /** Net demand value at the movements' unit cost per month. */
  readonly value: readonly string[];
  /** Issue lines per month (demand frequency). */
  readonly hits: readonly number[];
  readonly totalQuantity: string;
  readonly totalValue: string;
  readonly totalHits: number;
  /** Local date of the last issue read (also before the window), if any. */
  readonly lastIssueOn?: string;
  /** Local date of the first receipt read (also before the window), if any. */
  readonly firstReceiptOn?: string;
  /** The sum of all its movements up to the window's end: its stock change. */
  readonly netChange: string;
}

/**
 * Monthly demand per part from stock movements; see {@link demandHistory}. Plain JSON: it can
 * be stored and passed back to the planning functions (which then read it again).
 */
export interface DemandHistory {
  readonly timeZone: string;
  readonly currency: string;
  readonly months: readonly string[];
  /** One entry per part seen, in the order first seen. */
  readonly parts: readonly PartDemand[];
  readonly movements: MovementCount;
  readonly rejections: readonly MovementRejection[];
}

// The numeric table of each history this package made, so planning does not parse it again.
const tables = new WeakMap<DemandHistory, DemandTable>();

/** The table behind a history made by {@link demandHistory}, if it is one. */
export function tableOfHistory(history: DemandHistory): DemandTable | undefined {
  return tables.get(history);
}

/** Reads the common options of functions that build a demand table. */
export function readHistoryOptions(options: unknown): {
  window: ReturnType<typeof demandWindow>;
  currency: string;
  transfersAreDemand: boolean;
} {
  if (options === null || typeof options !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: options === null ? 'null' : typeof options,
    });
  }
  const bag = options as Record<string, unknown>;
  const window = demandWindow({ timeZone: bag.timeZone, from: bag.from, to: bag.to });
  const currency = bag.currency ?? 'CNY';
  if (!isCurrencyCode(currency)) {
    // Named by its type when not a string: String() throws on an object without a prototype.
    // (Never null: `?? 'CNY'` took that.)
    const shown = typeof currency === 'string' ? currency : typeof currency;
    throw AftersalesError.of('money.invalid_currency', ['currency'], { currency: shown });
  }
  const transfers = bag.transfersAreDemand ?? false;
  if (typeof transfers !== 'boolean') {
    throw AftersalesError.of('input.invalid_type', ['transfersAreDemand'], {
      expected: 'boolean',
      received: typeof transfers,
    });
  }
  return { window, currency, transfersAreDemand: transfers };
}

/** A table and the count of what was read into it. */
export function readMovements(
  movements: unknown,
  options: unknown,
  onMovement?: AddMovementsOptions['onMovement'],
): { table: DemandTable; count: MovementCount; rejections: MovementRejection[] } {
  const { window, currency, transfersAreDemand } = readHistoryOptions(options);
  if (!Array.isArray(movements)) {
    throw AftersalesError.of('input.invalid_type', ['movements'], {
      expected: 'array of stock movements',
      received: movements === null ? 'null' : typeof movements,
    });
  }
  // Stryker disable next-line MethodExpression: the table's starting size; it grows when full, so any size reads the same
  const table = createDemandTable(window, currency, Math.min(1 << 16, Math.max(64, movements.length >> 4)));
  const tally: MovementTally = { read: 0, rejected: 0, beforeWindow: 0, afterWindow: 0, rejections: [] };
  addMovements(
    table,
    movements,
    onMovement ? { transfersAreDemand, onMovement } : { transfersAreDemand },
    tally,
  );
  const count: MovementCount = Object.freeze({
    read: tally.read,
    accepted: tally.read - tally.rejected,
    rejected: tally.rejected,
    beforeWindow: tally.beforeWindow,
    afterWindow: tally.afterWindow,
  });
  return { table, count, rejections: tally.rejections };
}

/** The plain-JSON entry of one table row. */
function partDemandOf(table: DemandTable, row: number): PartDemand {
  const months = table.window.months.length;
  const quantity: string[] = [];
  const value: string[] = [];
  const hits: number[] = [];
  let totalQuantity = 0;
  let totalValue: number | bigint = 0;
  let totalHits = 0;
  for (let month = 0; month < months; month += 1) {
    const cell = row * months + month;
    const q = table.quantity[cell] as number;
    const v = cellValue(table, cell);
    quantity.push(formatScaled(q, QUANTITY_DIGITS));
    value.push(formatScaled(v, VALUE_DIGITS));
    hits.push(table.hits[cell] as number);
    totalQuantity += q;
    totalValue =
      // Stryker disable next-line StringLiteral: a typeof never equal to '' only takes the exact BigInt path, which gives the same total
      typeof totalValue === 'number' && typeof v === 'number' && Number.isSafeInteger(totalValue + v)
        ? totalValue + v
        : BigInt(totalValue) + BigInt(v);
    totalHits += table.hits[cell] as number;
  }
  const lastIssue = table.lastIssueDay[row] as number;
  const firstReceipt = table.firstReceiptDay[row] as number;
  const demand: { -readonly [K in keyof PartDemand]: PartDemand[K] } = {
    partNumber: table.partNumbers[row] as string,
    quantity,
    value,
    hits,
    totalQuantity: formatScaled(totalQuantity, QUANTITY_DIGITS),
    totalValue: formatScaled(totalValue, VALUE_DIGITS),
    totalHits,
    netChange: formatScaled(table.netChange[row] as number, QUANTITY_DIGITS),
  };
  // Set when known (not spread in: 50,000 spreads are slow).
  if (!Number.isNaN(lastIssue)) demand.lastIssueOn = dateOfDayNumber(lastIssue) as string;
  if (!Number.isNaN(firstReceipt)) demand.firstReceiptOn = dateOfDayNumber(firstReceipt) as string;
  return demand;
}

/**
 * Monthly demand per part (需求历史) from stock movements, in the dealer's time zone.
 *
 * - **Demand** is what left stock to meet a need: issues to ROs (`issue_ro`) and counter sales,
 *   less what came back (`return_from_ro`, `return_from_customer`), netted in the month of the
 *   return. Transfers count only with `transfersAreDemand`. Receipts, returns to the supplier,
 *   adjustments and stocktake adjustments (盘盈/盘亏) move stock but are never demand.
 * - **Value** is at the movement's unit cost, exact. **Hits** count issue lines (a return does not
 *   take its hit back): the demand frequency the movement class and phase-in read.
 * - Movements before `from` date the last issue and first receipt; those after `to` are counted
 *   and not used. Every movement is counted or rejected with its row and the field at fault.
 *
 * @throws AftersalesError for bad options (`time.invalid_zone`, `input.invalid_format` on from/to, …) or when `movements` is not an array
 * @example
 * const history = demandHistory(movements, { timeZone: 'Asia/Shanghai', from: '2024-01', to: '2024-12' });
 * history.parts[0]?.quantity; // ['12', '9', '14', …] one per month
 */
export function demandHistory(movements: readonly unknown[], options: DemandHistoryOptions): DemandHistory {
  const { table, count, rejections } = readMovements(movements, options);
  const parts: PartDemand[] = [];
  for (let row = 0; row < table.partNumbers.length; row += 1) parts.push(partDemandOf(table, row));
  const history: DemandHistory = {
    timeZone: table.window.timeZone,
    currency: table.currency,
    months: table.window.months,
    parts,
    movements: count,
    rejections,
  };
  tables.set(history, table);
  return history;
}
