import {
  idSchema,
  instantSchema,
  nonNegativeDecimalSchema,
  OdometerReadingSchema,
  VehicleSchema,
  WarrantyClaimSchema,
} from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isId, isNonNegativeDecimal, isVin } from '../fastChecks';
import { fastClaim } from './fastClaim';
import { isFastInstant } from './fastFields';
import { fastVehicle } from './fastVehicle';
import { fastOdometerReading, fastRepairOrderHeader, RepairOrderHeaderSchema } from './historyRows';
import { claim, repairOrder, VIN, vehicle } from './testing';

// Values near each field's edges: a fast reader must never accept what the schema refuses, and
// what it accepts must read as the schema's output.
const decimals = fc.constantFrom(
  '0',
  '00',
  '1',
  '-1',
  '2.50',
  '1.',
  '.5',
  ' 1',
  '1e3',
  '',
  '0.00001',
  '300.00',
  'x',
);
const texts = fc.constantFrom(
  '',
  ' ',
  'a',
  ' a',
  'a ',
  'a b',
  'a\nb',
  '机油',
  'x'.repeat(65),
  'x'.repeat(201),
  '\u3000a',
);
const instants = fc.constantFrom(
  '2024-03-08T23:30:00+08:00',
  '2024-03-08T23:30+08:00',
  '2024-03-08T23:30:00.123Z',
  '2024-03-08T23:30:00.1234Z',
  '2024-02-30T10:00:00Z',
  '2024-03-08T24:00:00Z',
  '2024-03-08 23:30:00Z',
  '2024-03-08T23:30:00+0800',
  '2024-09-01T00:00:00Z',
);
const dates = fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', '2024-1-1', '2024-09-10');
const anyField = fc.oneof(
  decimals,
  texts,
  instants,
  dates,
  fc.boolean(),
  fc.integer({ min: -2, max: 6_000_000 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
);

/** A valid row with up to three fields replaced or removed, so both answers are exercised. */
function patched(valid: Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc.record(fields, { requiredKeys: [] }).map((patch) => {
    const row: Record<string, unknown> = { ...valid };
    for (const key of Object.keys(patch).slice(0, 3)) {
      if (patch[key] === undefined) delete row[key];
      else row[key] = patch[key];
    }
    return row;
  });
}

function agree<T>(
  rows: fc.Arbitrary<Record<string, unknown>>,
  fast: (row: unknown) => T | undefined,
  parse: (row: unknown) => { success: boolean; data?: unknown },
  expected: (row: Record<string, unknown>) => unknown,
): number {
  let accepted = 0;
  fc.assert(
    fc.property(rows, (row) => {
      if (fast(row) === undefined) return;
      accepted += 1;
      const parsed = parse(row);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(expected(row));
    }),
    { numRuns: 4000 },
  );
  return accepted;
}

describe('fast readers', () => {
  it('accept a claim only as WarrantyClaimSchema does, reading what it outputs', () => {
    const op = fc.record(
      {
        opCode: fc.oneof(texts, fc.constant('21-0100')),
        hours: decimals,
        laborRate: decimals,
        amount: decimals,
        extra: anyField,
      },
      { requiredKeys: [] },
    );
    const part = fc.record(
      {
        partNumber: fc.oneof(texts, fc.constant('P1')),
        quantity: decimals,
        unitPrice: decimals,
        isCausal: anyField,
      },
      { requiredKeys: [] },
    );
    const amounts = fc.record(
      { labor: decimals, parts: decimals, sublet: decimals, other: decimals, total: decimals },
      { requiredKeys: [] },
    );
    const rows = patched(claim(), {
      id: texts,
      vin: fc.constantFrom(VIN, VIN.toLowerCase(), 'LHXAB2C30R0000013', 'x'),
      repairDate: dates,
      repairCompletedAt: instants,
      odometerKm: anyField,
      laborOps: fc.oneof(fc.array(op, { maxLength: 2 }), anyField),
      parts: fc.oneof(fc.array(part, { maxLength: 2 }), anyField),
      amounts: fc.oneof(
        amounts,
        fc.constant({ labor: '1.5', parts: '2', total: '3.5' }),
        fc.constant({ labor: '1', parts: '2', total: '4' }),
      ),
      currency: fc.constantFrom('CNY', 'USD', 'cny', 'XXX'),
      status: fc.constantFrom('draft', 'paid', 'lost'),
      submittedAt: instants,
      submissionCount: fc.oneof(fc.constantFrom(0, 1, 1001, 1.5), anyField),
      adjudicatedAt: instants,
      paidAt: instants,
      preAuthorization: fc.oneof(
        fc.record({ number: texts, approvedAt: instants }, { requiredKeys: [] }),
        anyField,
      ),
      oldPart: fc.oneof(
        fc.record({ retained: anyField, deadline: dates, shippedAt: instants }, { requiredKeys: [] }),
        anyField,
      ),
      extensions: fc.constant({ dms: 1 }),
      other: anyField,
    });
    const accepted = agree(
      rows,
      (row) => fastClaim(row, isVin),
      (row) => WarrantyClaimSchema.safeParse(row),
      (row) => ({ laborOps: [], parts: [], currency: 'CNY', ...row }),
    );
    expect(accepted).toBeGreaterThan(30); // typically 94–129: the floor proves both answers are exercised
  });

  it('accept a vehicle only as VehicleSchema does', () => {
    const owner = fc.record(
      { customerId: fc.oneof(texts, fc.constant('CUS-1')), from: dates, until: dates },
      { requiredKeys: [] },
    );
    const rows = patched(vehicle(), {
      vin: fc.constantFrom(VIN, VIN.toLowerCase(), 'x'),
      brand: texts,
      modelYear: fc.oneof(fc.constantFrom(1899, 1900, 2100, 2101, 2024.5), anyField),
      isNev: anyField,
      nevKind: fc.constantFrom('BEV', 'HEV'),
      use: fc.constantFrom('private', 'commercial', 'fleet'),
      invoiceDate: dates,
      purchasePrice: decimals,
      currency: fc.constantFrom('CNY', 'cny'),
      previousOwners: fc.oneof(fc.array(owner, { maxLength: 2 }), anyField),
      other: anyField,
    });
    const accepted = agree(
      rows,
      (row) => fastVehicle(row, isVin),
      (row) => VehicleSchema.safeParse(row),
      (row) => ({ isNev: false, currency: 'CNY', previousOwners: [], ...row }),
    );
    expect(accepted).toBeGreaterThan(60); // typically 137–173
  });

  it('accept an RO header only as RepairOrderHeaderSchema does (other fields not read)', () => {
    const rows = patched(repairOrder({ odometerOutKm: 15_003, kind: 'warranty', jobs: [] }), {
      id: texts,
      vin: fc.constantFrom(VIN, VIN.toLowerCase()),
      status: fc.constantFrom('closed', 'voided', 'gone'),
      kind: fc.constantFrom('repair', 'other'),
      openedAt: instants,
      deliveredAt: instants,
      closedAt: instants,
      odometerInKm: anyField,
      odometerOutKm: anyField,
      jobs: anyField,
    });
    const times = { openedMs: 0, outMs: 0 };
    const header = (row: Record<string, unknown>) => {
      const keys = [
        'id',
        'vin',
        'status',
        'kind',
        'openedAt',
        'deliveredAt',
        'closedAt',
        'odometerInKm',
        'odometerOutKm',
      ];
      return Object.fromEntries(keys.filter((key) => row[key] !== undefined).map((key) => [key, row[key]]));
    };
    const accepted = agree(
      rows,
      (row) => fastRepairOrderHeader(row, isVin, times),
      (row) => RepairOrderHeaderSchema.safeParse(row),
      header,
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('accept an odometer reading only as OdometerReadingSchema does', () => {
    const valid = { vin: VIN, km: 15_000, readAt: '2024-09-09T20:00:00+08:00', source: 'telematics' };
    const rows = patched(valid, {
      id: texts,
      km: anyField,
      readAt: instants,
      source: fc.constantFrom('ro_in', 'gps'),
      roId: texts,
      other: anyField,
    });
    const accepted = agree(
      rows,
      (row) => fastOdometerReading(row, isVin),
      (row) => OdometerReadingSchema.safeParse(row),
      (row) => row,
    );
    expect(accepted).toBeGreaterThan(12); // typically 42–67: the floor proves both answers are exercised
  });

  it('check identifiers, decimals and instants exactly as the primitives do', () => {
    const chars = fc.constantFrom(
      'a',
      'Z',
      '9',
      '-',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u3000',
      '\u2028',
      '\u00a0',
      '号',
      '\u007f',
      '.',
    );
    const text = fc.array(chars, { maxLength: 70 }).map((list) => list.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(isId(value)).toBe(idSchema.safeParse(value).success);
        const decimal = nonNegativeDecimalSchema.safeParse(value);
        if (isNonNegativeDecimal(value)) expect(decimal).toEqual({ success: true, data: value });
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.oneof(instants, text), (value) => {
        if (isFastInstant(value)) expect(instantSchema.safeParse(value).success).toBe(true);
      }),
    );
    expect(isNonNegativeDecimal('0.50')).toBe(true);
    expect(isFastInstant('2024-03-08T23:30:00+08:00')).toBe(true);
  });
});

describe('fastVehicle previous owners', () => {
  const withOwners = (previousOwners: unknown) => vehicle({ previousOwners });

  it('takes owners in the schema output form as they are', () => {
    const owners = [
      { customerId: 'CUS-1', from: '2024-03-01', until: '2024-06-30' },
      { customerId: 'CUS-2' },
      { customerId: 'CUS-3', from: '2024-07-01' },
      // Owned for one day: ends the day it starts, which is not before it.
      { customerId: 'CUS-4', from: '2024-08-01', until: '2024-08-01' },
    ];
    const row = withOwners(owners);
    expect(fastVehicle(row, isVin)).toBe(row);
    expect(VehicleSchema.safeParse(row).success).toBe(true);
  });

  it('leaves to the schema an owner it must refuse or read', () => {
    const cases: unknown[] = [
      // customerId not an identifier
      [{ customerId: 77, from: '2024-03-01', until: '2024-06-30' }],
      // no customerId: the two dates alone
      [{ from: '2024-03-01', until: '2024-06-30' }],
      // ownership ending before it starts
      [{ customerId: 'CUS-1', from: '2024-06-30', until: '2024-03-01' }],
      // a key the schema does not know
      [{ customerId: 'CUS-1', note: 'fleet' }],
      // a date that is not a calendar date
      [{ customerId: 'CUS-1', from: '2024-13-01' }],
      // not an object
      ['CUS-1'],
    ];
    for (const owners of cases) {
      const row = withOwners(owners);
      expect(fastVehicle(row, isVin)).toBeUndefined();
      expect(VehicleSchema.safeParse(row).success).toBe(false);
    }
  });
});

describe('fastClaim', () => {
  const part = {
    partNumber: 'TVB-100',
    quantity: '1',
    unitPrice: '1449.00',
    amount: '1449.00',
    isCausal: true,
  };

  it('leaves to the schema a claim with a part, amounts, pre-authorization or old part it must refuse', () => {
    const cases: Record<string, unknown>[] = [
      { parts: [{ ...part, partNumber: 100 }] },
      { parts: [{ ...part, quantity: '-1' }] },
      { parts: [{ ...part, unitPrice: 'free' }] },
      { amounts: '1749.00' },
      { amounts: { labor: '300.00', parts: '1449.00' } },
      { preAuthorization: { number: 42 } },
      { oldPart: { retained: 'yes', shippedAt: '2024-09-20T16:00:00+08:00' } },
    ];
    for (const patch of cases) {
      const row = claim(patch);
      expect(fastClaim(row, isVin)).toBeUndefined();
      expect(WarrantyClaimSchema.safeParse(row).success).toBe(false);
    }
  });

  it('takes adjudication and payment at or after submission, not before', () => {
    // Submitted 2024-09-12T10:00+08:00 (02:00 UTC).
    const same = claim({
      status: 'approved',
      adjudicatedAt: '2024-09-12T02:00:00Z',
      approvedAmount: '1749.00',
    });
    expect(fastClaim(same, isVin)).toBe(same);
    const paid = claim({ status: 'paid', paidAt: '2024-09-30T09:00:00+08:00', paidAmount: '1749.00' });
    expect(fastClaim(paid, isVin)).toBe(paid);
    const before = claim({
      status: 'approved',
      adjudicatedAt: '2024-09-12T01:59:59Z',
      approvedAmount: '1749.00',
    });
    expect(fastClaim(before, isVin)).toBeUndefined();
    expect(WarrantyClaimSchema.safeParse(before).success).toBe(false);
  });
});
