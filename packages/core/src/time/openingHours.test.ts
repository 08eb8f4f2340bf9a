import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from './businessCalendar';
import { isOpenAt, openMinutesBetween } from './openingHours';
import { issueOf, nationalDay2024 } from './testing';

const shanghai = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  ...nationalDay2024,
  openingHours: { open: '08:30', close: '17:30' },
});

/** Monday–Saturday with a lunch break (午休) 12:00–13:30. */
const withLunch = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  workingWeekdays: [1, 2, 3, 4, 5, 6],
  openingHours: [
    { open: '08:30', close: '12:00' },
    { open: '13:30', close: '18:00' },
  ],
});

/** Every day a working day, open 01:00–05:00: the hours a New York DST change falls into. */
const newYorkNights = createBusinessCalendar({
  timeZone: 'America/New_York',
  workingWeekdays: [1, 2, 3, 4, 5, 6, 7],
  openingHours: { open: '01:00', close: '05:00' },
});

describe('isOpenAt', () => {
  it('returns true from the opening minute and false from the closing minute', () => {
    // Friday 2024-03-01, 08:30–17:30 in Shanghai.
    expect(isOpenAt(shanghai, '2024-03-01T08:29:59+08:00')).toBe(false);
    expect(isOpenAt(shanghai, '2024-03-01T08:30:00+08:00')).toBe(true);
    expect(isOpenAt(shanghai, '2024-03-01T17:29:59+08:00')).toBe(true);
    expect(isOpenAt(shanghai, '2024-03-01T17:30:00+08:00')).toBe(false);
  });

  it('returns false during a lunch break and true again when the afternoon opens', () => {
    expect(isOpenAt(withLunch, '2024-03-01T11:59:59+08:00')).toBe(true);
    expect(isOpenAt(withLunch, '2024-03-01T12:00:00+08:00')).toBe(false);
    expect(isOpenAt(withLunch, '2024-03-01T13:29:59+08:00')).toBe(false);
    expect(isOpenAt(withLunch, '2024-03-01T13:30:00+08:00')).toBe(true);
  });

  it('returns the answer for the calendar zone whatever the offset of the instant', () => {
    expect(isOpenAt(shanghai, '2024-03-01T00:30:00Z')).toBe(true); // 08:30 in Shanghai
    expect(isOpenAt(shanghai, '2024-02-29T19:30:00-05:00')).toBe(true); // 00:30Z = 08:30 in Shanghai
  });

  it('returns false on weekends and holidays, true on a make-up Sunday', () => {
    expect(isOpenAt(shanghai, '2024-03-02T10:00:00+08:00')).toBe(false); // Saturday
    expect(isOpenAt(shanghai, '2024-10-01T10:00:00+08:00')).toBe(false); // National Day
    expect(isOpenAt(shanghai, '2024-09-29T10:00:00+08:00')).toBe(true); // make-up Sunday
  });

  it('returns true for both 01:30s of a fall-back night and false after a skipped hour closes', () => {
    expect(isOpenAt(newYorkNights, '2024-11-03T01:30:00-04:00')).toBe(true); // first 01:30 (EDT)
    expect(isOpenAt(newYorkNights, '2024-11-03T01:30:00-05:00')).toBe(true); // second 01:30 (EST)
    expect(isOpenAt(newYorkNights, '2024-03-10T03:30:00-04:00')).toBe(true);
    expect(isOpenAt(newYorkNights, '2024-03-10T05:00:00-04:00')).toBe(false);
  });
});

