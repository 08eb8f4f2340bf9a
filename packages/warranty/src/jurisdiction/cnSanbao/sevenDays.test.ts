import { describe, expect, it } from 'vitest';
import { cnSanbao2013, createSanbaoJurisdiction2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

const valveBody = {
  replaced: [{ assembly: 'transmission' as const, level: 'main_part' as const, mainPart: 'valve-body' }],
};

describe('cn-sanbao-2021.seven-days (Art. 22)', () => {
  // Invoice 2024-03-01. The start day is not counted: 03-02 is day 1, 03-08 day 7, 03-09 day 8.
  it('gives replacement or return on day 7: 2024-03-08 23:30 in Shanghai (15:30 UTC)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-03-08', '23:30:00'), { system: 'transmission', ...valveBody }),
      ]),
    );
    const step = stepOf(decision, 'seven-days');
    expect(step.status).toBe('passed');
    expect(step.cite).toBe('regulation:cn-sanbao-2021#22');
    expect(step.message.en).toContain('day 7 of 7');
    expect(step.message.zh).toContain('第 7 日');
    expect(decision.outcome).toBe('replacement_or_return');
  });

  it('refuses day 8: 2024-03-08T16:30Z is already 2024-03-09 00:30 in Shanghai', () => {
    // By the UTC date this would be 03-08 (day 7); in the dealer's zone it is day 8.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', '2024-03-08T16:30:00Z', { system: 'transmission', ...valveBody }),
      ]),
    );
    const step = stepOf(decision, 'seven-days');
    expect(step.status).toBe('failed');
    expect(step.message.en).toContain('day 8, after the 7 days (last day 2024-03-08)');
    // Day 8 is still inside 60 days / 3,000 km: the Art. 20 assembly replacement remains.
    expect(decision.outcome).toBe('assembly_replacement');
  });

  it('counts from the delivery date where it differs from the invoice date (Art. 18)', () => {
    // Invoice 03-01, delivery 03-04: 03-11 is day 7 from delivery (day 10 from the invoice).
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase(
        '2024-03-01',
        [
          repair('RO-1', at('2024-03-11', '18:00:00'), {
            system: 'drive_motor',
            replaced: [{ assembly: 'drive_motor', level: 'assembly' }],
          }),
        ],
        {},
        { deliveryDate: '2024-03-04' },
      ),
    );
    expect(stepOf(decision, 'start').facts).toMatchObject({ startDate: '2024-03-04', source: 'delivery' });
    expect(stepOf(decision, 'seven-days').message.en).toContain('day 7 of 7 after the start 2024-03-04');
  });

  it('does not count a replacement caused by an accident (not a quality problem)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-03'), { cause: 'accident', ...valveBody })]),
    );
    expect(stepOf(decision, 'seven-days').status).toBe('failed');
    expect(decision.outcome).toBe('repair');
  });

  it('is not applicable under the 2013 rules, which have no 7-day right', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-03'), { system: 'transmission', ...valveBody })]),
    );
    const step = stepOf(decision, 'seven-days');
    expect(step).toMatchObject({ rule: 'cn-sanbao-2013.seven-days', status: 'not_applicable' });
    expect(step.cite).toBe('regulation:cn-sanbao-2021#22');
    // The 2013 assembly swap (Art. 18) covers the transmission: day 2, 1,000 km.
    expect(decision.outcome).toBe('assembly_replacement');
  });

  it('describes a main-part replacement whose part is not named without a blank or placeholder', () => {
    // 2024-03-05 is day 4 after the 2024-03-01 start.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-03-05'), {
          system: 'transmission',
          replaced: [{ assembly: 'transmission', level: 'main_part' }],
        }),
      ]),
    );
    expect(stepOf(decision, 'seven-days').message).toEqual({
      en: "RO-1 on 2024-03-05 is day 4 of 7 after the start 2024-03-01 and needs a main part of the transmission: free replacement of the car or return, the customer's choice",
      zh: 'RO-1（2024-03-05）为起算日 2024-03-01 后第 4 日（7 日内），需更换变速器主要零部件：消费者可选择免费换车或退车',
    });
  });
});

describe('cn-sanbao-2021.seven-days: its facts, and the use compensation it waives', () => {
  it('lists each repair replacing a counted assembly, and makes the return free (no use compensation, amount 0.00)', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase(
        '2024-03-01',
        [
          repair('RO-1', at('2024-03-05'), {
            system: 'transmission',
            replaced: [{ assembly: 'transmission', level: 'assembly' }],
          }),
        ],
        { useCompensationRate: '0.005' },
      ),
    );
    const step = stepOf(decision, 'seven-days');
    expect(step.facts).toEqual({
      startDate: '2024-03-01',
      lastDay: '2024-03-08',
      limitDays: 7,
      repairs: [
        {
          roId: 'RO-1',
          date: '2024-03-05',
          day: 4,
          km: 1_000,
          assembly: 'transmission',
          level: 'assembly',
          mainPart: null,
        },
      ],
    });
    expect(step.message.en).toContain('needs the whole transmission: free replacement of the car or return');
    expect(step.message.zh).toContain('需更换变速器总成：消费者可选择免费换车或退车');
    expect(decision.details?.useCompensation).toEqual({
      amount: '0.00',
      currency: 'CNY',
      n: '0.005',
      km: null,
      price: null,
      reason: 'free',
    });
    expect(stepOf(decision, 'use-compensation')).toMatchObject({
      status: 'not_applicable',
      facts: { n: '0.005', maxRate: '0.005', currency: 'CNY', amount: '0.00' },
      message: {
        en: 'A free replacement or return is due (Art. 22–23): no use compensation, amount 0.00 (Art. 27)',
        zh: '属于免费更换或退货（第22–23条）：不收取使用补偿费，金额 0.00（第27条）',
      },
    });
  });

  it('2013: not applicable, the facts naming the version', () => {
    const pack = createSanbaoJurisdiction2013();
    const decision = evaluate(pack, vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-03'))]));
    expect(stepOf(decision, 'seven-days')).toMatchObject({
      status: 'not_applicable',
      facts: { version: '2013' },
    });
  });
});
