import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from '../jurisdiction/cnSanbao/sanbao2013';
import { cnSanbao2021 } from '../jurisdiction/cnSanbao/sanbao2021';
import { governingJurisdictions } from '../jurisdiction/governingJurisdictions';
import { testFloor } from '../jurisdiction/testing';
import { acmePolicy } from '../policy/testing';
import { evaluate, request, stepOf } from './testing';

// What the legal floor does not pay for (三包 2021 Art. 19: quality problems in the 包修期; wear
// parts only within their own period). The policy: wear items 6 months / 10,000 km for the group
// 'brake-pads', basic 12 months / 20,000 km over brakes and engine (wear groups excluded), so a
// repair at month 20 is past the policy and inside the 36-month floor. Invoice 2023-03-01.
const policy = acmePolicy({
  coverages: [
    {
      id: 'wear',
      class: 'wear',
      period: { months: 6, km: 10_000 },
      covers: { partGroups: ['brake-pads'] },
      causes: ['quality', 'wear'],
    },
    {
      id: 'basic',
      class: 'basic',
      period: { months: 12, km: 20_000 },
      covers: { systems: ['brakes', 'engine', 'maintenance'] },
      excludes: { partGroups: ['brake-pads'] },
    },
  ],
});
const vehicle = { vehicle: { invoiceDate: '2023-03-01', modelYear: 2023 } };
const run = (repair: Parameters<typeof request>[0], floors = [testFloor()]) =>
  evaluate(request(repair, vehicle), { policy, jurisdictions: floors });

describe('what the legal floor leaves to the policy', () => {
  it('a brake caliper (quality) at month 20, 30,000 km: covered by the floor (36 months / 60,000 km)', () => {
    const decision = run({ date: '2024-11-01', odometerKm: 30_000, system: 'brakes' });
    expect(decision.outcome).toBe('covered');
    expect(decision.details.basis).toBe('jurisdiction');
  });

  it('brake pads at month 20: a wear part keeps only its own 6 months, so not covered', () => {
    const decision = run({
      date: '2024-11-01',
      odometerKm: 30_000,
      system: 'brakes',
      partGroup: 'brake-pads',
    });
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'test-floor.repair-period')?.status).toBe('not_applicable');
    // The wear coverage ended 2023-09-01: 2023-09-01 → 2024-11-01 is 427 days; 30,000 − 10,000 km.
    expect(decision.details.expired).toEqual({ coverage: 'wear', daysAgo: 427, kmAgo: 20_000 });
  });

  it('scheduled maintenance is no repair of a defect: the floor does not pay it', () => {
    const decision = run({ date: '2024-11-01', odometerKm: 30_000, system: 'maintenance' });
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'test-floor.repair-period')?.status).toBe('not_applicable');
  });

  it('an external cause (not listed among the pack exemptions) is still no quality problem', () => {
    // testFloor lists modification, misuse, accident and wear only; 'external' is not a quality problem.
    const decision = run({ date: '2024-11-01', odometerKm: 30_000, system: 'engine', cause: 'external' });
    expect(decision.outcome).toBe('not_covered');
    expect(stepOf(decision, 'test-floor.repair-exemptions')?.status).toBe('failed');
  });
});

describe('which 三包 version governs a car delivered before it was invoiced across 2022-01-01', () => {
  it('delivered 2021-12-30, invoiced 2022-01-01: the rules in force on the purchase (2021) govern, from delivery', () => {
    // 2021 counts from delivery (2021-12-30, before its 2022-01-01 start); 2013 counts from the
    // invoice (2022-01-01, after its 2021-12-31 end): neither by its own start, so the purchase decides.
    const [china] = governingJurisdictions([cnSanbao2013, cnSanbao2021], {
      invoiceDate: '2022-01-01',
      deliveryDate: '2021-12-30',
    });
    expect(china?.jurisdiction?.id).toBe('cn-sanbao-2021');
    expect(china && 'startDate' in china ? china.startDate : undefined).toBe('2021-12-30');
  });

  it('invoiced 2021-12-31 and delivered 2021-12-31: the 2013 rules', () => {
    const [china] = governingJurisdictions([cnSanbao2021, cnSanbao2013], {
      invoiceDate: '2021-12-31',
      deliveryDate: '2021-12-31',
    });
    expect(china?.jurisdiction?.id).toBe('cn-sanbao-2013');
  });
});

describe('legal floors of two markets', () => {
  it('both cover the repair: the floor of the market given first is the one named', () => {
    // Month 20 at 30,000 km: past the policy, inside 36 months / 60,000 km of both floors.
    const floors = [testFloor({ id: 'floor-cn' }), testFloor({ id: 'floor-hk', market: 'HK' })];
    const decision = run({ date: '2024-11-01', odometerKm: 30_000, system: 'brakes' }, floors);
    expect(decision.outcome).toBe('covered');
    expect(decision.details).toMatchObject({ coverage: 'floor-cn', basis: 'jurisdiction' });
    const swapped = run({ date: '2024-11-01', odometerKm: 30_000, system: 'brakes' }, [...floors].reverse());
    expect(swapped.details).toMatchObject({ coverage: 'floor-hk', basis: 'jurisdiction' });
  });
});
