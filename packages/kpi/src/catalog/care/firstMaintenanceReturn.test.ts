import { describe, expect, it } from 'vitest';
import { firstMaintenanceReturn } from './firstMaintenanceReturn';
import { insuranceRenewal } from './insuranceRenewal';
import { cellOf, ndv, run } from './testing';

const window = (vin: string, dealerId: string, windowEnd: string, returnedOn?: string) => ({
  vin,
  dealerId,
  windowEnd,
  ...(returnedOn === undefined ? {} : { returnedOn }),
});

const firstMaintenanceWindows = [
  window('F1', 'D1', '2024-03-15', '2024-03-01'), // back before the window closed
  window('F2', 'D1', '2024-03-31', '2024-03-31'), // back on the last day: within it
  window('F3', 'D1', '2024-03-20', '2024-03-21'), // a day late
  window('F4', 'D1', '2024-03-10'), // never came back
  window('F5', 'D1', '2024-04-01', '2024-03-25'), // window closes in April: counts there
];

// D2 only has an insurance policy in March (a group with no first-maintenance window)
const insurancePolicies = [{ id: 'P1', dealerId: 'D2', expiresOn: '2024-03-10', renewedThroughDealer: true }];

describe('care.first.maintenance', () => {
  const report = run({ firstMaintenanceWindows, insurancePolicies }, [
    firstMaintenanceReturn,
    insuranceRenewal,
  ]);

  it('divides vehicles back within their window by windows closing in the month', () => {
    // March: windows F1–F4 = 4; back in time F1, F2 = 2 → 2 ÷ 4 × 100 = 50
    expect(ndv(cellOf(report, 'care.first.maintenance', 'D1', '2024-03'))).toEqual(['2', '4', '50']);
    // April: F5 → 1 ÷ 1 × 100 = 100
    expect(ndv(cellOf(report, 'care.first.maintenance', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
  });

  it('has no data without a window closing', () => {
    expect(cellOf(report, 'care.first.maintenance', 'D2', '2024-03')?.status).toBe('no_data');
  });

  it('carries the manual target ≥ 95', () => {
    expect(firstMaintenanceReturn.target).toMatchObject({
      atLeast: '95',
      cite: 'manual:wty.first.maintenance',
    });
  });
});
