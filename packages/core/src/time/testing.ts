import { isAftersalesError } from '../errors/AftersalesError';

/**
 * Test helpers for the business-time module (not exported from the package, not published).
 */

/** The code and path of the AftersalesError `fn` throws; fails the test if it throws none or another. */
export function issueOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

/**
 * China, National Day 2024 (State Council notice): 10-01 (Tuesday) … 10-07 (Monday) off; Sunday
 * 09-29 and Saturday 10-12 are make-up working days (调休). Weekdays checked by hand: 2024-01-01 was
 * a Monday and 10-01 is day 275 of the year, 274 = 39 × 7 + 1 days later, so a Tuesday.
 */
export const nationalDay2024 = Object.freeze({
  holidays: [
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
    '2024-10-07',
  ],
  workingWeekends: ['2024-09-29', '2024-10-12'],
});
