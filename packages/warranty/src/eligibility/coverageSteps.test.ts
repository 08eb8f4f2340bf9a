import { describe, expect, it } from 'vitest';
import { acmePolicy } from '../policy/testing';
import { leftText, overText, periodFacts } from './coverageSteps';
import { dayNumberOf } from './dayMath';
import { checkPeriod } from './periodCheck';
import { evaluate, request, stepOf } from './testing';

// A period counted from 2024-03-01 (start day not counted, the end date and exactly the km limit
// inside), to a repair on `date` after `km` driven.
const START = '2024-03-01';
const at = (period: Parameters<typeof checkPeriod>[0], date: string, km: number) =>
  checkPeriod(period, START, dayNumberOf(START), dayNumberOf(date), km);

describe('periodFacts', () => {
  it('inside 12 months or 20,000 km: the end date, the km limit and what is left', () => {
    // 2024-06-01 → 2025-03-01: 29 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 1 = 273 days.
    expect(periodFacts(at({ months: 12, km: 20_000 }, '2024-06-01', 1_000))).toEqual({
      endDate: '2025-03-01',
      kmLimit: 20_000,
      daysLeft: 273,
      daysOver: null,
      kmLeft: 19_000,
      kmOver: null,
    });
  });

  it('on the last day at exactly the limit: 0 days and 0 km left, nothing over', () => {
    expect(periodFacts(at({ months: 12, km: 20_000 }, '2025-03-01', 20_000))).toEqual({
      endDate: '2025-03-01',
      kmLimit: 20_000,
      daysLeft: 0,
      daysOver: null,
      kmLeft: 0,
      kmOver: null,
    });
  });

  it('12 days and 3,200 km past: what is over, nothing left', () => {
    expect(periodFacts(at({ months: 12, km: 20_000 }, '2025-03-13', 23_200))).toEqual({
      endDate: '2025-03-01',
      kmLimit: 20_000,
      daysLeft: null,
      daysOver: 12,
      kmLeft: null,
      kmOver: 3_200,
    });
  });

  it('a distance-only period has no end date; a lifetime period no limit at all', () => {
    expect(periodFacts(at({ km: 20_000 }, '2030-01-01', 1_000))).toEqual({
      endDate: null,
      kmLimit: 20_000,
      daysLeft: null,
      daysOver: null,
      kmLeft: 19_000,
      kmOver: null,
    });
    expect(periodFacts(at('lifetime', '2045-01-01', 400_000))).toEqual({
      endDate: null,
      kmLimit: null,
      daysLeft: null,
      daysOver: null,
      kmLeft: null,
      kmOver: null,
    });
  });
});

describe('leftText and overText', () => {
  it('says what is left of each limit there is', () => {
    expect(leftText(at({ months: 12, km: 20_000 }, '2024-06-01', 1_000))).toEqual({
      en: '273 days and 19,000 km left',
      zh: '剩余273天、19,000 km',
    });
    expect(leftText(at({ months: 12 }, '2025-02-28', 1_000))).toEqual({ en: '1 day left', zh: '剩余1天' });
    expect(leftText(at({ km: 20_000 }, '2030-01-01', 1_000))).toEqual({
      en: '19,000 km left',
      zh: '剩余19,000 km',
    });
    expect(leftText(at('lifetime', '2045-01-01', 400_000))).toEqual({ en: 'no limit', zh: '不限' });
  });

  it('names only the limits that are past', () => {
    expect(overText(at({ months: 12, km: 20_000 }, '2025-03-13', 23_200))).toEqual({
      en: '12 days / 3,200 km ago',
      zh: '12天 / 3,200 km',
    });
    expect(overText(at({ months: 12, km: 20_000 }, '2025-03-02', 1_000))).toEqual({
      en: '1 day ago',
      zh: '1天',
    });
    expect(overText(at({ months: 12, km: 20_000 }, '2024-06-01', 21_500))).toEqual({
      en: '1,500 km ago',
      zh: '1,500 km',
    });
  });
});

