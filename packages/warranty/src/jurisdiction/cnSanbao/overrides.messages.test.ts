import { describe, expect, it } from 'vitest';
import { createSanbaoJurisdiction2013 } from './sanbao2013';
import { createSanbaoJurisdiction2021 } from './sanbao2021';
import { reasons } from './testing';

// What a carmaker reads when an override is refused: the field, and why, in English and Chinese.
// The 2021 legal figures: 包修期 36 months / 60,000 km, 7 days, 60 days / 3,000 km, serious safety
// repairs 2, over 30 days, over 4 repairs, substitute car after 5 days, n at most 0.005.

describe('overrides below the law, or above it for a count', () => {
  it('a period or window shorter than the law: below the legal minimum, a carmaker may only promise more', () => {
    expect(
      reasons(() => createSanbaoJurisdiction2021({ repairPeriod: { months: 24 }, sevenDays: 6 })),
    ).toEqual([
      {
        path: 'overrides.repairPeriod.months',
        en: 'repairPeriod.months 24 is below the legal minimum 36; a carmaker may only promise more',
        zh: 'repairPeriod.months 为 24，低于法定最低标准 36；生产者只能作出更有利于消费者的承诺',
      },
      {
        path: 'overrides.sevenDays',
        en: 'sevenDays 6 is below the legal minimum 7; a carmaker may only promise more',
        zh: 'sevenDays 为 6，低于法定最低标准 7；生产者只能作出更有利于消费者的承诺',
      },
    ]);
  });

  it('a count or a number of days above the law: it would give the customer less', () => {
    expect(reasons(() => createSanbaoJurisdiction2021({ cumulativeRepairDays: 31 }))).toEqual([
      {
        path: 'overrides.cumulativeRepairDays',
        en: 'cumulativeRepairDays 31 is above the legal 30: it would give the customer less than the law',
        zh: 'cumulativeRepairDays 为 31，高于法定的 30，对消费者不利于法定标准',
      },
    ]);
  });

  it('a use-compensation rate above 0.005: above the legal maximum', () => {
    expect(reasons(() => createSanbaoJurisdiction2021({ maxUseCompensationRate: '0.006' }))).toEqual([
      {
        path: 'overrides.maxUseCompensationRate',
        en: 'maxUseCompensationRate 0.006 is above the legal maximum 0.005',
        zh: 'maxUseCompensationRate 0.006 高于法定上限 0.005',
      },
    ]);
  });

  it('exactly the legal figures are accepted, and kept', () => {
    const pack = createSanbaoJurisdiction2021({
      repairPeriod: { months: 36, km: 60_000 },
      sevenDays: 7,
      seriousSafetyRepairs: 2,
      cumulativeRepairDays: 30,
      sameProblemRepairs: 4,
      maxUseCompensationRate: '0.005',
    });
    expect(pack.parameters).toMatchObject({
      repairPeriod: { months: 36, km: 60_000 },
      sevenDays: 7,
      seriousSafetyRepairs: 2,
      cumulativeRepairDays: 30,
      sameProblemRepairs: 4,
      maxUseCompensationRate: '0.005',
    });
  });
});

