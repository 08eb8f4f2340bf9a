import type { JsonObject, TraceStep } from '@aftersales/core';
import {
  cnSanbao2021,
  evaluateRights,
  type RightsDecision,
  type VehicleCaseInput,
} from '@aftersales/warranty';
import { describe, expect, it } from 'vitest';
import { demoSanbaoCaseKeys, demoSanbaoCases } from './demoSanbaoCases';
import { generateDemoDealer } from './generateDemoDealer';

/**
 * The demo's 三包 cases worked out by hand from the 2021 rules (家用汽车产品修理更换退货责任规定,
 * SAMR Order No. 43; articles as in ../shared/domain/WARRANTY.md), for the default as-of date
 * 2025-01-01 (each case evaluated at 2025-01-01T00:00+08:00). Every car is a private car invoiced
 * and delivered the same day, so the periods start on that day (Art. 18), not counted itself.
 * Periods (Art. 18): 包修期 3 years or 60,000 km, 三包 period 2 years or 50,000 km, whichever first.
 * Repair time (Art. 40): ceil(hours ÷ 24) per repair. n of Art. 27: 0.5 % on every certificate.
 */

const dataset = generateDemoDealer();
const cases = dataset.vehicleCases as VehicleCaseInput[];

function evaluate(vehicleCase: VehicleCaseInput): RightsDecision {
  const [china] = evaluateRights(vehicleCase, { jurisdictions: [cnSanbao2021], timeZone: 'Asia/Shanghai' });
  if (china?.decision == null) throw new Error('the 2021 rules did not decide the case');
  return china.decision;
}

const step = (decision: RightsDecision, name: string): TraceStep | undefined =>
  decision.trace.find((s) => s.rule === `cn-sanbao-2021.${name}`);
const passedGrounds = (decision: RightsDecision): string[] =>
  ['seven-days', 'sixty-days', 'assembly-swap', 'serious-safety', 'assembly-replaced-twice']
    .concat(['main-part-replaced-twice', 'repair-time', 'same-problem'])
    .filter((name) => step(decision, name)?.status === 'passed');
const compensationOf = (decision: RightsDecision): unknown =>
  ((decision.details as JsonObject).useCompensation as JsonObject | null)?.amount ?? null;
const datesOf = (vehicleCase: VehicleCaseInput): string[] =>
  vehicleCase.repairs.map((repair) => repair.agreedAt.slice(0, 10));
const caseNamed = (key: string): VehicleCaseInput => {
  const found = cases[demoSanbaoCaseKeys.indexOf(key)];
  if (found === undefined) throw new Error(`no case ${key}`);
  return found;
};