describe('coverageStep, as the trace shows it', () => {
  // Acme, invoiced 2024-03-01; each test makes its own policy.
  const acme = (fields: Record<string, unknown> = {}) => ({ vehicle: { brand: 'Acme', ...fields } });
  const basic = (conditions = {}) =>
    acmePolicy({
      coverages: [
        { id: 'basic', class: 'basic', period: { months: 12, km: 20_000 }, covers: { systems: ['engine'] } },
      ],
      conditions,
    });
  const battery = () =>
    acmePolicy({
      coverages: [
        {
          id: 'battery',
          class: 'traction_battery',
          period: { months: 96, km: 150_000 },
          firstOwner: 'lifetime',
          covers: { systems: ['traction_battery'] },
          vehicles: 'nev',
        },
      ],
    });

  it('within: the facts of the period and what is left', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, acme()), {
      policy: basic(),
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'passed',
      facts: {
        coverage: 'basic',
        class: 'basic',
        basis: 'period',
        startDate: '2024-03-01',
        cause: 'quality',
        endDate: '2025-03-01',
        kmLimit: 20_000,
        daysLeft: 273,
        daysOver: null,
        kmLeft: 19_000,
        kmOver: null,
        voidedBy: null,
      },
      message: {
        en: 'basic: 12 months or 20,000 km from 2024-03-01, 273 days and 19,000 km left',
        zh: 'basic：自 2024-03-01 起 12个月或20,000 km，剩余273天、19,000 km',
      },
    });
  });

  it('on the last day at exactly the km limit: 0 days and 0 km left, nothing over', () => {
    const decision = evaluate(request({ date: '2025-03-01', odometerKm: 20_000 }, acme()), {
      policy: basic(),
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'passed',
      facts: { daysLeft: 0, daysOver: null, kmLeft: 0, kmOver: null },
    });
  });

  it('expired: what is over, in both languages', () => {
    const decision = evaluate(request({ date: '2025-03-13', odometerKm: 23_200 }, acme()), {
      policy: basic(),
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'failed',
      facts: { daysLeft: null, daysOver: 12, kmLeft: null, kmOver: 3_200 },
      message: {
        en: 'basic (12 months or 20,000 km from 2024-03-01) expired 12 days / 3,200 km ago',
        zh: 'basic（自 2024-03-01 起 12个月或20,000 km）已过期，超出12天 / 3,200 km',
      },
    });
  });

  it('lifetime for the first owner: no end, no limit', () => {
    const decision = evaluate(
      request(
        { date: '2045-01-01', odometerKm: 400_000, system: 'traction_battery' },
        acme({ isNev: true, nevKind: 'BEV' }),
      ),
      { policy: battery() },
    );
    expect(stepOf(decision, 'warranty.coverage.period', 'battery')).toMatchObject({
      status: 'passed',
      facts: {
        basis: 'firstOwner',
        endDate: null,
        kmLimit: null,
        daysLeft: null,
        kmLeft: null,
        daysOver: null,
      },
      message: {
        en: 'battery: lifetime from 2024-03-01, no limit',
        zh: 'battery：自 2024-03-01 起 终身，不限',
      },
    });
  });

  it('void by a condition, another cause, another kind of vehicle: says which', () => {
    const voided = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, acme({ use: 'commercial' })), {
      policy: basic({ noCommercialUse: {} }),
    });
    expect(stepOf(voided, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'failed',
      facts: { voidedBy: 'noCommercialUse', daysLeft: 273 },
      message: { en: 'basic is void: the vehicle is in commercial use', zh: 'basic 失效：车辆为营运使用' },
    });
    const worn = evaluate(request({ date: '2024-06-01', odometerKm: 1_000, cause: 'wear' }, acme()), {
      policy: basic(),
    });
    expect(stepOf(worn, 'warranty.coverage.period', 'basic')).toEqual(
      expect.objectContaining({
        status: 'failed',
        facts: { coverage: 'basic', class: 'basic', basis: 'period', startDate: '2024-03-01', cause: 'wear' },
        message: {
          en: 'basic does not cover a failure caused by wear',
          zh: 'basic 不保修原因为 wear 的故障',
        },
      }),
    );
    const combustion = evaluate(
      request({ date: '2024-06-01', odometerKm: 1_000, system: 'traction_battery' }, acme()),
      { policy: battery() },
    );
    expect(stepOf(combustion, 'warranty.coverage.period', 'battery')).toMatchObject({
      status: 'not_applicable',
      message: { en: 'battery: for NEVs only', zh: 'battery：仅适用于新能源汽车' },
    });
  });
});

