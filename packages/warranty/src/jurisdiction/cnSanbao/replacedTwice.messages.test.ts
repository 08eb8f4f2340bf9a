import { describe, expect, it } from 'vitest';
import type { Assembly, RepairAttemptInput } from '../../history/repairAttempt';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// Art. 24(2) (a whole assembly) and 24(3) (the same main part) of the 2021 rules, as the trace says
// them in both languages and records them in the facts. Invoice 2024-03-01; every replacement is
// after the 60-day window.

/** An assembly that is also a repair's system (front and rear axles are not). */
type System = Assembly & NonNullable<RepairAttemptInput['system']>;

/** A repair of `assembly` on `date` that replaced the whole of it. */
const whole = (roId: string, date: string, assembly: System, more: Partial<RepairAttemptInput> = {}) =>
  repair(roId, at(date), {
    system: assembly,
    problem: `${assembly}-P`,
    replaced: [{ assembly, level: 'assembly' }],
    ...more,
  });

/** A repair of `assembly` on `date` that replaced its main part `mainPart`. */
const part = (
  roId: string,
  date: string,
  assembly: System,
  mainPart: string,
  more: Partial<RepairAttemptInput> = {},
) =>
  repair(roId, at(date), {
    system: assembly,
    problem: `${assembly}-P`,
    replaced: [{ assembly, level: 'main_part', mainPart }],
    ...more,
  });

/** The candidates of a step's facts, without the still-not-usable flag. */
function replacementsOf(
  facts: Record<string, unknown>,
): { assembly: string; mainPart: unknown; replacements: unknown }[] {
  const candidates = facts.candidates as { assembly: string; mainPart: unknown; replacements: unknown }[];
  return candidates.map(({ assembly, mainPart, replacements }) => ({ assembly, mainPart, replacements }));
}

describe('replaced twice and still not usable: what the trace says', () => {
  it('the second whole replacement did not make the transmission usable (Art. 24(2)), in Chinese too', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        whole('RO-1', '2024-06-01', 'transmission'),
        whole('RO-2', '2024-08-01', 'transmission', { resolved: false }),
      ]),
    );
    const step = stepOf(decision, 'assembly-replaced-twice');
    expect(step.message).toEqual({
      en: "The transmission was replaced 2 times (RO-1, RO-2) and RO-2 did not make it usable: replacement or return, the customer's choice (Art. 24(2))",
      zh: '变速器总成因质量问题累计更换 2 次（RO-1, RO-2），RO-2 更换后仍不能正常使用：消费者可选择换车或退车（第24条第（2）项）',
    });
    expect(step.facts).toEqual({
      required: 2,
      countAssemblyWithMainPart: false,
      candidates: [
        { assembly: 'transmission', mainPart: null, replacements: ['RO-1', 'RO-2'], stillNotUsable: true },
      ],
    });
  });

  it('the transmission failed again after its second replacement: named with its RO and date', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        whole('RO-1', '2024-06-01', 'transmission'),
        whole('RO-2', '2024-08-01', 'transmission'),
        repair('RO-3', at('2024-09-01'), { system: 'transmission', problem: 'TCM-SHIFT' }),
      ]),
    );
    expect(stepOf(decision, 'assembly-replaced-twice').message.zh).toBe(
      '变速器总成因质量问题累计更换 2 次（RO-1, RO-2），此后再次出现故障（RO-3，2024-09-01）：消费者可选择换车或退车（第24条第（2）项）',
    );
  });

  it('the same main part replaced twice and still failing (Art. 24(3)), in both languages', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        part('RO-1', '2024-06-01', 'transmission', 'valve-body'),
        part('RO-2', '2024-08-01', 'transmission', 'valve-body', { resolved: false }),
      ]),
    );
    expect(stepOf(decision, 'main-part-replaced-twice').message).toEqual({
      en: "Main part valve-body of the transmission was replaced 2 times (RO-1, RO-2) and RO-2 did not make it usable: replacement or return, the customer's choice (Art. 24(3))",
      zh: '变速器主要零部件 valve-body因质量问题累计更换 2 次（RO-1, RO-2），RO-2 更换后仍不能正常使用：消费者可选择换车或退车（第24条第（3）项）',
    });
  });

  it('finds the assembly that is still not usable even when another one listed before it works', () => {
    // The engine (listed first in Art. 24(2)) was replaced twice and works; the transmission did not.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        whole('RO-1', '2024-06-01', 'engine'),
        whole('RO-2', '2024-06-15', 'engine'),
        whole('RO-3', '2024-07-01', 'transmission'),
        whole('RO-4', '2024-08-01', 'transmission', { resolved: false }),
      ]),
    );
    const step = stepOf(decision, 'assembly-replaced-twice');
    expect(step.status).toBe('passed');
    expect(step.message.en).toBe(
      "The transmission was replaced 2 times (RO-3, RO-4) and RO-4 did not make it usable: replacement or return, the customer's choice (Art. 24(2))",
    );
    expect(step.facts.candidates).toEqual([
      { assembly: 'engine', mainPart: null, replacements: ['RO-1', 'RO-2'], stillNotUsable: false },
      { assembly: 'transmission', mainPart: null, replacements: ['RO-3', 'RO-4'], stillNotUsable: true },
    ]);
  });
});

