import { describe, expect, it } from 'vitest';
import { createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

describe('reading a 三包 case: the as-of moment and the repairs it counts', () => {
  it('without an as-of moment or request: the latest time in the history, whatever the order given', () => {
    const pack = createSanbaoJurisdiction2021();
    // Given latest first: RO-B agreed 2024-07-01 10:00 and finished 12:00 (04:00Z), at 12,000 km.
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [
        repair('RO-B', at('2024-07-01'), { odometerKm: 12_000 }),
        repair('RO-A', at('2024-06-01'), { odometerKm: 10_000 }),
      ]),
    );
    expect(decision.details?.asOf).toBe('2024-07-01T04:00:00Z');
    // The km known is that of the latest repair in time, not of the last one listed.
    expect(decision.details?.periods).toMatchObject({ asOfDate: '2024-07-01', odometerKm: 12_000 });
    expect(stepOf(decision, 'repair-period').facts).toMatchObject({ odometerKm: 12_000, kmLeft: 48_000 });
  });

  it('the latest instant spelled two ways: the spelling met first', () => {
    const pack = createSanbaoJurisdiction2021();
    // RO-B is finished at 04:00Z; RO-A, still open, was agreed at 12:00 in Shanghai: the same instant.
    const done = repair('RO-B', at('2024-07-01'));
    const open = { ...repair('RO-A', at('2024-07-01', '12:00:00')), finishedAt: undefined };
    expect(evaluate(pack, vehicleCase('2024-03-01', [done, open])).details?.asOf).toBe(
      '2024-07-01T04:00:00Z',
    );
    expect(evaluate(pack, vehicleCase('2024-03-01', [open, done])).details?.asOf).toBe(
      '2024-07-01T12:00:00+08:00',
    );
  });

  it('a repair not finished and no as-of moment: its agreement is the latest time', () => {
    const pack = createSanbaoJurisdiction2021();
    const open = { ...repair('RO-1', at('2024-06-01')), finishedAt: undefined };
    const decision = evaluate(pack, vehicleCase('2024-03-01', [open]));
    expect(decision.outcome).toBe('repair');
    expect(decision.details?.asOf).toBe(at('2024-06-01'));
  });

  it('counts a repair agreed on the start day (day 0) and one agreed exactly at the as-of moment', () => {
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase(
        '2024-03-01',
        [repair('RO-0', at('2024-03-01', '15:00:00')), repair('RO-1', at('2024-06-01'))],
        {
          asOf: at('2024-06-01'),
        },
      ),
    );
    expect(decision.details?.ignoredRepairs).toEqual([]);
    const counted = stepOf(decision, 'repair-time').facts.repairs as { roId: string }[];
    expect(counted.map((r) => r.roId)).toEqual(['RO-0', 'RO-1']);
  });

  it('a car still in the workshop at the as-of moment: its repair time runs to the as-of moment', () => {
    // Agreed 2024-06-01 10:00, finished 2024-06-11 10:00, as of 2024-06-04 10:00: 72 hours, 3 days.
    const pack = createSanbaoJurisdiction2021();
    const decision = evaluate(
      pack,
      vehicleCase('2024-03-01', [repair('RO-1', at('2024-06-01'), { finishedAt: at('2024-06-11') })], {
        asOf: at('2024-06-04'),
      }),
    );
    expect(stepOf(decision, 'repair-time').facts).toMatchObject({
      totalDays: 3,
      repairs: [{ roId: 'RO-1', hours: 72, excludedHours: '0', days: 3, finished: true }],
    });
  });
});
