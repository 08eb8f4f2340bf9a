import { describe, expect, it } from 'vitest';
import { RepairAttemptSchema } from '../../history/repairAttempt';
import { repairTime } from './repairTime';
import { at, repair } from './testing';

const read = (agreedAt: string, finishedAt: string, excluded: { reason: string; hours: string }[] = []) => {
  const parsed = RepairAttemptSchema.parse(
    repair('RO-1', agreedAt, { finishedAt, excludedTime: excluded as never }),
  );
  return repairTime(parsed, Date.parse(agreedAt), Date.parse(finishedAt));
};

describe('repairTime', () => {
  it('counts exactly 24 hours as 1 day and 24 h 1 min as 2 (Art. 40: a remainder under 24 h is a day)', () => {
    // 09:00 → 09:00 next day = 24 h → 1; 09:00 → 09:01 = 24 h 1 min → ceil(24.0167 / 24) = 2
    expect(read(at('2024-03-01', '09:00:00'), at('2024-03-02', '09:00:00')).days).toBe(1);
    expect(read(at('2024-03-01', '09:00:00'), at('2024-03-02', '09:01:00')).days).toBe(2);
  });

  it('counts by elapsed hours, not by calendar dates: 18:00 → 09:00 next day is 1 day', () => {
    // 15 hours across midnight in Shanghai; the UTC dates (10:00Z → 01:00Z) differ too
    expect(read(at('2024-03-01', '18:00:00'), at('2024-03-02', '09:00:00'))).toMatchObject({
      hours: 15,
      days: 1,
    });
  });

  it('subtracts excluded hours before rounding', () => {
    // 121 h elapsed → 6 days for the substitute car; 121 − 3 h rescue travel = 118 h → ceil(4.92) = 5 days
    const time = read(at('2024-03-01', '09:00:00'), at('2024-03-06', '10:00:00'), [
      { reason: 'rescue_travel', hours: '3' },
    ]);
    expect(time).toEqual({ hours: 121, days: 6, excludedHours: '3', countedDays: 5 });
  });

  it('keeps decimal excluded hours exact and sums several', () => {
    // 721 h (30 d 1 h) − (0.25 + 0.25) h = 720.5 h → ceil(30.02) = 31; − 1 h exactly → 720 h → 30
    const start = at('2024-03-01', '09:00:00');
    const end = at('2024-03-31', '10:00:00');
    const halves = [
      { reason: 'rescue_travel', hours: '0.25' },
      { reason: 'traction_battery_transport', hours: '0.25' },
    ];
    expect(read(start, end, halves)).toMatchObject({ days: 31, excludedHours: '0.5', countedDays: 31 });
    expect(read(start, end, [{ reason: 'special_order_part_transport', hours: '1' }]).countedDays).toBe(30);
  });

  it('never counts below 0 days when more time is excluded than elapsed', () => {
    expect(
      read(at('2024-03-01'), at('2024-03-01', '12:00:00'), [{ reason: 'rescue_travel', hours: '5' }]),
    ).toMatchObject({
      days: 1,
      countedDays: 0,
    });
  });
});

describe('repairTime when more time is excluded than the repair took', () => {
  it('counts 0 days, never fewer: 2 hours in the workshop with 60 hours of rescue travel excluded', () => {
    const time = read(at('2024-03-01', '10:00:00'), at('2024-03-01', '12:00:00'), [
      { reason: 'rescue_travel', hours: '60' },
    ]);
    expect(time).toEqual({ hours: 2, days: 1, excludedHours: '60', countedDays: 0 });
  });
});
