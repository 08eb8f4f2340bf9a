import { type AftersalesIssue, createIssue, fixedUnitsOf, type TraceStep } from '@aftersales/core';
import type { AbcClass, ItemClassification, MovementClass } from '../classify/classifyItems';
import { formatScaled, QUANTITY_DIGITS } from '../demand/scaled';
import type { PartsRules } from '../policy/partsRules';
import { orderQuantity } from './orderQuantity';
import type { StockLevels } from './stockLevels';

const show = (units: number): string => formatScaled(units, QUANTITY_DIGITS);

function needStep(
  facts: Record<string, string | boolean>,
  stocked: boolean,
  hasPosition: boolean,
  rules: PartsRules,
): TraceStep {
  const noPosition = hasPosition ? '' : ' (no stock position: taken as 0)';
  const noPositionZh = hasPosition ? '' : '（无库存明细，按 0 计）';
  return facts.need !== '0'
    ? rules.need.failed(facts, {
        en: `Inventory position ${facts.inventoryPosition} = ${facts.onHand} on hand + ${facts.onOrder} on order − ${facts.reserved} reserved${noPosition}, ${stocked ? `at or below min ${facts.min}: need ${facts.need} to reach max ${facts.max}` : `short for open ROs: need ${facts.need}`}`,
        zh: `库存位置 ${facts.inventoryPosition} = 在库 ${facts.onHand} + 在途 ${facts.onOrder} − 预留 ${facts.reserved}${noPositionZh}，${stocked ? `不高于最低 ${facts.min}：需补 ${facts.need} 至最高 ${facts.max}` : `不足以满足在修工单：需 ${facts.need}`}`,
      })
    : rules.need.passed(facts, {
        en: `Inventory position ${facts.inventoryPosition} = ${facts.onHand} on hand + ${facts.onOrder} on order − ${facts.reserved} reserved${noPosition}: no need`,
        zh: `库存位置 ${facts.inventoryPosition} = 在库 ${facts.onHand} + 在途 ${facts.onOrder} − 预留 ${facts.reserved}${noPositionZh}：无需订货`,
      });
}

/** A part planned: its need, the order for it before the budget, and why. */
export interface Planned {
  readonly entry: ItemClassification;
  readonly levels: StockLevels;
  readonly need: number;
  readonly pack: number;
  readonly moq: number;
  /** The need raised to the MOQ and whole packs. */
  readonly rounded: number;
  /** What may be ordered: `rounded`, or 0 when the part cannot be (unknown, no cost). */
  readonly quantity: number;
  readonly issue: AftersalesIssue | undefined;
  /** Open-RO shortage, ABC and movement class as one number, for sorting. */
  readonly rank: number;
  /** The issue value as a (rounded) number, for sorting. */
  readonly valueKey: number;
}

/**
 * The need and the order quantity of one classified part with its stock levels: a stocked part at
 * or below min is brought up to max; any part is ordered for open ROs its stock cannot cover;
 * then the MOQ and whole packs. Its trace: {@link lineSteps}.
 */
export function planLine(entry: ItemClassification, levels: StockLevels): Planned {
  const { item } = entry;
  const position = item.onHand + item.onOrder - item.reserved;
  const stocked = levels.stocking === 'stocked' || levels.stocking === 'phase_in';
  // A stocked part at or below min is brought up to max; any part is ordered for open ROs
  // whose reservations stock and orders cannot cover.
  const need = stocked ? (position <= levels.min ? levels.max - position : 0) : Math.max(0, -position);
  const part = item.part;
  const whole = part?.allowsFractionalQuantity !== true;
  const pack = part?.packSize !== undefined ? (fixedUnitsOf(part.packSize) as number) : whole ? 10_000 : 1;
  const moq = part?.moq !== undefined ? (fixedUnitsOf(part.moq) as number) : 0;
  const rank = rankOf(entry);
  const valueKey = Number(entry.statistics.value);
  if (part === undefined) {
    const issue = createIssue('parts.unknown_part', ['partNumber'], { partNumber: item.partNumber });
    return { entry, levels, need, pack, moq, rounded: 0, quantity: 0, issue, rank, valueKey };
  }
  const rounded = orderQuantity(need, pack, moq);
  const issue =
    rounded > 0 && item.unitCost === undefined
      ? createIssue('parts.no_cost', ['unitCost'], { partNumber: item.partNumber })
      : undefined;
  return { entry, levels, need, pack, moq, rounded, quantity: issue ? 0 : rounded, issue, rank, valueKey };
}

/** The trace of a planned line: the inventory position against min, then pack and MOQ. */
export function lineSteps(line: Planned, rules: PartsRules): TraceStep[] {
  const { entry, levels, need, pack, moq, rounded } = line;
  const { item } = entry;
  const stocked = levels.stocking === 'stocked' || levels.stocking === 'phase_in';
  const facts = {
    onHand: show(item.onHand),
    onOrder: show(item.onOrder),
    reserved: show(item.reserved),
    inventoryPosition: show(item.onHand + item.onOrder - item.reserved),
    min: show(levels.min),
    max: show(levels.max),
    need: show(need),
    hasPosition: item.hasPosition,
  };
  const steps = [needStep(facts, stocked, item.hasPosition, rules)];
  if (need > 0 && item.part !== undefined) {
    const packFacts = { need: show(need), packSize: show(pack), moq: show(moq), quantity: show(rounded) };
    steps.push(
      rules.packAndMoq.passed(packFacts, {
        en: `Order ${packFacts.quantity}: need ${packFacts.need}, at least MOQ ${packFacts.moq}, rounded up to packs of ${packFacts.packSize}`,
        zh: `订货 ${packFacts.quantity}：需 ${packFacts.need}，不少于最小起订量 ${packFacts.moq}，按每包 ${packFacts.packSize} 向上取整`,
      }),
    );
  }
  if (line.issue) {
    const rule = line.issue.code === 'parts.unknown_part' ? rules.packAndMoq : rules.budget;
    steps.push(rule.failed({ code: line.issue.code }, line.issue.message));
  }
  return steps;
}
const ABC_RANK: Readonly<Record<AbcClass, number>> = { A: 0, B: 1, C: 2 };
const MOVEMENT_RANK: Readonly<Record<MovementClass, number>> = {
  fast: 0,
  normal: 1,
  slow: 2,
  non_moving: 3,
  obsolete: 4,
};

// The order the budget is spent in: lines for open ROs waiting for the part first, then by ABC
// class, movement class, issue value (largest first) and part number.
export function byImportance(left: Planned, right: Planned): number {
  if (left.rank !== right.rank) return left.rank - right.rank;
  // The value as a number orders all but near-equal values; BigInt settles those exactly.
  if (left.valueKey !== right.valueKey) return right.valueKey - left.valueKey;
  const a = left.entry.statistics.value;
  const b = right.entry.statistics.value;
  if (a !== b) return a > b ? -1 : 1;
  const l = left.entry.item.partNumber;
  const r = right.entry.item.partNumber;
  return l < r ? -1 : l > r ? 1 : 0;
}

function rankOf(entry: ItemClassification): number {
  const { item } = entry;
  const short = item.reserved > item.onHand + item.onOrder ? 0 : 1;
  return short * 100 + ABC_RANK[entry.abc] * 10 + MOVEMENT_RANK[entry.movement];
}
