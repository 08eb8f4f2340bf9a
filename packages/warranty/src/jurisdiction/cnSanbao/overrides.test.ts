import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { SanbaoOverrides } from './parameters';
import { createSanbaoJurisdiction2013 } from './sanbao2013';
import { createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repeats, stepOf, vehicleCase } from './testing';

function issuesOf(make: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    make();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  return [];
}

describe('createSanbaoJurisdiction2021 overrides', () => {
  it('accepts a carmaker promising more and applies it', () => {
    const acme = createSanbaoJurisdiction2021({
      repairPeriod: { months: 48, km: 100_000 },
      sameProblemRepairs: 3,
      maxUseCompensationRate: '0.004',
    });
    expect(acme.parameters).toMatchObject({
      repairPeriod: { months: 48, km: 100_000 },
      sameProblemRepairs: 3,
    });
    expect(acme.repairFloor?.period).toEqual({ months: 48, km: 100_000 });
    // More than 3 repairs of one problem: the 4th establishes the right (the law needs a 5th).
    const decision = evaluate(acme, vehicleCase('2024-03-01', repeats(4, '2024-06-03')));
    expect(stepOf(decision, 'same-problem').message.en).toContain('repaired 4 times > 3');
  });

  it('refuses a figure below the legal minimum, naming the field', () => {
    const below: SanbaoOverrides[] = [
      { repairPeriod: { months: 24 } },
      { sixtyDays: { km: 2_000 } },
      { cumulativeRepairDays: 31 },
      { seriousSafetyRepairs: 3 },
      { maxUseCompensationRate: '0.006' },
      { completeWorkingDays: 25 },
    ];
    const paths = below.map((o) => issuesOf(() => createSanbaoJurisdiction2021(o))[0]);
    expect(paths).toEqual([
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'repairPeriod', 'months'] },
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'sixtyDays', 'km'] },
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'cumulativeRepairDays'] },
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'seriousSafetyRepairs'] },
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'maxUseCompensationRate'] },
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'completeWorkingDays'] },
    ]);
  });

  it('reports every bad field at once, with en/zh messages', () => {
    try {
      createSanbaoJurisdiction2021({ substituteCarDays: 2.5, severeFailures: [] } as never);
      expect.unreachable();
    } catch (error) {
      if (!isAftersalesError(error)) throw error;
      expect(error.issues.map((i) => i.path)).toEqual([
        ['overrides', 'substituteCarDays'],
        ['overrides', 'severeFailures'],
      ]);
      expect(error.issues[1]?.message).toEqual({
        en: "overrides.severeFailures invalid jurisdiction: 'severeFailures' is not a figure a carmaker can change",
        zh: 'overrides.severeFailures 法规包无效：“severeFailures”不是生产者可以调整的数值',
      });
    }
  });

  it('refuses a period field named like an Object.prototype member as an unknown field', () => {
    // Before the fix `legal['toString']` was Object.prototype.toString, not undefined: the field was
    // taken as a limit and the pack's repair period came out { months: 48, km: 60000, toString: 1 }.
    const keyed = JSON.parse('{ "repairPeriod": { "months": 48, "toString": 1, "__proto__": 5 } }');
    expect(issuesOf(() => createSanbaoJurisdiction2021(keyed))).toEqual([
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'repairPeriod', 'toString'] },
      { code: 'warranty.invalid_jurisdiction', path: ['overrides', 'repairPeriod', '__proto__'] },
    ]);
    expect(issuesOf(() => createSanbaoJurisdiction2013({ sixtyDays: { constructor: 90 } } as never))).toEqual(
      [{ code: 'warranty.invalid_jurisdiction', path: ['overrides', 'sixtyDays', 'constructor'] }],
    );
  });

  it('reads a figure of -0 (JSON.parse gives it for "-0") as 0, which the trace facts write back the same', () => {
    // 0 days: the substitute car is due from the first day of a repair (more than 0 days).
    const pack = createSanbaoJurisdiction2021(
      JSON.parse('{ "substituteCarDays": -0, "repairPeriod": { "km": 60000 } }'),
    );
    expect(Object.is(pack.parameters.substituteCarDays, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(pack.parameters))).toStrictEqual(pack.parameters);
  });

  it('takes a century of months or days and the odometer ceiling, and not one more', () => {
    // 1,200 months (100 years), 36,500 days, 5,000,000 km are the most; each + 1 is refused.
    expect(
      createSanbaoJurisdiction2021({
        repairPeriod: { months: 1_200, km: 5_000_000 },
        sixtyDays: { days: 36_500 },
      }).parameters,
    ).toMatchObject({ repairPeriod: { months: 1_200, km: 5_000_000 }, sixtyDays: { days: 36_500 } });
    expect(
      issuesOf(() =>
        createSanbaoJurisdiction2021({
          repairPeriod: { months: 1_201, km: 5_000_001 },
          sixtyDays: { days: 36_501 },
          sevenDays: 36_501,
        }),
      ).map((issue) => issue.path.join('.')),
    ).toEqual([
      'overrides.repairPeriod.months',
      'overrides.repairPeriod.km',
      'overrides.sixtyDays.days',
      'overrides.sevenDays',
    ]);
  });

  it('refuses a 7-day right on the 2013 pack and accepts a moved governs range', () => {
    expect(issuesOf(() => createSanbaoJurisdiction2013({ sevenDays: 7 }))[0]?.path).toEqual([
      'overrides',
      'sevenDays',
    ]);
    const early = createSanbaoJurisdiction2021({ governs: { from: '2021-07-01' } });
    const decision = evaluate(early, vehicleCase('2021-12-31', [], { asOf: at('2022-01-05') }));
    expect(stepOf(decision, 'version').status).toBe('passed');
    expect(
      issuesOf(() => createSanbaoJurisdiction2021({ governs: { from: '2022-01-01', until: '2021-01-01' } })),
    ).toEqual([{ code: 'warranty.invalid_jurisdiction', path: ['overrides', 'governs', 'until'] }]);
  });
});

