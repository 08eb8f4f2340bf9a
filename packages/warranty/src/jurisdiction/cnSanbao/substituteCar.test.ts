import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { at, evaluate, repair, stepOf, vehicleCase } from './testing';

const rescue = { excludedTime: [{ reason: 'rescue_travel' as const, hours: '3' }] };

describe('cn-sanbao-2021.substitute-car (Art. 21)', () => {
  // Invoice 2024-03-01; RO-1 agreed 2024-06-03 09:00 Shanghai (01:00 UTC).
  it('is not due for a repair of exactly 5 days (120 h)', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-06-03', '09:00:00'), { finishedAt: at('2024-06-08', '09:00:00') }),
      ]),
    );
    const step = stepOf(decision, 'substitute-car');
    expect(step.status).toBe('failed');
    expect(step.message.en).toContain('longest: RO-1, 5 days');
    expect(decision.details?.substituteCar).toEqual([]);
  });

  it('is due from day 6 for 5 days and 1 minute (→ 6 days): 1 day due', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-06-03', '09:00:00'), { finishedAt: at('2024-06-08', '09:01:00') }),
      ]),
    );
    expect(stepOf(decision, 'substitute-car').status).toBe('passed');
    expect(decision.details?.substituteCar).toEqual([{ roId: 'RO-1', repairDays: 6, daysDue: 1 }]);
  });

  it('counts rescue travel for the substitute car but not for the cumulative 30 days', () => {
    // 5 d 2 h = 122 h → 6 days here; 122 − 3 = 119 h → 5 days toward the cumulative time
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-06-03', '09:00:00'), { finishedAt: at('2024-06-08', '11:00:00'), ...rescue }),
      ]),
    );
    expect(decision.details?.substituteCar).toEqual([{ roId: 'RO-1', repairDays: 6, daysDue: 1 }]);
    expect(stepOf(decision, 'repair-time').facts).toMatchObject({ totalDays: 5 });
  });

  it('does not count a rescue exclusion to bring 6 days under 5', () => {
    // 5 d 1 min with 3 h excluded: still 6 days for the substitute car (no exclusions here)
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', [
        repair('RO-1', at('2024-06-03', '09:00:00'), { finishedAt: at('2024-06-08', '09:01:00'), ...rescue }),
      ]),
    );
    expect(decision.details?.substituteCar).toEqual([{ roId: 'RO-1', repairDays: 6, daysDue: 1 }]);
  });

  it('is not due outside the 包修期: 36 months from 2024-03-01 end on 2027-03-01', () => {
    const week = (agreedAt: string) =>
      repair('RO-1', agreedAt, {
        odometerKm: 55_000,
        finishedAt: new Date(Date.parse(agreedAt) + 7 * 86_400_000).toISOString().replace('.000Z', 'Z'),
      });
    const lastDay = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [week(at('2027-03-01', '23:30:00'))]));
    expect(lastDay.details?.substituteCar).toEqual([{ roId: 'RO-1', repairDays: 7, daysDue: 2 }]);
    // 2027-03-01T16:30Z is 2027-03-02 00:30 in Shanghai: outside
    const dayAfter = evaluate(cnSanbao2021, vehicleCase('2024-03-01', [week('2027-03-01T16:30:00Z')]));
    expect(dayAfter.details?.substituteCar).toEqual([]);
    expect(dayAfter.outcome).toBe('none');
  });

  it('cites the 2013 article of the same duty (Art. 19)', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', [
        repair('RO-1', at('2020-06-03', '09:00:00'), { finishedAt: at('2020-06-10', '09:00:00') }),
      ]),
    );
    expect(stepOf(decision, 'substitute-car')).toMatchObject({
      status: 'passed',
      cite: 'regulation:cn-sanbao-2013#19',
    });
    expect(decision.details?.substituteCar).toEqual([{ roId: 'RO-1', repairDays: 7, daysDue: 2 }]);
  });
});
