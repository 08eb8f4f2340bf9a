import { isCurrencyCode, type Part } from '@aftersales/core';
import { isIdText } from '../demand/movementChecks';
import type { StockPosition } from './stockPosition';

/**
 * The common parts-master row and stock position, checked without the schema: a plan reads
 * 50,000 of each, and the schema takes 5 µs a row. Only a row whose every field is already in
 * its canonical form (strings as the schema would output them, no extensions) passes here, and
 * it comes out exactly as the schema would give it; anything else (a number, padding, an error)
 * goes through the schema, which says why. A property test holds the two to the same answers.
 */

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const WHOLE = /^-?\d+(?:\.0+)?$/;
type Bag = Record<string, unknown>;

const isId = isIdText;
const isShortText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 200 && /\S/.test(value);
const isDecimal = (value: unknown): value is string => typeof value === 'string' && DECIMAL.test(value);
const isNonNegative = (value: unknown): value is string => isDecimal(value) && value.charCodeAt(0) !== 45;
const isPositive = (value: unknown): value is string => isNonNegative(value) && /[1-9]/.test(value);
const optional = (value: unknown, check: (value: unknown) => boolean): boolean =>
  value === undefined || check(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isDate = (value: unknown): boolean => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

const PART_KEYS = new Set([
  'partNumber',
  'description',
  'unit',
  'allowsFractionalQuantity',
  'price',
  'cost',
  'currency',
  'source',
  'supersededBy',
  'packSize',
  'moq',
  'abcClass',
  'bin',
  'isAccessory',
  'dealerId',
]);
// Typed as sets of unknown so a value of any type can be looked up: has() is false for a non-string.
const SOURCES: ReadonlySet<unknown> = new Set(['oem', 'outsourced', 'customer_supplied']);
const ABC: ReadonlySet<unknown> = new Set(['A', 'B', 'C']);

function onlyKeys(value: Bag, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!Object.hasOwn(value, key) || !keys.has(key)) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** A parts-master row that certainly passes `PartSchema`, as it would parse it; else undefined. */
export function fastPart(value: unknown): Part | undefined {
  // An array needs no test of its own: onlyKeys refuses it (its prototype is Array.prototype).
  if (typeof value !== 'object' || value === null) return undefined;
  const row = value as Bag;
  if (!onlyKeys(row, PART_KEYS)) return undefined;
  const fractional = row.allowsFractionalQuantity === undefined ? false : row.allowsFractionalQuantity;
  const ok =
    isId(row.partNumber) &&
    isShortText(row.description) &&
    isShortText(row.unit) &&
    isBoolean(fractional) &&
    isNonNegative(row.price) &&
    optional(row.cost, isNonNegative) &&
    optional(row.currency, isCurrencyCode) &&
    SOURCES.has(row.source) &&
    optional(row.supersededBy, isId) &&
    row.supersededBy !== row.partNumber &&
    optional(row.packSize, (pack) => isPositive(pack) && (fractional || WHOLE.test(pack as string))) &&
    optional(row.moq, (moq) => isPositive(moq) && (fractional || WHOLE.test(moq as string))) &&
    optional(row.abcClass, (abc) => ABC.has(abc)) &&
    optional(row.bin, isShortText) &&
    optional(row.isAccessory, isBoolean) &&
    optional(row.dealerId, isId);
  if (!ok) return undefined;
  // Built field by field: spreading a parsed row takes V8's slow copy path (a third of a plan's
  // time at 50,000 parts).
  const part: Bag = {
    partNumber: row.partNumber,
    description: row.description,
    unit: row.unit,
    allowsFractionalQuantity: fractional,
    price: row.price,
    currency: row.currency ?? 'CNY',
    source: row.source,
    isAccessory: row.isAccessory ?? false,
  };
  for (const key of OPTIONAL_PART_KEYS) if (row[key] !== undefined) part[key] = row[key];
  return part as Part;
}

const OPTIONAL_PART_KEYS = [
  'cost',
  'supersededBy',
  'packSize',
  'moq',
  'abcClass',
  'bin',
  'dealerId',
] as const;

const POSITION_KEYS = new Set([
  'partNumber',
  'onHand',
  'onOrder',
  'reserved',
  'unitCost',
  'currency',
  'leadTimeDays',
  'stocked',
  'lastIssuedOn',
  'firstReceivedOn',
  'warehouse',
  'dealerId',
]);

/** A stock position that certainly passes `StockPositionSchema`, as it would parse it; else undefined. */
export function fastPosition(value: unknown): StockPosition | undefined {
  // An array needs no test of its own: onlyKeys refuses it (its prototype is Array.prototype).
  if (typeof value !== 'object' || value === null) return undefined;
  const row = value as Bag;
  if (!onlyKeys(row, POSITION_KEYS)) return undefined;
  const lead = row.leadTimeDays;
  const ok =
    isId(row.partNumber) &&
    isDecimal(row.onHand) &&
    optional(row.onOrder, isNonNegative) &&
    optional(row.reserved, isNonNegative) &&
    optional(row.unitCost, isNonNegative) &&
    optional(row.currency, isCurrencyCode) &&
    optional(
      lead,
      (days) => Number.isSafeInteger(days) && (days as number) >= 0 && (days as number) <= 3650,
    ) &&
    optional(row.stocked, isBoolean) &&
    optional(row.lastIssuedOn, isDate) &&
    optional(row.firstReceivedOn, isDate) &&
    optional(row.warehouse, isShortText) &&
    optional(row.dealerId, isId);
  if (!ok) return undefined;
  const position: Bag = {
    partNumber: row.partNumber,
    onHand: row.onHand,
    onOrder: row.onOrder ?? '0',
    reserved: row.reserved ?? '0',
    currency: row.currency ?? 'CNY',
  };
  for (const key of OPTIONAL_POSITION_KEYS) if (row[key] !== undefined) position[key] = row[key];
  return position as StockPosition;
}

const OPTIONAL_POSITION_KEYS = [
  'unitCost',
  'leadTimeDays',
  'stocked',
  'lastIssuedOn',
  'firstReceivedOn',
  'warehouse',
  'dealerId',
] as const;
