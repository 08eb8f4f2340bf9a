import { describe, expect, it } from 'vitest';
import { isVin } from '../fastChecks';
import { fastClaim } from './fastClaim';
import { auditOne, claim, codesOf, type Row, vehicle } from './testing';

// A traction-battery repair (op 51-0100, 3.0 standard hours) of an HX5 invoiced 2024-03-01
// (huaxia-2024: basic 48 months or 120,000 km; traction battery 96 months or 150,000 km on NEVs,
// for life for the first owner), on 2024-09-10.
const batteryTimes = [{ opCode: '51-0100', standardHours: '3.0', system: 'traction_battery' }];

/** The row without the given fields (absent, not `undefined`). */
function without(row: Row, ...fields: string[]): Row {
  const out = { ...row };
  for (const field of fields) delete out[field];
  return out;
}

function batteryRepair(odometerKm: number): Row {
  const row = claim({
    odometerKm,
    laborOps: [{ opCode: '51-0100', hours: '3.0', laborRate: '120.00', amount: '360.00' }],
    parts: [],
    amounts: { labor: '360.00', parts: '0.00', total: '360.00' },
  });
  return without(row, 'failureCode', 'causalPartNumber', 'oldPart');
}

const auditBattery = (odometerKm: number, car: Row) =>
  auditOne(batteryRepair(odometerKm), { vehicles: [vehicle(car)] }, {}, { laborTimes: batteryTimes });

describe('the facts a claim is assessed on', () => {
  it("takes the claim's causal part number over the order of its parts", () => {
    // The gasket (group gaskets) is listed first, unflagged; the causal part is the valve body,
    // which fits failure code P0700 (rule P07: transmission-valve-body). Gasket at 10.00 × 1.15.
    const row = claim({
      causalPartNumber: 'TVB-100',
      parts: [
        { partNumber: 'GSK-7', quantity: '1', unitPrice: '11.50', amount: '11.50' },
        { partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', amount: '1449.00' },
      ],
      amounts: { labor: '300.00', parts: '1460.50', total: '1760.50' },
    });
    expect(auditOne(row)).toMatchObject({ status: 'approved', findings: [] });
  });

  it('takes the system of the first op whose labor time names one, past an unknown op', () => {
    // Op 99-0001 has no labor time; 21-0100 is a transmission op (powertrain: covered). Without
    // the system, nothing would cover the valve body's group.
    const row = without(
      claim({
        laborOps: [
          { opCode: '99-0001', hours: '0.5', laborRate: '120.00', amount: '60.00' },
          { opCode: '21-0100', hours: '2.5', laborRate: '120.00', amount: '300.00' },
        ],
        amounts: { labor: '360.00', parts: '1449.00', total: '1809.00' },
      }),
      'failureCode',
    );
    expect(codesOf(auditOne(row))).toEqual(['claim.unknown_op']);
  });

  it('assesses the coverage of a claim without labor ops on its failure code', () => {
    // Body corrosion sublet to a body shop, 6 months after invoicing: corrosion is covered 72
    // months on failure code B-CORR. The row leaves out the defaulted lists, as canonical rows may.
    const row = without(
      claim({
        failureCode: 'B-CORR',
        amounts: { labor: '0.00', parts: '0.00', sublet: '800.00', total: '800.00' },
      }),
      'causalPartNumber',
      'laborOps',
      'parts',
      'oldPart',
    );
    expect(fastClaim(row, isVin)).toBe(row);
    expect(auditOne(row)).toMatchObject({ status: 'approved', findings: [] });
  });

  it('covers the traction battery of an NEV past the basic warranty, and not that of another car', () => {
    // 130,000 km: basic warranty expired at 120,000 km; battery coverage runs to 150,000 km.
    expect(auditBattery(130_000, { isNev: true, nevKind: 'BEV' })).toMatchObject({ status: 'approved' });
    const petrol = auditBattery(130_000, { isNev: false });
    expect(codesOf(petrol)).toEqual(['claim.out_of_coverage']);
    expect(petrol.findings[0]?.facts).toMatchObject({
      policy: 'huaxia-2024',
      km: 130_000,
      system: 'traction_battery',
      coverages: [expect.objectContaining({ coverage: 'basic' })],
    });
  });

  it('covers the battery of an NEV for life for its first owner only', () => {
    // 160,000 km: past both the basic warranty and the battery's 150,000 km.
    const nev = { isNev: true, nevKind: 'BEV' };
    expect(auditBattery(160_000, { ...nev, previousOwners: [] })).toMatchObject({ status: 'approved' });
    const resold = auditBattery(160_000, {
      ...nev,
      previousOwners: [{ customerId: 'CUS-1', from: '2024-03-01', until: '2024-06-30' }],
    });
    expect(codesOf(resold)).toEqual(['claim.out_of_coverage']);
    expect(resold.findings[0]?.facts).toMatchObject({
      coverages: [
        expect.objectContaining({ coverage: 'traction-battery' }),
        expect.objectContaining({ coverage: 'basic' }),
      ],
    });
  });
});
