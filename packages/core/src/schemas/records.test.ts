import { describe, expect, it } from 'vitest';
import { AppointmentSchema } from './appointment';
import { ComplaintSchema } from './complaint';
import { CustomerSchema } from './customer';
import { DealerSchema } from './dealer';
import { exampleRecords } from './examples';
import { OdometerReadingSchema } from './odometerReading';
import { parseRecord, safeParseRecord } from './parse';
import { PartSchema } from './part';
import { isRecordKind, recordKinds, recordSchemas } from './records';
import { PartLineSchema } from './repairOrderLines';
import { StockCountSchema } from './stockCount';
import { StockMovementSchema } from './stockMovement';
import { SurveyResponseSchema } from './surveyResponse';
import { issuesOf, withChanges } from './testing';
import { VehicleSchema } from './vehicle';
import { WarrantyClaimSchema } from './warrantyClaim';

const { dealer, customer, vehicle, odometerReading, appointment, part, stockMovement, stockCount } =
  exampleRecords;
const { warrantyClaim, complaint, surveyResponse } = exampleRecords;

describe('recordSchemas', () => {
  it('has a schema and a valid example for every record kind', () => {
    expect(recordKinds).toEqual(Object.keys(exampleRecords));
    for (const kind of recordKinds) {
      expect(issuesOf(recordSchemas[kind], exampleRecords[kind]), kind).toEqual([]);
    }
  });

  it('rejects an unknown field on every record instead of dropping it', () => {
    for (const kind of recordKinds) {
      const input = withChanges(exampleRecords[kind], { vinn: 'LSVAU2187N2123456' });
      const result = safeParseRecord(recordSchemas[kind], input);
      expect(result.ok === false && result.issues, kind).toMatchObject([
        { code: 'input.unrecognized_keys', path: [], params: { keys: ['vinn'] } },
      ]);
    }
  });

  it('keeps DMS-specific data under extensions, as JSON', () => {
    const extensions = {
      dmsStatus: 'JS',
      narratives: [{ type: 'DENIAL', text: '客户拒绝' }],
      score: 1.5,
      gone: null,
    };
    for (const kind of recordKinds) {
      const value = parseRecord(recordSchemas[kind], withChanges(exampleRecords[kind], { extensions }));
      expect(value.extensions, kind).toEqual(extensions);
    }
    expect(issuesOf(PartSchema, withChanges(part, { extensions: { when: Number.NaN } }))).toMatchObject([
      { path: ['extensions', 'when'] },
    ]);
    expect(issuesOf(PartSchema, withChanges(part, { extensions: { '': 1 } }))[0]?.path).toEqual([
      'extensions',
      '',
    ]);
  });

  it('names record kinds for the HTTP layer', () => {
    expect(isRecordKind('repairOrder')).toBe(true);
    expect(isRecordKind('toString')).toBe(false);
    expect(isRecordKind(undefined)).toBe(false);
  });
});

describe('DealerSchema', () => {
  it('fills defaults and checks the time zone against the IANA database', () => {
    const parsed = parseRecord(
      DealerSchema,
      withChanges(dealer, { currency: undefined, laborRates: undefined }),
    );
    expect(parsed.currency).toBe('CNY');
    expect(parsed.laborRates).toEqual({});
    expect(issuesOf(DealerSchema, withChanges(dealer, { timeZone: 'Mars/Base' }))).toEqual([
      { code: 'time.invalid_zone', path: ['timeZone'] },
    ]);
  });

  it('requires a brand and well-formed opening hours', () => {
    expect(issuesOf(DealerSchema, withChanges(dealer, { brands: [] }))).toEqual([
      { code: 'input.too_small', path: ['brands'] },
    ]);
    const hours = [
      { weekday: 1, open: '18:00', close: '08:30' },
      { weekday: 2, open: '8:30', close: '18:00' },
    ];
    expect(issuesOf(DealerSchema, withChanges(dealer, { openingHours: hours }))).toEqual([
      { code: 'input.inconsistent', path: ['openingHours', 0, 'close'] },
      { code: 'input.invalid_format', path: ['openingHours', 1, 'open'] },
    ]);
  });

  it('rejects a labor rate for a pay type that does not exist, and a negative one', () => {
    expect(issuesOf(DealerSchema, withChanges(dealer, { laborRates: { CP: '-1', X: '1' } }))).toEqual([
      { code: 'input.too_small', path: ['laborRates', 'CP'] },
      { code: 'input.unrecognized_keys', path: ['laborRates'] },
    ]);
  });
});