describe('coverageStep for later owners and other vehicles', () => {
  const later = { vehicle: { brand: 'Acme', previousOwners: [{ customerId: 'CUS-000001' }] } };
  const forLater = (laterOwners: 'none' | { months: number }) =>
    acmePolicy({
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12, km: 20_000 },
          laterOwners,
          covers: { systems: ['engine'] },
        },
      ],
    });

  it('a coverage that does not pass to a later owner says so in both languages', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, later), {
      policy: forLater('none'),
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'failed',
      facts: { basis: 'laterOwners' },
      message: { en: 'basic does not pass to a later owner', zh: 'basic 不随车辆转让给后续车主' },
    });
  });

  it('a later owner’s shorter period is the one the message names', () => {
    // 6 months from 2024-03-01 end 2024-09-01: from 2024-06-01, 29 + 31 + 31 + 1 = 92 days.
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, later), {
      policy: forLater({ months: 6 }),
    });
    expect(stepOf(decision, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'passed',
      facts: { basis: 'laterOwners', endDate: '2024-09-01', daysLeft: 92, kmLimit: null },
      message: {
        en: 'basic: 6 months from 2024-03-01, 92 days left',
        zh: 'basic：自 2024-03-01 起 6个月，剩余92天',
      },
      cite: 'oem:acme-test#coverages.basic.laterOwners',
    });
  });

  it('a coverage that passes to a later owner unchanged (the default) names its own period', () => {
    // laterOwners defaults to 'same': 12 months or 20,000 km from 2024-03-01, ending 2025-03-01.
    // From 2024-06-01: 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 = 273 days; 20,000 − 1,000 km.
    const policy = acmePolicy({
      coverages: [
        { id: 'basic', class: 'basic', period: { months: 12, km: 20_000 }, covers: { systems: ['engine'] } },
      ],
    });
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000 }, later), { policy });
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, 'warranty.coverage.period', 'basic')).toMatchObject({
      status: 'passed',
      facts: { basis: 'laterOwners', endDate: '2025-03-01', daysLeft: 273, kmLeft: 19_000 },
      message: {
        en: 'basic: 12 months or 20,000 km from 2024-03-01, 273 days and 19,000 km left',
        zh: 'basic：自 2024-03-01 起 12个月或20,000 km，剩余273天、19,000 km',
      },
      cite: 'oem:acme-test#coverages.basic.laterOwners',
    });
  });

  it('a combustion-only coverage on an NEV: for combustion vehicles only, in both languages', () => {
    const policy = acmePolicy({
      coverages: [
        {
          id: 'emissions',
          class: 'emissions',
          period: { months: 96 },
          covers: { systems: ['emission'] },
          vehicles: 'ice',
        },
      ],
    });
    const decision = evaluate(
      request(
        { date: '2024-06-01', odometerKm: 1_000, system: 'emission' },
        { vehicle: { brand: 'Acme', isNev: true, nevKind: 'PHEV' } },
      ),
      { policy },
    );
    expect(stepOf(decision, 'warranty.coverage.period', 'emissions').message).toEqual({
      en: 'emissions: for combustion vehicles only',
      zh: 'emissions：仅适用于燃油车',
    });
  });
});
