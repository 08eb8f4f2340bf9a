import { describe, expect, it } from 'vitest';
import type { RepairAttemptInput } from '../../history/repairAttempt';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

type Level = 'assembly' | 'main_part';
const swap = (roId: string, date: string, level: Level, more: Partial<RepairAttemptInput> = {}) =>
  repair(roId, at(date), {
    system: 'transmission',
    problem: 'TCM-SLIP',
    replaced: [
      { assembly: 'transmission', level, ...(level === 'main_part' ? { mainPart: 'valve-body' } : {}) },
    ],
    ...more,
  });

// Invoice 2024-03-01; replacements from June (after the 60-day window).
describe('cn-sanbao-2021.assembly-replaced-twice (Art. 24(2))', () => {
  it('is met when the transmission was replaced twice and the second did not make it usable', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'assembly'),
        swap('RO-2', '2024-08-01', 'assembly', { resolved: false }),
      ]),
    );
    const step = stepOf(decision, 'assembly-replaced-twice');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain(
      'The transmission was replaced 2 times (RO-1, RO-2) and RO-2 did not make it usable',
    );
    expect(decision.outcome).toBe('replacement_or_return');
  });

  it('is met when a later repair of the transmission follows the second replacement', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'assembly'),
        swap('RO-2', '2024-08-01', 'assembly'),
        repair('RO-3', at('2024-09-01'), { system: 'transmission', problem: 'TCM-SHIFT' }),
      ]),
    );
    expect(stepOf(decision, 'assembly-replaced-twice').message.en).toContain(
      'it failed again (RO-3 on 2024-09-01)',
    );
  });

  it('is not met by two replacements after which the transmission works', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'assembly'),
        swap('RO-2', '2024-08-01', 'assembly'),
      ]),
    );
    expect(stepOf(decision, 'assembly-replaced-twice').message.en).toContain('it has been usable since');
  });

  it('is met when a later repair booked under another system replaces a transmission part', () => {
    // RO-3 is an electrical repair, but it replaced a main part of the transmission: it failed again.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'assembly'),
        swap('RO-2', '2024-08-01', 'assembly'),
        repair('RO-3', at('2024-09-01'), {
          system: 'electrical',
          problem: 'CAN-FAULT',
          replaced: [{ assembly: 'transmission', level: 'main_part', mainPart: 'control-unit' }],
        }),
      ]),
    );
    const step = stepOf(decision, 'assembly-replaced-twice');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('it failed again (RO-3 on 2024-09-01)');
  });

  it('is not met by later repairs of other systems, with or without parts of theirs replaced', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'assembly'),
        swap('RO-2', '2024-08-01', 'assembly'),
        repair('RO-3', at('2024-09-01'), {
          system: 'brakes',
          problem: 'PAD-WEAR',
          replaced: [{ assembly: 'brakes', level: 'main_part', mainPart: 'caliper' }],
        }),
        repair('RO-4', at('2024-10-01'), { system: 'hvac', problem: 'AC-NOISE' }),
      ]),
    );
    const step = stepOf(decision, 'assembly-replaced-twice');
    expect(step.status).toBe('failed');
    expect(step.message.en).toBe(
      'The transmission replaced 2 time(s) (RO-1, RO-2); it has been usable since (Art. 24(2))',
    );
  });

  it('counts an assembly and a main-part replacement separately unless configured to add them up', () => {
    const history = [
      swap('RO-1', '2024-06-01', 'main_part'),
      swap('RO-2', '2024-08-01', 'assembly', { resolved: false }),
    ];
    const separate = evaluate(cnSanbao2021, vehicleCase('2024-03-01', history));
    expect(stepOf(separate, 'assembly-replaced-twice').status).toBe('failed');
    expect(stepOf(separate, 'main-part-replaced-twice').status).toBe('failed');
    const together = evaluate(
      createSanbaoJurisdiction2021({ countAssemblyWithMainPart: true }),
      vehicleCase('2024-03-01', history),
    );
    expect(stepOf(together, 'assembly-replaced-twice').status).toBe('passed');
    expect(stepOf(together, 'assembly-replaced-twice').facts.countAssemblyWithMainPart).toBe(true);
  });
});

describe('cn-sanbao-2021.main-part-replaced-twice (Art. 24(3))', () => {
  it('is met when the same main part was replaced twice and still fails', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'main_part'),
        swap('RO-2', '2024-08-01', 'main_part', { resolved: false }),
      ]),
    );
    const step = stepOf(decision, 'main-part-replaced-twice');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('Main part valve-body of the transmission was replaced 2 times');
  });

  it('is not met by two different main parts, and lists a replacement without a main-part name', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        swap('RO-1', '2024-06-01', 'main_part'),
        repair('RO-2', at('2024-08-01'), {
          system: 'brakes',
          replaced: [{ assembly: 'transmission', level: 'main_part', mainPart: 'oil-pump' }],
          resolved: false,
        }),
        repair('RO-3', at('2024-09-01'), {
          system: 'brakes',
          replaced: [{ assembly: 'brakes', level: 'main_part' }],
        }),
      ]),
    );
    const step = stepOf(decision, 'main-part-replaced-twice');
    expect(step.status).toBe('failed');
    expect(step.facts.unidentifiedMainParts).toEqual(['RO-3']);
  });

  it('does not list the traction battery under the 2013 rules', () => {
    const battery = (roId: string, date: string, more = {}) =>
      repair(roId, at(date), {
        system: 'traction_battery',
        replaced: [{ assembly: 'traction_battery', level: 'assembly' }],
        ...more,
      });
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [
        battery('RO-1', '2020-08-01'),
        battery('RO-2', '2020-10-01', { resolved: false }),
      ]),
    );
    expect(stepOf(decision, 'assembly-replaced-twice')).toMatchObject({
      status: 'failed',
      cite: 'regulation:cn-sanbao-2013#20',
    });
    expect(decision.outcome).toBe('repair');
  });
});