describe('createSanbaoJurisdiction2021 overrides of the wrong shape', () => {
  function refusal(make: () => unknown): { path: readonly (string | number)[]; en: string; zh: string }[] {
    try {
      make();
    } catch (error) {
      if (!isAftersalesError(error)) throw error;
      return error.issues.map((i) => ({ path: i.path, en: i.message.en, zh: i.message.zh }));
    }
    return [];
  }

  it('refuses overrides that are not an object, naming overrides itself', () => {
    for (const bad of [null, [], 'acme', 3]) {
      expect(refusal(() => createSanbaoJurisdiction2021(bad as never))).toEqual([
        {
          path: ['overrides'],
          en: 'overrides invalid jurisdiction: overrides must be an object',
          zh: 'overrides 法规包无效：overrides 应为对象',
        },
      ]);
    }
  });

  it('refuses a period given as a number, an array or null, naming the period', () => {
    expect(
      refusal(() =>
        createSanbaoJurisdiction2021({ repairPeriod: 36, sanbaoPeriod: [24], sixtyDays: null } as never),
      ),
    ).toEqual([
      {
        path: ['overrides', 'repairPeriod'],
        en: 'overrides.repairPeriod invalid jurisdiction: repairPeriod must be an object',
        zh: 'overrides.repairPeriod 法规包无效：repairPeriod 应为对象',
      },
      {
        path: ['overrides', 'sanbaoPeriod'],
        en: 'overrides.sanbaoPeriod invalid jurisdiction: sanbaoPeriod must be an object',
        zh: 'overrides.sanbaoPeriod 法规包无效：sanbaoPeriod 应为对象',
      },
      {
        path: ['overrides', 'sixtyDays'],
        en: 'overrides.sixtyDays invalid jurisdiction: sixtyDays must be an object',
        zh: 'overrides.sixtyDays 法规包无效：sixtyDays 应为对象',
      },
    ]);
  });

  it('refuses a use-compensation rate that is not a decimal string', () => {
    // A number, a percentage and a negative figure are not "0.004"-style strings.
    for (const bad of [0.004, '0.4%', '-0.001', '.004']) {
      expect(refusal(() => createSanbaoJurisdiction2021({ maxUseCompensationRate: bad } as never))).toEqual([
        {
          path: ['overrides', 'maxUseCompensationRate'],
          en: 'overrides.maxUseCompensationRate invalid jurisdiction: maxUseCompensationRate must be a decimal string such as "0.004"',
          zh: 'overrides.maxUseCompensationRate 法规包无效：maxUseCompensationRate 应为十进制字符串，如 "0.004"',
        },
      ]);
    }
  });

  it('refuses a governs range without calendar dates', () => {
    for (const bad of [
      null,
      '2022-01-01',
      {},
      { from: '2022-02-30' },
      { from: '2022-01-01', until: 20221231 },
    ]) {
      expect(refusal(() => createSanbaoJurisdiction2021({ governs: bad } as never))).toEqual([
        {
          path: ['overrides', 'governs'],
          en: 'overrides.governs invalid jurisdiction: governs needs calendar dates { from, until? }',
          zh: 'overrides.governs 法规包无效：governs 应为日期 { from, until? }',
        },
      ]);
    }
  });

  it('refuses a count-together switch that is not a boolean, and applies one that is', () => {
    expect(
      refusal(() => createSanbaoJurisdiction2021({ countAssemblyWithMainPart: 'yes' } as never)),
    ).toEqual([
      {
        path: ['overrides', 'countAssemblyWithMainPart'],
        en: 'overrides.countAssemblyWithMainPart invalid jurisdiction: countAssemblyWithMainPart must be true or false',
        zh: 'overrides.countAssemblyWithMainPart 法规包无效：countAssemblyWithMainPart 应为 true 或 false',
      },
    ]);
    expect(createSanbaoJurisdiction2021({ countAssemblyWithMainPart: true }).parameters).toMatchObject({
      countAssemblyWithMainPart: true,
    });
  });
});
