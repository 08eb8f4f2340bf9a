import { parseRecord, WarrantyClaimSchema } from '@aftersales/core';

/**
 * Test builders for the old-part tracker (excluded from the package). Claims are checked against
 * core's `WarrantyClaimSchema`, so the test data is what a DMS would send.
 */

/** The dealer's zone in these tests: UTC+8 all year, so local and UTC dates differ after 16:00Z. */
export const TIME_ZONE = 'Asia/Shanghai';

/** A VIN with a valid check digit (7), as in core's examples. */
export const VIN = 'LSVAU2187N2123456';

/**
 * A submitted claim of dealer D1 with a retained old part, first submitted 2024-03-01 07:30 in
 * Shanghai (2024-02-29T23:30Z: a different UTC day), for the caliper 5Q0615123A; `more` overrides
 * or adds fields (`oldPart` replaces the default one; pass `oldPart: undefined` to drop it).
 */
export function claim(id: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id,
    dealerId: 'D1',
    vin: VIN,
    roId: `RO-${id}`,
    repairDate: '2024-02-29',
    odometerKm: 45210,
    causalPartNumber: '5Q0615123A',
    amounts: { labor: '144.00', parts: '1260.00', total: '1404.00' },
    currency: 'CNY',
    status: 'submitted',
    submittedAt: '2024-03-01T07:30:00+08:00',
    submissionCount: 1,
    oldPart: { retained: true },
    ...more,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  parseRecord(WarrantyClaimSchema, record);
  return record;
}
