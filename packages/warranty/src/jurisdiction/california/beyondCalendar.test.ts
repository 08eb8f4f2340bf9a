import { describe, expect, it } from 'vitest';
import { evaluate, repairsOn, stepOf, vehicle } from './testing';

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
  });
});
