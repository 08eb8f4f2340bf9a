import { starRepairStageSchema, starRepairStatusSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as enums from './starEnums';
import { starSchemaText } from './testing';

const schemas = (parse(starSchemaText()) as { components: { schemas: Record<string, { enum?: string[] }> } })
  .components.schemas;

const LISTS: readonly [string, { options: readonly string[] }][] = [
  ['RepairStatusTypes', starRepairStatusSchema],
  ['RepairStageTypes', starRepairStageSchema],
  ['PayTypes', enums.starPayTypeSchema],
  ['PayeeTypes', enums.starPayeeTypeSchema],
  ['LaborOperationStatusTypes', enums.starLaborOperationStatusTypeSchema],
  ['LaborOperationTypes', enums.starLaborOperationTypeSchema],
  ['LaborOperationPriorityTypes', enums.starLaborOperationPriorityTypeSchema],
  ['RepairAuthorizationStatusTypes', enums.starRepairAuthorizationStatusTypeSchema],
  ['RepairOrderInitiationTypes', enums.starRepairOrderInitiationTypeSchema],
  ['UomTimeTypes', enums.starUomTimeTypeSchema],
  ['NarrativeTypes', enums.starNarrativeTypeSchema],
  ['NarrativeUomTypes', enums.starNarrativeUomTypeSchema],
  ['VehicleSystemTypes', enums.starVehicleSystemTypeSchema],
  ['VehicleResourceTypes', enums.starVehicleResourceTypeSchema],
  ['VehicleStateTypes', enums.starVehicleStateTypeSchema],
  ['VehicleStateUomTypes', enums.starVehicleStateUomTypeSchema],
  ['ServiceMilestoneTypes', enums.starServiceMilestoneTypeSchema],
  ['RoleTypes', enums.starRoleTypeSchema],
  ['PowertrainTypes', enums.starPowertrainTypeSchema],
  ['ServiceJobTypes', enums.starServiceJobTypeSchema],
  ['StaffRoleTypes', enums.starStaffRoleTypeSchema],
  ['ConnectedVehicleStatusTypes', enums.starConnectedVehicleStatusTypeSchema],
];

describe('STAR code lists', () => {
  it.each(LISTS)(
    '%s equals the list in repair_order.openapi_schema.yaml, value for value',
    (name, schema) => {
      const fromYaml = schemas[name]?.enum;
      expect(fromYaml).toBeDefined();
      expect([...schema.options]).toEqual(fromYaml);
    },
  );

  it('covers every code list the adapter validates against (21 statuses, 23 stages, 6 pay types)', () => {
    expect(starRepairStatusSchema.options).toHaveLength(21);
    expect(starRepairStageSchema.options).toHaveLength(23);
    expect(enums.starPayTypeSchema.options).toHaveLength(6);
  });
});
