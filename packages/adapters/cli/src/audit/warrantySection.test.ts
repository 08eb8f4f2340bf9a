import { computeVinCheckDigit } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { DealerDataset } from './auditTypes';
import { auditWarranty } from './warrantySection';

/**
 * A Huaxia dealer in Shanghai (UTC+8), audited as of 2024-10-08. Expected values are worked out
 * by hand from the example policy (huaxia-2024: powertrain 60 months / 150,000 km, submit within
 * 30 days, old parts within 30 days, 120.00 an hour, parts at dealer net × 1.15, authority
 * 5,000.00) and from the 三包 articles in ../shared/domain/WARRANTY.md.
 */
const ZONE = 'Asia/Shanghai';

/** A valid Chinese VIN with serial `n` (check digit computed). */
function vinOf(n: number): string {
  const draft = `LHXAB2C30R${String(n).padStart(7, '0')}`;
  return `${draft.slice(0, 8)}${computeVinCheckDigit(draft)}${draft.slice(9)}`;
}

const VIN = vinOf(12);

function vehicle(vin: string, invoiceDate: string): Record<string, unknown> {
  return {
    vin,
    brand: 'Huaxia',
    model: 'HX5',
    modelYear: Number(invoiceDate.slice(0, 4)),
    use: 'private',
    invoiceDate,
    deliveryDate: invoiceDate,
    purchasePrice: '150000.00',
    currency: 'CNY',
  };
}