describe('replaced twice not met: what the trace says', () => {
  it('names the most-replaced assembly, which has been usable since, in both languages', () => {
    // Engine once, transmission twice (usable since), traction battery once.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        whole('RO-1', '2024-06-01', 'engine'),
        whole('RO-2', '2024-07-01', 'transmission'),
        whole('RO-3', '2024-08-01', 'transmission'),
        whole('RO-4', '2024-09-01', 'traction_battery'),
      ]),
    );
    const step = stepOf(decision, 'assembly-replaced-twice');
    expect(step.status).toBe('failed');
    expect(step.message).toEqual({
      en: 'The transmission replaced 2 time(s) (RO-2, RO-3); it has been usable since (Art. 24(2))',
      zh: '变速器总成更换 2 次（RO-2, RO-3），此后可正常使用（第24条第（2）项）',
    });
  });

  it('one replacement: says how many are needed', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [whole('RO-1', '2024-06-01', 'transmission', { resolved: false })]),
    );
    expect(stepOf(decision, 'assembly-replaced-twice')).toMatchObject({
      status: 'failed',
      message: {
        en: 'The transmission replaced 1 time(s) (RO-1); 2 are needed (Art. 24(2))',
        zh: '变速器总成更换 1 次（RO-1），需累计 2 次（第24条第（2）项）',
      },
    });
  });

  it('nothing replaced: lists the assemblies of Art. 24(2) and those of Art. 24(3)', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]));
    const assembly = stepOf(decision, 'assembly-replaced-twice');
    expect(assembly.message).toEqual({
      en: 'None of the engine, transmission, traction battery, drive motor was replaced as a whole in the 三包 period (Art. 24(2))',
      zh: '三包有效期内发动机、变速器、动力蓄电池、行驶驱动电机未更换总成（第24条第（2）项）',
    });
    expect(assembly.facts.candidates).toEqual([]);
    expect(stepOf(decision, 'main-part-replaced-twice').message).toEqual({
      en: 'No main part of the engine, transmission, traction battery, drive motor, steering system, braking system, suspension, drivetrain, emission-control device, body was replaced in the 三包 period (Art. 24(3))',
      zh: '三包有效期内发动机、变速器、动力蓄电池、行驶驱动电机、转向系统、制动系统、悬架系统、传动系统、污染控制装置、车身未更换主要零部件（第24条第（3）项）',
    });
  });

  it('nothing replaced under the 2013 rules: the engine and transmission of Art. 20(2)', () => {
    const decision = evaluate(cnSanbao2013, vehicleCase('2020-05-01', [repair('RO-1', at('2020-08-01'))]));
    expect(stepOf(decision, 'assembly-replaced-twice').message).toEqual({
      en: 'None of the engine, transmission was replaced as a whole in the 三包 period (Art. 20(2))',
      zh: '三包有效期内发动机、变速器未更换总成（第20条第（2）项）',
    });
  });
});

describe('how many replacements each ground needs, and what counts as one', () => {
  it('a carmaker promising one whole-assembly replacement leaves the main-part ground at two', () => {
    const pack = createSanbaoJurisdiction2021({ assemblyReplacements: 1 });
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [
        whole('RO-1', '2024-06-01', 'transmission', { resolved: false }),
        part('RO-2', '2024-07-01', 'engine', 'injector', { resolved: false }),
      ]),
    );
    const assembly = stepOf(decision, 'assembly-replaced-twice');
    expect(assembly.status).toBe('passed');
    expect(assembly.facts.required).toBe(1);
    const mainPart = stepOf(decision, 'main-part-replaced-twice');
    expect(mainPart.status).toBe('failed');
    expect(mainPart.facts.required).toBe(2);
    expect(mainPart.message.en).toBe(
      'Main part injector of the engine replaced 1 time(s) (RO-2); 2 are needed (Art. 24(3))',
    );
    expect(mainPart.message.zh).toBe(
      '发动机主要零部件 injector更换 1 次（RO-2），需累计 2 次（第24条第（3）项）',
    );
  });

  it('with countAssemblyWithMainPart, a whole replacement counts for each main part of that assembly only', () => {
    const history = [
      // RO-1 replaced the whole transmission and an engine main part at once.
      repair('RO-1', at('2024-06-01'), {
        system: 'transmission',
        replaced: [
          { assembly: 'transmission', level: 'assembly' },
          { assembly: 'engine', level: 'main_part', mainPart: 'injector' },
        ],
      }),
      part('RO-2', '2024-07-01', 'transmission', 'valve-body'),
      whole('RO-3', '2024-08-01', 'engine'),
      part('RO-4', '2024-09-01', 'transmission', 'oil-pump'),
      repair('RO-5', at('2024-10-01'), { system: 'brakes', problem: 'PAD-WEAR' }),
    ];
    const together = stepOf(
      evaluate(
        createSanbaoJurisdiction2021({ countAssemblyWithMainPart: true }),
        vehicleCase('2024-03-01', history),
      ),
      'main-part-replaced-twice',
    );
    // Each candidate's replacements in date order: the whole replacement RO-1 comes first.
    expect(replacementsOf(together.facts)).toEqual([
      { assembly: 'engine', mainPart: 'injector', replacements: ['RO-1', 'RO-3'] },
      { assembly: 'transmission', mainPart: 'valve-body', replacements: ['RO-1', 'RO-2'] },
      { assembly: 'transmission', mainPart: 'oil-pump', replacements: ['RO-1', 'RO-4'] },
    ]);
    // Whole replacements are no main part without a name.
    expect(together.facts.unidentifiedMainParts).toEqual([]);

    const separate = stepOf(
      evaluate(cnSanbao2021, vehicleCase('2024-03-01', history)),
      'main-part-replaced-twice',
    );
    expect(replacementsOf(separate.facts)).toEqual([
      { assembly: 'engine', mainPart: 'injector', replacements: ['RO-1'] },
      { assembly: 'transmission', mainPart: 'valve-body', replacements: ['RO-2'] },
      { assembly: 'transmission', mainPart: 'oil-pump', replacements: ['RO-4'] },
    ]);
  });
});
