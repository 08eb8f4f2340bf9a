import {
  type AftersalesIssue,
  createIssue,
  fixedUnitsOf,
  idSchema,
  StockMovementSchema,
  safeParseRecord,
} from '@aftersales/core';

/**
 * The checks of one stock movement row beside the fast path in `addMovements`: what the fast
 * path does not look at (unknown keys, optional fields) and, for a row it does not take, the
 * schema's verdict with the exact reason.
 */

/** The fields a plan reads of one movement, once checked. */
export interface Checked {
  partNumber: string;
  type: string;
  quantity: number;
  unitCost: number;
  occurredAt: string;
}

const CHECKED: Checked = { partNumber: '', type: '', quantity: 0, unitCost: 0, occurredAt: '' };

export const isId = (value: unknown): value is string => idSchema.safeParse(value).success;

/**
 * An identifier exactly as core's `idSchema` takes it (1–64 characters, no whitespace at either
 * end, no line break inside, which its pattern's `.` does not cross), checked by character codes:
 * an id with plain ASCII ends needs no regex, any other is given to the schema.
 */
export function isIdText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first <= 32 || first >= 127 || last <= 32 || last >= 127) return isId(value);
  // Stryker disable next-line ArithmeticOperator: running on to the end reads the last character, checked above, and then NaN: neither is a line break
  for (let at = 1; at < value.length - 1; at += 1) {
    const code = value.charCodeAt(at);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return false;
  }
  return true;
}

const isShortText = (value: unknown): boolean =>
  typeof value === 'string' && value.length <= 200 && /\S/.test(value);
const isNonNegativeDecimal = (value: unknown): boolean =>
  typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value);

/**
 * The fields of a movement the plan does not read, checked as the schema would (an unknown key,
 * a malformed optional field): false sends the row to the schema for the exact reason.
 * Extensions always go to the schema.
 */
export function otherFieldsValid(movement: Record<string, unknown>): boolean {
  const { currency, roId, reference, unitPrice, warehouse, counterparty, extensions } = movement;
  if (extensions !== undefined) return false;
  // The six fields every movement has (checked by the caller), and each optional one present.
  let known = 6;
  if (currency !== undefined) known += 1;
  if (roId !== undefined) {
    if (!isIdText(roId)) return false;
    known += 1;
  }
  if (reference !== undefined) {
    if (!isIdText(reference)) return false;
    known += 1;
  }
  if (unitPrice !== undefined) {
    if (!isNonNegativeDecimal(unitPrice)) return false;
    known += 1;
  }
  if (warehouse !== undefined) {
    if (!isShortText(warehouse)) return false;
    known += 1;
  }
  if (counterparty !== undefined) {
    if (!isShortText(counterparty)) return false;
    known += 1;
  }
  // As many own keys as known fields: no unknown key (and none set to undefined, which the
  // schema takes for absent: it is asked then). Counting keys is cheaper than walking them.
  return Object.keys(movement).length === known && Object.getPrototypeOf(movement) === Object.prototype;
}

/**
 * The fast check failed: let the schema say why, or, when the schema accepts the row (a padded
 * decimal, a number), read it from the parsed record. Five decimal places and a foreign currency
 * are ours to refuse: the schema allows both.
 */
export function checkSlowly(movement: unknown, currency: string): Checked | AftersalesIssue[] {
  const parsed = safeParseRecord(StockMovementSchema, movement);
  if (!parsed.ok) return [...parsed.issues];
  const record = parsed.value;
  const issues: AftersalesIssue[] = [];
  const quantity = fixedUnitsOf(record.quantity);
  const unitCost = fixedUnitsOf(record.unitCost);
  const places = { format: 'decimal with at most four places (and at most 879,609,302 units)' };
  if (quantity === undefined) issues.push(createIssue('input.invalid_format', ['quantity'], places));
  if (unitCost === undefined) issues.push(createIssue('input.invalid_format', ['unitCost'], places));
  if (record.currency !== currency) {
    issues.push(
      createIssue('parts.currency_mismatch', ['currency'], { currency: record.currency, expected: currency }),
    );
  }
  if (issues.length > 0) return issues;
  CHECKED.partNumber = record.partNumber;
  CHECKED.type = record.type;
  CHECKED.quantity = quantity as number;
  CHECKED.unitCost = unitCost as number;
  CHECKED.occurredAt = record.occurredAt;
  return CHECKED;
}
