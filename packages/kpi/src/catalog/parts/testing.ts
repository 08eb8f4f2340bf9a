import type { KpiDefinition } from '../../definition/kpiDefinition';
import { computeKpisSync, type KpiRecordsSync } from '../../engine/computeKpis';
import type { ComputeKpisOptions } from '../../engine/kpiAccumulator';
import type { KpiReport } from '../../engine/kpiReport';

/**
 * Test helpers for the parts KPIs: records with the fields a test does not care about filled in,
 * and a report grouped by dealer × month in Shanghai time.
 */

export const TIME_ZONE = 'Asia/Shanghai';

/** Computes one KPI grouped by dealer × month (Asia/Shanghai) unless `more` says otherwise; no record may be rejected. */
export function report(
  kpi: KpiDefinition,
  records: KpiRecordsSync,
  more: Partial<ComputeKpisOptions> = {},
): KpiReport {
  const result = computeKpisSync(records, {
    kpis: [kpi],
    groupBy: ['dealer', 'month'],
    timeZone: TIME_ZONE,
    ...more,
  });
  // A record the engine rejects would silently drop out of the hand-worked sums.
  if (result.rejected.length > 0) throw new Error(`rejected records: ${JSON.stringify(result.rejected)}`);
  return result;
}

let next = 0;
function nextId(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}

/** A stock movement (core StockMovement plus `dealerId`); quantity signed. */
export function movement(
  type: string,
  quantity: string,
  unitCost: string,
  occurredAt: string,
  more: { dealerId?: string; unitPrice?: string; partNumber?: string } = {},
) {
  return {
    id: nextId('MV'),
    dealerId: more.dealerId ?? 'D1',
    partNumber: more.partNumber ?? 'P1',
    type,
    quantity,
    unitCost,
    ...(more.unitPrice === undefined ? {} : { unitPrice: more.unitPrice }),
    currency: 'CNY',
    occurredAt,
    ...(type === 'issue_ro' || type === 'return_from_ro' ? { roId: 'RO-1' } : {}),
  };
}

/** An inventory value at cost on a date. */
export function snapshot(asOf: string, valueAtCost: string, dealerId = 'D1') {
  return { id: nextId('SN'), dealerId, asOf, currency: 'CNY', valueAtCost };
}

/** A part request line. */
export function request(
  requestedAt: string,
  filledFromStock: boolean,
  more: { ordered?: boolean; dealerId?: string } = {},
) {
  return {
    id: nextId('RQ'),
    dealerId: more.dealerId ?? 'D1',
    partNumber: 'P1',
    requestedAt,
    filledFromStock,
    ...(more.ordered === undefined ? {} : { ordered: more.ordered }),
  };
}

/** A stock position (one part on one date). */
export function position(
  asOf: string,
  quantity: string,
  unitCost: string,
  more: { lastIssuedOn?: string; firstReceivedOn?: string; dealerId?: string } = {},
) {
  return {
    id: nextId('SP'),
    dealerId: more.dealerId ?? 'D1',
    partNumber: nextId('P'),
    asOf,
    currency: 'CNY',
    quantity,
    unitCost,
    ...(more.lastIssuedOn === undefined ? {} : { lastIssuedOn: more.lastIssuedOn }),
    ...(more.firstReceivedOn === undefined ? {} : { firstReceivedOn: more.firstReceivedOn }),
  };
}

/** A stocktake line (core StockCount plus `dealerId`). */
export function countLine(
  bookQuantity: string,
  countedQuantity: string,
  unitCost: string,
  countedAt: string,
  dealerId = 'D1',
) {
  return {
    countId: 'CNT-1',
    dealerId,
    partNumber: nextId('P'),
    bookQuantity,
    countedQuantity,
    unitCost,
    currency: 'CNY',
    countedAt,
  };
}

/** A purchase line. */
export function purchase(
  value: string,
  more: {
    orderType?: string;
    channel?: string;
    orderedAt?: string;
    receivedAt?: string;
    dealerId?: string;
    currency?: string;
  },
) {
  return {
    id: nextId('PL'),
    dealerId: more.dealerId ?? 'D1',
    orderType: more.orderType ?? 'stock',
    channel: more.channel ?? 'oem',
    currency: more.currency ?? 'CNY',
    value,
    ...(more.orderedAt === undefined ? {} : { orderedAt: more.orderedAt }),
    ...(more.receivedAt === undefined ? {} : { receivedAt: more.receivedAt }),
  };
}

export { cellOf } from '../testing';
