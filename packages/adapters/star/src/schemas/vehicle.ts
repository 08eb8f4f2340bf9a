import { z } from 'zod';
import {
  starConnectedVehicleStatusTypeSchema,
  starPowertrainTypeSchema,
  starServiceMilestoneTypeSchema,
  starVehicleResourceTypeSchema,
  starVehicleStateTypeSchema,
  starVehicleStateUomTypeSchema,
  starVehicleSystemTypeSchema,
} from '../starEnums';
import { StarCodeSchema, StarNarrativeSchema, starDateTime, starText } from './common';

/** STAR `VehicleReference` (on a repair order). */
export const StarVehicleReferenceSchema = z.looseObject({
  vehicle_reference_key: starText(1, 60).optional(),
  vin: starText(11, 17).optional(),
  model_year: starText(1, 4).optional(),
  make: starText(1, 80).optional(),
  model: starText(1, 120).optional(),
  license_plate: starText(1, 20).optional(),
});

/** STAR `VehicleSummary` (the parts the adapter reads). */
export const StarVehicleSummarySchema = z.looseObject({
  vehicle_summary_key: starText(1, 60).optional(),
  vehicle_summary_id: starText(1, 60).optional(),
  tags: z.array(StarCodeSchema).optional(),
  engine: z.string().optional(),
  power_train_type: starPowertrainTypeSchema.optional(),
  body_style: starText(1, 100).optional(),
  connected_vehicle_status_type: starConnectedVehicleStatusTypeSchema.optional(),
});

/** STAR `VehicleIdentifier`. */
export const StarVehicleIdentifierSchema = z.looseObject({
  vehicle_identifier_key: starText(1, 60).optional(),
  vehicle_identifier_id: starText(1, 60).optional(),
  vin: starText(11, 17).optional(),
  primary_make: starText(1, 80).optional(),
  primary_model: starText(1, 120).optional(),
  model_year: starText(1, 4).optional(),
  license: z.looseObject({ plate_number: z.string().optional() }).optional(),
  identity_confidence_score: starText(1, 20).optional(),
  active_indicator: z.boolean().optional(),
  vehicle_summary: StarVehicleSummarySchema.optional(),
});

/** STAR `VehicleState`: one reading (the odometer is `vehicle_resource_type: ODOMETER`). */
export const StarVehicleStateSchema = z.looseObject({
  vehicle_state_key: starText(1, 60).optional(),
  vehicle_state_name: starText(1, 150).optional(),
  value: starText(1, 500).optional(),
  vehicle_system_type: starVehicleSystemTypeSchema.optional(),
  vehicle_resource_type: starVehicleResourceTypeSchema.optional(),
  vehicle_value_type: starVehicleStateUomTypeSchema.optional(),
  vehicle_state_type: starVehicleStateTypeSchema.optional(),
  occurrence_date_time: starDateTime.optional(),
  recorded_date_time: starDateTime.optional(),
  narratives: z.array(StarNarrativeSchema).optional(),
});

/** STAR `VehicleSnapshot`: the vehicle at a service milestone. */
export const StarVehicleSnapshotSchema = z.looseObject({
  vehicle_snapshot_key: starText(1, 60).optional(),
  parent_entity_key: starText(1, 120).optional(),
  occurrence_date_time: starDateTime.optional(),
  vehicle_states: z.array(StarVehicleStateSchema).optional(),
  narratives: z.array(StarNarrativeSchema).optional(),
  service_milestone_types: starServiceMilestoneTypeSchema.optional(),
});

/** A STAR vehicle snapshot as validated. */
export type StarVehicleSnapshot = z.output<typeof StarVehicleSnapshotSchema>;
/** A STAR vehicle identifier as validated. */
export type StarVehicleIdentifier = z.output<typeof StarVehicleIdentifierSchema>;
