import { describe, expect, it } from 'vitest';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// Art. 21: a repair in the 包修期 of more than 5 days gives a substitute car (or transport
// compensation) from day 6. A repair's days are ceil(hours / 24). Invoice 2024-03-01.

/** A repair of its own problem agreed at 10:00 on `date`, lasting `hours`. */
const lasting = (roId: string, date: string, hours: number) =>
  repair(roId, at(date), {
    problem: `${roId}-P`,
    finishedAt: new Date(Date.parse(at(date)) + hours * 3_600_000).toISOString().replace('.000Z', 'Z'),
  });

describe('substitute-car (Art. 21): messages and facts', () => {
  it('two repairs over 5 days: each named with its days, due from day 6, the days due summed', () => {
    // RO-1: 2 h → 1 day. RO-2: 121 h → 6 days (1 due). RO-3: 150 h → 7 days (2 due). 3 days in all.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        lasting('RO-1', '2024-05-01', 2),
        lasting('RO-2', '2024-06-01', 121),
        lasting('RO-3', '2024-07-01', 150),
      ]),
    );
    const step = stepOf(decision, 'substitute-car');
    expect(step.status).toBe('passed');
    expect(step.message).toEqual({
      en: 'Repairs over 5 days in the 包修期 (RO-2 6 days, RO-3 7 days): a substitute car or transport compensation is due from day 6, 3 day(s) in all (Art. 21)',
      zh: '包修期内单次修理超过 5 日（RO-2 6 日，RO-3 7 日）：应自第 6 日起提供备用车或合理的交通费用补偿，共 3 日（第21条）',
    });
    expect(step.facts).toEqual({
      limitDays: 5,
      repairs: [
        { roId: 'RO-1', hours: 2, repairDays: 1 },
        { roId: 'RO-2', hours: 121, repairDays: 6 },
        { roId: 'RO-3', hours: 150, repairDays: 7 },
      ],
      due: [
        { roId: 'RO-2', repairDays: 6, daysDue: 1 },
        { roId: 'RO-3', repairDays: 7, daysDue: 2 },
      ],
    });
  });

  it('no repair over 5 days: names the longest, wherever it is in the history', () => {
    // RO-1: 2 h → 1 day; RO-2: 60 h → 3 days; RO-3: 30 h → 2 days.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        lasting('RO-1', '2024-05-01', 2),
        lasting('RO-2', '2024-06-01', 60),
        lasting('RO-3', '2024-07-01', 30),
      ]),
    );
    expect(stepOf(decision, 'substitute-car').message).toEqual({
      en: 'No repair in the 包修期 took more than 5 days (longest: RO-2, 3 days) (Art. 21)',
      zh: '包修期内没有单次修理超过 5 日（最长：RO-2，3 日）（第21条）',
    });
  });

  it('no repair at all: says only the limit', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [], { asOf: at('2024-06-01') }));
    expect(stepOf(decision, 'substitute-car').message).toEqual({
      en: 'No repair in the 包修期 took more than 5 days (Art. 21)',
      zh: '包修期内没有单次修理超过 5 日（第21条）',
    });
  });
});