describe('CustomerSchema', () => {
  it('rejects an unknown kind, a blank name and a local time without offset', () => {
    expect(issuesOf(CustomerSchema, withChanges(customer, { kind: 'vip' }))).toEqual([
      { code: 'input.invalid_value', path: ['kind'] },
    ]);
    expect(issuesOf(CustomerSchema, withChanges(customer, { name: '  ' }))).toEqual([
      { code: 'input.required', path: ['name'] },
    ]);
    expect(issuesOf(CustomerSchema, withChanges(customer, { createdAt: '2022-06-18T10:20:00' }))).toEqual([
      { code: 'input.invalid_format', path: ['createdAt'] },
    ]);
    expect(issuesOf(CustomerSchema, withChanges(customer, { createdAt: undefined }))).toEqual([
      { code: 'input.required', path: ['createdAt'] },
    ]);
  });
});

describe('VehicleSchema', () => {
  it('normalizes the VIN, fills defaults and accepts a price given as a JSON number', () => {
    const parsed = parseRecord(
      VehicleSchema,
      withChanges(vehicle, { vin: ' lsvau2187n2123456 ', isNev: undefined, purchasePrice: 129800.5 }),
    );
    expect(parsed.vin).toBe('LSVAU2187N2123456');
    expect(parsed.isNev).toBe(false);
    expect(parsed.previousOwners).toEqual([]);
    expect(parsed.purchasePrice).toBe('129800.5');
  });

  it('reports a mistyped VIN with its check digit at the vin field', () => {
    const result = safeParseRecord(VehicleSchema, withChanges(vehicle, { vin: 'LSVAU2180N2123456' }));
    expect(result.ok === false && result.issues).toMatchObject([
      { code: 'vin.check_digit', path: ['vin'], params: { expected: '7', actual: '0' } },
    ]);
  });

  it('rejects an NEV kind on a vehicle that is not an NEV, and an ownership ending before it starts', () => {
    expect(issuesOf(VehicleSchema, withChanges(vehicle, { nevKind: 'BEV' }))).toEqual([
      { code: 'input.inconsistent', path: ['nevKind'] },
    ]);
    expect(issuesOf(VehicleSchema, withChanges(vehicle, { isNev: true, nevKind: 'PHEV' }))).toEqual([]);
    const owners = [{ customerId: 'CUS-000077', from: '2019-05-02', until: '2019-05-01' }];
    expect(issuesOf(VehicleSchema, withChanges(vehicle, { previousOwners: owners }))).toEqual([
      { code: 'input.inconsistent', path: ['previousOwners', 0, 'until'] },
    ]);
  });

  it('rejects a negative purchase price, an impossible date and a fractional model year', () => {
    expect(
      issuesOf(
        VehicleSchema,
        withChanges(vehicle, { purchasePrice: '-1', invoiceDate: '2022-02-30', modelYear: 2022.5 }),
      ),
    ).toEqual([
      { code: 'input.invalid_type', path: ['modelYear'] },
      { code: 'input.invalid_format', path: ['invoiceDate'] },
      { code: 'input.too_small', path: ['purchasePrice'] },
    ]);
  });
});

describe('OdometerReadingSchema', () => {
  it('takes whole kilometres only', () => {
    expect(issuesOf(OdometerReadingSchema, withChanges(odometerReading, { km: 45281.5 }))).toEqual([
      { code: 'input.invalid_type', path: ['km'] },
    ]);
    expect(issuesOf(OdometerReadingSchema, withChanges(odometerReading, { km: -1 }))).toEqual([
      { code: 'input.too_small', path: ['km'] },
    ]);
    expect(issuesOf(OdometerReadingSchema, withChanges(odometerReading, { source: 'TELEMATICS' }))).toEqual([
      { code: 'input.invalid_value', path: ['source'] },
    ]);
  });

  it('reads -0 km (JSON.parse gives it for "-0") as 0, which a JSON round trip keeps', () => {
    const reading = OdometerReadingSchema.parse(
      JSON.parse(JSON.stringify(odometerReading).replace(/"km":\d+/, '"km":-0')),
    );
    expect(Object.is(reading.km, 0)).toBe(true);
    // Both sides of 0: the smallest reading is 0, one less is refused.
    expect(issuesOf(OdometerReadingSchema, withChanges(odometerReading, { km: 0 }))).toEqual([]);
    expect(issuesOf(OdometerReadingSchema, withChanges(odometerReading, { km: -1 }))[0]?.code).toBe(
      'input.too_small',
    );
  });
});

