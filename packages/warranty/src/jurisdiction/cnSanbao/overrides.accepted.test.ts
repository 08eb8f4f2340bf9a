import { describe, expect, it } from 'vitest';
import { createSanbaoJurisdiction2021, sanbao2021Parameters } from './sanbao2021';
import { reasons } from './testing';

// Overrides a carmaker may make, and the edges of what is refused (2021 legal figures: 三包 period
// 24 months / 50,000 km, 7 days, at most 2 replacements, answer in 10 and complete in 20 working
// days, n at most 0.005).

describe('overrides a carmaker may make', () => {
  it('fewer replacements and shorter deadlines are applied', () => {
    const pack = createSanbaoJurisdiction2021({
      assemblyReplacements: 1,
      mainPartReplacements: 1,
      answerWorkingDays: 5,
      completeWorkingDays: 10,
    });
    expect(pack.parameters).toMatchObject({
      assemblyReplacements: 1,
      mainPartReplacements: 1,
      answerWorkingDays: 5,
      completeWorkingDays: 10,
    });
  });

  it('one field of a period changes that field and keeps the other at the law', () => {
    const pack = createSanbaoJurisdiction2021({ sanbaoPeriod: { months: 30 } });
    expect(pack.parameters.sanbaoPeriod).toEqual({ months: 30, km: 50_000 });
  });

  it('a field given as undefined (from JavaScript) is no override', () => {
    const pack = createSanbaoJurisdiction2021({
      repairPeriod: undefined,
      substituteCarDays: undefined,
    } as never);
    expect(pack.parameters).toEqual(sanbao2021Parameters);
  });

  it('a governs range of one day (until = from) is accepted; without until it has no until', () => {
    expect(
      createSanbaoJurisdiction2021({ governs: { from: '2022-01-01', until: '2022-01-01' } }).governs,
    ).toEqual({
      from: '2022-01-01',
      until: '2022-01-01',
    });
    expect(createSanbaoJurisdiction2021({ governs: { from: '2021-07-01' } }).governs).toStrictEqual({
      from: '2021-07-01',
    });
  });

  it('a use-compensation rate of "0" (no decimals) is a decimal string', () => {
    expect(
      createSanbaoJurisdiction2021({ maxUseCompensationRate: '0' }).parameters.maxUseCompensationRate,
    ).toBe('0');
  });
});

describe('overrides refused at the edges', () => {
  it('a 7-day right of 0 days is a whole number in range, but below the legal 7', () => {
    expect(reasons(() => createSanbaoJurisdiction2021({ sevenDays: 0 }))).toEqual([
      {
        path: 'overrides.sevenDays',
        en: 'sevenDays 0 is below the legal minimum 7; a carmaker may only promise more',
        zh: 'sevenDays 为 0，低于法定最低标准 7；生产者只能作出更有利于消费者的承诺',
      },
    ]);
  });

  it('a rate given as the number 0 is no decimal string, even though "0" would be', () => {
    expect(reasons(() => createSanbaoJurisdiction2021({ maxUseCompensationRate: 0 } as never))).toEqual([
      {
        path: 'overrides.maxUseCompensationRate',
        en: 'maxUseCompensationRate must be a decimal string such as "0.004"',
        zh: 'maxUseCompensationRate 应为十进制字符串，如 "0.004"',
      },
    ]);
  });

  it('a rate of "10" (several integer digits) is a decimal string, above the legal maximum', () => {
    expect(reasons(() => createSanbaoJurisdiction2021({ maxUseCompensationRate: '10' }))).toEqual([
      {
        path: 'overrides.maxUseCompensationRate',
        en: 'maxUseCompensationRate 10 is above the legal maximum 0.005',
        zh: 'maxUseCompensationRate 10 高于法定上限 0.005',
      },
    ]);
  });
});
