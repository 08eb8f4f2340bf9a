import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  dayNumberOfDate,
  fixedUnitsOf,
  type Part,
  PartSchema,
  safeParseRecord,
} from '@aftersales/core';
import type { DemandTable } from '../demand/demandTable';
import { resolveSupersession } from '../demand/supersession';
import { fastPart, fastPosition } from './fastRecords';
import { type StockPosition, StockPositionSchema } from './stockPosition';

/** A part master row or stock position that was not used, and why. */
export interface PlanRejection {
  readonly input: 'parts' | 'positions';
  readonly row: number;
  readonly issues: readonly AftersalesIssue[];
}

/** A part that cannot be planned, and why (a supersession cycle: no part number to order). */
export interface UnplannedPart {
  readonly partNumber: string;
  readonly issues: readonly AftersalesIssue[];
}

/** One part to plan: the part to order, with the parts it supersedes folded in. */
export interface PlanItem {
  readonly partNumber: string;
  /** The parts it supersedes whose demand and stock it takes over, in chain order. */
  readonly replaces: string[];
  /** Its rows and its predecessors' rows in the demand table. */
  readonly rows: number[];
  /** Its parts master record; absent for a part the master does not know (classified, not ordered). */
  readonly part: Part | undefined;
  /** Summed over the part and its predecessors, fixed units. */
  onHand: number;
  onOrder: number;
  reserved: number;
  hasPosition: boolean;
  /** Fixed units; the position's cost, else the master's. */
  unitCost: number | undefined;
  leadTimeDays: number | undefined;
  stocked: boolean | undefined;
  lastIssueDay: number;
  firstReceiptDay: number;
}

/** The validated inputs of a plan. */
export interface PlanInputs {
  readonly items: PlanItem[];
  readonly unplanned: UnplannedPart[];
  readonly rejections: PlanRejection[];
  readonly counts: {
    readonly parts: { read: number; accepted: number; rejected: number };
    readonly positions: { read: number; accepted: number; rejected: number };
  };
}

function arrayOf(value: unknown, key: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', [key], {
      expected: 'array',
      received: value === null ? 'null' : typeof value,
    });
  }
  return value;
}

/**
 * The first of a part's cost, pack size and MOQ the plan cannot hold in fixed units (five places,
 * or past 879,609,302): PartSchema allows any decimal, and such a figure would reach the order
 * arithmetic as undefined (a RangeError for a 20-digit MOQ, a silent "no cost" for a cost of 10.12345).
 */
function unreadableFigure(part: Part): 'cost' | 'packSize' | 'moq' | undefined {
  if (part.cost !== undefined && fixedUnitsOf(part.cost) === undefined) return 'cost';
  if (part.packSize !== undefined && fixedUnitsOf(part.packSize) === undefined) return 'packSize';
  if (part.moq !== undefined && fixedUnitsOf(part.moq) === undefined) return 'moq';
  return undefined;
}

// Only asked of a row that parsed, so an object: no null to guard against.
const currencyUnset = (row: unknown): boolean => (row as { currency?: unknown }).currency === undefined;

const later = (a: number, b: number): number => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b));
const earlier = (a: number, b: number): number =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);

/**
 * Validates the parts master and the stock positions, folds superseded parts into the part that
 * replaces them, and lists every part number seen (master, positions, demand) once.
 */