describe('AppointmentSchema', () => {
  it('rejects a no-show that arrived and a cancellation before the booking', () => {
    expect(issuesOf(AppointmentSchema, withChanges(appointment, { status: 'no_show' }))).toEqual([
      { code: 'input.inconsistent', path: ['arrivedAt'] },
    ]);
    const cancelled = { status: 'cancelled', arrivedAt: undefined, cancelledAt: '2024-02-27T15:00:00+08:00' };
    expect(issuesOf(AppointmentSchema, withChanges(appointment, cancelled))).toEqual([
      { code: 'input.inconsistent', path: ['cancelledAt'] },
    ]);
  });
});

describe('PartSchema', () => {
  it('rejects a part superseding itself and fractional pack sizes of whole-unit parts', () => {
    expect(issuesOf(PartSchema, withChanges(part, { supersededBy: 'G052195M4' }))).toEqual([
      { code: 'input.inconsistent', path: ['supersededBy'] },
    ]);
    const wholeUnits = { allowsFractionalQuantity: false, packSize: '0.5', moq: '2' };
    expect(issuesOf(PartSchema, withChanges(part, wholeUnits))).toEqual([
      { code: 'input.inconsistent', path: ['packSize'] },
    ]);
    expect(issuesOf(PartSchema, withChanges(part, { packSize: '0', source: 'aftermarket' }))).toEqual([
      { code: 'input.invalid_value', path: ['source'] },
      { code: 'input.too_small', path: ['packSize'] },
    ]);
  });
});

describe('StockMovementSchema', () => {
  it('accepts a signed quantity whose sign agrees with the type', () => {
    expect(
      issuesOf(StockMovementSchema, withChanges(stockMovement, { type: 'adjustment', quantity: '-1' })),
    ).toEqual([]);
    expect(
      issuesOf(StockMovementSchema, withChanges(stockMovement, { type: 'adjustment', quantity: 2 })),
    ).toEqual([]);
    const receipt = { type: 'receipt', quantity: '208', roId: undefined, counterparty: 'SVW Parts DC' };
    expect(issuesOf(StockMovementSchema, withChanges(stockMovement, receipt))).toEqual([]);
  });

  it('rejects a sign that contradicts the type, a zero quantity and an RO issue without its RO', () => {
    expect(issuesOf(StockMovementSchema, withChanges(stockMovement, { quantity: '4.5' }))).toEqual([
      { code: 'input.inconsistent', path: ['quantity'] },
    ]);
    expect(issuesOf(StockMovementSchema, withChanges(stockMovement, { type: 'transfer_in' }))).toEqual([
      { code: 'input.inconsistent', path: ['quantity'] },
    ]);
    expect(
      issuesOf(StockMovementSchema, withChanges(stockMovement, { type: 'adjustment', quantity: '0.00' })),
    ).toEqual([{ code: 'input.inconsistent', path: ['quantity'] }]);
    expect(issuesOf(StockMovementSchema, withChanges(stockMovement, { roId: undefined }))).toEqual([
      { code: 'input.required', path: ['roId'] },
    ]);
    expect(issuesOf(StockMovementSchema, withChanges(stockMovement, { quantity: '4,5' }))).toEqual([
      { code: 'money.invalid_amount', path: ['quantity'] },
    ]);
  });
});

describe('StockCountSchema', () => {
  it('allows a negative book quantity but not a negative count', () => {
    expect(issuesOf(StockCountSchema, withChanges(stockCount, { bookQuantity: '-2' }))).toEqual([]);
    expect(issuesOf(StockCountSchema, withChanges(stockCount, { countedQuantity: '-1' }))).toEqual([
      { code: 'input.too_small', path: ['countedQuantity'] },
    ]);
  });
});

