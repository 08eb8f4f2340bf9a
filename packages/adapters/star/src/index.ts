/**
 * STAR repair orders to and from the aftersales record model.
 *
 * `fromStarRepairOrder` reads a STAR repair order (STAR's schema, and the dialect of STAR's own
 * worked examples, read leniently with notes) into a core `RepairOrder`; `toStarRepairOrder`
 * writes one back. Fragments (labor operation, odometer, vehicle identifier, repair effort,
 * financial summary, line items, header status) have their own readers, also behind
 * `readStarFragment(kind, json, options)`. The zod schemas of the STAR subset and its code lists
 * are exported for validating STAR input directly. See docs/adapter-star.md.
 *
 * @packageDocumentation
 */

export type {
  StarLineItemsFragment,
  StarRepairOrderStatusFragment,
} from './fragments';
export {
  fromStarLaborOperation,
  fromStarLineItems,
  fromStarRepairOrderStatus,
} from './fragments';
export type { StarFinancialSummaryFragment } from './fromStarFinancialSummary';
export { fromStarFinancialSummary } from './fromStarFinancialSummary';
export { fromStarOdometer } from './fromStarOdometer';
export type { StarRepairEffortFragment } from './fromStarRepairEffort';
export { fromStarRepairEffort } from './fromStarRepairEffort';
export { fromStarRepairOrder } from './fromStarRepairOrder';
export { fromStarVehicleIdentifier } from './fromStarVehicleIdentifier';
export type { ResolvedStarImportOptions, StarImportOptions } from './options';
export { StarImportOptionsSchema } from './options';
export type { StarFragmentKind, StarFragments } from './readStarFragment';
export { readStarFragment, starFragmentKinds } from './readStarFragment';
export type { StarResult } from './result';
export {
  StarCodeSchema,
  StarFinancialSummarySchema,
  StarGeneralAmountSchema,
  StarInspectionSchema,
  StarMoneySchema,
  StarNarrativeSchema,
  StarRepairEffortSchema,
  StarStaffAssignmentSchema,
  StarTimeMeasureSchema,
} from './schemas/common';
export type { StarLaborOperation, StarRepairOrder, StarRepairOrderLineItem } from './schemas/repairOrder';
export {
  StarLaborOperationSchema,
  StarRepairOrderLineItemSchema,
  StarRepairOrderSchema,
  StarRepairStatusEventSchema,
  StarRepairStatusSummarySchema,
} from './schemas/repairOrder';
export type { StarVehicleIdentifier, StarVehicleSnapshot } from './schemas/vehicle';
export {
  StarVehicleIdentifierSchema,
  StarVehicleSnapshotSchema,
  StarVehicleStateSchema,
} from './schemas/vehicle';
export {
  starLaborOperationStatusTypeSchema,
  starLaborOperationTypeSchema,
  starNarrativeUomTypeSchema,
  starPayeeTypeSchema,
  starPayTypeSchema,
  starRepairAuthorizationStatusTypeSchema,
  starRepairOrderInitiationTypeSchema,
  starServiceMilestoneTypeSchema,
  starUomTimeTypeSchema,
  starVehicleSystemTypeSchema,
} from './starEnums';
export { toStarRepairOrder } from './toStarRepairOrder';
