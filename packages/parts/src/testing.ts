import {
  type AftersalesError,
  isAftersalesError,
  PartSchema,
  parseRecord,
  StockMovementSchema,
} from '@aftersales/core';
import { StockPositionSchema } from './index';

/**
 * Test builders for demand, classification and ordering (excluded from the package). Every
 * record a builder returns is checked against its schema, so the test data is what a DMS would
 * send; tests that need a bad record spread a good one and break one field.
 */

/** The dealer's zone in these tests: UTC+8 all year, so local and UTC dates differ after 16:00Z. */
export const ZONE = 'Asia/Shanghai';

/** The local instant of a Shanghai date and time, with its offset. */
export const at = (date: string, time = '10:00:00'): string => `${date}T${time}+08:00`;

let sequence = 0;

/** Movement types whose quantity is negative (stock out). */
const OUT = new Set(['issue_ro', 'counter_sale', 'return_to_supplier', 'transfer_out']);

/**
 * One stock movement of `partNumber`. `quantity` is given as a magnitude for types with a fixed
 * direction (an `issue_ro` of '4.5' becomes '-4.5') and as signed for adjustments. RO issues and
 * returns get an RO id; `more` overrides or adds fields (a field set to undefined is dropped).
 */
export function movement(
  partNumber: string,
  type: string,
  quantity: string,
  date: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  sequence += 1;
  const signed = OUT.has(type) && !quantity.startsWith('-') ? `-${quantity}` : quantity;
  const record: Record<string, unknown> = {
    id: `MV-${sequence}`,
    partNumber,
    type,
    quantity: signed,
    unitCost: '10',
    occurredAt: date.includes('T') ? date : at(date),
    ...(type === 'issue_ro' || type === 'return_from_ro' ? { roId: `RO-${sequence}` } : {}),
    ...more,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  parseRecord(StockMovementSchema, record);
  return record;
}

/** `YYYY-MM` labels of `count` months from `from`. */
function monthsFrom(from: string, count: number): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let index = 0; index < count; index += 1) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/**
 * One RO issue a month from `from`, of the given quantities (magnitudes; '0' gives no movement),
 * on the 15th at 10:00 in Shanghai, at `unitCost`.
 */
export function monthlyIssues(
  partNumber: string,
  from: string,
  quantities: readonly string[],
  unitCost = '10',
): Record<string, unknown>[] {
  const months = monthsFrom(from, quantities.length);
  const out: Record<string, unknown>[] = [];
  quantities.forEach((quantity, index) => {
    if (Number(quantity) === 0) return;
    out.push(movement(partNumber, 'issue_ro', quantity, `${months[index]}-15`, { unitCost }));
  });
  return out;
}

/** `count` copies of `value`. */
export const repeat = <T>(value: T, count: number): T[] => Array.from({ length: count }, () => value);

/** A parts-master row (core `Part`), sold in whole units at cost 10 unless `more` says otherwise. */
export function part(partNumber: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  const record: Record<string, unknown> = {
    partNumber,
    description: `Part ${partNumber}`,
    unit: '个',
    price: '20',
    cost: '10',
    source: 'oem',
    ...more,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  parseRecord(PartSchema, record);
  return record;
}

/** A stock position of `partNumber` with `onHand` (nothing on order or reserved unless `more` says). */
export function position(
  partNumber: string,
  onHand: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  const record: Record<string, unknown> = { partNumber, onHand, ...more };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  parseRecord(StockPositionSchema, record);
  return record;
}

/** The code and path of the coded error `run` throws (fails the test when it throws none). */
export function thrown(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  const error = codedError(run);
  return { code: error.code, path: error.path };
}

/** The coded error `run` throws; anything else thrown is passed on, and nothing thrown fails. */
export function codedError(run: () => unknown): AftersalesError {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return error;
    throw error;
  }
  throw new Error('expected a coded AftersalesError, nothing was thrown');
}

/** The code, path and first issue's params of the coded error `run` throws. */
export function thrownIssue(run: () => unknown) {
  const error = codedError(run);
  return { code: error.code, path: error.path, params: error.issues[0]?.params };
}
