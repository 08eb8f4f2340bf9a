import { type AftersalesIssue, createInstantDayReader, createIssue, fixedUnitsOf } from '@aftersales/core';
import type { DemandWindow } from './demandWindow';
import { checkSlowly, isId, isIdText, otherFieldsValid } from './movementChecks';

/**
 * The numbers behind a demand history, in columns: one row per part, one column per month of the
 * window. Quantities are fixed units (× 10⁴); values are quantity units × cost units (× 10⁸), so
 * a line's value is exact. A value cell that leaves the safe-integer range holds NaN and its
 * exact total moves to `spilled`.
 */
export interface DemandTable {
  readonly window: DemandWindow;
  readonly currency: string;
  readonly partNumbers: string[];
  readonly index: Map<string, number>;
  /** Net demand quantity per cell (`part × months + month`): issues less returns. */
  quantity: Float64Array;
  /** Net demand value at cost per cell, × 10⁸. */
  value: Float64Array;
  /** Issue lines per cell (a return does not take a hit back). */
  hits: Uint32Array;
  readonly spilled: Map<number, bigint>;
  /** Last day with an issue, first day with a receipt (NaN: none seen), per part. */
  lastIssueDay: Float64Array;
  firstReceiptDay: Float64Array;
  /** Sum of every movement of the part up to the window's end, × 10⁴ (its stock change). */
  netChange: Float64Array;
}

/** A movement that was not counted, and why. */
export interface MovementRejection {
  readonly input: 'movements';
  readonly row: number;
  readonly issues: readonly AftersalesIssue[];
}

/** What happened to every movement read: read = accepted + rejected. */
export interface MovementCount {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Accepted, before the window: they date last issues and first receipts, not monthly demand. */
  readonly beforeWindow: number;
  /** Accepted, after the window: not counted anywhere (the history ends with its last month). */
  readonly afterWindow: number;
}

// How a movement type counts: an issue (demand), a return netted against demand, a receipt
// (dates a new part) or stock only; and the sign its quantity must have (0: either). Transfers
// count as demand only when asked. One map read per row gives both.
export const ISSUE = 1;
export const RETURN = -1;
export const RECEIPT = 2;
const STOCK_ONLY = 0;

