import { describe, expect, it } from 'vitest';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

// 2021 Art. 18: the 包修期 is at least 3 years or 60,000 km, whichever comes first, from the start
// (here the invoice date 2024-03-01; the start odometer is taken as 0 km).
describe('cn-sanbao-2021.repair-period (Art. 18)', () => {
  it('ends by distance at 60,001 km though only three months have passed, naming both readings', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'), { odometerKm: 60_001 })]),
    );
    const step = stepOf(decision, 'repair-period');
    expect(step.status).toBe('failed');
    expect(step.facts).toMatchObject({ odometerKm: 60_001, kmLimit: 60_000, within: false, kmOver: 1 });
    expect(step.message).toEqual({
      en: 'Outside the 包修期 (36 months / 60,000 km, whichever first) on 2024-06-01: 60,001 km > 60,000',
      zh: '2024-06-01 已超出包修期（36个月或60,000公里，以先到者为准）：已行驶 60,001 公里，超过 60,000 公里',
    });
  });

  it('is inside at exactly 60,000 km ("within" includes the figure)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'), { odometerKm: 60_000 })]),
    );
    expect(stepOf(decision, 'repair-period')).toMatchObject({ status: 'passed', facts: { kmLeft: 0 } });
  });

  it('fails with both dates when the as-of date is before the start, and reports no periods', () => {
    // Invoiced 2024-03-01, evaluated as of 2024-02-01: no period has begun.
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [], { asOf: at('2024-02-01') }));
    expect(stepOf(decision, 'repair-period')).toMatchObject({
      status: 'failed',
      facts: { startDate: '2024-03-01', asOfDate: '2024-02-01' },
      message: {
        en: 'The as-of date 2024-02-01 is before the start 2024-03-01',
        zh: '评估日期 2024-02-01 早于起算日 2024-03-01',
      },
    });
    expect(decision.details?.periods).toBeNull();
    expect(decision.outcome).toBe('none');
  });
});
