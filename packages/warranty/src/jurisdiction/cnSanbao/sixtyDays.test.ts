import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

const braking = { system: 'brakes' as const, severeFailure: 'braking_failure' as const };

describe('cn-sanbao-2021.sixty-days (Art. 23)', () => {
  // Invoice 2024-03-01: March has 31 days, so 03-31 is day 30 and 04-30 is day 60; 05-01 is day 61.
  it('gives a free replacement or return on day 60 at 2,999 km', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-04-30', '23:59:00'), { ...braking, odometerKm: 2_999 }),
      ]),
    );
    const step = stepOf(decision, 'sixty-days');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('day 60 of 60, 2,999 km of 3,000');
    expect(decision.outcome).toBe('replacement_or_return');
  });

  it('refuses day 61: 2024-04-30T16:30Z is 2024-05-01 00:30 in Shanghai', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', '2024-04-30T16:30:00Z', { ...braking, odometerKm: 2_000 })]),
    );
    expect(stepOf(decision, 'sixty-days').message.en).toContain(
      'day 61, after the 60 days (last day 2024-04-30)',
    );
    expect(decision.outcome).toBe('repair');
  });

  it('counts exactly 3,000 km driven as inside and 3,001 km as outside (start km 0)', () => {
    const inside = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-11'), { ...braking, odometerKm: 3_000 })]),
    );
    expect(stepOf(inside, 'sixty-days').status).toBe('passed');
    expect(stepOf(inside, 'sixty-days').facts).toMatchObject({ startKm: 0, limitKm: 3_000 });
    const outside = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-11'), { ...braking, odometerKm: 3_001 })]),
    );
    expect(stepOf(outside, 'sixty-days').status).toBe('failed');
    expect(stepOf(outside, 'sixty-days').message.en).toContain('3,001 km driven, over 3,000');
  });

  it('lists a traction-battery fire in 2021 but not in 2013', () => {
    const fire = { system: 'traction_battery' as const, severeFailure: 'battery_fire' as const };
    const in2021 = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-06'), fire)]),
    );
    expect(stepOf(in2021, 'sixty-days').status).toBe('passed');
    const in2013 = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-06'), fire)]),
    );
    const step = stepOf(in2013, 'sixty-days');
    expect(step).toMatchObject({ status: 'failed', cite: 'regulation:cn-sanbao-2013#20' });
    expect(step.message.en).toContain('battery_fire is not on the 2013 list');
  });
});

describe('cn-sanbao-2021.assembly-swap (Art. 20)', () => {
  const motorPart = {
    system: 'drive_motor' as const,
    replaced: [{ assembly: 'drive_motor' as const, level: 'main_part' as const, mainPart: 'rotor' }],
  };

  it('lets the customer have the whole drive motor replaced for a main-part problem on day 30', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-03-31'), { ...motorPart, odometerKm: 2_000 })]),
    );
    const step = stepOf(decision, 'assembly-swap');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('day 30 of 60, 2,000 km of 3,000');
    expect(step.message.en).toContain('whole drive motor replaced free');
    expect(decision.outcome).toBe('assembly_replacement');
  });

  it('does not cover the drive motor under the 2013 rules (engine and transmission only, Art. 18)', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [repair('RO-1', at('2020-05-31'), motorPart)]),
    );
    expect(stepOf(decision, 'assembly-swap')).toMatchObject({
      status: 'failed',
      cite: 'regulation:cn-sanbao-2013#18',
    });
    expect(decision.outcome).toBe('repair');
  });
});