describe('WarrantyClaimSchema', () => {
  it('rejects a total that is not the sum of its parts', () => {
    const amounts = { labor: '144.00', parts: '1260.00', sublet: '0.00', other: '20', total: '1404.00' };
    expect(issuesOf(WarrantyClaimSchema, withChanges(warrantyClaim, { amounts }))).toEqual([
      { code: 'input.inconsistent', path: ['amounts', 'total'] },
    ]);
    const exact = { labor: 144, parts: '1260', total: '1404.000' };
    expect(issuesOf(WarrantyClaimSchema, withChanges(warrantyClaim, { amounts: exact }))).toEqual([]);
  });

  it('rejects a submitted claim with no submission, and an adjudication before submission', () => {
    expect(issuesOf(WarrantyClaimSchema, withChanges(warrantyClaim, { submissionCount: 0 }))).toEqual([
      { code: 'input.inconsistent', path: ['submissionCount'] },
    ]);
    expect(
      issuesOf(
        WarrantyClaimSchema,
        withChanges(warrantyClaim, { adjudicatedAt: '2024-03-02T10:59:59+08:00' }),
      ),
    ).toEqual([{ code: 'input.inconsistent', path: ['adjudicatedAt'] }]);
    expect(issuesOf(WarrantyClaimSchema, withChanges(warrantyClaim, { status: 'pending' }))).toEqual([
      { code: 'input.invalid_value', path: ['status'] },
    ]);
  });

  it('compares instants across offsets', () => {
    // 03:00Z is 11:00+08:00: the same instant as submittedAt, so not before it.
    expect(
      issuesOf(WarrantyClaimSchema, withChanges(warrantyClaim, { adjudicatedAt: '2024-03-02T03:00:00Z' })),
    ).toEqual([]);
  });
});

describe('ComplaintSchema', () => {
  it('rejects a step dated before the complaint was received', () => {
    expect(
      issuesOf(ComplaintSchema, withChanges(complaint, { resolvedAt: '2024-03-04T10:00:00+08:00' })),
    ).toEqual([{ code: 'input.inconsistent', path: ['resolvedAt'] }]);
    expect(
      issuesOf(ComplaintSchema, withChanges(complaint, { channel: 'email', vin: 'LSVAU2180N2123456' })),
    ).toEqual([
      { code: 'vin.check_digit', path: ['vin'] },
      { code: 'input.invalid_value', path: ['channel'] },
    ]);
  });
});

describe('SurveyResponseSchema', () => {
  it('keeps the score within its scale', () => {
    expect(parseRecord(SurveyResponseSchema, surveyResponse).scaleMin).toBe('0');
    expect(issuesOf(SurveyResponseSchema, withChanges(surveyResponse, { score: '10.5' }))).toEqual([
      { code: 'input.too_big', path: ['score'] },
    ]);
    expect(
      issuesOf(SurveyResponseSchema, withChanges(surveyResponse, { scaleMin: '1', score: '0' })),
    ).toEqual([{ code: 'input.too_small', path: ['score'] }]);
    expect(
      issuesOf(SurveyResponseSchema, withChanges(surveyResponse, { scaleMin: '10', scaleMax: '5' })),
    ).toEqual([{ code: 'input.inconsistent', path: ['scaleMax'] }]);
    expect(issuesOf(SurveyResponseSchema, withChanges(surveyResponse, { scaleMax: '0' }))).toEqual([
      { code: 'input.too_small', path: ['scaleMax'] },
    ]);
  });
});

describe('AppointmentSchema: the vehicle', () => {
  const { vin: _vin, ...withoutVin } = exampleRecords.appointment;

  it('accepts a booking made by plate number only', () => {
    expect(issuesOf(AppointmentSchema, { ...withoutVin, plateNumber: '沪A·12345' })).toEqual([]);
  });

  it('rejects a booking that names no vehicle at all', () => {
    expect(issuesOf(AppointmentSchema, withoutVin)).toEqual([{ code: 'input.inconsistent', path: ['vin'] }]);
  });
});

describe('PartLineSchema: customer-supplied parts', () => {
  it('accepts a part the customer brought (客户自带件)', () => {
    const line = {
      id: 'P9',
      partNumber: 'CUST-TYRE',
      description: '客户自带轮胎',
      quantity: '4',
      unit: '条',
      unitPrice: '0',
      source: 'customer_supplied',
      payType: 'CP',
    };
    expect(issuesOf(PartLineSchema, line)).toEqual([]);
  });
});
