import { parseRecord, WarrantyClaimSchema } from '@aftersales/core';
import type { KpiDefinition } from '../../definition/kpiDefinition';
import { computeKpisSync } from '../../engine/computeKpis';
import type { ComputeKpisOptions } from '../../engine/kpiAccumulator';
import type { KpiReport } from '../../engine/kpiReport';

/**
 * Test helpers for the warranty KPIs: core warranty claims (checked against the core schema, so
 * the test data is what a DMS would send) and a report grouped by dealer × month in Shanghai time.
 */

export const TIME_ZONE = 'Asia/Shanghai';

/** Computes the KPI over the claims, grouped by dealer × month unless `more` says otherwise; none may be rejected. */
export function report(
  kpi: KpiDefinition,
  warrantyClaims: readonly unknown[],
  more: Partial<ComputeKpisOptions> = {},
): KpiReport {
  const result = computeKpisSync(
    { warrantyClaims },
    { kpis: [kpi], groupBy: ['dealer', 'month'], timeZone: TIME_ZONE, ...more },
  );
  if (result.rejected.length > 0) throw new Error(`rejected records: ${JSON.stringify(result.rejected)}`);
  return result;
}

let next = 0;

/**
 * A core warranty claim of `total` claimed (all parts), dealer D1, repaired 2024-03-01, with the
 * fields given; validated by `WarrantyClaimSchema`.
 */
export function claim(
  total: string,
  status: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  next += 1;
  const record = {
    id: `WC-${next}`,
    dealerId: 'D1',
    vin: 'LSVAU2187N2123456',
    roId: `RO-${next}`,
    repairDate: '2024-03-01',
    odometerKm: 45210,
    amounts: { labor: '0', parts: total, total },
    currency: 'CNY',
    status,
    ...more,
  };
  parseRecord(WarrantyClaimSchema, record);
  return record;
}

export { cellOf } from '../testing';