describe('openMinutesBetween', () => {
  it('returns 120 from Friday 16:00 to Monday 09:00 when open 08:30–17:30', () => {
    // Friday 16:00–17:30 = 90, weekend closed, Monday 08:30–09:00 = 30.
    expect(openMinutesBetween(shanghai, '2024-03-01T16:00:00+08:00', '2024-03-04T09:00:00+08:00')).toBe(120);
  });

  it('returns 60 across National Day 2024: only the two edge days count', () => {
    // 09-30 17:00–17:30 = 30; 10-01 … 10-07 closed; 10-08 08:30–09:00 = 30.
    expect(openMinutesBetween(shanghai, '2024-09-30T17:00:00+08:00', '2024-10-08T09:00:00+08:00')).toBe(60);
  });

  it('returns the minutes outside the lunch break when a range spans it', () => {
    // Friday 11:00–12:00 = 60, lunch 12:00–13:30 closed, 13:30–14:00 = 30.
    expect(openMinutesBetween(withLunch, '2024-03-01T11:00:00+08:00', '2024-03-01T14:00:00+08:00')).toBe(90);
    // Friday 17:00 → Saturday 09:00: Friday 60, Saturday 08:30–09:00 = 30 (Saturday is worked here).
    expect(openMinutesBetween(withLunch, '2024-03-01T17:00:00+08:00', '2024-03-02T09:00:00+08:00')).toBe(90);
    // A whole working day: 3 h 30 + 4 h 30 = 480 minutes.
    expect(openMinutesBetween(withLunch, '2024-03-01T00:00:00+08:00', '2024-03-02T00:00:00+08:00')).toBe(480);
  });

  it('returns 0 for an empty range or a range outside opening hours', () => {
    expect(openMinutesBetween(shanghai, '2024-03-01T10:00:00+08:00', '2024-03-01T10:00:00+08:00')).toBe(0);
    expect(openMinutesBetween(shanghai, '2024-03-01T18:00:00+08:00', '2024-03-04T08:30:00+08:00')).toBe(0);
  });

  it('returns fractional minutes when an instant is not on a whole minute', () => {
    expect(openMinutesBetween(shanghai, '2024-03-01T10:00:00+08:00', '2024-03-01T10:01:30+08:00')).toBe(1.5);
  });

  it('returns real minutes when DST changes inside the opening hours (New York)', () => {
    // 01:00–05:00 is 240 min on an ordinary night, 180 when 02:00 → 03:00, 300 when 02:00 → 01:00.
    expect(openMinutesBetween(newYorkNights, '2024-03-09T00:00:00-05:00', '2024-03-09T12:00:00-05:00')).toBe(
      240,
    );
    expect(openMinutesBetween(newYorkNights, '2024-03-10T00:00:00-05:00', '2024-03-10T12:00:00-04:00')).toBe(
      180,
    );
    expect(openMinutesBetween(newYorkNights, '2024-11-03T00:00:00-04:00', '2024-11-03T12:00:00-05:00')).toBe(
      300,
    );
  });

  it('returns 23 h and 25 h of minutes for open-all-day DST Sundays in Berlin', () => {
    const berlin = createBusinessCalendar({ timeZone: 'Europe/Berlin', workingWeekdays: [7] });
    expect(openMinutesBetween(berlin, '2024-03-30T00:00:00Z', '2024-04-02T00:00:00Z')).toBe(23 * 60);
    expect(openMinutesBetween(berlin, '2024-10-26T00:00:00Z', '2024-10-29T00:00:00Z')).toBe(25 * 60);
  });

  it('returns the count isOpenAt gives minute by minute (a second method), over a DST weekend', () => {
    const from = Date.parse('2024-03-09T00:00:00Z');
    const to = Date.parse('2024-03-11T12:00:00Z');
    let open = 0;
    for (let t = from; t < to; t += 60_000) if (isOpenAt(newYorkNights, new Date(t).toISOString())) open += 1;
    expect(openMinutesBetween(newYorkNights, new Date(from).toISOString(), new Date(to).toISOString())).toBe(
      open,
    );
  });

  it('returns the sum of the two parts when a range is split anywhere', () => {
    const instant = fc
      .integer({ min: Date.parse('2024-09-20T00:00:00Z'), max: Date.parse('2024-10-20T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.tuple(instant, instant, instant), (points) => {
        const [a, b, c] = [...points].sort();
        if (a === undefined || b === undefined || c === undefined) return;
        expect(openMinutesBetween(shanghai, a, c)).toBeCloseTo(
          openMinutesBetween(shanghai, a, b) + openMinutesBetween(shanghai, b, c),
          9,
        );
      }),
    );
  });

  it('returns a count over 100 years, and throws time.range_too_long at to over 36,525 days', () => {
    // 2000-01-01 → 2100-01-01 is 100 × 365 + 25 leap days (2000, 2004, …, 2096) = 36,525 days.
    const from = '2000-01-01T00:00:00+08:00';
    expect(openMinutesBetween(shanghai, from, '2100-01-01T00:00:00+08:00')).toBeGreaterThan(0);
    expect(issueOf(() => openMinutesBetween(shanghai, from, '2100-01-02T00:00:00+08:00'))).toEqual({
      code: 'time.range_too_long',
      path: ['to'],
    });
  });

  it('throws time.invalid_range at to when to is before from', () => {
    expect(
      issueOf(() => openMinutesBetween(shanghai, '2024-03-04T09:00:00+08:00', '2024-03-01T16:00:00+08:00')),
    ).toEqual({
      code: 'time.invalid_range',
      path: ['to'],
    });
  });
});
