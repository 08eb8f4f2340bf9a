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
