import { z } from 'zod';
import {
  starNarrativeTypeSchema,
  starNarrativeUomTypeSchema,
  starPayTypeSchema,
  starRoleTypeSchema,
  starUomTimeTypeSchema,
} from '../starEnums';

/**
 * The STAR building blocks the adapter reads (repair_order.openapi_schema.yaml): amounts, money,
 * time measures, codes, identifiers, narratives, staff and inspections. STAR's schema declares no
 * required field and does not forbid other fields, so these are loose objects with every field
 * optional; what they check is what STAR's schema checks: types, enum lists, lengths and
 * date-time formats.
 */

/** A string of `min`‥`max` characters, as STAR's `minLength`/`maxLength`. */
export const starText = (min = 0, max = Number.MAX_SAFE_INTEGER) => z.string().min(min).max(max);

/** STAR `format: date-time` (RFC 3339: an offset is required). */
export const starDateTime = z.iso.datetime({ offset: true });

/** STAR `format: date`. */
export const starDate = z.iso.date();

/** STAR `GeneralAmount`: the amount is a decimal *string* ("to prevent floating-point errors"). */
export const StarGeneralAmountSchema = z.looseObject({
  general_amount_key: z.string().optional(),
  currency_code: z.string().optional(),
  amount: z.string().optional(),
});

/** STAR `Money`: a currency and a `GeneralAmount`. */
export const StarMoneySchema = z.looseObject({
  money_key: z.string().optional(),
  money_id: z.string().optional(),
  currency_code: z.string().optional(),
  display_value: z.string().optional(),
  locale: z.string().optional(),
  amount: StarGeneralAmountSchema.optional(),
});

/** STAR `Price` (the parts the adapter reads). */
export const StarPriceSchema = z.looseObject({
  price_id: z.string().optional(),
  amount: StarMoneySchema.optional(),
  total_amount: StarMoneySchema.optional(),
  currency_code: z.string().optional(),
  pay_type: starPayTypeSchema.optional(),
});

/** STAR `TimeMeasure`: a decimal string and its unit. */
export const StarTimeMeasureSchema = z.looseObject({
  time_measure_id: z.string().optional(),
  time_measure_key: z.string().optional(),
  value: z.string().optional(),
  uom_time_type: starUomTimeTypeSchema.optional(),
});

/** STAR `Code`. */
export const StarCodeSchema = z.looseObject({
  code_id: starText(5, 50).optional(),
  code_key: starText(5, 50).optional(),
  code: starText(1, 50).optional(),
  description: starText(5, 255).optional(),
});

/** STAR `Identifier`. */
export const StarIdentifierSchema = z.looseObject({
  identifier_id: starText(5, 50).optional(),
  identifier_key: starText(5, 50).optional(),
  context: z.string().optional(),
  value: z.string().optional(),
  detail: z.string().optional(),
  identifier_type: z.string().optional(),
});

/** STAR `MetricNameValue`. */
export const StarMetricNameValueSchema = z.looseObject({
  value_name: z.string().optional(),
  value: z.string().optional(),
  uom: starNarrativeUomTypeSchema.optional(),
});

/** STAR `Narrative`. */
export const StarNarrativeSchema = z.looseObject({
  narrative_key: z.string().optional(),
  narrative_id: z.string().optional(),
  event_date_time: starDateTime.optional(),
  narrative_desc: z.string().optional(),
  narrative_metrics: z.array(StarMetricNameValueSchema).optional(),
  narrative_type: starNarrativeTypeSchema.optional(),
  narrative_name: z.string().optional(),
  narrative_code: z.string().optional(),
  narrative_value: z.string().optional(),
  narrative_uom_type: starNarrativeUomTypeSchema.optional(),
  internal_indicator: z.boolean().optional(),
});

/** STAR `StaffAssignmentReference`. */
export const StarStaffAssignmentSchema = z.looseObject({
  staff_reference_id: starText(5, 50).optional(),
  staff_reference_key: starText(5, 50).optional(),
  staff_key: starText(5, 50).optional(),
  identifier: StarIdentifierSchema.optional(),
  occurrence_date_time: starDateTime.optional(),
  role_types: z.array(starRoleTypeSchema).min(1).max(255).optional(),
});

