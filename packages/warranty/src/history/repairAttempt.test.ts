import { isAftersalesError, parseRecord } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { type RepairAttemptInput, RepairAttemptSchema } from './repairAttempt';

/** A repair agreed at 09:00 Beijing time on 2024-03-05 (01:00Z); `finishedAt` as given. */
const repair = (finishedAt: string | undefined): RepairAttemptInput => ({
  roId: 'RO-2024-0131',
  vin: 'LSVAU2187N2123456',
  agreedAt: '2024-03-05T09:00:00+08:00',
  ...(finishedAt === undefined ? {} : { finishedAt }),
  odometerKm: 1_850,
  problem: 'P0A80',
  system: 'traction_battery',
});

function issuesOf(input: unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    parseRecord(RepairAttemptSchema, input);
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  return [];
}

describe('RepairAttemptSchema: finishedAt is not before agreedAt', () => {
  it('accepts a repair finished at the very instant it was agreed, also written in another offset', () => {
    // 09:00 at +08:00 is 01:00Z: the same instant, so not before it.
    expect(issuesOf(repair('2024-03-05T09:00:00+08:00'))).toEqual([]);
    expect(issuesOf(repair('2024-03-05T01:00:00Z'))).toEqual([]);
    expect(RepairAttemptSchema.parse(repair('2024-03-05T01:00:00Z')).finishedAt).toBe('2024-03-05T01:00:00Z');
  });

  it('refuses one finished a second before it was agreed, at finishedAt', () => {
    expect(issuesOf(repair('2024-03-05T00:59:59Z'))).toEqual([
      { code: 'input.inconsistent', path: ['finishedAt'] },
    ]);
  });

  it('accepts a repair not finished yet', () => {
    expect(issuesOf(repair(undefined))).toEqual([]);
  });
});
