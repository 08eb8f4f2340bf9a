import { describe, expect, it } from 'vitest';
import { evaluate, repair, repairsOn, stepOf, vehicle } from './testing';

describe('a California case whose window runs past 9999-12-31', () => {
  it('delivered 9998-06-30 the window ends 9999-12-30; delivered 9998-07-01 it would end in 10000', () => {
    // 9998-06-30 + 18 months = 9999-12-30; 9998-07-01 + 18 months = 10000-01-01.
    const repairs = repairsOn(['9998-08-03']);
    const inside = evaluate(repairs, { vehicle: vehicle({ deliveryDate: '9998-06-30' }) });
    expect(inside.details).toMatchObject({ windowEndDate: '9999-12-30' });
    expect(inside.outcome).not.toBe('undetermined');

    const past = evaluate(repairs, { vehicle: vehicle({ deliveryDate: '9998-07-01' }) });
    expect(past.outcome).toBe('undetermined');
    expect(past.trace.every((step) => step.status === 'not_applicable')).toBe(true);
    expect(stepOf(past, 'window').message.en).toBe(
      'Not evaluated: 18 months from delivery on 9998-07-01 end after 9999-12-31, the last date the calendar names',
    );
    expect(JSON.parse(JSON.stringify(past))).toEqual(past);
    // The details still say what was read, and that no paragraph is met.
    expect(past.details).toEqual({
      deliveryDate: '9998-07-01',
      timeZone: 'America/Los_Angeles',
      asOf: '9998-08-03T16:00:00-07:00',
      noticeRequired: true,
      grounds: [],
    });
  });

  it('an as-of moment that is 10000-01-01 in Los Angeles is named in the reason of every rule', () => {
    // 23:30 on 9999-12-31 at −12:00 is 11:30Z on 10000-01-01, 03:30 that day in Los Angeles (PST, −8).
    const decision = evaluate(repairsOn(['2024-03-05']), { asOf: '9999-12-31T23:30:00-12:00' });
    expect(decision.outcome).toBe('undetermined');
    expect(decision.trace).toHaveLength(5);
    for (const step of decision.trace) {
      expect(step.status).toBe('not_applicable');
      expect(step.message).toEqual({
        en: 'Not evaluated: asOf 9999-12-31T23:30:00-12:00 is not a day from 0000-01-01 to 9999-12-31 in America/Los_Angeles',
        zh: '未评估：asOf 9999-12-31T23:30:00-12:00 在 America/Los_Angeles 不是 0000-01-01 至 9999-12-31 之间的日期',
      });
    }
  });

  it("names a repair's instant by its path in the case: repairs.<index>.<field>", () => {
    // A repair never finished before 10000-01-01 in Los Angeles (11:30Z that day, 03:30 PST).
    const stay = repair({
      roId: 'RO-1',
      agreedAt: '2024-03-05T08:00:00-08:00',
      finishedAt: '9999-12-31T23:30:00-12:00',
    });
    const decision = evaluate([stay]);
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'window').message.en).toBe(
      'Not evaluated: repairs.0.finishedAt 9999-12-31T23:30:00-12:00 is not a day from 0000-01-01 to 9999-12-31 in America/Los_Angeles',
    );
  });
});
