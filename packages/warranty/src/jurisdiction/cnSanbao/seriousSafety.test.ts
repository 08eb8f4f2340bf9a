import { describe, expect, it } from 'vitest';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

const safety = (roId: string, agreedAt: string, more = {}) =>
  repair(roId, agreedAt, { system: 'brakes', problem: 'ABS-PUMP', isSeriousSafetyFault: true, ...more });

describe('cn-sanbao-2021.serious-safety (Art. 24(1))', () => {
  // Invoice 2024-03-01; repairs after the 60-day window so only the 三包-period grounds decide.
  it('is not met by two repairs when the second fixed the fault', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [safety('RO-1', at('2024-06-01')), safety('RO-2', at('2024-07-01'))]),
    );
    expect(stepOf(decision, 'serious-safety').status).toBe('failed');
    expect(decision.outcome).toBe('repair');
  });

  it('is met when the second repair did not fix it (resolved: false)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        safety('RO-1', at('2024-06-01')),
        safety('RO-2', at('2024-07-01'), { resolved: false }),
      ]),
    );
    const step = stepOf(decision, 'serious-safety');
    expect(step.status).toBe('passed');
    expect(step.message.en).toContain('Repair 2 of a serious safety fault (RO-2) did not fix it');
    expect(decision.outcome).toBe('replacement_or_return');
  });

  it('is met by a new serious safety fault after two repairs, on the last day of the 三包 period', () => {
    // 2 years from 2024-03-01 end on 2026-03-01 (inclusive); 23:30 local is still that day.
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        safety('RO-1', at('2024-06-01')),
        safety('RO-2', at('2024-07-01')),
        safety('RO-3', at('2026-03-01', '23:30:00'), {
          system: 'steering',
          problem: 'EPS-LOSS',
          odometerKm: 40_000,
        }),
      ]),
    );
    expect(stepOf(decision, 'serious-safety').status).toBe('passed');
  });

  it('does not count a third fault the day after the 三包 period ends (2026-03-01T16:30Z = 03-02 00:30 local)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        safety('RO-1', at('2024-06-01')),
        safety('RO-2', at('2024-07-01')),
        safety('RO-3', '2026-03-01T16:30:00Z', { odometerKm: 40_000 }),
      ]),
    );
    const step = stepOf(decision, 'serious-safety');
    expect(step.status).toBe('failed');
    expect(step.facts.notCounted).toEqual([{ roId: 'RO-3', reason: 'outside the 三包 period' }]);
  });

  it('does not count a third fault at 50,001 km, but does at 50,000 km', () => {
    const history = (odometerKm: number) => [
      safety('RO-1', at('2024-06-01')),
      safety('RO-2', at('2024-07-01')),
      safety('RO-3', at('2025-01-10'), { odometerKm }),
    ];
    expect(
      stepOf(evaluate(cnSanbao2021, vehicleCase('2024-03-01', history(50_000))), 'serious-safety').status,
    ).toBe('passed');
    expect(
      stepOf(evaluate(cnSanbao2021, vehicleCase('2024-03-01', history(50_001))), 'serious-safety').status,
    ).toBe('failed');
  });

  it('names the single repair so far and the two needed', () => {
    const decision = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [safety('RO-1', at('2024-06-01'))]));
    expect(stepOf(decision, 'serious-safety')).toMatchObject({
      status: 'failed',
      message: {
        en: '1 repair(s) of a serious safety fault in the 三包 period (RO-1); 2 are needed (Art. 24(1))',
        zh: '三包有效期内严重安全性能故障修理 1 次（RO-1），需累计 2 次（第24条第（1）项）',
      },
    });
  });
});

describe('cn-sanbao-2021.serious-safety: its facts and texts', () => {
  it('lists the serious safety repairs it counts, and only the serious ones it does not (with why)', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [
        safety('RO-1', at('2024-06-01')),
        repair('RO-2', at('2024-06-10'), { system: 'brakes', cause: 'wear' }),
        safety('RO-3', at('2024-06-20'), { cause: 'accident' }),
      ]),
    );
    // 2024-03-01 → 2024-06-01: 31 + 30 + 31 = day 92.
    expect(stepOf(decision, 'serious-safety').facts).toEqual({
      required: 2,
      repairs: [
        { roId: 'RO-1', date: '2024-06-01', day: 92, km: 1_000, problem: 'ABS-PUMP', resolved: true },
      ],
      notCounted: [{ roId: 'RO-3', reason: 'cause accident' }],
    });
  });

  it('with no serious safety repair: 0 so far, 2 needed, no list of ROs', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(pack, vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'))]));
    expect(stepOf(decision, 'serious-safety').message).toEqual({
      en: '0 repair(s) of a serious safety fault in the 三包 period; 2 are needed (Art. 24(1))',
      zh: '三包有效期内严重安全性能故障修理 0 次，需累计 2 次（第24条第（1）项）',
    });
  });

  it('a third after two: names the first two, then the new one, and gives replacement or return', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [
        safety('RO-1', at('2024-06-01')),
        safety('RO-2', at('2024-07-01')),
        safety('RO-3', at('2024-08-01')),
      ]),
    );
    const step = stepOf(decision, 'serious-safety');
    expect(step.message.en).toContain(
      'After 2 repairs of a serious safety fault (RO-1, RO-2) another one came (RO-3 on 2024-08-01, ABS-PUMP)',
    );
    expect(decision.details?.rights).toContainEqual({
      rule: 'cn-sanbao-2021.serious-safety',
      status: 'passed',
      remedy: 'replacement_or_return',
    });
  });
});
