import { describe, expect, it } from 'vitest';
import { dayOfDate, isDate, isId, isText } from './fastChecks';

// The fast checks accept only what core's schemas accept, in the form the schemas output; what
// they refuse goes to the schema, which decides and says why.

describe('isText (a description: 1–4,000 characters, not all white space)', () => {
  it('accepts text up to 4,000 characters', () => {
    expect(isText('rattle from the rear axle')).toBe(true);
    expect(isText(' x ')).toBe(true);
    expect(isText('x'.repeat(4_000))).toBe(true);
  });

  it('refuses 4,001 characters, blank text and anything not a string', () => {
    expect(isText('x'.repeat(4_001))).toBe(false);
    expect(isText('')).toBe(false);
    expect(isText('   \n')).toBe(false);
    expect(isText(42)).toBe(false);
    expect(isText(['rattle'])).toBe(false);
    expect(isText(undefined)).toBe(false);
  });
});

describe('isId', () => {
  it('refuses what is not a string', () => {
    expect(isId(42)).toBe(false);
    expect(isId(['PG-1'])).toBe(false);
    expect(isId(null)).toBe(false);
    expect(isId('PG-1')).toBe(true);
  });
});

describe('dayOfDate', () => {
  it('refuses a letter or a sign among the digits, even where the rest would make a date', () => {
    expect(dayOfDate('2024-03-01')).toBe(19_783); // 54 years of days from 1970, 13 leap days: 19,723 + 60
    for (const text of ['202a-03-01', '2024-0a-01', '2024-03-0a', '20/4-03-01']) {
      expect(dayOfDate(text), text).toBeNaN();
      expect(isDate(text), text).toBe(false);
    }
  });
});