describe('demoSanbaoCases', () => {
  it('holds five household cars with long repair histories', () => {
    expect(demoSanbaoCaseKeys).toEqual([
      'same-problem',
      'repair-time',
      'near-miss',
      'high-mileage',
      'serious-safety',
    ]);
    expect(cases).toHaveLength(5);
    for (const vehicleCase of cases) expect(vehicleCase.vehicle.use).toBe('private');
  });

  it('gives a replacement or return for the same problem repaired five times (Art. 24(4))', () => {
    const vehicleCase = caseNamed('same-problem');
    // Start 2025-01-01 − 300 days = 2024-03-07; repairs on days 35, 90, 150, 210, 270 after it.
    expect(vehicleCase.vehicle.invoiceDate).toBe('2024-03-07');
    expect(datesOf(vehicleCase)).toEqual([
      '2024-04-11',
      '2024-06-05',
      '2024-08-04',
      '2024-10-03',
      '2024-12-02',
    ]);
    const decision = evaluate(vehicleCase);
    // Five repairs of P0741 inside the 三包 period (last on day 270 at 16,900 km, within 2 years and
    // 50,000 km): 5 > 4, so Art. 24(4) gives replacement or return. Each repair took 6 h, one day
    // (Art. 40): 5 days in all, not over 30, so the repair-time ground does not hold.
    expect(decision.outcome).toBe('replacement_or_return');
    expect(passedGrounds(decision)).toEqual(['same-problem']);
    expect(step(decision, 'repair-time')?.facts).toMatchObject({ totalDays: 5 });
    // Art. 27: ¥152,800 × 16,900 km ÷ 1,000 × 0.5 % = 152,800 × 16.9 × 0.005 = ¥12,911.60.
    expect(compensationOf(decision)).toBe('12911.60');
  });

  it('gives a replacement or return for 32 days of repairs (Art. 24(4), counted by Art. 40)', () => {
    const vehicleCase = caseNamed('repair-time');
    // Start 2025-01-01 − 420 days = 2023-11-08; repairs on days 100, 220 and 380 at 09:00.
    expect(vehicleCase.vehicle.invoiceDate).toBe('2023-11-08');
    expect(datesOf(vehicleCase)).toEqual(['2024-02-16', '2024-06-15', '2024-11-22']);
    const decision = evaluate(vehicleCase);
    // 288 h → 12 days; 240 h → 10 days; 218 h = 9 days 2 h → ceil(9.08) = 10 days.
    // 12 + 10 + 10 = 32 > 30: replacement or return. Three different problems: no repeat ground.
    expect(step(decision, 'repair-time')?.facts).toMatchObject({ totalDays: 32, limitDays: 30 });
    expect(decision.outcome).toBe('replacement_or_return');
    expect(passedGrounds(decision)).toEqual(['repair-time']);
    // Each repair took over 5 days: a substitute car was due from day 6 (Art. 21).
    expect(step(decision, 'substitute-car')?.status).toBe('passed');
    // Art. 27: ¥128,600 × 22,500 km ÷ 1,000 × 0.5 % = 128,600 × 22.5 × 0.005 = ¥14,467.50.
    expect(compensationOf(decision)).toBe('14467.50');
  });

  it('gives only a free repair when both counts stop exactly at the limit (near miss)', () => {
    const vehicleCase = caseNamed('near-miss');
    // Start 2025-01-01 − 250 days = 2024-04-26; U0140 repaired on days 30, 80, 140 and 200.
    expect(vehicleCase.vehicle.invoiceDate).toBe('2024-04-26');
    expect(datesOf(vehicleCase)).toEqual(['2024-05-26', '2024-07-15', '2024-09-13', '2024-11-12']);
    const decision = evaluate(vehicleCase);
    // Repair time: 168 h → 7, 192 h → 8, 168 h → 7, and the last 250 h less 58 h of special-order
    // part transport (Art. 24 leaves it out) = 192 h → 8 days: 7 + 8 + 7 + 8 = 30, not over 30.
    // (Without the exclusion the last repair would be ceil(250 ÷ 24) = 11 days and the total 33.)
    expect(step(decision, 'repair-time')?.facts).toMatchObject({ totalDays: 30 });
    // The same problem repaired 4 times: not more than 4.
    expect(step(decision, 'same-problem')?.status).toBe('failed');
    expect(passedGrounds(decision)).toEqual([]);
    // Day 250, 9,700 km: inside the 包修期, so the right is a free repair (Art. 19), nothing more.
    expect(decision.outcome).toBe('repair');
    expect(compensationOf(decision)).toBeNull();
  });

  it('gives no right to a car past 60,000 km whose repeats fall after 50,000 km', () => {
    const vehicleCase = caseNamed('high-mileage');
    // Start 2025-01-01 − 700 days = 2023-02-01 (2024 has 366 days, 2023-02-01 → 2024-01-01 is 334);
    // repairs on days 315, 430, 510, 548, 600 and 650 after it, at about 95 km a day.
    expect(vehicleCase.vehicle.invoiceDate).toBe('2023-02-01');
    expect(datesOf(vehicleCase)).toEqual([
      '2023-12-13',
      '2024-04-06',
      '2024-06-25',
      '2024-08-02',
      '2024-09-23',
      '2024-11-12',
    ]);
    const decision = evaluate(vehicleCase);
    // P0300 six times, but the 三包 period ended at 50,000 km (whichever first, Art. 18): only
    // the repairs at 29,900, 40,900 and 48,500 km count, 3 times, not more than 4. The last
    // repair read 61,800 km, past the 包修期's 60,000 km: no free repair either.
    expect(step(decision, 'same-problem')?.facts).toMatchObject({
      problems: [{ problem: 'P0300', repairs: ['RO-SB4-1', 'RO-SB4-2', 'RO-SB4-3'] }],
    });
    expect(step(decision, 'repair-period')?.status).toBe('failed');
    expect(passedGrounds(decision)).toEqual([]);
    expect(decision.outcome).toBe('none');
  });

  it('gives a replacement or return for a braking fault repaired twice and not fixed (Art. 24(1))', () => {
    const vehicleCase = caseNamed('serious-safety');
    // Start 2025-01-01 − 150 days = 2024-08-04; repairs on days 70 and 120.
    expect(vehicleCase.vehicle.invoiceDate).toBe('2024-08-04');
    expect(datesOf(vehicleCase)).toEqual(['2024-10-13', '2024-12-02']);
    const decision = evaluate(vehicleCase);
    // A serious safety fault (Art. 40) repaired twice in the 三包 period, still there after the
    // second repair. Not Art. 23: day 70 and 3,800 km are past 60 days and 3,000 km.
    expect(passedGrounds(decision)).toEqual(['serious-safety']);
    expect(decision.outcome).toBe('replacement_or_return');
    // Art. 27: ¥98,800 × 6,300 km ÷ 1,000 × 0.5 % = 98,800 × 6.3 × 0.005 = ¥3,112.20.
    expect(compensationOf(decision)).toBe('3112.20');
  });

  it('gives the same outcomes for another as-of date: the histories are counted back from it', () => {
    const later = demoSanbaoCases(8, '2026-06-30', 'DLR-001').map((c) => evaluate(c).outcome);
    expect(later).toEqual([
      'replacement_or_return',
      'replacement_or_return',
      'repair',
      'none',
      'replacement_or_return',
    ]);
  });
});