function typesOf(transfersAreDemand: boolean): Map<string, { kind: MovementKind; sign: number }> {
  return new Map<string, { kind: MovementKind; sign: number }>([
    ['receipt', { kind: RECEIPT, sign: 1 }],
    ['return_from_customer', { kind: RETURN, sign: 1 }],
    ['return_from_ro', { kind: RETURN, sign: 1 }],
    ['transfer_in', { kind: transfersAreDemand ? RETURN : STOCK_ONLY, sign: 1 }],
    ['issue_ro', { kind: ISSUE, sign: -1 }],
    ['counter_sale', { kind: ISSUE, sign: -1 }],
    ['return_to_supplier', { kind: STOCK_ONLY, sign: -1 }],
    ['transfer_out', { kind: transfersAreDemand ? ISSUE : STOCK_ONLY, sign: -1 }],
    ['adjustment', { kind: STOCK_ONLY, sign: 0 }],
    ['stocktake_adjustment', { kind: STOCK_ONLY, sign: 0 }],
  ]);
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** The row of a part number already in the index, if it is one. */
/**
 * A quantity or cost in fixed units, as the fast path may read it: only a value the schema reads
 * the same. A fractional JSON number is left to checkSlowly (the schema turns it into its decimal
 * text, `-0.30000000000000004` for −0.1 − 0.2, which has too many places), and so is a negative
 * zero (`'-0'`, which the schema refuses).
 */
function fastUnitsOf(value: unknown): number | undefined {
  if (typeof value === 'number' && !Number.isInteger(value)) return undefined;
  const units = fixedUnitsOf(value);
  if (units !== 0) return units;
  return Object.is(units, -0) || (typeof value === 'string' && value.startsWith('-')) ? undefined : units;
}

const rowOf = (index: Map<string, number>, partNumber: unknown): number | undefined =>
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the index's keys are strings (any other key gets undefined), and a part not found here is found by partRow
  typeof partNumber === 'string' ? index.get(partNumber) : undefined;

/** An empty table sized for `capacity` parts. */
export function createDemandTable(window: DemandWindow, currency: string, capacity = 1024): DemandTable {
  const cells = capacity * window.months.length;
  return {
    window,
    currency,
    partNumbers: [],
    index: new Map(),
    quantity: new Float64Array(cells),
    value: new Float64Array(cells),
    hits: new Uint32Array(cells),
    spilled: new Map(),
    lastIssueDay: new Float64Array(capacity).fill(Number.NaN),
    firstReceiptDay: new Float64Array(capacity).fill(Number.NaN),
    netChange: new Float64Array(capacity),
  };
}

function grow(table: DemandTable): void {
  const capacity = table.lastIssueDay.length * 2;
  const cells = capacity * table.window.months.length;
  const copy = <T extends Float64Array | Uint32Array>(from: T, to: T, fill?: number): T => {
    if (fill !== undefined) to.fill(fill);
    to.set(from);
    return to;
  };
  table.quantity = copy(table.quantity, new Float64Array(cells));
  table.value = copy(table.value, new Float64Array(cells));
  table.hits = copy(table.hits, new Uint32Array(cells));
  table.lastIssueDay = copy(table.lastIssueDay, new Float64Array(capacity), Number.NaN);
  table.firstReceiptDay = copy(table.firstReceiptDay, new Float64Array(capacity), Number.NaN);
  table.netChange = copy(table.netChange, new Float64Array(capacity));
}

/** The row of `partNumber`, added if new. */
export function partRow(table: DemandTable, partNumber: string): number {
  let row = table.index.get(partNumber);
  if (row === undefined) {
    row = table.partNumbers.length;
    if (row === table.lastIssueDay.length) grow(table);
    table.partNumbers.push(partNumber);
    table.index.set(partNumber, row);
  }
  return row;
}

/** Adds `amount` (× 10⁸, possibly unsafe) to a value cell, moving the cell to BigInt when it must. */
export function addValue(table: DemandTable, cell: number, amount: number | bigint): void {
  if (typeof amount === 'number') {
    const next = (table.value[cell] as number) + amount;
    if (next <= SAFE && next >= -SAFE) {
      table.value[cell] = next;
      return;
    }
  }
  const held = table.value[cell] as number;
  const before = Number.isNaN(held) ? (table.spilled.get(cell) as bigint) : BigInt(held);
  table.spilled.set(cell, before + BigInt(amount));
  table.value[cell] = Number.NaN;
}

/** The exact value of a cell, × 10⁸. */
export function cellValue(table: DemandTable, cell: number): number | bigint {
  const held = table.value[cell] as number;
  return Number.isNaN(held) ? (table.spilled.get(cell) as bigint) : held;
}

/** Options of {@link addMovements}. */
export interface AddMovementsOptions {
  readonly transfersAreDemand: boolean;
  /**
   * Told of every accepted issue, return and receipt before the window's end, with its local
   * day: the backtest replays them day by day.
   */
  readonly onMovement?: (
    row: number,
    kind: MovementKind,
    day: number,
    units: number,
    unitCost: number,
  ) => void;
}

/** How a movement counts: an issue (demand), a return netted against demand, a receipt, or stock only. */
export type MovementKind = 1 | -1 | 2 | 0;

/** The running counts of {@link addMovements}. */
export interface MovementTally {
  read: number;
  rejected: number;
  beforeWindow: number;
  afterWindow: number;
  readonly rejections: MovementRejection[];
}

/**
 * Reads stock movements into the table: every row is counted or rejected with its row number.
 * The common row (strings as the schema writes them) is checked field by field without the
 * schema; anything unusual goes through `StockMovementSchema` for the exact reason. The fields a
 * plan reads are checked (id, part number, type and its sign, quantity, cost, currency, time, the
 * RO of an RO issue); other fields are not read.
 */
export function addMovements(
  table: DemandTable,
  movements: readonly unknown[],
  options: AddMovementsOptions,
  tally: MovementTally,
): void {
  const { window, currency } = table;
  const months = window.months.length;
  const firstDay = window.monthStarts[0] as number;
  const endDay = window.monthStarts[months] as number;
  const monthOfDay = window.monthOfDay;
  const dayOf = createInstantDayReader(window.timeZone);
  const types = typesOf(options.transfersAreDemand);
  const sink = options.onMovement;
  const index = table.index;
  // Exports list a part's movements together, at one unit cost: the last row's part, type, cost
  // and quantity text are compared before they are looked up or parsed again.
  let lastPartNumber: unknown;
  let lastPart = -1;
  let lastCostText: unknown;
  let lastCost: number | undefined;
  let lastTypeText: unknown;
  let lastRule: { kind: MovementKind; sign: number } | undefined;
  let lastQuantityText: unknown;
  let lastQuantity: number | undefined;
  for (let row = 0; row < movements.length; row += 1) {
    tally.read += 1;
    const movement = movements[row] as Record<string, unknown> | null | undefined;
    let partNumber: unknown;
    let type: unknown;
    let quantity: number | undefined;
    let unitCost: number | undefined;
    let day: number | undefined;
    let p: number | undefined;
    let fast = false;
    // Stryker disable next-line StringLiteral,BlockStatement: a row not read here is read by checkSlowly, the same
    if (typeof movement === 'object' && movement !== null) {
      partNumber = movement.partNumber;
      type = movement.type;
      const id = movement.id;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a cache; a rule never read (undefined) only sends the row to checkSlowly, which reads it the same
      if (type !== lastTypeText) {
        lastTypeText = type;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the map's keys are strings, so any other key gets undefined either way
        lastRule = typeof type === 'string' ? types.get(type) : undefined;
      }
      const rule = lastRule;
      const quantityText = movement.quantity;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a cache; a quantity never read (undefined) only sends the row to checkSlowly, which reads it the same
      if (quantityText !== lastQuantityText) {
        lastQuantityText = quantityText;
        lastQuantity = fastUnitsOf(quantityText);
      }
      quantity = lastQuantity;
      const costText = movement.unitCost;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a cache; a cost never read (undefined) only sends the row to checkSlowly, which reads it the same
      if (costText !== lastCostText) {
        lastCostText = costText;
        lastCost = fastUnitsOf(costText);
      }
      unitCost = lastCost;
      day = dayOf(movement.occurredAt);
      const moneyIn = movement.currency;
      p = partNumber === lastPartNumber && lastPart >= 0 ? lastPart : rowOf(index, partNumber);
      fast =
        isIdText(id) &&
        // Stryker disable next-line LogicalOperator: a part found in the index has a valid number, so && and || agree on it (and a new part only goes to checkSlowly)
        (p !== undefined || isId(partNumber)) &&
        rule !== undefined &&
        quantity !== undefined &&
        quantity !== 0 &&
        // Stryker disable next-line LogicalOperator: && only sends every row to checkSlowly, which reads it the same
        (rule.sign === 0 || (quantity > 0 ? rule.sign > 0 : rule.sign < 0)) &&
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an undefined cost fails `unitCost >= 0` next anyway
        unitCost !== undefined &&
        unitCost >= 0 &&
        day !== undefined &&
        // Stryker disable next-line StringLiteral: '' only sends rows without a currency to checkSlowly, which reads them the same
        (moneyIn === undefined ? currency === 'CNY' : moneyIn === currency) &&
        ((type !== 'issue_ro' && type !== 'return_from_ro') || typeof movement.roId === 'string') &&
        otherFieldsValid(movement);
    }
    if (!fast) {
      const checked = checkSlowly(movement, currency);
      if (Array.isArray(checked)) {
        tally.rejected += 1;
        tally.rejections.push({ input: 'movements', row, issues: checked });
        continue;
      }
      ({ partNumber, type, quantity, unitCost } = checked);
      day = dayOf(checked.occurredAt);
      if (day === undefined) {
        // The schema's instant format is wider than the day reader's (no seconds): refuse it
        // rather than lose the row.
        tally.rejected += 1;
        tally.rejections.push({
          input: 'movements',
          row,
          issues: [createIssue('time.invalid_instant', ['occurredAt'], { value: checked.occurredAt })],
        });
        continue;
      }
      p = index.get(checked.partNumber);
    }
    if (p === undefined) p = partRow(table, partNumber as string);
    lastPartNumber = partNumber;
    lastPart = p;
    if ((day as number) >= endDay) {
      tally.afterWindow += 1;
      continue;
    }
    const units = quantity as number;
    const kind = (types.get(type as string) as { kind: MovementKind }).kind;
    if (kind !== STOCK_ONLY && sink) sink(p, kind, day as number, units, unitCost as number);
    table.netChange[p] = (table.netChange[p] as number) + units;
    if (kind === ISSUE) {
      // Stryker disable next-line EqualityOperator: on the same day, keeping the day or setting it again is the same
      if (!((table.lastIssueDay[p] as number) >= (day as number))) table.lastIssueDay[p] = day as number;
    } else if (kind === RECEIPT) {
      if (!((table.firstReceiptDay[p] as number) <= (day as number)))
        table.firstReceiptDay[p] = day as number;
    }
    if ((day as number) < firstDay) {
      tally.beforeWindow += 1;
      continue;
    }
    if (kind !== ISSUE && kind !== RETURN) continue;
    const cell = p * months + (monthOfDay[(day as number) - firstDay] as number);
    // Issues are negative movements: demand is the movement with its sign turned.
    table.quantity[cell] = (table.quantity[cell] as number) - units;
    const amount = units * (unitCost as number);
    if (amount <= SAFE && amount >= -SAFE) {
      const next = (table.value[cell] as number) - amount;
      if (next <= SAFE && next >= -SAFE) table.value[cell] = next;
      else addValue(table, cell, -amount);
    } else addValue(table, cell, -BigInt(units) * BigInt(unitCost as number));
    if (kind === ISSUE) table.hits[cell] = (table.hits[cell] as number) + 1;
  }
}