// A transmission valve body replaced on 2024-09-10 at 15,000 km, 3.5 hours claimed for an op whose
// standard time is 2.5 hours; everything else as agreed.
const overrun = {
  id: 'CLM-1',
  dealerId: 'D0571',
  vin: VIN,
  roId: 'RO-100',
  repairDate: '2024-09-10',
  odometerKm: 15_000,
  failureCode: 'P0700',
  causalPartNumber: 'TVB-100',
  laborOps: [{ opCode: '21-0100', hours: '3.5', laborRate: '120.00', amount: '420.00' }],
  parts: [{ partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', amount: '1449.00', isCausal: true }],
  amounts: { labor: '420.00', parts: '1449.00', total: '1869.00' },
  currency: 'CNY',
  status: 'submitted',
  submittedAt: '2024-09-12T10:00:00+08:00',
  submissionCount: 1,
  oldPart: { retained: true, shippedAt: '2024-09-20T16:00:00+08:00' },
};

const at = (date: string, time: string): string => `${date}T${time}:00+08:00`;

/** Two repairs of a car: 20 days, then `secondHours` hours (三包 2021 Art. 40: ceil(hours ÷ 24) days each). */
function vehicleCase(vin: string, invoiceDate: string, secondFinish: string): Record<string, unknown> {
  const repair = (roId: string, agreedAt: string, finishedAt: string, odometerKm: number) => ({
    roId,
    vin,
    agreedAt,
    finishedAt,
    odometerKm,
    problem: 'P0700',
    system: 'transmission',
  });
  const year = invoiceDate.slice(0, 4);
  return {
    vehicle: vehicle(vin, invoiceDate),
    repairs: [
      repair(`${vin}-1`, at(`${year}-05-01`, '09:00'), at(`${year}-05-21`, '09:00'), 5_000),
      repair(`${vin}-2`, at(`${year}-07-01`, '09:00'), at(`${year}-07-11`, secondFinish), 8_000),
    ],
  };
}

const dataset: DealerDataset = {
  dealer: { id: 'D0571', name: '杭州华夏汽车 4S 店', brand: 'Huaxia', timeZone: ZONE, currency: 'CNY' },
  period: { from: '2024-09-01', to: '2024-09-30' },
  asOf: '2024-10-08',
  repairOrders: [],
  complaints: [],
  appointments: [],
  surveys: [],
  warranty: {
    vehicles: [vehicle(VIN, '2024-03-01'), { vin: 'NOT-A-VIN' }],
    repairOrders: [],
    claims: [overrun, { ...overrun, id: 'CLM-2', vin: undefined }],
    laborTimes: [
      {
        opCode: '21-0100',
        standardHours: '2.5',
        system: 'transmission',
        partGroups: ['transmission-valve-body'],
      },
      { opCode: '46-1120', standardHours: 'two' },
      { opCode: '21-0100', standardHours: '3.0', system: 'transmission' },
    ],
    partGroups: { 'TVB-100': 'transmission-valve-body' },
    partPrices: { 'TVB-100': '1260.00', 'GSK-7': '-1.00' },
  },
  parts: { parts: [], movements: [], positions: [] },
  vehicleCases: [
    // 20 + ceil(241 h ÷ 24) = 20 + 11 = 31 days > 30
    vehicleCase(vinOf(21), '2023-03-01', '10:00'),
    // 20 + 240 h ÷ 24 = 20 + 10 = 30 days: not over 30
    vehicleCase(vinOf(22), '2023-03-01', '09:00'),
    // Bought 2021-06-01: the 2013 rules govern
    vehicleCase(vinOf(23), '2021-06-01', '10:00'),
    { vehicle: vehicle(vinOf(24), '2023-03-01') }, // no repairs list: refused
  ],
};

const result = auditWarranty(dataset);
const { section } = result;

describe('auditWarranty', () => {
  it('finds the labor-time overrun: 3.5 h claimed against a standard 2.5 h', () => {
    // Invoiced 2024-03-01: huaxia-2024, powertrain covers the transmission until 2029-03-01 /
    // 150,000 km. Submitted 2 days after the repair (≤ 30), old part shipped on day 10 (≤ 30),
    // 3.5 h × 120.00 = 420.00 at the agreed rate, TVB-100 at 1,260.00 × 1.15 = 1,449.00, total
    // 1,869.00 ≤ 5,000.00. Only the hours are over: 3.5 − 2.5 = 1.0 h, a review finding.
    expect(section.claims.findings).toHaveLength(1);
    const finding = section.claims.findings[0];
    expect(finding).toMatchObject({
      claimId: 'CLM-1',
      row: 0,
      code: 'claim.hours_above_standard',
      severity: 'review',
      rule: 'warranty.audit.standard-hours',
    });
    expect(finding?.facts).toMatchObject({ opCode: '21-0100', hours: '3.5', standardHours: '2.5' });
    expect(Number(finding?.facts.excessHours)).toBe(1);
    expect(section.claims.summary).toMatchObject({ read: 2, approved: 0, withFindings: 1, rejected: 1 });
  });

  it('refuses bad records with their input and row, and counts every input', () => {
    const refused = result.rejections.map((r) => [r.input, r.row, r.issues[0]?.code, r.issues[0]?.path]);
    expect(refused).toEqual([
      // labor time 1: standardHours is not a decimal
      ['warranty.laborTimes', 1, 'money.invalid_amount', ['standardHours']],
      // labor time 2: 21-0100 again for the same brand and model, after row 0
      ['warranty.laborTimes', 2, 'warranty.duplicate', ['opCode']],
      ['warranty.partPrices', 1, 'input.too_small', ['GSK-7']],
      // 'NOT-A-VIN' has 9 characters, not 17 (the audit's paths start with the row)
      ['warranty.vehicles', 1, 'vin.length', [1, 'vin']],
      ['warranty.claims', 1, 'input.required', [1, 'vin']],
      ['vehicleCases', 3, 'input.required', ['repairs']],
    ]);
    expect(result.inputs).toEqual({
      'warranty.vehicles': { read: 2, accepted: 1, rejected: 1 },
      'warranty.repairOrders': { read: 0, accepted: 0, rejected: 0 },
      'warranty.claims': { read: 2, accepted: 1, rejected: 1 },
      'warranty.laborTimes': { read: 3, accepted: 1, rejected: 2 },
      'warranty.partGroups': { read: 1, accepted: 1, rejected: 0 },
      'warranty.partPrices': { read: 2, accepted: 1, rejected: 1 },
      vehicleCases: { read: 4, accepted: 3, rejected: 1 },
    });
  });

  it('gives replacement or return after more than 30 days of repairs (三包 2021 Art. 24(4))', () => {
    const [over] = section.sanbao;
    expect(over?.vin).toBe(vinOf(21));
    // Delivered 2023-03-01 (on or after 2022-01-01): the 2021 rules; both repairs inside the 三包
    // period (2 years / 50,000 km): 31 cumulative days > 30.
    expect(over?.jurisdiction).toBe('cn-sanbao-2021');
    expect(over?.decision.outcome).toBe('replacement_or_return');
    const step = over?.decision.trace.find((s) => s.rule === 'cn-sanbao-2021.repair-time');
    expect(step).toMatchObject({ status: 'passed', facts: { totalDays: 31, limitDays: 30 } });
  });

  it('gives only free repair at exactly 30 days, and none past the 2013 包修期', () => {
    const [, thirty, old] = section.sanbao;
    // 30 days is not over 30; at 2024-10-08 the car is inside its 包修期 (3 years / 60,000 km): repair.
    expect(thirty?.decision.outcome).toBe('repair');
    expect(thirty?.decision.trace.find((s) => s.rule === 'cn-sanbao-2021.repair-time')).toMatchObject({
      status: 'failed',
      facts: { totalDays: 30 },
    });
    // Invoiced 2021-06-01: the 2013 rules (over 35 days for a replacement: 31 is not); its
    // 包修期 of 3 years ended 2024-06-01, before 2024-10-08: no right.
    expect(old?.jurisdiction).toBe('cn-sanbao-2013');
    expect(old?.decision.outcome).toBe('none');
  });

  it('counts claim findings and the 三包 cases that reach a right', () => {
    // 1 claim finding + 1 case with replacement or return (the others: repair, none).
    expect(result.findings).toBe(2);
  });
});