export function readPlanInputs(table: DemandTable, partsIn: unknown, positionsIn: unknown): PlanInputs {
  const partRows = arrayOf(partsIn, 'parts');
  const positionRows = arrayOf(positionsIn, 'positions');
  const rejections: PlanRejection[] = [];
  const master = new Map<string, { part: Part; row: number }>();
  const currency = table.currency;
  for (let row = 0; row < partRows.length; row += 1) {
    const fast = fastPart(partRows[row]);
    const parsed = fast ? { ok: true as const, value: fast } : safeParseRecord(PartSchema, partRows[row]);
    if (!parsed.ok) {
      rejections.push({ input: 'parts', row, issues: parsed.issues });
      continue;
    }
    // A row without a currency is in the plan's: the schema's CNY default is for records alone.
    const part =
      parsed.value.currency !== currency && currencyUnset(partRows[row])
        ? { ...parsed.value, currency }
        : parsed.value;
    const first = master.get(part.partNumber);
    const unreadable = unreadableFigure(part);
    const issue = unreadable
      ? createIssue('input.invalid_format', [unreadable], {
          format: 'decimal with at most four places (and at most 879,609,302 units)',
        })
      : first
        ? createIssue('parts.duplicate', ['partNumber'], { partNumber: part.partNumber, firstRow: first.row })
        : part.currency !== currency
          ? createIssue('parts.currency_mismatch', ['currency'], {
              currency: part.currency,
              expected: currency,
            })
          : undefined;
    if (issue) rejections.push({ input: 'parts', row, issues: [issue] });
    else master.set(part.partNumber, { part, row });
  }
  const positions = new Map<string, { position: StockPosition; row: number }>();
  for (let row = 0; row < positionRows.length; row += 1) {
    const fast = fastPosition(positionRows[row]);
    const parsed = fast
      ? { ok: true as const, value: fast }
      : safeParseRecord(StockPositionSchema, positionRows[row]);
    if (!parsed.ok) {
      rejections.push({ input: 'positions', row, issues: parsed.issues });
      continue;
    }
    const position =
      parsed.value.currency !== currency && currencyUnset(positionRows[row])
        ? { ...parsed.value, currency }
        : parsed.value;
    const first = positions.get(position.partNumber);
    const unreadable = (['onHand', 'onOrder', 'reserved', 'unitCost'] as const).find(
      (key) => position[key] !== undefined && fixedUnitsOf(position[key]) === undefined,
    );
    const issue = first
      ? createIssue('parts.duplicate', ['partNumber'], {
          partNumber: position.partNumber,
          firstRow: first.row,
        })
      : position.currency !== currency
        ? createIssue('parts.currency_mismatch', ['currency'], {
            currency: position.currency,
            expected: currency,
          })
        : unreadable !== undefined
          ? createIssue('input.invalid_format', [unreadable], {
              format: 'decimal with at most four places (and at most 879,609,302 units)',
            })
          : undefined;
    if (issue) rejections.push({ input: 'positions', row, issues: [issue] });
    else positions.set(position.partNumber, { position, row });
  }

  const links = new Map<string, string>();
  for (const { part } of master.values())
    if (part.supersededBy !== undefined) links.set(part.partNumber, part.supersededBy);
  const { finalOf, cycles } = resolveSupersession(links);

  const items = new Map<string, PlanItem>();
  const unplanned: UnplannedPart[] = [];
  const unplannedSeen = new Set<string>();
  const itemOf = (partNumber: string): PlanItem | undefined => {
    const cycle = cycles.get(partNumber);
    const target = finalOf.get(partNumber) ?? partNumber;
    if (cycle !== undefined) {
      if (!unplannedSeen.has(partNumber)) {
        unplannedSeen.add(partNumber);
        unplanned.push({
          partNumber,
          issues: [
            createIssue('parts.supersession_cycle', ['partNumber'], { partNumber, chain: cycle.join(' → ') }),
          ],
        });
      }
      return undefined;
    }
    let item = items.get(target);
    if (item === undefined) {
      const part = master.get(target)?.part;
      item = {
        partNumber: target,
        replaces: [],
        rows: [],
        part,
        onHand: 0,
        onOrder: 0,
        reserved: 0,
        hasPosition: false,
        unitCost: part?.cost === undefined ? undefined : fixedUnitsOf(part.cost),
        leadTimeDays: undefined,
        stocked: undefined,
        lastIssueDay: Number.NaN,
        firstReceiptDay: Number.NaN,
      };
      items.set(target, item);
    }
    if (partNumber !== target && !item.replaces.includes(partNumber)) item.replaces.push(partNumber);
    return item;
  };

  for (const partNumber of master.keys()) itemOf(partNumber);
  for (let row = 0; row < table.partNumbers.length; row += 1) {
    const item = itemOf(table.partNumbers[row] as string);
    if (!item) continue;
    item.rows.push(row);
    item.lastIssueDay = later(item.lastIssueDay, table.lastIssueDay[row] as number);
    item.firstReceiptDay = earlier(item.firstReceiptDay, table.firstReceiptDay[row] as number);
  }
  for (const [partNumber, { position }] of positions) {
    const item = itemOf(partNumber);
    if (!item) continue;
    item.hasPosition = true;
    item.onHand += fixedUnitsOf(position.onHand) as number;
    item.onOrder += fixedUnitsOf(position.onOrder) as number;
    item.reserved += fixedUnitsOf(position.reserved) as number;
    const own = partNumber === item.partNumber;
    if (position.unitCost !== undefined && (own || item.unitCost === undefined)) {
      item.unitCost = fixedUnitsOf(position.unitCost);
    }
    // Only the part's own position gives its lead time (one position per part number, so set once).
    if (own) item.leadTimeDays = position.leadTimeDays;
    if (position.stocked !== undefined && (own || item.stocked === undefined))
      item.stocked = position.stocked;
    if (position.lastIssuedOn !== undefined) {
      item.lastIssueDay = later(item.lastIssueDay, dayNumberOfDate(position.lastIssuedOn) as number);
    }
    if (position.firstReceivedOn !== undefined) {
      item.firstReceiptDay = earlier(
        item.firstReceiptDay,
        dayNumberOfDate(position.firstReceivedOn) as number,
      );
    }
  }
  const count = (read: number, input: 'parts' | 'positions') => {
    const rejected = rejections.filter((rejection) => rejection.input === input).length;
    return { read, accepted: read - rejected, rejected };
  };
  return {
    items: [...items.values()],
    unplanned,
    rejections,
    counts: { parts: count(partRows.length, 'parts'), positions: count(positionRows.length, 'positions') },
  };
}
