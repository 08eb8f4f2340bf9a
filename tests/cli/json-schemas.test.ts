import { generateDemoDealer, inputJsonSchema, inputSchemaNames } from '@aftersales/cli';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

/**
 * `aftersales schema` is for integrators who do not write TypeScript: the JSON Schemas must be
 * valid draft 2020-12, a standard validator (Ajv) must accept the records the library accepts, and
 * refuse one missing a required field.
 */
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const dealer = generateDemoDealer({ seed: 8 });
type Name = (typeof inputSchemaNames)[number];
const compiled = new Map<Name, ReturnType<typeof ajv.compile>>();
// Each schema has its own $id, which Ajv keeps: compile each once.
const validator = (name: Name) => {
  const known = compiled.get(name) ?? ajv.compile(inputJsonSchema(name));
  compiled.set(name, known);
  return known;
};

const samples: Partial<Record<Name, readonly unknown[]>> = {
  repairOrder: dealer.repairOrders.slice(0, 50),
  appointment: dealer.appointments.slice(0, 20),
  complaint: dealer.complaints.slice(0, 20),
  surveyResponse: dealer.surveys.slice(0, 20),
  part: dealer.parts.parts.slice(0, 20),
  stockMovement: dealer.parts.movements.slice(0, 50),
  stockPosition: dealer.parts.positions.slice(0, 20),
  vehicle: dealer.warranty.vehicles.slice(0, 20),
  warrantyClaim: dealer.warranty.claims.slice(0, 50),
  claimAuditRepairOrder: dealer.warranty.repairOrders.slice(0, 20),
  laborTime: dealer.warranty.laborTimes.slice(0, 20),
  vehicleCase: dealer.vehicleCases,
  dataset: [dealer],
};

describe('the JSON Schemas of aftersales schema', () => {
  it.each(inputSchemaNames)('%s compiles as draft 2020-12', (name) => {
    expect(() => validator(name)).not.toThrow();
  });

  it.each(Object.entries(samples))('%s accepts the demo dealer’s records', (name, records) => {
    const validate = validator(name as Name);
    expect(records?.length).toBeGreaterThan(0);
    for (const record of records ?? []) {
      const ok = validate(record);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('refuses a warranty claim without its VIN, and a repair order with an unknown status', () => {
    const claim = validator('warrantyClaim');
    const { vin: _vin, ...noVin } = dealer.warranty.claims[0] as Record<string, unknown>;
    expect(claim(noVin)).toBe(false);
    expect(claim.errors?.[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'vin' } });
    const ro = validator('repairOrder');
    expect(ro({ ...(dealer.repairOrders[0] as object), status: 'teleported' })).toBe(false);
  });
});
