import { parseRecord, safeParseRecord, vehicleSystemSchema } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairCauseSchema } from '../history/repairCause';
import { fastRepairFacts } from './fastRequest';
import { factsOfRequest } from './requestFacts';
import { SHANGHAI } from './testing';
import { WarrantyRequestSchema } from './warrantyRequest';

// The fast reader must never disagree with the schema: for any input it either steps aside
// (undefined) or gives exactly the facts the schema's output gives; and whatever the schema refuses,
// it refuses too.

/** VINs with correct check digits (GB 16735 / ISO 3779), and one from Germany where position 9 is free. */
const VINS = ['LHXAB2C31R0000012', 'LHXAB2C37R0000029', 'LSVAU2187N2123456', 'WVWZZZ1JZXW000001'];
const SYSTEMS = vehicleSystemSchema.options;
const CAUSES = repairCauseSchema.options;

/** A real calendar date 2019–2030 as YYYY-MM-DD (built from a UTC instant: no host-zone getter). */
const realDate = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const canonicalDecimal = fc
  .tuple(fc.nat(999_999), fc.option(fc.nat(99), { nil: undefined }))
  .map(([whole, cents]) =>
    cents === undefined ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`,
  );
const idText = fc.constantFrom('PA-2025-0001', 'CUS-000001', 'DLR-SH-01', 'x'.repeat(64));
const km = fc.integer({ min: 0, max: 5_000_000 });

// ---- canonical requests: what the fast reader is for ----

const canonicalVehicle = fc
  .record(
    {
      vin: fc.constantFrom(...VINS),
      brand: fc.constantFrom('Huaxia', 'Acme Motors'),
      model: fc.constantFrom('HX5', 'A5'),
      modelYear: fc.integer({ min: 1900, max: 2100 }),
      licensePlate: fc.constantFrom('沪A12345', '粤B·D1234'),
      isNev: fc.boolean(),
      nevKind: fc.constantFrom('BEV', 'PHEV', 'FCEV'),
      use: fc.constantFrom('private', 'commercial'),
      saleDate: realDate,
      invoiceDate: realDate,
      deliveryDate: realDate,
      sellingDealerId: idText,
      purchasePrice: canonicalDecimal,
      currency: fc.constantFrom('CNY', 'USD'),
      ownerCustomerId: idText,
      previousOwners: fc.constant([]),
    },
    { requiredKeys: ['vin', 'brand', 'model', 'modelYear'], noNullPrototype: true },
  )
  .map((vehicle) => {
    // An nevKind only on an NEV (the schema's cross-check).
    if (vehicle.isNev !== true) {
      const { nevKind: _, ...rest } = vehicle;
      return rest;
    }
    return vehicle;
  });

const canonicalRepair = fc.record(
  {
    date: realDate,
    odometerKm: km,
    system: fc.constantFrom(...SYSTEMS),
    partGroup: fc.constantFrom('brake-pads', 'PG-1'),
    failureCode: fc.constantFrom('P0700', 'B-CORR-01'),
    cause: fc.constantFrom(...CAUSES),
    amount: canonicalDecimal,
    currency: fc.constantFrom('CNY', 'USD'),
    preAuthorizationNumber: idText,
  },
  { requiredKeys: ['date', 'odometerKm'], noNullPrototype: true },
);

const canonicalRequest = fc.record(
  {
    vehicle: canonicalVehicle,
    repair: canonicalRepair,
    startKm: km,
    firstMaintenance: fc.oneof(
      fc.constant(null),
      fc.record({ date: realDate, odometerKm: km }, { noNullPrototype: true }),
    ),
  },
  // JSON.parse builds objects on Object.prototype: that is the canonical form.
  { requiredKeys: ['vehicle', 'repair'], noNullPrototype: true },
);

// ---- any request: a canonical one with one to three changes, each one the schema converts
// (number for a decimal, lower-case or padded VIN, an instant for the date, earlier owners,
// extensions) or refuses (extra keys, bad dates, bad numbers, bad codes) ----

type Bag = Record<string, unknown>;
const parts = (input: Bag) => ({
  request: input,
  vehicle: input.vehicle as Bag,
  repair: input.repair as Bag,
});

/** Each change edits a deep copy of a canonical request in place. */
const CHANGES: readonly ((input: Bag) => void)[] = [
  // Converted or accepted by the schema, not read by the fast reader:
  (x) => {
    const { vehicle } = parts(x);
    vehicle.vin = String(vehicle.vin).toLowerCase();
  },
  (x) => {
    const { vehicle } = parts(x);
    vehicle.vin = `  ${String(vehicle.vin)} `;
  },
  (x) => {
    parts(x).repair.amount = 5000.01;
  },
  (x) => {
    parts(x).repair.amount = ' 12.50 ';
  },
  (x) => {
    parts(x).vehicle.purchasePrice = 129_800;
  },
  (x) => {
    const { repair } = parts(x);
    repair.at = `${String(repair.date)}T23:30:00+08:00`;
    delete repair.date;
  },
  (x) => {
    const { repair } = parts(x);
    repair.at = `${String(repair.date)}T16:30:00Z`;
    delete repair.date;
  },
  (x) => {
    parts(x).vehicle.previousOwners = [{ customerId: 'CUS-000077', from: '2019-05-02', until: '2022-06-10' }];
  },
  (x) => {
    parts(x).vehicle.extensions = { dms: { status: 'X1' } };
  },
  // Accepted by both as they are (the schema does not trim free text):
  (x) => {
    parts(x).vehicle.brand = ' Huaxia ';
  },
  (x) => {
    parts(x).repair.cause = undefined;
  },
  // Refused by the schema:
  (x) => {
    x.note = 'customer waiting';
  },
  (x) => {
    parts(x).vehicle.colour = 'red';
  },
  (x) => {
    parts(x).repair.technician = 'T-01';
  },
  (x) => {
    parts(x).vehicle.vin = 'LHXAB2C30R0000012'; // wrong check digit
  },
  (x) => {
    parts(x).vehicle.modelYear = 2024.5;
  },
  (x) => {
    parts(x).vehicle.modelYear = '2024';
  },
  (x) => {
    parts(x).repair.odometerKm = -1;
  },
  (x) => {
    parts(x).repair.odometerKm = 1.5;
  },
  (x) => {
    parts(x).repair.odometerKm = 5_000_001;
  },
  (x) => {
    parts(x).repair.date = '2023-02-29';
  },
  (x) => {
    parts(x).vehicle.invoiceDate = ' 2024-03-01';
  },
  (x) => {
    parts(x).repair.at = '2025-05-01T10:00:00+08:00'; // both date and at
  },
  (x) => {
    const { repair } = parts(x);
    repair.at = `${String(repair.date)}T23:30:00`; // no offset
    delete repair.date;
  },
  (x) => {
    parts(x).repair.amount = '-1';
  },
  (x) => {
    parts(x).repair.amount = '1e3';
  },
  (x) => {
    parts(x).vehicle.isNev = 'yes';
  },
  (x) => {
    const { vehicle } = parts(x);
    vehicle.isNev = false;
    vehicle.nevKind = 'BEV';
  },
  (x) => {
    parts(x).vehicle.use = 'Private';
  },
  (x) => {
    parts(x).repair.currency = 'cny';
  },
  (x) => {
    parts(x).repair.system = 'roof';
  },
  (x) => {
    parts(x).repair.cause = 'rust';
  },
  (x) => {
    parts(x).repair.preAuthorizationNumber = ' PA-1';
  },
  (x) => {
    parts(x).vehicle.brand = '   ';
  },
  (x) => {
    x.startKm = -5;
  },
  (x) => {
    x.firstMaintenance = 'done';
  },
  (x) => {
    x.firstMaintenance = { date: '2024-09-01', odometerKm: 7_500, shop: 'independent' };
  },
  (x) => {
    parts(x).vehicle.previousOwners = [{ customerId: 'CUS-000077', from: '2022-06-10', until: '2019-05-02' }];
  },
];

const changedRequest = fc
  .tuple(
    canonicalRequest,
    fc.array(fc.integer({ min: 0, max: CHANGES.length - 1 }), { minLength: 1, maxLength: 3 }),
  )
  .map(([input, changes]) => {
    const copy = structuredClone(input) as Bag;
    for (const index of changes) (CHANGES[index] as (input: Bag) => void)(copy);
    return copy;
  });

const anyRequest = fc.oneof(
  { arbitrary: changedRequest, weight: 6 },
  { arbitrary: canonicalRequest, weight: 2 },
  // Objects with no prototype (fast-check makes some) and what is not a request at all.
  { arbitrary: canonicalRequest.map((input) => Object.assign(Object.create(null), input)), weight: 1 },
  {
    arbitrary: fc.constantFrom(null, undefined, 'request', [], 42, { vehicle: null, repair: null }),
    weight: 1,
  },
);

describe('fastRepairFacts', () => {
  it('takes every canonical request, and reads it exactly as the schema does', () => {
    fc.assert(
      fc.property(canonicalRequest, (input) => {
        const fast = fastRepairFacts(input);
        expect(fast).toBeDefined();
        expect(fast).toStrictEqual(factsOfRequest(parseRecord(WarrantyRequestSchema, input), SHANGHAI));
      }),
      { numRuns: 1_000 },
    );
  });

  it('for any input: undefined, or the schema facts; and undefined whenever the schema refuses', () => {
    const seen = { fast: 0, deferred: 0, refused: 0 };
    fc.assert(
      fc.property(anyRequest, (input) => {
        const fast = fastRepairFacts(input);
        const parsed = safeParseRecord(WarrantyRequestSchema, input);
        if (!parsed.ok) {
          seen.refused += 1;
          expect(fast).toBeUndefined();
          return;
        }
        if (fast === undefined) {
          seen.deferred += 1;
          return;
        }
        seen.fast += 1;
        expect(fast).toStrictEqual(factsOfRequest(parsed.value, SHANGHAI));
      }),
      { numRuns: 3_000 },
    );
    // Every branch was exercised: the property is not vacuous.
    expect(seen.fast).toBeGreaterThan(0);
    expect(seen.deferred).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('steps aside for what it does not read itself: an instant, a lower-case VIN, a number for a decimal', () => {
    const base = {
      vehicle: { vin: VINS[0], brand: 'Huaxia', model: 'HX5', modelYear: 2024, invoiceDate: '2024-03-01' },
      repair: { date: '2025-05-01', odometerKm: 100 },
    };
    expect(fastRepairFacts(base)).toBeDefined();
    const variants = [
      { ...base, repair: { at: '2025-05-01T10:00:00+08:00', odometerKm: 100 } },
      { ...base, vehicle: { ...base.vehicle, vin: VINS[0]?.toLowerCase() } },
      { ...base, repair: { ...base.repair, amount: 100 } },
      { ...base, repair: { ...base.repair, amount: ' 100' } },
      { ...base, vehicle: { ...base.vehicle, extensions: { dms: 1 } } },
      Object.assign(Object.create(null), base),
    ];
    for (const input of variants) {
      expect(fastRepairFacts(input)).toBeUndefined();
      // …and each is still a valid request, read by the schema.
      expect(safeParseRecord(WarrantyRequestSchema, input).ok).toBe(true);
    }
  });

  it('steps aside for -0 km (JSON.parse gives it for "-0"): the schema reads it as 0', () => {
    const json =
      '{"vehicle":{"vin":"LHXAB2C31R0000012","brand":"Huaxia","model":"HX5","modelYear":2024,' +
      '"invoiceDate":"2024-03-01"},"repair":{"date":"2025-05-01","odometerKm":-0},"startKm":-0,' +
      '"firstMaintenance":{"date":"2024-09-01","odometerKm":-0}}';
    const input = JSON.parse(json);
    expect(Object.is(input.repair.odometerKm, -0)).toBe(true);
    expect(fastRepairFacts(input)).toBeUndefined();
    const facts = factsOfRequest(parseRecord(WarrantyRequestSchema, input), SHANGHAI);
    // 0 km, written back as 0 and read again as 0 (a -0 would write back as 0 and read as 0: not itself).
    expect([facts.km, facts.startKm, facts.firstMaintenance?.km].map((km) => Object.is(km, 0))).toEqual([
      true,
      true,
      true,
    ]);
    // 1 km either side of the change: 0 and 1 still go the fast way.
    expect(fastRepairFacts(JSON.parse(json.replaceAll(':-0', ':0')))?.km).toBe(0);
    expect(fastRepairFacts(JSON.parse(json.replaceAll(':-0', ':1')))?.km).toBe(1);
  });

  it('reads earlier owners itself (a later owner), and steps aside for one whose ownership ends before it starts', () => {
    const base = {
      vehicle: { vin: VINS[0], brand: 'Huaxia', model: 'HX5', modelYear: 2024, invoiceDate: '2024-03-01' },
      repair: { date: '2025-05-01', odometerKm: 100 },
    };
    const owned = {
      ...base,
      vehicle: {
        ...base.vehicle,
        previousOwners: [{ customerId: 'CUS-000001', from: '2024-03-01', until: '2024-12-31' }],
      },
    };
    expect(fastRepairFacts(owned)?.laterOwner).toBe(true);
    expect(fastRepairFacts(base)?.laterOwner).toBe(false);
    const reversed = {
      ...base,
      vehicle: {
        ...base.vehicle,
        previousOwners: [{ customerId: 'CUS-000001', from: '2024-12-31', until: '2024-03-01' }],
      },
    };
    expect(fastRepairFacts(reversed)).toBeUndefined();
    expect(safeParseRecord(WarrantyRequestSchema, reversed).ok).toBe(false);
  });

  it('reads the edges itself: model years 1900 and 2100, and an earlier owner with only a start date', () => {
    const base = {
      vehicle: { vin: VINS[0], brand: 'Huaxia', model: 'HX5', modelYear: 1900, invoiceDate: '2024-03-01' },
      repair: { date: '2025-05-01', odometerKm: 100 },
    };
    const schemaFacts = (input: unknown) =>
      factsOfRequest(parseRecord(WarrantyRequestSchema, input), SHANGHAI);
    for (const modelYear of [1900, 2100]) {
      const input = { ...base, vehicle: { ...base.vehicle, modelYear } };
      expect(fastRepairFacts(input)).toBeDefined();
      expect(fastRepairFacts(input)).toStrictEqual(schemaFacts(input));
    }
    const owned = {
      ...base,
      vehicle: { ...base.vehicle, previousOwners: [{ customerId: 'CUS-000001', from: '2024-03-01' }] },
    };
    expect(fastRepairFacts(owned)?.laterOwner).toBe(true);
    expect(fastRepairFacts(owned)).toStrictEqual(schemaFacts(owned));
  });

  it('steps aside for earlier owners that only look like a list (Array.prototype, not an array): the schema refuses them', () => {
    const base = {
      vehicle: { vin: VINS[0], brand: 'Huaxia', model: 'HX5', modelYear: 2024, invoiceDate: '2024-03-01' },
      repair: { date: '2025-05-01', odometerKm: 100 },
    };
    const lookalike = {
      ...base,
      vehicle: { ...base.vehicle, previousOwners: Object.create(Array.prototype) },
    };
    expect(fastRepairFacts(lookalike)).toBeUndefined();
    expect(safeParseRecord(WarrantyRequestSchema, lookalike).ok).toBe(false);
  });
});
