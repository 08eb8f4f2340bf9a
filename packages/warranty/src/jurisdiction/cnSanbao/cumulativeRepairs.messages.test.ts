import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// What Art. 24(4) (2013 Art. 21) says in the trace, in both languages: the article as the version
// cites it (2021: "Art. 24(4)" / "第24条第（4）项"; 2013: "Art. 21" / "第21条"), the remedy
// (2021: the customer's choice; 2013: a replacement, a return only without an equivalent car,
// Art. 23), and the facts each step records.

/** A repair from `start` (local) lasting `hours`, of its own problem so it never repeats one. */
const long = (roId: string, start: string, hours: number) =>
  repair(roId, start, {
    problem: `${roId}-P`,
    finishedAt: new Date(Date.parse(start) + hours * 3_600_000).toISOString().replace('.000Z', 'Z'),
  });

/** One repair of `problem` on `date`. */
const fix = (roId: string, date: string, problem: string) => repair(roId, at(date), { problem });

describe('cumulative repair time (2021 Art. 24(4), 2013 Art. 21): messages', () => {
  it('2021, over 30 days: replacement or return, the customer’s choice', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [long('RO-1', at('2024-05-10'), 240), long('RO-2', at('2024-06-10'), 481)]),
    );
    expect(stepOf(decision, 'repair-time').message).toEqual({
      en: "Cumulative repair time 31 days > 30 in the 三包 period (RO-1, RO-2): replacement or return, the customer's choice (Art. 24(4))",
      zh: '三包有效期内累计修理时间 31 日，超过 30 日（RO-1, RO-2）：消费者可选择换车或退车（第24条第（4）项）',
    });
  });

  it('2021, exactly 30 days: not over 30, citing Art. 24(4)', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [long('RO-1', at('2024-05-10'), 720)]));
    expect(stepOf(decision, 'repair-time').message).toEqual({
      en: 'Cumulative repair time 30 days, not over 30 (Art. 24(4))',
      zh: '累计修理时间 30 日，未超过 30 日（第24条第（4）项）',
    });
  });

  it('2013, over 35 days: a replacement, a return only without an equivalent car (Art. 23)', () => {
    const decision = evaluate(cnSanbao2013, vehicleCase('2020-05-01', [long('RO-1', at('2020-08-01'), 841)]));
    expect(stepOf(decision, 'repair-time').message).toEqual({
      en: 'Cumulative repair time 36 days > 35 in the 三包 period (RO-1): replacement of the car (Art. 21); a return only if the seller has no car of the same brand and model nor one of no lower configuration (Art. 23)',
      zh: '三包有效期内累计修理时间 36 日，超过 35 日（RO-1）：更换家用汽车产品（第21条）；销售者既无同品牌同型号、也无不低于原车配置的车辆更换时，消费者方可选择退货（第23条）',
    });
  });

  it('2013, exactly 35 days: not over 35, citing Art. 21 without an item', () => {
    const decision = evaluate(cnSanbao2013, vehicleCase('2020-05-01', [long('RO-1', at('2020-08-01'), 840)]));
    expect(stepOf(decision, 'repair-time').message).toEqual({
      en: 'Cumulative repair time 35 days, not over 35 (Art. 21)',
      zh: '累计修理时间 35 日，未超过 35 日（第21条）',
    });
  });

  it('records each repair’s hours and days, and whether it is finished', () => {
    // Excluded hours are a decimal string ("0": none). RO-1: 50 h → 3 days, finished. RO-2: agreed 2024-06-01 10:00, open; as of 06-02 12:00 → 26 h → 2 days.
    const open = repair('RO-2', at('2024-06-01'), { problem: 'RO-2-P', finishedAt: undefined });
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [long('RO-1', at('2024-05-10'), 50), open], {
        asOf: at('2024-06-02', '12:00:00'),
      }),
    );
    expect(stepOf(decision, 'repair-time').facts).toEqual({
      limitDays: 30,
      totalDays: 5,
      counting: 'ceil((hours − excluded hours) / 24) per repair, summed',
      repairs: [
        { roId: 'RO-1', hours: 50, excludedHours: '0', days: 3, finished: true },
        { roId: 'RO-2', hours: 26, excludedHours: '0', days: 2, finished: false },
      ],
      notCounted: [],
    });
  });
});

describe('same problem repaired more than 4 times (2021 Art. 24(4), 2013 Art. 21): messages and facts', () => {
  it('lists the problems most-repaired first, and names the top one when the limit is not passed', () => {
    // Problem A once, B three times, C twice: B leads, then C, then A.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        fix('RO-1', '2024-06-03', 'A'),
        fix('RO-2', '2024-06-10', 'B'),
        fix('RO-3', '2024-06-17', 'C'),
        fix('RO-4', '2024-06-24', 'B'),
        fix('RO-5', '2024-07-01', 'C'),
        fix('RO-6', '2024-07-08', 'B'),
      ]),
    );
    const step = stepOf(decision, 'same-problem');
    expect(step.facts).toEqual({
      limitRepairs: 4,
      problems: [
        { problem: 'B', repairs: ['RO-2', 'RO-4', 'RO-6'] },
        { problem: 'C', repairs: ['RO-3', 'RO-5'] },
        { problem: 'A', repairs: ['RO-1'] },
      ],
    });
    expect(step.message).toEqual({
      en: 'No quality problem repaired more than 4 times (most: B, 3) (Art. 24(4))',
      zh: '没有同一质量问题累计修理超过 4 次（最多：B，3 次）（第24条第（4）项）',
    });
  });

  it('says only the limit when nothing was repaired', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [], { asOf: at('2024-06-01') }));
    expect(stepOf(decision, 'same-problem')).toMatchObject({
      status: 'failed',
      facts: { limitRepairs: 4, problems: [] },
      message: {
        en: 'No quality problem repaired more than 4 times (Art. 24(4))',
        zh: '没有同一质量问题累计修理超过 4 次（第24条第（4）项）',
      },
    });
  });

  it('2013, six repairs of one problem: a replacement, cited as Art. 21', () => {
    const six = ['2020-08-03', '2020-08-10', '2020-08-17', '2020-08-24', '2020-08-31', '2020-09-07'].map(
      (date, i) => fix(`RO-${i + 1}`, date, 'P-1'),
    );
    const decision = evaluate(cnSanbao2013, vehicleCase('2020-05-01', six));
    expect(stepOf(decision, 'same-problem').message.zh).toBe(
      '同一质量问题 P-1 累计修理 6 次，超过 5 次（RO-1, RO-2, RO-3, RO-4, RO-5, RO-6）：更换家用汽车产品（第21条）；销售者既无同品牌同型号、也无不低于原车配置的车辆更换时，消费者方可选择退货（第23条）',
    );
  });
});
