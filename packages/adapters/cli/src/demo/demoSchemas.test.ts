import {
  type AftersalesIssue,
  AppointmentSchema,
  ComplaintSchema,
  PartSchema,
  RepairOrderSchema,
  StockMovementSchema,
  SurveyResponseSchema,
  safeParseRecord,
  VehicleSchema,
  WarrantyClaimSchema,
} from '@aftersales/core';
import { StockPositionSchema } from '@aftersales/parts';
import {
  LaborTimeSchema,
  PartGroupsSchema,
  PartPricesSchema,
  RepairOrderHeaderSchema,
  VehicleCaseSchema,
} from '@aftersales/warranty';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateDemoDealer } from './generateDemoDealer';

const dataset = generateDemoDealer();

/** Each input with the schema of the package that reads it. */
const inputs: readonly (readonly [string, readonly unknown[], z.ZodType])[] = [
  ['repairOrders', dataset.repairOrders, RepairOrderSchema],
  ['complaints', dataset.complaints, ComplaintSchema],
  ['appointments', dataset.appointments, AppointmentSchema],
  ['surveys', dataset.surveys, SurveyResponseSchema],
  ['warranty.vehicles', dataset.warranty.vehicles, VehicleSchema],
  ['warranty.repairOrders', dataset.warranty.repairOrders, RepairOrderHeaderSchema],
  ['warranty.claims', dataset.warranty.claims, WarrantyClaimSchema],
  ['warranty.laborTimes', dataset.warranty.laborTimes, LaborTimeSchema],
  ['warranty.partGroups', [dataset.warranty.partGroups], PartGroupsSchema],
  ['warranty.partPrices', [dataset.warranty.partPrices], PartPricesSchema],
  ['parts.parts', dataset.parts.parts, PartSchema],
  ['parts.movements', dataset.parts.movements, StockMovementSchema],
  ['parts.positions', dataset.parts.positions, StockPositionSchema],
  ['vehicleCases', dataset.vehicleCases, VehicleCaseSchema],
];

describe('generateDemoDealer', () => {
  it('returns only records that pass the schema of the package that reads them', () => {
    const rejected: Record<string, number> = {};
    const first: Record<string, { row: number; issues: readonly AftersalesIssue[] }> = {};
    for (const [name, records, schema] of inputs) {
      rejected[name] = 0;
      records.forEach((record, row) => {
        const result = safeParseRecord(schema, record);
        if (result.ok) return;
        rejected[name] = (rejected[name] ?? 0) + 1;
        first[name] ??= { row, issues: result.issues };
      });
    }
    // The first rejection of each input is in the diff when this fails.
    expect({ rejected, first }).toEqual({
      rejected: Object.fromEntries(inputs.map(([name]) => [name, 0])),
      first: {},
    });
  });

  it('returns no empty input', () => {
    for (const [name, records] of inputs) expect(records.length, name).toBeGreaterThan(0);
  });

  it('keeps ids unique within each list', () => {
    const lists = {
      repairOrders: dataset.repairOrders,
      complaints: dataset.complaints,
      appointments: dataset.appointments,
      surveys: dataset.surveys,
      claims: dataset.warranty.claims,
      movements: dataset.parts.movements,
    };
    for (const [name, records] of Object.entries(lists)) {
      const ids = records.map((record) => (record as { id: string }).id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('links appointments, complaints and surveys to repair orders that exist', () => {
    const ros = new Set(dataset.repairOrders.map((ro) => (ro as { id: string }).id));
    const linked = [...dataset.appointments, ...dataset.complaints, ...dataset.surveys]
      .map((record) => (record as { roId?: string }).roId)
      .filter((roId) => roId !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((roId) => !ros.has(roId))).toEqual([]);
  });
});
