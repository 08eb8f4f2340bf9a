import { starRepairStageSchema, starRepairStatusSchema } from '@aftersales/core';
import { z } from 'zod';
import {
  starLaborOperationPriorityTypeSchema,
  starLaborOperationStatusTypeSchema,
  starLaborOperationTypeSchema,
  starPayeeTypeSchema,
  starPayTypeSchema,
  starRepairAuthorizationStatusTypeSchema,
  starRepairOrderInitiationTypeSchema,
  starServiceJobTypeSchema,
} from '../starEnums';
import {
  StarCodeSchema,
  StarFinancialSummarySchema,
  StarInspectionSchema,
  StarMoneySchema,
  StarNarrativeSchema,
  StarRepairEffortSchema,
  StarStaffAssignmentSchema,
  starDate,
  starDateTime,
  starText,
} from './common';
import { StarVehicleReferenceSchema, StarVehicleSnapshotSchema } from './vehicle';

/** STAR `LaborOperationEvent`: one status change of a labor operation. */
export const StarLaborOperationEventSchema = z.looseObject({
  labor_operation_event_id: z.string().optional(),
  occurrence_timestamp: starDateTime.optional(),
  previous_status_type: starLaborOperationStatusTypeSchema.optional(),
  new_status_type: starLaborOperationStatusTypeSchema.optional(),
  actor_key: z.string().optional(),
  event_note: z.string().optional(),
});

/** STAR `LaborOperation` (the fields the adapter maps; others pass through to extensions). */
export const StarLaborOperationSchema = z.looseObject({
  labor_operation_key: z.string().optional(),
  labor_operation_id: z.string().optional(),
  standard_repair_sec: z.number().int().optional(),
  labor_operation_codes: z.array(StarCodeSchema).optional(),
  labor_operation_description: z.string().optional(),
  amount: StarMoneySchema.optional(),
  flat_rate_units: z.string().optional(),
  labor_operation_name: z.string().optional(),
  labor_operation_type: starLaborOperationTypeSchema.optional(),
  labor_operation_status_type: starLaborOperationStatusTypeSchema.optional(),
  origin_type: starPayeeTypeSchema.optional(),
  staff_assignments: z.array(StarStaffAssignmentSchema).optional(),
  labor_operation_events: z.array(StarLaborOperationEventSchema).optional(),
  pay_type: starPayTypeSchema.optional(),
  legacy_tech_id: z.string().optional(),
  financial_summary: StarFinancialSummarySchema.optional(),
  inspections: z.array(StarInspectionSchema).optional(),
  labor_operation_status_desc: z.string().optional(),
  sequential_line_identifier: starText(1, 10).optional(),
  labor_operation_priority_type: starLaborOperationPriorityTypeSchema.optional(),
  repair_effort_summary: StarRepairEffortSchema.optional(),
});

/** STAR `ServiceJob`. */
export const StarServiceJobSchema = z.looseObject({
  service_job_key: z.string().optional(),
  service_job_id: z.string().optional(),
  operation_name: z.string().optional(),
  service_job_types: z.array(starServiceJobTypeSchema).min(1).max(255).optional(),
  narratives: z.array(StarNarrativeSchema).optional(),
  labor_operations: z.array(StarLaborOperationSchema).optional(),
  inspections: z.array(StarInspectionSchema).optional(),
  job_status_code: z.string().optional(),
});

/** STAR `RepairAuthorization`: the customer's answer to a line. */
export const StarRepairAuthorizationSchema = z.looseObject({
  repair_authorization_profile_key: starText(1, 60).optional(),
  repair_authorization_profile_id: starText(1, 80).optional(),
  authorization_status_type: starRepairAuthorizationStatusTypeSchema.optional(),
  requested_date_time: starDateTime.optional(),
  authorized_date_time: starDateTime.optional(),
  declined_date_time: starDateTime.optional(),
  authorization_narratives: z.array(StarNarrativeSchema).optional(),
});

