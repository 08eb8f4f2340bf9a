import {
  createIssue,
  type LaborLine,
  type OdometerReading,
  type RepairOrder,
  type Vehicle,
} from '@aftersales/core';
import {
  fromStarLaborOperation,
  fromStarLineItems,
  fromStarRepairOrderStatus,
  type StarLineItemsFragment,
  type StarRepairOrderStatusFragment,
} from './fragments';
import { fromStarFinancialSummary, type StarFinancialSummaryFragment } from './fromStarFinancialSummary';
import { fromStarOdometer } from './fromStarOdometer';
import { fromStarRepairEffort, type StarRepairEffortFragment } from './fromStarRepairEffort';
import { fromStarRepairOrder } from './fromStarRepairOrder';
import { fromStarVehicleIdentifier } from './fromStarVehicleIdentifier';
import type { StarImportOptions } from './options';
import type { StarResult } from './result';

/** What each STAR fragment kind reads into. */
export interface StarFragments {
  /** A whole repair order (repair_line_item_split.json, spec_*.json). */
  repair_order: RepairOrder;
  /** `{ repair_order_line_items, narratives }` (repair_order_line_items.json). */
  line_items: StarLineItemsFragment;
  /** One `LaborOperation` (declined_labor_operation.json): one line, or one per payer if split. */
  labor_operation: LaborLine[];
  /** A repair order's header status (declined_repair_order.json). */
  repair_order_status: StarRepairOrderStatusFragment;
  /** A service job's or snapshot's odometer readings (odometer.json); needs `options.vin`. */
  odometer: OdometerReading[];
  /** A `VehicleIdentifier` (vehicle_identifier.json). */
  vehicle_identifier: Vehicle;
  /** A `RepairEffortSummary` (repair_effort.json). */
  repair_effort: StarRepairEffortFragment;
  /** A `RepairFinancialSummary` (repair_financial_summary.json). */
  financial_summary: StarFinancialSummaryFragment;
}

/** A STAR fragment kind; see {@link StarFragments}. */
export type StarFragmentKind = keyof StarFragments;

const READERS: {
  readonly [K in StarFragmentKind]: (
    json: unknown,
    options: StarImportOptions,
  ) => StarResult<StarFragments[K]>;
} = {
  repair_order: fromStarRepairOrder,
  line_items: fromStarLineItems,
  labor_operation: fromStarLaborOperation,
  repair_order_status: fromStarRepairOrderStatus,
  odometer: fromStarOdometer,
  vehicle_identifier: fromStarVehicleIdentifier,
  repair_effort: fromStarRepairEffort,
  financial_summary: fromStarFinancialSummary,
};

/** The fragment kinds {@link readStarFragment} reads. */
export const starFragmentKinds = Object.freeze(Object.keys(READERS) as StarFragmentKind[]);

/**
 * Reads a STAR document or fragment of the given kind into the core type it belongs to, with the
 * same result and notes as the kind's own reader (`fromStarRepairOrder`, `fromStarOdometer`, …).
 * An unknown kind is an `input.invalid_value` issue at `kind`.
 *
 * @example
 * const result = readStarFragment('odometer', json, { timeZone: 'America/New_York', vin: '1FTFW1E51NFA00001' });
 * if (result.ok) console.log(result.value[0]?.km);
 */
export function readStarFragment<K extends StarFragmentKind>(
  kind: K,
  json: unknown,
  options: StarImportOptions,
): StarResult<StarFragments[K]> {
  if (typeof kind !== 'string' || !Object.hasOwn(READERS, kind)) {
    return {
      ok: false,
      issues: [createIssue('input.invalid_value', ['kind'], { allowed: starFragmentKinds })],
      notes: [],
    };
  }
  const reader = READERS[kind] as (json: unknown, options: StarImportOptions) => StarResult<StarFragments[K]>;
  return reader(json, options);
}
