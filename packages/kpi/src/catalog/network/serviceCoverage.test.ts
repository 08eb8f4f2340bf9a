import { describe, expect, it } from 'vitest';
import { serviceCoverage } from './serviceCoverage';
import { cellOf, ndv, run } from './testing';

const region = (
  id: string,
  dealerId: string,
  asOf: string,
  vehiclesSold: string,
  nearestOutletKm?: string,
) => ({
  id,
  dealerId,
  asOf,
  vehiclesSold,
  ...(nearestOutletKm === undefined ? {} : { nearestOutletKm }),
});

const salesRegions = [
  region('A', 'D1', '2024-03-31', '120', '12'), // covered
  region('B', 'D1', '2024-03-31', '40', '50'), // exactly 50 km: covered (≤)
  region('C', 'D1', '2024-03-31', '15', '50.5'), // just beyond: not covered
  region('D', 'D1', '2024-03-31', '8'), // no outlet at all: not covered
  region('E', 'D1', '2024-03-31', '0', '5'), // no vehicles sold: not sales area, excluded
  region('A', 'D1', '2024-04-30', '130', '12'), // April snapshot
  region('F', 'D2', '2024-03-31', '0', '3'), // D2 sold nothing in its regions
];

describe('net.coverage', () => {
  it('divides regions with vehicles sold within 50 km of an outlet by regions with vehicles sold', () => {
    const report = run({ salesRegions }, [serviceCoverage]);
    // March: sales area A, B, C, D = 4 (E sold none); within 50 km A, B = 2 → 2 ÷ 4 × 100 = 50
    expect(ndv(cellOf(report, 'net.coverage', 'D1', '2024-03'))).toEqual(['2', '4', '50']);
    expect(ndv(cellOf(report, 'net.coverage', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
  });

  it('takes the distance from its parameter', () => {
    const report = run({ salesRegions }, [serviceCoverage], {
      params: { 'net.coverage': { distanceKm: 10 } },
    });
    // ≤ 10 km: none of A (12), B, C → 0 ÷ 4
    expect(ndv(cellOf(report, 'net.coverage', 'D1', '2024-03'))).toEqual(['0', '4', '0']);
    const wide = run({ salesRegions }, [serviceCoverage], { params: { 'net.coverage': { distanceKm: 60 } } });
    // ≤ 60 km: A, B, C → 3 ÷ 4 × 100 = 75
    expect(ndv(cellOf(wide, 'net.coverage', 'D1', '2024-03'))).toEqual(['3', '4', '75']);
  });

  it('has no data without a region with vehicles sold', () => {
    const report = run({ salesRegions }, [serviceCoverage]);
    expect(cellOf(report, 'net.coverage', 'D2', '2024-03')?.status).toBe('no_data');
  });
});
