import { describe, expect, it } from 'vitest';
import { audit, auditOne, claim, codesOf, repairOrder, vehicle, vinOf } from './testing';

// The claim of `testing` is repaired on 2024-09-10 at 15,000 km on an HX5 invoiced 2024-03-01
// (huaxia-2024: at most 1,000 km a day; first maintenance within 6 months or 7,500 km, else the
// powertrain coverage, which covers the transmission op 21-0100, is void).

const at = (date: string, time = '09:00:00') => `${date}T${time}+08:00`;
const roOn = (id: string, date: string, fields: Record<string, unknown> = {}) =>
  repairOrder({ id, openedAt: at(date), odometerInKm: undefined, ...fields });
/** The facts of the finding of `code` of the claim audited with these ROs. */
function factsOf(code: string, repairOrders: unknown[], row = claim()) {
  const result = auditOne(row, { repairOrders });
  return result.findings.find((finding) => finding.code === code)?.facts;
}

describe('RO readings of the history', () => {
  it("counts the reading of an RO whose id only shares the claim RO's hash", () => {
    // 'costarring' and 'liquid' have the same FNV-1a hash: RO 'liquid' is still another RO.
    const facts = factsOf(
      'claim.odometer_rollback',
      [roOn('liquid', '2024-08-01', { odometerInKm: 16_000 })],
      {
        ...claim(),
        roId: 'costarring',
      },
    );
    expect(facts).toMatchObject({ earlierKm: 16_000, earlierSource: 'ro_in', earlierId: 'liquid' });
  });

  it("gives a vehicle's readings to its own claims, not to the next vehicle's", () => {
    // Vehicle 13 (first) was at 20,000 km on 2024-08-01 and is claimed at 25,000 km; the claim of
    // VIN (15,000 km) is not below a reading of another car.
    const other = vinOf(13);
    const report = audit([claim({ id: 'CLM-A', vin: other, roId: 'RO-300', odometerKm: 25_000 }), claim()], {
      vehicles: [vehicle({ vin: other }), vehicle()],
      repairOrders: [roOn('RO-80', '2024-08-01', { vin: other, odometerInKm: 20_000 })],
    });
    expect(report.results.map(codesOf)).toEqual([[], []]);
  });

  it('reads the ROs of a vehicle listed after one without claims', () => {
    const report = audit([claim()], {
      vehicles: [vehicle({ vin: vinOf(13) }), vehicle()],
      repairOrders: [roOn('RO-80', '2024-08-01', { odometerInKm: 16_000 })],
    });
    expect(report.results[0]?.findings[0]?.facts).toMatchObject({ earlierKm: 16_000, earlierId: 'RO-80' });
  });

  it('ignores cancelled ROs, counting them as ignored', () => {
    const report = audit([claim()], {
      repairOrders: [roOn('RO-80', '2024-08-01', { odometerInKm: 16_000, status: 'cancelled' })],
    });
    expect(report.results[0]?.status).toBe('approved');
    expect(report.summary.history).toEqual({ read: 2, rejected: 0, ignored: 1 });
  });

  it('dates the readings of an RO the schema read (four fraction digits) by its own instants', () => {
    const opened = '2024-08-01T09:00:00.0000+08:00';
    const facts = factsOf('claim.odometer_rollback', [
      repairOrder({ id: 'RO-80', openedAt: opened, odometerInKm: 16_000 }),
    ]);
    expect(facts).toMatchObject({ earlierKm: 16_000, earlierDate: '2024-08-01', earlierId: 'RO-80' });
  });

  it('dates the odometer-out reading at delivery, else closing, else opening', () => {
    // In 5,000 km on 2024-09-01, out 5,100 km two days later: 9,900 km in the 7 days since
    // 2024-09-03 are more than 7 × 1,000 (from 2024-09-01 it would be 9 days).
    const expected = { drivenKm: 9_900, days: 7, limitKm: 7_000, earlierKm: 5_100, earlierSource: 'ro_out' };
    const fields = { odometerInKm: 5_000, odometerOutKm: 5_100 };
    const closed = roOn('RO-80', '2024-09-01', { ...fields, closedAt: at('2024-09-03', '17:00:00') });
    expect(factsOf('claim.implausible_distance', [closed])).toMatchObject(expected);
    // The schema reads this one (four fraction digits).
    const delivered = repairOrder({
      id: 'RO-80',
      openedAt: '2024-09-01T09:00:00.0000+08:00',
      deliveredAt: at('2024-09-03', '17:00:00'),
      ...fields,
    });
    expect(factsOf('claim.implausible_distance', [delivered])).toMatchObject(expected);
  });

  it('takes an odometer-out reading equal to the odometer-in one as the in reading', () => {
    // 10,000 km in the 9 days since 2024-09-01 are more than 9 × 1,000.
    const ro = roOn('RO-80', '2024-09-01', {
      odometerInKm: 5_000,
      odometerOutKm: 5_000,
      deliveredAt: at('2024-09-03'),
    });
    expect(factsOf('claim.implausible_distance', [ro])).toMatchObject({
      days: 9,
      earlierDate: '2024-09-01',
      earlierSource: 'ro_in',
    });
  });

  it('takes no reading from an RO without odometer readings, nor an out reading from one without', () => {
    const none = roOn('RO-80', '2024-09-05', { deliveredAt: at('2024-09-06') });
    expect(auditOne(claim(), { repairOrders: [none] })).toMatchObject({ status: 'approved', findings: [] });
    // In at 14,000 km on 2024-09-01, delivered 2024-09-03 without an out reading: 1,000 km since.
    const inOnly = roOn('RO-90', '2024-09-01', { odometerInKm: 14_000, deliveredAt: at('2024-09-03') });
    expect(auditOne(claim(), { repairOrders: [inOnly] })).toMatchObject({ status: 'approved', findings: [] });
  });
});

describe('first maintenance of the history', () => {
  it('takes no first maintenance from a first-maintenance RO without odometer readings', () => {
    // Done on 2024-09-05, after the 6 months: it would void the powertrain coverage, but without
    // its km the RO does not say the maintenance was done (unknown, as with no RO).
    const ro = roOn('RO-80', '2024-09-05', { kind: 'first_maintenance' });
    expect(auditOne(claim(), { repairOrders: [ro] })).toMatchObject({ status: 'approved', findings: [] });
  });

  it('takes the first of two first-maintenance ROs of the same day', () => {
    // 2024-05-01 at 5,000 km is within 6 months and 7,500 km; the second RO says 8,000 km.
    const first = roOn('RO-80', '2024-05-01', { kind: 'first_maintenance', odometerInKm: 5_000 });
    const second = roOn('RO-81', '2024-05-01', { kind: 'first_maintenance', odometerInKm: 8_000 });
    expect(auditOne(claim(), { repairOrders: [first, second] })).toMatchObject({ status: 'approved' });
    // Alone, the second breaches the condition: the powertrain coverage is void.
    expect(codesOf(auditOne(claim(), { repairOrders: [second] }))).toEqual(['claim.out_of_coverage']);
  });
});