/** STAR `Inspection`. */
export const StarInspectionSchema = z.looseObject({
  inspection_id: z.string().optional(),
  part_inspected: z.string().optional(),
  event_date_time: starDateTime.optional(),
  inspection_code: z.string().optional(),
  value: z.string().optional(),
  narrative_uom_type: starNarrativeUomTypeSchema.optional(),
});

/** STAR `TechnicianTimeReference`: one clock-on/clock-off punch. */
export const StarTechnicianTimeSchema = z.looseObject({
  time_punch_key: z.string().optional(),
  technician_time_reference_key: z.string().optional(),
  technician_time_reference_id: z.string().optional(),
  start_date_time: starDateTime.optional(),
  end_date_time: starDateTime.optional(),
  duration: StarTimeMeasureSchema.optional(),
  punch_type_code: z.string().optional(),
});

/** STAR `EffortSplitReference`: hours of one operation by payer. */
export const StarEffortSplitSchema = z.looseObject({
  customer_effort_hours: StarTimeMeasureSchema.optional(),
  warranty_effort_hours: StarTimeMeasureSchema.optional(),
  internal_effort_hours: StarTimeMeasureSchema.optional(),
  split_type_codes: z.array(StarCodeSchema).optional(),
});

/** STAR `RepairEffortSummary`: estimated, authorized, clocked and billed hours. */
export const StarRepairEffortSchema = z.looseObject({
  repair_effort_summary_key: starText(1, 60).optional(),
  repair_effort_summary_id: starText(1, 60).optional(),
  unit_of_time_code: starText(1, 10).optional(),
  estimated_labor_hours: StarTimeMeasureSchema.optional(),
  estimated_sublet_hours: StarTimeMeasureSchema.optional(),
  estimated_total_hours: StarTimeMeasureSchema.optional(),
  authorized_hours: StarTimeMeasureSchema.optional(),
  actual_clocked_hours: StarTimeMeasureSchema.optional(),
  actual_billed_hours: StarTimeMeasureSchema.optional(),
  actual_sublet_hours: StarTimeMeasureSchema.optional(),
  actual_total_hours: StarTimeMeasureSchema.optional(),
  efficiency_ratio: z.number().optional(),
  effort_split_references: z.array(StarEffortSplitSchema).optional(),
  technician_time_references: z.array(StarTechnicianTimeSchema).optional(),
});

/** STAR `RepairFinancialSummary`. */
export const StarFinancialSummarySchema = z.looseObject({
  repair_financial_profile_key: starText(1, 60).optional(),
  repair_financial_profile_id: starText(1, 80).optional(),
  currency_code: starText(3, 3).optional(),
  estimated_labor_amount: StarGeneralAmountSchema.optional(),
  estimated_parts_amount: StarGeneralAmountSchema.optional(),
  estimated_sublet_amount: StarGeneralAmountSchema.optional(),
  estimated_misc_amount: StarGeneralAmountSchema.optional(),
  estimated_tax_amount: StarGeneralAmountSchema.optional(),
  estimated_grand_total_amount: StarGeneralAmountSchema.optional(),
  authorized_amount: StarGeneralAmountSchema.optional(),
  actual_labor_amount: StarGeneralAmountSchema.optional(),
  actual_parts_amount: StarGeneralAmountSchema.optional(),
  actual_sublet_amount: StarGeneralAmountSchema.optional(),
  actual_misc_amount: StarGeneralAmountSchema.optional(),
  actual_tax_amount: StarGeneralAmountSchema.optional(),
  actual_grand_total_amount: StarGeneralAmountSchema.optional(),
  paid_amount: StarGeneralAmountSchema.optional(),
  outstanding_amount: StarGeneralAmountSchema.optional(),
  financial_split_references: z.array(z.looseObject({})).optional(),
  invoice_references: z.array(z.looseObject({})).optional(),
  actual_total_labor_amount: StarPriceSchema.optional(),
  actual_total_parts_amount: StarPriceSchema.optional(),
  actual_total_misc_amount: StarPriceSchema.optional(),
});