/** STAR `RepairOrderLineItem`. */
export const StarRepairOrderLineItemSchema = z.looseObject({
  repair_order_line_key: starText(1, 60).optional(),
  repair_order_line_id: starText(1, 80).optional(),
  sequential_line_number: starText(1, 20).optional(),
  complaint_narratives: z.array(StarNarrativeSchema).optional(),
  cause_narratives: z.array(StarNarrativeSchema).optional(),
  correction_narratives: z.array(StarNarrativeSchema).optional(),
  repair_line_status_type: starRepairStatusSchema.optional(),
  repair_order_line_type: starRepairOrderInitiationTypeSchema.optional(),
  priority_type: starLaborOperationPriorityTypeSchema.optional(),
  pay_types: z.array(starPayTypeSchema).min(1).max(255).optional(),
  service_jobs: z.array(StarServiceJobSchema).optional(),
  repair_authorization: StarRepairAuthorizationSchema.optional(),
  financial_summary: StarFinancialSummarySchema.optional(),
  repair_financial_summary: StarFinancialSummarySchema.optional(),
});

/** STAR `RepairStatusEvent`. */
export const StarRepairStatusEventSchema = z.looseObject({
  repair_status_event_id: z.string().optional(),
  repair_status_type: starRepairStatusSchema.optional(),
  repair_stage_type: starRepairStageSchema.optional(),
  occurrence_date_time: starDateTime.optional(),
  comments: z.string().optional(),
});

/** STAR `RepairStatusSummary`. */
export const StarRepairStatusSummarySchema = z.looseObject({
  repair_status_summary_key: starText(1, 60).optional(),
  repair_status_summary_id: starText(1, 80).optional(),
  current_repair_status_type: starRepairStatusSchema.optional(),
  previous_repair_status_type: starRepairStatusSchema.optional(),
  current_repair_stage_type: starRepairStageSchema.optional(),
  previous_repair_stage_type: starRepairStageSchema.optional(),
  status_reason_description: starText(0, 2000).optional(),
  status_changed_date_time: starDateTime.optional(),
  promise_complete_date: starDate.optional(),
  status_code_date_time: starDateTime.optional(),
  repair_order_duration: z
    .looseObject({ start_date_time: starDateTime.optional(), complete_date_time: starDateTime.optional() })
    .optional(),
});

/** STAR `DealerReference`. */
export const StarDealerReferenceSchema = z.looseObject({
  dealer_key: z.string().optional(),
  dealer_id: z.string().optional(),
  dealer_name: z.string().optional(),
  dealer_bac: z.string().optional(),
  country_code: z.string().optional(),
});

/** STAR `Locale` (the parts the adapter reads). */
export const StarLocaleSchema = z.looseObject({
  language_code: z.string().optional(),
  country_code: z.string().optional(),
  currency_code: z.string().optional(),
  currency_symbol: z.string().optional(),
  timezone: z.string().optional(),
});

/**
 * STAR `RepairOrder`: the subset the adapter maps, every field optional as in STAR's schema.
 *
 * @example
 * StarRepairOrderSchema.safeParse({ repair_order_id: 'RO-1', labor_operations: [] }).success; // true
 */
export const StarRepairOrderSchema = z.looseObject({
  repair_order_key: z.string().optional(),
  repair_order_id: z.string().optional(),
  dealer_references: z.array(StarDealerReferenceSchema).optional(),
  primary_workshop_code: z.string().optional(),
  staff_assignments: z.array(StarStaffAssignmentSchema).optional(),
  vehicle_reference: StarVehicleReferenceSchema.optional(),
  locale: StarLocaleSchema.optional(),
  repair_status_summary: StarRepairStatusSummarySchema.optional(),
  repair_status_events: z.array(StarRepairStatusEventSchema).optional(),
  labor_operations: z.array(StarLaborOperationSchema).optional(),
  invoice_identifier: z.string().optional(),
  repair_order_group: z.string().optional(),
  repair_order_description: z.array(z.string()).optional(),
  service_general_notes: z.array(StarNarrativeSchema).optional(),
  service_internal_notes: StarNarrativeSchema.optional(),
  repair_order_initiation_types: z.array(starRepairOrderInitiationTypeSchema).min(1).max(255).optional(),
  repair_financial_summary: StarFinancialSummarySchema.optional(),
  repair_order_line_items: z.array(StarRepairOrderLineItemSchema).optional(),
  vehicle_snapshots: z.array(StarVehicleSnapshotSchema).optional(),
});

/** A STAR labor operation as validated. */
export type StarLaborOperation = z.output<typeof StarLaborOperationSchema>;
/** A STAR repair-order line item as validated. */
export type StarRepairOrderLineItem = z.output<typeof StarRepairOrderLineItemSchema>;
/** A STAR repair order as validated. */
export type StarRepairOrder = z.output<typeof StarRepairOrderSchema>;
/** A STAR repair status event as validated. */
export type StarRepairStatusEvent = z.output<typeof StarRepairStatusEventSchema>;
