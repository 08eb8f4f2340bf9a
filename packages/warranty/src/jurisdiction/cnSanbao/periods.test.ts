import { describe, expect, it } from 'vitest';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
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

describe('cn-sanbao-2021 periods on the start day and their texts', () => {
  it('as of the start day itself (no repair yet): inside the 包修期, km not known, and the periods reported', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', [], { asOf: at('2024-03-01', '18:00:00') }));
    const step = stepOf(decision, 'repair-period');
    expect(step.status).toBe('passed');
    // 2024-03-01 + 36 months = 2027-03-01: 365 + 365 + 365 = 1,095 days left.
    expect(step.message).toEqual({
      en: 'Inside the 包修期 (36 months / 60,000 km) on 2024-03-01: 1095 days (until 2027-03-01) and km not known (no repair recorded); quality problems are repaired free (Art. 19)',
      zh: '2024-03-01 在包修期（36个月或60,000公里）内：剩余 1095 天（至 2027-03-01），里程未知（无维修记录）；质量问题免费修理（第19条）',
    });
    expect(decision.details?.periods).toMatchObject({
      asOfDate: '2024-03-01',
      odometerKm: null,
      repair: { months: 36, days: null, kmLimit: 60_000, endDate: '2027-03-01', endKm: 60_000, kmLeft: null },
      sanbao: { months: 24, kmLimit: 50_000, endDate: '2026-03-01', endKm: 50_000 },
    });
  });

  it('with a repair recorded: the km left in both languages', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'), { odometerKm: 10_000 })]),
    );
    const step = stepOf(decision, 'repair-period');
    expect(step.message.en).toContain('and 50,000 km left; quality problems');
    expect(step.message.zh).toContain('，剩余 50,000 公里；质量问题');
  });

  it('once ended by time, says so in Chinese as well', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', [], { asOf: at('2027-03-02') }));
    expect(stepOf(decision, 'repair-period').message.zh).toBe(
      '2027-03-02 已超出包修期（36个月或60,000公里，以先到者为准）：已于 2027-03-01 届满',
    );
  });
});
