import { safeParseRecord } from '@aftersales/core';
import { LaborTimeSchema, PartGroupsSchema, PartPricesSchema } from '@aftersales/warranty';
import type { DealerDataset } from './auditTypes';
import type { RejectionTally } from './rejectionTally';

/**
 * The reference data of the claim audit, with the entries its schemas refuse taken out.
 *
 * @example
 * const { laborTimes, partPrices }: WarrantyReference = readWarrantyReference(dataset.warranty, tally);
 */
export interface WarrantyReference {
  /** The labor times accepted, and the dataset row of each. */
  readonly laborTimes: readonly unknown[];
  readonly laborTimeRows: readonly number[];
  readonly partGroups: Readonly<Record<string, string>>;
  readonly partPrices: Readonly<Record<string, string>>;
}

// One entry of a part-number map, checked alone by the package's schema for the whole map.
function acceptedEntries(
  map: Readonly<Record<string, string>>,
  schema: typeof PartGroupsSchema | typeof PartPricesSchema,
  input: string,
  tally: RejectionTally,
): Record<string, string> {
  const kept: Record<string, string> = {};
  Object.entries(map).forEach(([key, value], row) => {
    const parsed = safeParseRecord(schema, { [key]: value });
    if (parsed.ok) kept[key] = value;
    else tally.reject(input, row, parsed.issues);
  });
  return kept;
}

/**
 * Checks the claim audit's reference data row by row with the warranty package's schemas
 * (`LaborTimeSchema`, `PartGroupsSchema`, `PartPricesSchema`), which `auditClaims` otherwise
 * applies to the whole table at once, refusing the audit for one bad row. A refused row is
 * added to the tally (`warranty.laborTimes`, `warranty.partGroups`, `warranty.partPrices`; the
 * row of a map entry is its position in the map) and left out.
 *
 * @example
 * const reference = readWarrantyReference(dataset.warranty, tally);
 * reference.partPrices; // { 'TVB-100': '1260.00' }
 */
export function readWarrantyReference(
  warranty: DealerDataset['warranty'],
  tally: RejectionTally,
): WarrantyReference {
  const laborTimes: unknown[] = [];
  const laborTimeRows: number[] = [];
  warranty.laborTimes.forEach((row, index) => {
    const parsed = safeParseRecord(LaborTimeSchema, row);
    if (!parsed.ok) {
      tally.reject('warranty.laborTimes', index, parsed.issues);
      return;
    }
    laborTimes.push(row);
    laborTimeRows.push(index);
  });
  return {
    laborTimes,
    laborTimeRows,
    partGroups: acceptedEntries(warranty.partGroups, PartGroupsSchema, 'warranty.partGroups', tally),
    partPrices: acceptedEntries(warranty.partPrices, PartPricesSchema, 'warranty.partPrices', tally),
  };
}