describe('overrides of the wrong kind', () => {
  it('a period figure that is no whole number from 0 to its maximum: says the range', () => {
    expect(
      reasons(() =>
        createSanbaoJurisdiction2021({
          repairPeriod: { months: 36.5, km: -1 },
          sixtyDays: { days: 'sixty' as never },
          sevenDays: 36_501,
        }),
      ),
    ).toEqual([
      {
        path: 'overrides.repairPeriod.months',
        en: 'repairPeriod.months must be an integer from 0 to 1200',
        zh: 'repairPeriod.months 应为 0 至 1200 之间的整数',
      },
      {
        path: 'overrides.repairPeriod.km',
        en: 'repairPeriod.km must be an integer from 0 to 5000000',
        zh: 'repairPeriod.km 应为 0 至 5000000 之间的整数',
      },
      {
        path: 'overrides.sixtyDays.days',
        en: 'sixtyDays.days must be an integer from 0 to 36500',
        zh: 'sixtyDays.days 应为 0 至 36500 之间的整数',
      },
      {
        path: 'overrides.sevenDays',
        en: 'sevenDays must be an integer from 0 to 36500',
        zh: 'sevenDays 应为 0 至 36500 之间的整数',
      },
    ]);
  });

  it('a count below its minimum (1 repair, 0 days) or no whole number: says the minimum', () => {
    expect(
      reasons(() =>
        createSanbaoJurisdiction2021({
          seriousSafetyRepairs: 0,
          cumulativeRepairDays: -1,
          substituteCarDays: 2.5,
        }),
      ),
    ).toEqual([
      {
        path: 'overrides.seriousSafetyRepairs',
        en: 'seriousSafetyRepairs must be an integer ≥ 1',
        zh: 'seriousSafetyRepairs 应为不小于 1 的整数',
      },
      {
        path: 'overrides.cumulativeRepairDays',
        en: 'cumulativeRepairDays must be an integer ≥ 0',
        zh: 'cumulativeRepairDays 应为不小于 0 的整数',
      },
      {
        path: 'overrides.substituteCarDays',
        en: 'substituteCarDays must be an integer ≥ 0',
        zh: 'substituteCarDays 应为不小于 0 的整数',
      },
    ]);
    // The minimum itself is taken: 0 days, 1 repair.
    expect(
      createSanbaoJurisdiction2021({ substituteCarDays: 0, seriousSafetyRepairs: 1 }).parameters,
    ).toMatchObject({ substituteCarDays: 0, seriousSafetyRepairs: 1 });
  });

  it('an unknown field of a period: names the fields it has', () => {
    expect(reasons(() => createSanbaoJurisdiction2021({ repairPeriod: { weeks: 200 } } as never))).toEqual([
      {
        path: 'overrides.repairPeriod.weeks',
        en: 'unknown field (known: months, km)',
        zh: '未知字段（可用：months, km）',
      },
    ]);
  });

  it('a rate with up to 8 decimals is a decimal string; 9 decimals, or text around it, is not', () => {
    expect(createSanbaoJurisdiction2021({ maxUseCompensationRate: '0.00400000' }).parameters).toMatchObject({
      maxUseCompensationRate: '0.00400000',
    });
    for (const bad of ['0.004000000', 'n0.004', '0.004n', '0.']) {
      expect(
        reasons(() => createSanbaoJurisdiction2021({ maxUseCompensationRate: bad })),
        bad,
      ).toEqual([
        {
          path: 'overrides.maxUseCompensationRate',
          en: 'maxUseCompensationRate must be a decimal string such as "0.004"',
          zh: 'maxUseCompensationRate 应为十进制字符串，如 "0.004"',
        },
      ]);
    }
  });

  it('a governs range ending before it starts: says both dates', () => {
    expect(
      reasons(() => createSanbaoJurisdiction2021({ governs: { from: '2022-01-01', until: '2021-01-01' } })),
    ).toEqual([
      {
        path: 'overrides.governs.until',
        en: 'until 2021-01-01 is before from 2022-01-01',
        zh: 'until 2021-01-01 早于 from 2022-01-01',
      },
    ]);
  });

  it('a 7-day right on the 2013 pack: the 2013 rules have none', () => {
    expect(reasons(() => createSanbaoJurisdiction2013({ sevenDays: 7 }))).toEqual([
      {
        path: 'overrides.sevenDays',
        en: 'the 2013 rules have no 7-day right: promise it in the carmaker policy',
        zh: '2013 年规定没有 7 日退换车条款：请在生产者保修政策中承诺',
      },
    ]);
  });

  it('a moved governs range is the pack’s, with or without an end', () => {
    expect(createSanbaoJurisdiction2021({ governs: { from: '2021-07-01' } }).governs).toEqual({
      from: '2021-07-01',
    });
    expect(
      createSanbaoJurisdiction2021({ governs: { from: '2021-07-01', until: '2030-12-31' } }).governs,
    ).toEqual({ from: '2021-07-01', until: '2030-12-31' });
  });
});
