import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf, repairOrder, VIN, vehicle, vinOf } from './testing';

// The claim of `testing` is repaired on 2024-09-10 at 15,000 km (huaxia-2024: at most 1,000 km a
// day, duplicates within 30 days). Earlier readings come from RO headers (odometer in) and
// odometer readings of the history, and from the vehicle's other claims.

const roOn = (id: string, date: string, odometerInKm: number) =>
  repairOrder({ id, openedAt: `${date}T09:00:00+08:00`, odometerInKm });

describe('earlier readings of a claim', () => {
  it('finds no earlier reading for a vehicle with none, even for a claim at 0 km', () => {
    // Repaired at delivery, before any km was driven: nothing to be below.
    const atDelivery = claim({
      repairDate: '2024-03-02',
      odometerKm: 0,
      submittedAt: '2024-03-04T10:00:00+08:00',
      oldPart: { retained: true, shippedAt: '2024-03-12T16:00:00+08:00' },
    });
    expect(auditOne(atDelivery)).toMatchObject({ status: 'approved', findings: [] });
    // At 1 km a day, 30,000 km would be too many since any earlier reading: there is none.
    const far = auditOne(claim({ odometerKm: 30_000 }), {}, { claimRules: { maxKmPerDay: 1 } });
    expect(far).toMatchObject({ status: 'approved', findings: [] });
  });

  it('compares the odometer with the highest earlier reading, the first of equal ones', () => {
    // RO-80 (2024-08-01) and RO-90 (2024-08-15) both read 16,000 km; a telematics reading of
    // 2024-09-01 reads 14,000 km, offered last. The claim's 15,000 km is below the first 16,000.
    const result = auditOne(claim(), {
      repairOrders: [roOn('RO-80', '2024-08-01', 16_000), roOn('RO-90', '2024-08-15', 16_000)],
      odometerReadings: [{ vin: VIN, km: 14_000, readAt: '2024-09-01T09:00:00+08:00', source: 'telematics' }],
    });
    expect(codesOf(result)).toEqual(['claim.odometer_rollback']);
    expect(result.findings[0]?.facts).toEqual({
      km: 15_000,
      earlierKm: 16_000,
      earlierDate: '2024-08-01',
      earlierSource: 'ro_in',
      earlierRow: 0,
      earlierId: 'RO-80',
    });
  });

  it('measures the distance a day from the latest earlier reading, whatever its row', () => {
    // RO-80: 2024-08-01 at 4,000 km (row 0); RO-90: 2024-09-05 at 5,000 km (row 1). From RO-90,
    // 10,000 km in 5 days is more than 5 × 1,000; from RO-80 it would be 11,000 km in 40 days.
    const result = auditOne(claim(), {
      repairOrders: [roOn('RO-80', '2024-08-01', 4_000), roOn('RO-90', '2024-09-05', 5_000)],
    });
    expect(codesOf(result)).toEqual(['claim.implausible_distance']);
    expect(result.findings[0]?.facts).toEqual({
      km: 15_000,
      drivenKm: 10_000,
      days: 5,
      maxKmPerDay: 1_000,
      limitKm: 5_000,
      earlierKm: 5_000,
      earlierDate: '2024-09-05',
      earlierSource: 'ro_in',
      earlierRow: 1,
      earlierId: 'RO-90',
    });
  });

  it('of two readings at 0 km, takes the later one as the latest, whatever their order', () => {
    // Pre-delivery inspection on 2024-03-05 (row 0), an earlier one on 2024-02-20 (row 1), both at
    // 0 km; repaired 2024-03-10 at 6,000 km: 6,000 km in 5 days from the latest is too many
    // (from 2024-02-20, 19 days, it would not be).
    const result = auditOne(
      claim({
        repairDate: '2024-03-10',
        odometerKm: 6_000,
        submittedAt: '2024-03-12T10:00:00+08:00',
        oldPart: { retained: true, shippedAt: '2024-03-20T16:00:00+08:00' },
      }),
      { repairOrders: [roOn('RO-80', '2024-03-05', 0), roOn('RO-90', '2024-02-20', 0)] },
    );
    expect(codesOf(result)).toEqual(['claim.implausible_distance']);
    expect(result.findings[0]?.facts).toMatchObject({ drivenKm: 6_000, days: 5, earlierRow: 0 });
  });

  it('takes a reading dated before 1970 (a negative day number) as an earlier reading', () => {
    // 1969-12-31 to 2024-09-10 is 19,977 days (2024-09-10 is day 19,976): at 1 km a day the
    // 30,000 km driven since the 0 km reading are too many.
    const result = auditOne(
      claim({ odometerKm: 30_000 }),
      {
        odometerReadings: [{ vin: VIN, km: 0, readAt: '1969-12-31T12:00:00+08:00', source: 'inspection' }],
      },
      { claimRules: { maxKmPerDay: 1 } },
    );
    expect(codesOf(result)).toEqual(['claim.implausible_distance']);
    expect(result.findings[0]?.facts).toMatchObject({
      drivenKm: 30_000,
      days: 19_977,
      limitKm: 19_977,
      earlierDate: '1969-12-31',
      earlierSource: 'odometer_reading',
      earlierRow: 0,
      earlierId: null,
    });
  });
});

describe('claims of several vehicles', () => {
  it("compares each claim with its own vehicle's earlier claims only", () => {
    // Vehicle 13 (listed first) has one batch claim; VIN has an earlier claim of the history,
    // 5 days before its batch claim, for the same op and part.
    const other = vinOf(13);
    const report = audit([claim({ id: 'CLM-A', vin: other, roId: 'RO-300' }), claim({ id: 'CLM-B' })], {
      vehicles: [vehicle({ vin: other }), vehicle()],
      claims: [claim({ id: 'CLM-0', roId: 'RO-050', repairDate: '2024-09-05', odometerKm: 14_000 })],
    });
    expect(report.results.map(codesOf)).toEqual([[], ['claim.duplicate']]);
    expect(report.results[1]?.findings[0]?.facts).toMatchObject({
      duplicateOf: 'CLM-0',
      source: 'history',
      row: 0,
      daysApart: 5,
    });
  });
});
