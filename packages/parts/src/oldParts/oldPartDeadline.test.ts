import { parseRecord, WarrantyClaimSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { clockStartOf, computeOldPartDeadline } from './oldPartDeadline';
import { claim, TIME_ZONE } from './testing';

describe('computeOldPartDeadline', () => {
  it('days: the start day is not counted', () => {
    // 03-01 + 15 = 03-16
    expect(computeOldPartDeadline('2024-03-01', { returnWithinDays: 15, deadlineRule: 'days' })).toBe(
      '2024-03-16',
    );
    // 02-15 + 30: 14 days to 02-29 (leap year), 16 more → 03-16
    expect(computeOldPartDeadline('2024-02-15', { returnWithinDays: 30, deadlineRule: 'days' })).toBe(
      '2024-03-16',
    );
  });

  it('end_of_month: the last day of the month the N days end in', () => {
    // 03-25 + 10 = 04-04 → end of April
    expect(computeOldPartDeadline('2024-03-25', { returnWithinDays: 10, deadlineRule: 'end_of_month' })).toBe(
      '2024-04-30',
    );
    // 03-01 + 0 = 03-01 → end of March
    expect(computeOldPartDeadline('2024-03-01', { returnWithinDays: 0, deadlineRule: 'end_of_month' })).toBe(
      '2024-03-31',
    );
  });

  it('end_of_following_month: the last day of the next month', () => {
    const rule = 'end_of_following_month';
    // 01-31 + 0 → February 2024 has 29 days
    expect(computeOldPartDeadline('2024-01-31', { returnWithinDays: 0, deadlineRule: rule })).toBe(
      '2024-02-29',
    );
    // across the year end
    expect(computeOldPartDeadline('2024-12-10', { returnWithinDays: 0, deadlineRule: rule })).toBe(
      '2025-01-31',
    );
    // 03-25 + 10 = 04-04 → end of May
    expect(computeOldPartDeadline('2024-03-25', { returnWithinDays: 10, deadlineRule: rule })).toBe(
      '2024-05-31',
    );
  });

  it('throws time.invalid_date for a bad start', () => {
    expect(() => computeOldPartDeadline('2024-02-30', { returnWithinDays: 1, deadlineRule: 'days' })).toThrow(
      expect.objectContaining({ code: 'time.invalid_date' }),
    );
  });

  it('checks the policy as parseOldPartPolicy does, naming the field (it used to throw a TypeError)', () => {
    const fails = (policy: unknown, code: string, path: readonly string[]) =>
      expect(() => computeOldPartDeadline('2024-03-01', policy as never)).toThrow(
        expect.objectContaining({ code, path }),
      );
    fails(undefined, 'input.invalid_type', ['policy']);
    fails(null, 'input.invalid_type', ['policy']);
    fails({ deadlineRule: 'days' }, 'input.invalid_type', ['policy', 'returnWithinDays']);
    fails({ returnWithinDays: 1.5, deadlineRule: 'days' }, 'input.invalid_type', [
      'policy',
      'returnWithinDays',
    ]);
    // Both sides of each bound: 0 and 3660 days are allowed, −1 and 3661 are not.
    expect(computeOldPartDeadline('2024-03-01', { returnWithinDays: 0, deadlineRule: 'days' })).toBe(
      '2024-03-01',
    );
    fails({ returnWithinDays: -1, deadlineRule: 'days' }, 'input.too_small', ['policy', 'returnWithinDays']);
    // 2024-03-01 → 2034-03-01 is 10 × 365 + 2 = 3652 days (the leap days 2028-02-29 and
    // 2032-02-29; 2024-02-29 is before the start): 3660 − 3652 = 8 more days → 2034-03-09.
    expect(computeOldPartDeadline('2024-03-01', { returnWithinDays: 3660, deadlineRule: 'days' })).toBe(
      '2034-03-09',
    );
    fails({ returnWithinDays: 3661, deadlineRule: 'days' }, 'input.too_big', ['policy', 'returnWithinDays']);
    fails({ returnWithinDays: 1, deadlineRule: 'weeks' }, 'input.invalid_value', ['policy', 'deadlineRule']);
  });
});

describe('clockStartOf', () => {
  const record = parseRecord(
    WarrantyClaimSchema,
    claim('WC-1', {
      repairCompletedAt: '2024-02-29T18:00:00+08:00',
      adjudicatedAt: '2024-03-10T16:30:00Z', // 03-11 00:30 in Shanghai
    }),
  );

  it('reads the chosen instant as a local date in the dealer zone', () => {
    expect(clockStartOf(record, 'repair_completed', TIME_ZONE).date).toBe('2024-02-29');
    // 2024-02-29T23:30Z is 03-01 07:30 in Shanghai
    expect(clockStartOf(record, 'submitted', TIME_ZONE)).toEqual({
      field: 'submittedAt',
      instant: '2024-03-01T07:30:00+08:00',
      date: '2024-03-01',
    });
    expect(clockStartOf(record, 'adjudicated', TIME_ZONE).date).toBe('2024-03-11');
    // The same instants in Los Angeles (UTC−8 in winter, −7 from 03-10): 02-29 02:00, 02-29 15:30, 03-10 09:30
    expect(clockStartOf(record, 'submitted', 'America/Los_Angeles').date).toBe('2024-02-29');
    expect(clockStartOf(record, 'adjudicated', 'America/Los_Angeles').date).toBe('2024-03-10');
  });

  it('returns null when the claim does not have the date', () => {
    const bare = parseRecord(WarrantyClaimSchema, claim('WC-2'));
    expect(clockStartOf(bare, 'adjudicated', TIME_ZONE)).toEqual({
      field: 'adjudicatedAt',
      instant: null,
      date: null,
    });
  });
});
