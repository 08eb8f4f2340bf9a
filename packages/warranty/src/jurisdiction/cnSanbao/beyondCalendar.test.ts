import { describe, expect, it } from 'vitest';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, vehicleCase } from './testing';

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
