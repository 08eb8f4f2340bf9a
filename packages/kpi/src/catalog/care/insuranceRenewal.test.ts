import { describe, expect, it } from 'vitest';
import { firstMaintenanceReturn } from './firstMaintenanceReturn';
import { insuranceRenewal } from './insuranceRenewal';
import { cellOf, ndv, run } from './testing';

const policy = (id: string, dealerId: string, expiresOn: string, renewedThroughDealer: boolean) => ({
  id,
  dealerId,
  expiresOn,
  renewedThroughDealer,
});

const insurancePolicies = [
  policy('P1', 'D1', '2024-03-01', true),
  policy('P2', 'D1', '2024-03-15', false), // renewed elsewhere or lapsed
  policy('P3', 'D1', '2024-03-31', true), // last day of March
  policy('P4', 'D1', '2024-04-01', true), // April
  policy('P5', 'D1', '2024-02-29', false), // February
];

// D2 only has a first-maintenance window in March (a group with no expiring policy)
const firstMaintenanceWindows = [{ vin: 'F1', dealerId: 'D2', windowEnd: '2024-03-10' }];

describe('care.insurance.renewal', () => {
  const report = run({ insurancePolicies, firstMaintenanceWindows }, [
    insuranceRenewal,
    firstMaintenanceReturn,
  ]);

  it('divides policies renewed through the dealer by policies expiring, by expiry month', () => {
    // March: expiring P1, P2, P3 = 3; renewed P1, P3 = 2 → 2 ÷ 3 × 100 = 66.666… → 66.67
    expect(ndv(cellOf(report, 'care.insurance.renewal', 'D1', '2024-03'))).toEqual(['2', '3', '66.67']);
    expect(ndv(cellOf(report, 'care.insurance.renewal', 'D1', '2024-04'))).toEqual(['1', '1', '100']);
    expect(ndv(cellOf(report, 'care.insurance.renewal', 'D1', '2024-02'))).toEqual(['0', '1', '0']);
  });

  it('has no data without a policy expiring', () => {
    expect(cellOf(report, 'care.insurance.renewal', 'D2', '2024-03')?.status).toBe('no_data');
  });
});
