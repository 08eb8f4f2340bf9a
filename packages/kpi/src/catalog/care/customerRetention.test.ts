import { describe, expect, it } from 'vitest';
import { customerRetention } from './customerRetention';
import { cellOf, ndv, ro, run } from './testing';

const vehicle = (vin: string, sellingDealerId: string, saleDate: string) => ({
  vin,
  sellingDealerId,
  saleDate,
});

// Sold window of the month ending L: L − 36 months < sale date ≤ L; visit window: L − 12 months < day ≤ L.
const vehicles = [
  vehicle('VA', 'D1', '2021-04-10'), // in the sold window as of 2024-03-31 (from 2021-04-01), not as of 2024-04-30
  vehicle('VB', 'D1', '2022-06-01'),
  vehicle('VC', 'D1', '2023-01-15'),
  vehicle('VE', 'D2', '2022-01-01'), // sold by D2
];

const repairOrders = [
  // VA: a CP visit on 1 May 2023
  ro('R1', { vin: 'VA', openedAt: '2023-05-01T10:00:00+08:00' }),
  // VB: an INS visit (not CP or W) and a voided W RO: never retained
  ro('R2', { vin: 'VB', payType: 'INS', openedAt: '2024-05-10T10:00:00+08:00' }),
  ro('R3', {
    vin: 'VB',
    payType: 'W',
    openedAt: '2024-03-01T10:00:00+08:00',
    voidedAt: '2024-03-01T12:00:00+08:00',
  }),
  // VC: a W visit at 16:30Z on 30 April 2023 = 00:30 on 1 May in Shanghai
  ro('R4', { vin: 'VC', payType: 'W', openedAt: '2023-04-30T16:30:00Z' }),
  // VE (sold by D2) visits D1: counts for neither dealer
  ro('R5', { vin: 'VE', openedAt: '2024-01-10T10:00:00+08:00' }),
  // D3 sold nothing but has a visit in March 2024
  ro('R6', { dealerId: 'D3', vin: 'VX', openedAt: '2024-03-10T10:00:00+08:00' }),
];

describe('care.retention', () => {
  const report = run({ vehicles, repairOrders }, [customerRetention]);

  it('divides vehicles sold in 3 years with a CP or W visit in 12 months by vehicles sold in 3 years', () => {
    // as of 31 March 2024: sold VA, VB, VC = 3; visited (from 1 April 2023) VA (1 May), VC (1 May);
    // VB only INS and voided → 2 ÷ 3 × 100 = 66.666… → 66.67
    expect(ndv(cellOf(report, 'care.retention', 'D1', '2024-03'))).toEqual(['2', '3', '66.67']);
    // as of 30 April 2024: VA sold 10 April 2021 ≤ 30 April 2021 drops out → sold VB, VC = 2;
    // VC's visit (1 May 2023 in Shanghai) is after 30 April 2023 → 1 ÷ 2 × 100 = 50
    expect(ndv(cellOf(report, 'care.retention', 'D1', '2024-04'))).toEqual(['1', '2', '50']);
    // as of 31 May 2024: visits from 1 June 2023 only; VC's drops out → 0 ÷ 2
    expect(ndv(cellOf(report, 'care.retention', 'D1', '2024-05'))).toEqual(['0', '2', '0']);
  });

  it('counts only visits to the selling dealer when grouped by dealer', () => {
    // D2 sold VE, which visited D1 only → 0 ÷ 1
    expect(ndv(cellOf(report, 'care.retention', 'D2', '2024-03'))).toEqual(['0', '1', '0']);
  });

  it('has no data without a vehicle sold in the trailing 3 years', () => {
    const cell = cellOf(report, 'care.retention', 'D3', '2024-03');
    expect(cell?.status).toBe('no_data');
    expect(cell?.reason?.en).toBe('no vehicles sold in the trailing 3 years');
  });
});
