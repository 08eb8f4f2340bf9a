import { describe, expect, it } from 'vitest';
import { parseWarrantyPolicy } from '../policy/parseWarrantyPolicy';
import { auditOne, claim, codesOf, huaxiaPolicy2024, repairOrder, vehicle } from './testing';

// Day numbers count from 1970-01-01 (day 0); dates before it have negative day numbers. The
// huaxia-2024 terms (first maintenance within 6 months or 7,500 km, else the powertrain coverage of
// the transmission op 21-0100 is void), for cars sold from 1969.
const policy1969 = parseWarrantyPolicy({ ...huaxiaPolicy2024, id: 'huaxia-1969', soldFrom: '1969-01-01' });

function auditFrom(
  invoiceDate: string,
  repairDate: string,
  repairOrders: unknown[] = [],
  odometerKm = 6_000,
) {
  const row = claim({
    repairDate,
    odometerKm,
    submittedAt: `${repairDate}T18:00:00+08:00`,
    oldPart: { retained: true, shippedAt: `${repairDate}T19:00:00+08:00` },
  });
  return auditOne(
    row,
    { vehicles: [vehicle({ modelYear: 1969, invoiceDate, deliveryDate: invoiceDate })], repairOrders },
    { asOf: `${repairDate}T20:00:00+08:00` },
    { policies: [policy1969] },
  );
}

const firstMaintenance = (id: string, date: string, odometerInKm: number) =>
  repairOrder({ id, kind: 'first_maintenance', openedAt: `${date}T09:00:00+08:00`, odometerInKm });

describe('first maintenance around 1970-01-01', () => {
  it('takes a car with no first-maintenance RO as not known to have had one, before 1970 too', () => {
    // Invoiced 1969-01-01, repaired 1969-03-01: the maintenance is not due yet; nothing voids.
    expect(auditFrom('1969-01-01', '1969-03-01')).toMatchObject({ status: 'approved', findings: [] });
  });

  it('counts a first maintenance done on 1970-01-01 (day 0)', () => {
    // Invoiced 1969-01-01: the 6 months ended 1969-07-01, so a first maintenance on 1970-01-01
    // is late and voids the powertrain coverage.
    const late = auditFrom('1969-01-01', '1970-03-01', [firstMaintenance('RO-1', '1970-01-01', 5_000)]);
    expect(codesOf(late)).toEqual(['claim.out_of_coverage']);
  });

  it('keeps a first maintenance of 1970-01-01 over a later one', () => {
    // Invoiced 1969-09-01: 1970-01-01 is within the 6 months; a second one on 1970-04-01 is not
    // the first. Repaired at 8,000 km.
    const ros = [
      firstMaintenance('RO-1', '1970-01-01', 5_000),
      firstMaintenance('RO-2', '1970-04-01', 7_000),
    ];
    expect(auditFrom('1969-09-01', '1970-05-01', ros, 8_000)).toMatchObject({
      status: 'approved',
      findings: [],
    });
  });
});

describe('two first-maintenance ROs opened on the same day', () => {
  it('takes the first listed: its km decides whether the maintenance was in time', () => {
    // Invoiced 2024-01-01; both opened 2024-03-01 (inside 6 months). RO-A at 8,000 km is over the
    // 7,500 km and voids the powertrain coverage; RO-B at 5,000 km is in time.
    const over = firstMaintenance('RO-A', '2024-03-01', 8_000);
    const inTime = firstMaintenance('RO-B', '2024-03-01', 5_000);
    expect(codesOf(auditFrom('2024-01-01', '2024-05-01', [over, inTime], 9_000))).toEqual([
      'claim.out_of_coverage',
    ]);
    expect(auditFrom('2024-01-01', '2024-05-01', [inTime, over], 9_000)).toMatchObject({
      status: 'approved',
      findings: [],
    });
  });
});
