import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { testFloor } from '../jurisdiction/testing';
import { acmePolicy } from '../policy/testing';
import { evaluate, type RequestOverrides, request, stepOf, stepsOf } from './testing';

// The legal floor's steps as a user reads them. The floor 'tf' (name "Test floor (tf)" /
// "测试法规（tf）"): 36 months or 60,000 km from the invoice date (the delivery date where it
// differs), household cars only. The policy: wear 6 months over brake pads (quality and wear),
// basic 24 months or 50,000 km over engine, brakes and maintenance. Invoiced 2022-03-01, so the
// floor ends 2025-03-01. Each test makes its own policy and pack.
const policy = () =>
  acmePolicy({
    coverages: [
      {
        id: 'wear',
        class: 'wear',
        period: { months: 6 },
        covers: { partGroups: ['brake-pads'] },
        causes: ['quality', 'wear'],
      },
      {
        id: 'basic',
        class: 'basic',
        period: { months: 24, km: 50_000 },
        covers: { systems: ['engine', 'brakes', 'maintenance'] },
      },
    ],
  });
const run = (
  repair: Parameters<typeof request>[0],
  vehicle: RequestOverrides['vehicle'] = {},
  floors: readonly Jurisdiction[] = [testFloor({ id: 'tf' })],
) =>
  evaluate(request(repair, { vehicle: { invoiceDate: '2022-03-01', modelYear: 2022, ...vehicle } }), {
    policy: policy(),
    jurisdictions: floors,
  });

describe('floorStep: the legal period', () => {
  it('inside: free repair, with what is left of both limits', () => {
    // 2024-09-01 → 2025-03-01: 30 + 31 + 30 + 31 + 31 + 28 = 181 days; 60,000 − 55,000 = 5,000 km.
    expect(stepOf(run({ date: '2024-09-01', odometerKm: 55_000 }), 'tf.repair-period')).toMatchObject({
      status: 'passed',
      facts: {
        jurisdiction: 'tf',
        startDate: '2022-03-01',
        endDate: '2025-03-01',
        kmLimit: 60_000,
        daysLeft: 181,
        daysOver: null,
        kmLeft: 5_000,
        kmOver: null,
      },
      message: {
        en: 'Test floor (tf): free repair within 36 months or 60,000 km from 2022-03-01, 181 days and 5,000 km left',
        zh: '测试法规（tf）：自 2022-03-01 起 36个月或60,000 km内免费修理，剩余181天、5,000 km',
      },
    });
  });

  it('on the last day at exactly 60,000 km: 0 days and 0 km left; a governed market gets no governs step', () => {
    const decision = run({ date: '2025-03-01', odometerKm: 60_000 });
    expect(stepOf(decision, 'tf.repair-period')).toMatchObject({
      status: 'passed',
      facts: { daysLeft: 0, daysOver: null, kmLeft: 0, kmOver: null },
    });
    expect(stepsOf(decision, 'warranty.jurisdiction.governs')).toEqual([]);
  });

  it('a floor limited by distance only: no end date, nothing left or over in days', () => {
    const decision = run({ date: '2030-01-01', odometerKm: 55_000 }, {}, [
      testFloor({ id: 'tf' }, { period: { km: 60_000 } }),
    ]);
    expect(stepOf(decision, 'tf.repair-period')).toMatchObject({
      status: 'passed',
      facts: { endDate: null, kmLimit: 60_000, daysLeft: null, daysOver: null, kmLeft: 5_000, kmOver: null },
      message: {
        en: 'Test floor (tf): free repair within 60,000 km from 2022-03-01, 5,000 km left',
        zh: '测试法规（tf）：自 2022-03-01 起 60,000 km内免费修理，剩余5,000 km',
      },
    });
  });

  it('12 days and 3,200 km past: ended, naming both', () => {
    expect(stepOf(run({ date: '2025-03-13', odometerKm: 63_200 }), 'tf.repair-period')).toMatchObject({
      status: 'failed',
      facts: { endDate: '2025-03-01', daysLeft: null, daysOver: 12, kmLeft: null, kmOver: 3_200 },
      message: {
        en: 'Test floor (tf): the legal period (36 months or 60,000 km from 2022-03-01) ended 12 days / 3,200 km ago',
        zh: '测试法规（tf）：法定包修期（自 2022-03-01 起 36个月或60,000 km）已过，超出12天 / 3,200 km',
      },
    });
  });

  it('before the floor starts (delivered 2022-03-10, repaired 2022-03-05): not yet under it', () => {
    const decision = run({ date: '2022-03-05', odometerKm: 100 }, { deliveryDate: '2022-03-10' });
    expect(stepOf(decision, 'tf.repair-period')).toMatchObject({
      status: 'not_applicable',
      facts: { jurisdiction: 'tf', startDate: '2022-03-10' },
      message: {
        en: 'Test floor (tf): the repair is before the legal period starts (2022-03-10)',
        zh: '测试法规（tf）：维修早于法定期限起算日（2022-03-10）',
      },
    });
  });
});

