import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, repeats, stepOf, vehicleCase } from './testing';

/** A repair from `start` (local) lasting `hours`, of its own problem so it never repeats one. */
const long = (roId: string, start: string, hours: number, more = {}) =>
  repair(roId, start, {
    problem: `${roId}-P`,
    finishedAt: new Date(Date.parse(start) + hours * 3_600_000).toISOString().replace('.000Z', 'Z'),
    ...more,
  });

describe('cn-sanbao-2021.repair-time (Art. 24(4), counted per Art. 40)', () => {
  // Invoice 2024-03-01; repairs in May and June, inside the 三包 period.
  it('is not met at exactly 30 days: 10 + 20 days, not over 30', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        long('RO-1', at('2024-05-10', '09:00:00'), 240), // 240 h = 10 days
        long('RO-2', at('2024-06-10', '09:00:00'), 480), // 480 h = 20 days
      ]),
    );
    const step = stepOf(decision, 'repair-time');
    expect(step.status).toBe('failed');
    expect(step.message.en).toContain('Cumulative repair time 30 days, not over 30');
  });

  it('is met at 31 days: 10 days + (20 days and 1 hour → 21)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        long('RO-1', at('2024-05-10', '09:00:00'), 240),
        long('RO-2', at('2024-06-10', '09:00:00'), 481), // 481 h → ceil(20.04) = 21 days
      ]),
    );
    const step = stepOf(decision, 'repair-time');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('Cumulative repair time 31 days > 30');
    expect(decision.outcome).toBe('replacement_or_return');
  });

  it('rounds one repair of 30 days and 1 hour up to 31 days', () => {
    // Agreed 2024-05-01 23:30 Shanghai (15:30 UTC); 721 h later is 2024-06-01 00:30 Shanghai.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [long('RO-1', at('2024-05-01', '23:30:00'), 721)]),
    );
    expect(stepOf(decision, 'repair-time').facts).toMatchObject({ totalDays: 31, limitDays: 30 });
  });

  it('leaves the excluded rescue travel out before rounding: 721 h − 1 h = 720 h = 30 days', () => {
    const rescue = { excludedTime: [{ reason: 'rescue_travel' as const, hours: '1' }] };
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [long('RO-1', at('2024-05-01'), 721, rescue)]),
    );
    expect(stepOf(decision, 'repair-time')).toMatchObject({ status: 'failed', facts: { totalDays: 30 } });
    // 721 h − 0.5 h = 720.5 h → 31 days
    const half = { excludedTime: [{ reason: 'rescue_travel' as const, hours: '0.5' }] };
    const over = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [long('RO-1', at('2024-05-01'), 721, half)]),
    );
    expect(stepOf(over, 'repair-time')).toMatchObject({ status: 'passed', facts: { totalDays: 31 } });
  });

  it('counts a repair still open up to the as-of moment', () => {
    // Agreed 2024-05-01 09:00, open; as of 2024-06-01 10:00: 745 h → ceil(31.04) = 32 days
    const open = repair('RO-1', at('2024-05-01', '09:00:00'), { finishedAt: undefined });
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [open], { asOf: at('2024-06-01', '10:00:00') }),
    );
    expect(stepOf(decision, 'repair-time').facts).toMatchObject({ totalDays: 32 });
  });

  it('leaves out repairs of an exempted cause (Art. 32) and says why', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [long('RO-1', at('2024-05-01'), 800, { cause: 'modification' })]),
    );
    const step = stepOf(decision, 'repair-time');
    expect(step).toMatchObject({ status: 'failed', facts: { totalDays: 0 } });
    expect(step.facts.notCounted).toEqual([{ roId: 'RO-1', reason: 'cause modification' }]);
  });
});

describe('cn-sanbao-2021.same-problem (Art. 24(4))', () => {
  it('is not met by 4 repairs of one problem and is met by the 5th', () => {
    const four = evaluate(cnSanbao2021, vehicleCase('2024-03-01', repeats(4, '2024-06-03')));
    expect(stepOf(four, 'same-problem').status).toBe('failed');
    expect(four.outcome).toBe('repair');
    const five = evaluate(cnSanbao2021, vehicleCase('2024-03-01', repeats(5, '2024-06-03')));
    const step = stepOf(five, 'same-problem');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('repaired 5 times > 4 (RO-1, RO-2, RO-3, RO-4, RO-5)');
    expect(five.outcome).toBe('replacement_or_return');
  });
});

describe('cn-sanbao-2013 repair time and repeats (Art. 21)', () => {
  // Invoice 2020-05-01 (2013 rules); the 2013 outcome is a replacement, a return only without an equivalent car.
  it('is not met at 35 days and is met at 35 days and 1 hour (→ 36): replacement', () => {
    const exactly = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [long('RO-1', at('2020-08-01'), 35 * 24)]),
    );
    expect(stepOf(exactly, 'repair-time')).toMatchObject({ status: 'failed', facts: { totalDays: 35 } });
    const over = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [long('RO-1', at('2020-08-01'), 35 * 24 + 1)]),
    );
    const step = stepOf(over, 'repair-time');
    expect(step).toMatchObject({
      status: 'passed',
      facts: { totalDays: 36 },
      cite: 'regulation:cn-sanbao-2013#21',
    });
    expect(step.message.en).toContain('a return only if the seller has no car of the same brand and model');
    expect(over.outcome).toBe('replacement');
  });

  it('is not met by 5 repairs of one problem and is met by the 6th', () => {
    expect(
      stepOf(evaluate(cnSanbao2013, vehicleCase('2020-05-01', repeats(5, '2020-08-03'))), 'same-problem')
        .status,
    ).toBe('failed');
    const six = evaluate(cnSanbao2013, vehicleCase('2020-05-01', repeats(6, '2020-08-03')));
    expect(stepOf(six, 'same-problem').message.en).toContain('repaired 6 times > 5');
    expect(six.outcome).toBe('replacement');
  });
});
