import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// The 60-day / 3,000 km window (2021 Arts. 20 and 23), as the trace says it in both languages and
// records it. Invoice 2024-03-01 is day 0: 03-11 is day 10, 04-30 day 60 (the last), 05-01 day 61.

const braking = { system: 'brakes' as const, severeFailure: 'braking_failure' as const };
const LISTED_2021 = ['steering_failure', 'braking_failure', 'body_cracking', 'fuel_leakage', 'battery_fire'];

describe('sixty-days (Art. 23): messages', () => {
  it('inside the window: the day and km, and the failure, in Chinese', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-11'), braking)]),
    );
    expect(stepOf(decision, 'sixty-days').message.zh).toBe(
      'RO-1（2024-03-11，第 10 日（60 日内），行驶 1,000 公里（3,000 公里内））：制动系统失效，消费者可选择免费换车或退车',
    );
  });

  it('on day 60 but at 3,001 km: outside because of the km, not the day', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-04-30'), { ...braking, odometerKm: 3_001 })]),
    );
    expect(stepOf(decision, 'sixty-days').message).toEqual({
      en: 'RO-1 on 2024-04-30 is outside the window: 3,001 km driven, over 3,000',
      zh: 'RO-1（2024-04-30）不在期限内：已行驶 3,001 公里，超过 3,000 公里',
    });
  });

  it('on day 61: after the 60 days, naming the last day, in Chinese', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-05-01'), braking)]),
    );
    expect(stepOf(decision, 'sixty-days').message.zh).toBe(
      'RO-1（2024-05-01）不在期限内：第 61 日，已超过 60 日（最后一日为 2024-04-30）',
    );
  });

  it('no listed failure at all: names the five failures of the 2021 list', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-11'))]));
    expect(stepOf(decision, 'sixty-days').message).toEqual({
      en: 'No steering failure, braking failure, body cracking, fuel leakage, traction-battery fire',
      zh: '未发生转向系统失效、制动系统失效、车身开裂、燃油泄漏、动力蓄电池起火',
    });
  });

  it('a traction-battery fire under the 2013 rules is not on their list, and the trace says so', () => {
    const fire = { system: 'traction_battery' as const, severeFailure: 'battery_fire' as const };
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-06'), fire)]),
    );
    const step = stepOf(decision, 'sixty-days');
    expect(step.status).toBe('failed');
    expect(step.message).toEqual({
      en: 'No steering failure, braking failure, body cracking, fuel leakage (battery_fire is not on the 2013 list)',
      zh: '未发生转向系统失效、制动系统失效、车身开裂、燃油泄漏（battery_fire 不在 2013 年规定的清单内）',
    });
  });
});

describe('sixty-days (Art. 23): facts', () => {
  it('lists only quality repairs with a severe failure, each with its failure', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-03-05')), // a quality problem, no severe failure
        repair('RO-2', at('2024-03-06'), { ...braking, cause: 'accident' }), // no quality problem
        repair('RO-3', at('2024-05-10'), { system: 'steering', severeFailure: 'steering_failure' }), // day 70
      ]),
    );
    const step = stepOf(decision, 'sixty-days');
    expect(step.status).toBe('failed');
    expect(step.facts).toEqual({
      startDate: '2024-03-01',
      startKm: 0,
      limitDays: 60,
      limitKm: 3_000,
      listed: LISTED_2021,
      repairs: [{ roId: 'RO-3', date: '2024-05-10', day: 70, km: 1_000, severeFailure: 'steering_failure' }],
    });
    expect(step.message.en).toBe(
      'RO-3 on 2024-05-10 is outside the window: day 70, after the 60 days (last day 2024-04-30)',
    );
  });
});

describe('assembly-swap (Art. 20): a main part replaced after the window', () => {
  it('is not met, names the repair outside the window and records the replacement', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-05-29'), {
          system: 'transmission',
          replaced: [{ assembly: 'transmission', level: 'main_part', mainPart: 'valve-body' }],
        }),
      ]),
    );
    const step = stepOf(decision, 'assembly-swap');
    expect(step.status).toBe('failed');
    expect(step.message).toEqual({
      en: 'RO-1 on 2024-05-29 is outside the window: day 89, after the 60 days (last day 2024-04-30)',
      zh: 'RO-1（2024-05-29）不在期限内：第 89 日，已超过 60 日（最后一日为 2024-04-30）',
    });
    expect(step.facts).toEqual({
      startDate: '2024-03-01',
      startKm: 0,
      limitDays: 60,
      limitKm: 3_000,
      assemblies: ['engine', 'transmission', 'traction_battery', 'drive_motor'],
      repairs: [
        {
          roId: 'RO-1',
          date: '2024-05-29',
          day: 89,
          km: 1_000,
          assembly: 'transmission',
          level: 'main_part',
          mainPart: 'valve-body',
        },
      ],
    });
    expect(decision.outcome).toBe('repair');
  });
});