describe('floorStep: what the floor does not cover', () => {
  const inside = { date: '2024-09-01', odometerKm: 55_000 };

  it('commercial use: outside the household-vehicle rules', () => {
    expect(stepOf(run(inside, { use: 'commercial' }), 'tf.repair-scope')).toMatchObject({
      status: 'failed',
      facts: { jurisdiction: 'tf', startDate: '2022-03-01' },
      message: {
        en: 'Test floor (tf): the vehicle is in commercial use, outside the household-vehicle rules',
        zh: '测试法规（tf）：车辆为营运使用，不属于家用汽车',
      },
    });
  });

  it('a failure from a modification, or from misuse: exempt, the cause in words', () => {
    expect(stepOf(run({ ...inside, cause: 'modification' }), 'tf.repair-exemptions')).toMatchObject({
      status: 'failed',
      facts: { jurisdiction: 'tf', startDate: '2022-03-01', cause: 'modification' },
      message: {
        en: 'Test floor (tf): a failure caused by a forbidden modification is not a quality problem the law has repaired free',
        zh: '测试法规（tf）：擅自改装、调整、拆卸造成的故障不属于法定包修范围',
      },
    });
    expect(stepOf(run({ ...inside, cause: 'misuse' }), 'tf.repair-exemptions').message).toEqual({
      en: 'Test floor (tf): a failure caused by use or maintenance against the manual is not a quality problem the law has repaired free',
      zh: '测试法规（tf）：未按说明书使用、维护造成的故障不属于法定包修范围',
    });
  });

  it('scheduled maintenance: not the repair of a quality problem', () => {
    expect(stepOf(run({ ...inside, system: 'maintenance' }), 'tf.repair-period')).toMatchObject({
      status: 'not_applicable',
      facts: { jurisdiction: 'tf', startDate: '2022-03-01' },
      message: {
        en: 'Test floor (tf): scheduled maintenance is not the repair of a quality problem',
        zh: '测试法规（tf）：定期保养不属于质量问题的修理',
      },
    });
  });

  it('a wear part: only its own period, the policy’s wear coverage', () => {
    const pads = run({ ...inside, system: 'brakes', partGroup: 'brake-pads' });
    expect(stepOf(pads, 'tf.repair-period')).toMatchObject({
      status: 'not_applicable',
      facts: { jurisdiction: 'tf', startDate: '2022-03-01' },
      message: {
        en: "Test floor (tf): a wear part keeps only its own warranty period (the policy's wear coverage)",
        zh: '测试法规（tf）：易损耗零部件仅在其自身保修期（政策中的易损件保修）内包修',
      },
    });
  });
});

describe('ungovernedText: a market no pack governs', () => {
  it('the start the pack counts from (the delivery) is not recorded: says so in both languages', () => {
    const decision = run({ date: '2024-09-01', odometerKm: 55_000 }, {}, [
      testFloor({ id: 'by-delivery', start: 'delivery' }),
    ]);
    expect(stepOf(decision, 'warranty.jurisdiction.governs').message).toEqual({
      en: 'CN: the start date the legal rules count from is not recorded',
      zh: 'CN：法定期限的起算日期无记录',
    });
  });

  it('a car bought before the pack governs: no pack governs this start date', () => {
    const decision = run({ date: '2022-06-01', odometerKm: 30_000 }, { invoiceDate: '2021-06-01' });
    expect(stepOf(decision, 'warranty.jurisdiction.governs').message).toEqual({
      en: 'CN: no rule pack given governs a vehicle with this start date',
      zh: 'CN：所给法规包均不适用于该起算日期的车辆',
    });
  });
});

describe('a market no pack governs, next to one that is governed', () => {
  it('lists and cites only the packs of that market', () => {
    // Invoiced 2021-06-01: the CN floor (from 2022-01-01) does not govern it; the HK pack, given
    // first and governing from 2020-01-01, does.
    const hk = testFloor({ id: 'hk-floor', market: 'HK', governs: { from: '2020-01-01' } });
    const decision = run(
      { date: '2021-08-01', odometerKm: 1_000 },
      { invoiceDate: '2021-06-01', modelYear: 2021 },
      [hk, testFloor({ id: 'cn-floor' })],
    );
    expect(stepOf(decision, 'warranty.jurisdiction.governs')).toMatchObject({
      status: 'not_applicable',
      facts: { market: 'CN', jurisdictions: ['cn-floor'] },
      cite: 'regulation:cn-floor#18',
    });
  });
});

describe('checkRepairFloor edges', () => {
  it('a repair on the start day itself is inside the floor: 1,096 days left (2024 is a leap year)', () => {
    expect(stepOf(run({ date: '2022-03-01', odometerKm: 10 }), 'tf.repair-period')).toMatchObject({
      status: 'passed',
      facts: { daysLeft: 1_096, kmLeft: 59_990 },
    });
  });

  it('counts the km from the start reading: 55,030 at a start of 30 is 55,000 driven, 5,000 left', () => {
    const decision = evaluate(
      request(
        { date: '2024-09-01', odometerKm: 55_030 },
        { vehicle: { invoiceDate: '2022-03-01', modelYear: 2022 }, startKm: 30 },
      ),
      { policy: policy(), jurisdictions: [testFloor({ id: 'tf' })] },
    );
    expect(stepOf(decision, 'tf.repair-period').facts).toMatchObject({ kmLeft: 5_000, kmOver: null });
  });

  it('a governing pack of rights only (no floor): no floor step, the policy decides', () => {
    const { repairFloor: _, ...rightsOnly } = testFloor({ id: 'rights-only' });
    const decision = run({ date: '2023-03-01', odometerKm: 20_000 }, {}, [rightsOnly]);
    expect(decision.details).toMatchObject({ basis: 'policy', coverage: 'basic' });
    expect(decision.trace.filter((step) => step.rule.startsWith('rights-only.'))).toEqual([]);
    expect(stepsOf(decision, 'warranty.jurisdiction.governs')).toEqual([]);
  });

  it('a hand-made pack whose citation was edited cites the new one', () => {
    const floor = testFloor({ id: 'tf' });
    const inside = { date: '2024-09-01', odometerKm: 55_000 };
    expect(stepOf(run(inside, {}, [floor]), 'tf.repair-period').cite).toBe('regulation:tf#18');
    (floor.repairFloor as { cites: { period: string } }).cites.period = 'regulation:tf#19';
    expect(stepOf(run(inside, {}, [floor]), 'tf.repair-period').cite).toBe('regulation:tf#19');
  });
});
