import { describe, expect, it } from 'vitest';
import { cnSanbao2013, createSanbaoJurisdiction2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// The 2021 figures reach furthest with the 36-month 包修期 (Art. 18) and, after a request, the
// 20 working days of Art. 28, bounded here by 20 + 2·⌈20 / 5⌉ + 2 = 30 calendar days.

describe('a case whose days run past 9999-12-31', () => {
  it('invoiced 9996-12-31 it is evaluated (the 包修期 ends 9999-12-31); invoiced 9997-01-01 it is not', () => {
    const inside = evaluate(cnSanbao2021, vehicleCase('9996-12-31', [repair('RO-1', at('9997-01-05'))]));
    expect(inside.outcome).toBe('repair');
    expect(inside.details?.periods).toMatchObject({ repair: { endDate: '9999-12-31' } });

    const past = evaluate(cnSanbao2021, vehicleCase('9997-01-01', [repair('RO-1', at('9997-01-05'))]));
    expect(past.outcome).toBe('undetermined');
    const step = past.trace.find((s) => s.rule === 'cn-sanbao-2021.repair-period');
    expect(step?.status).toBe('not_applicable');
    expect(step?.message.en).toBe(
      'Not evaluated: the 包修期 of 36 months from 9997-01-01 ends after 9999-12-31, the last date the calendar names',
    );
    expect(JSON.parse(JSON.stringify(past))).toEqual(past);
  });

  it('a request on 9999-12-01 is answered (30 days reach 9999-12-31), one on 9999-12-02 is not', () => {
    const repairs = [repair('RO-1', at('9997-01-05'))];
    const on = (date: string) =>
      evaluate(
        cnSanbao2021,
        vehicleCase('9996-12-31', repairs, { requestedAt: at(date), requested: 'return' }),
      );
    expect(on('9999-12-01').outcome).toBe('repair');
    expect(on('9999-12-02').outcome).toBe('undetermined');
  });

  it('an as-of moment that is 10000-01-01 in the dealer zone is named in the reason', () => {
    // 23:30 on 9999-12-31 at +08:00 is 15:30Z; at −02:00 it is 01:30Z on 10000-01-01, 09:30 in Shanghai.
    const input = vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))], {
      asOf: '9999-12-31T23:30:00-02:00',
    });
    const decision = evaluate(cnSanbao2021, input);
    expect(decision.outcome).toBe('undetermined');
    expect(decision.trace.at(-1)?.message.en).toBe(
      'Not evaluated: asOf 9999-12-31T23:30:00-02:00 is not a day from 0000-01-01 to 9999-12-31 in Asia/Shanghai',
    );
    const inside = evaluate(cnSanbao2021, { ...input, asOf: '9999-12-31T23:30:00+08:00' });
    expect(inside.outcome).not.toBe('undetermined');
  });
});

describe('which period runs past 9999-12-31, named in both languages', () => {
  it('the 36-month 包修期 of a car invoiced 9997-01-01, in Chinese too', () => {
    const past = evaluate(cnSanbao2021, vehicleCase('9997-01-01', [repair('RO-1', at('9997-01-05'))]));
    expect(stepOf(past, 'repair-period').message.zh).toBe(
      '未评估：自 9997-01-01 起36个月的包修期将超过 9999-12-31（日历可表示的最后一日）',
    );
  });

  it('a 三包 period promised longer than the 包修期: 48 months from 9996-06-01 end in 10000', () => {
    // The 36-month 包修期 ends 9999-06-01, inside the calendar; the 48-month 三包 period does not.
    const pack = createSanbaoJurisdiction2021({ sanbaoPeriod: { months: 48 } });
    const decision = evaluate(pack, vehicleCase('9996-06-01', [repair('RO-1', at('9996-07-01'))]));
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'repair-period').message).toEqual({
      en: 'Not evaluated: the 三包 period of 48 months from 9996-06-01 ends after 9999-12-31, the last date the calendar names',
      zh: '未评估：自 9996-06-01 起48个月的三包有效期将超过 9999-12-31（日历可表示的最后一日）',
    });
  });

  it('a 60-day window promised as 36,500 days from 9950-01-01 ends about 10049', () => {
    const pack = createSanbaoJurisdiction2021({ sixtyDays: { days: 36_500 } });
    const decision = evaluate(pack, vehicleCase('9950-01-01', [repair('RO-1', at('9950-02-01'))]));
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'repair-period').message).toEqual({
      en: 'Not evaluated: the 36500-day window from 9950-01-01 ends after 9999-12-31, the last date the calendar names',
      zh: '未评估：自 9950-01-01 起36500日期限将超过 9999-12-31（日历可表示的最后一日）',
    });
  });

  it('a 7-day right promised as 30,000 days from 9950-01-01 ends about 10032, while 60 days do not', () => {
    const pack = createSanbaoJurisdiction2021({ sevenDays: 30_000 });
    const decision = evaluate(pack, vehicleCase('9950-01-01', [repair('RO-1', at('9950-02-01'))]));
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'repair-period').message).toEqual({
      en: 'Not evaluated: the 30000-day window from 9950-01-01 ends after 9999-12-31, the last date the calendar names',
      zh: '未评估：自 9950-01-01 起30000日期限将超过 9999-12-31（日历可表示的最后一日）',
    });
    // 30,000 days (about 82.1 years) from 9910-01-01 end in 9992: evaluated.
    const earlier = evaluate(pack, vehicleCase('9910-01-01', [repair('RO-1', at('9910-02-01'))]));
    expect(earlier.outcome).toBe('repair');
  });

  it('the 2013 rules, which have no 7-day right, evaluate a car invoiced 9996-12-31', () => {
    const pack = createSanbaoJurisdiction2013({ governs: { from: '2013-10-01' } });
    const decision = evaluate(pack, vehicleCase('9996-12-31', [repair('RO-1', at('9997-01-05'))]));
    expect(decision.outcome).toBe('repair');
    expect(cnSanbao2013.parameters.sevenDays).toBeNull();
  });

  it('a repair agreed at 10000-01-01 in the dealer zone is named by its path, repairs.0.agreedAt', () => {
    const late = repair('RO-1', '9999-12-31T23:30:00-02:00', { finishedAt: undefined });
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [late]));
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'repair-period').message).toEqual({
      en: 'Not evaluated: repairs.0.agreedAt 9999-12-31T23:30:00-02:00 is not a day from 0000-01-01 to 9999-12-31 in Asia/Shanghai',
      zh: '未评估：repairs.0.agreedAt 9999-12-31T23:30:00-02:00 在 Asia/Shanghai 不是 0000-01-01 至 9999-12-31 之间的日期',
    });
  });
});
