import { parseRecord, StockCountSchema } from '@aftersales/core';
import type { PartsHealthKpi, PartsHealthReport } from './partsHealthTypes';

/**
 * Test builders for the health checks and the stocktake sheet (excluded from the package). Rows
 * are the KPI engine's fact rows; stocktake lines for the sheet are checked against core's
 * `StockCountSchema`, so the test data is what a DMS would send.
 */

/** The dealer's zone in these tests: UTC+8 all year, so local and UTC dates differ after 16:00Z. */
export const TIME_ZONE = 'Asia/Shanghai';

/** The first quarter of 2024: 31 + 29 + 31 = 91 days. */
export const Q1 = { from: '2024-01-01', to: '2024-03-31' } as const;

/** An instant in the middle of March 2024, Shanghai time. */
export const MARCH = '2024-03-15T10:00:00+08:00';

let next = 0;
const nextId = (prefix: string): string => {
  next += 1;
  return `${prefix}-${next}`;
};

/** A core stocktake line of count `CNT-1` (validated), with `more` overriding or adding fields. */
export function countLine(
  bookQuantity: string,
  countedQuantity: string,
  unitCost: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  const line = {
    countId: 'CNT-1',
    partNumber: nextId('P'),
    bookQuantity,
    countedQuantity,
    unitCost,
    currency: 'CNY',
    countedAt: MARCH,
    ...more,
  };
  parseRecord(StockCountSchema, line);
  return line;
}

/** A stocktake line as the KPI engine reads it: a core line plus `dealerId`. */
export function countFact(
  bookQuantity: string,
  countedQuantity: string,
  unitCost: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  const { dealerId = 'D1', ...rest } = more;
  return { ...countLine(bookQuantity, countedQuantity, unitCost, rest), dealerId };
}

/** `n` part request lines of dealer `dealerId` in March, `filled` of them filled from stock. */
export function requests(n: number, filled: number, dealerId = 'D1'): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, index) => ({
    id: nextId('RQ'),
    dealerId,
    partNumber: 'P1',
    requestedAt: MARCH,
    filledFromStock: index < filled,
  }));
}

/** A stock position on `asOf` holding `quantity` at `unitCost`, last issued on `lastIssuedOn`. */
export function position(
  asOf: string,
  quantity: string,
  unitCost: string,
  lastIssuedOn: string,
  dealerId = 'D1',
): Record<string, unknown> {
  return {
    id: nextId('SP'),
    dealerId,
    partNumber: nextId('P'),
    asOf,
    currency: 'CNY',
    quantity,
    unitCost,
    lastIssuedOn,
  };
}

/** The inventory value at cost on a date. */
export function snapshot(asOf: string, valueAtCost: string, dealerId = 'D1'): Record<string, unknown> {
  return { id: nextId('SN'), dealerId, asOf, currency: 'CNY', valueAtCost };
}

/** A stock movement (core StockMovement plus `dealerId`); quantity signed. */
export function movement(
  type: string,
  quantity: string,
  unitCost: string,
  occurredAt = MARCH,
  dealerId = 'D1',
): Record<string, unknown> {
  return {
    id: nextId('MV'),
    dealerId,
    partNumber: 'P1',
    type,
    quantity,
    unitCost,
    currency: 'CNY',
    occurredAt,
    ...(type === 'issue_ro' || type === 'return_from_ro' ? { roId: 'RO-1' } : {}),
  };
}

/** A purchase line received in March. */
export function purchase(value: string, channel: string, dealerId = 'D1'): Record<string, unknown> {
  return {
    id: nextId('PL'),
    dealerId,
    orderType: 'stock',
    channel,
    currency: 'CNY',
    value,
    orderedAt: MARCH,
    receivedAt: MARCH,
  };
}

/** The scored KPI `kpi` of the group whose dealer is `dealer` (or of the only group). */
export function kpiOf(report: PartsHealthReport, kpi: string, dealer?: string): PartsHealthKpi {
  const group = report.groups.find((g) => dealer === undefined || g.group.dealer === dealer);
  const row = group?.kpis.find((k) => k.kpi === kpi);
  if (!row) throw new Error(`no ${kpi} for ${dealer ?? 'the group'}`);
  return row;
}
