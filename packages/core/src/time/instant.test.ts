import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantSchema } from '../schemas/primitives';
import { elapsedDaysCeil, hoursBetween, isInstant, parseInstant } from './instant';

describe('isInstant', () => {
  it('returns true when the text is ISO 8601 with seconds and an offset', () => {
    expect(isInstant('2024-03-01T09:30:00+08:00')).toBe(true);
    expect(isInstant('2024-03-01T01:30:00Z')).toBe(true);
    expect(isInstant('2024-03-01T01:30:00.5Z')).toBe(true);
    expect(isInstant('2024-03-01T01:30:00.123456-05:00')).toBe(true);
  });

  it('returns false when the offset or the seconds are missing, or a field is out of range', () => {
    expect(isInstant('2024-03-01T09:30:00')).toBe(false); // local time: meaning depends on the host
    expect(isInstant('2024-03-01T09:30+08:00')).toBe(false);
    expect(isInstant('2024-03-01T09:30:00+0800')).toBe(false);
    expect(isInstant('2024-03-01t09:30:00z')).toBe(false);
    expect(isInstant('2024-03-01 09:30:00Z')).toBe(false);
    expect(isInstant('2024-03-01T24:00:00Z')).toBe(false);
    expect(isInstant('2024-03-01T09:60:00Z')).toBe(false);
    expect(isInstant('2024-03-01T09:30:60Z')).toBe(false); // no leap seconds
    expect(isInstant('2024-03-01T09:30:00+24:00')).toBe(false);
    expect(isInstant('2023-02-29T09:30:00Z')).toBe(false);
    expect(isInstant(Date.UTC(2024, 2, 1))).toBe(false);
  });

  it('returns the same answer as instantSchema, the check records go through', () => {
    const part = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const instantLike = fc
      .tuple(
        fc.constantFrom('2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2024-13-01'),
        part(25),
        part(61),
        part(61),
        fc.constantFrom('', '.5', '.123', '.1234567', '.'),
        fc.constantFrom('Z', 'z', '', '+08:00', '-05:30', '+23:59', '+24:00', '-00:60', '+0800', '+08'),
      )
      .map(([date, h, m, s, fraction, zone]) => `${date}T${h}:${m}:${s}${fraction}${zone}`);
    fc.assert(
      fc.property(fc.oneof(instantLike, fc.string()), (text) => {
        expect(isInstant(text)).toBe(instantSchema.safeParse(text).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseInstant', () => {
  it('returns the instant when it is valid', () => {
    expect(parseInstant('2024-03-01T09:30:00+08:00')).toBe('2024-03-01T09:30:00+08:00');
  });

  it('throws time.invalid_instant at the given path when the offset is missing', () => {
    expect(() => parseInstant('2024-03-01T09:30:00', ['checkedInAt'])).toThrowErrorMatchingInlineSnapshot(
      `[AftersalesError: [time.invalid_instant] checkedInAt '2024-03-01T09:30:00' is not an instant (ISO 8601 with a UTC offset, e.g. 2024-03-01T09:30:00+08:00)]`,
    );
  });
});

describe('hoursBetween', () => {
  it('returns fractional hours when the gap is not whole hours', () => {
    expect(hoursBetween('2024-03-01T09:00:00+08:00', '2024-03-01T10:30:00+08:00')).toBe(1.5);
  });

  it('returns 0 when the two instants are the same moment written with different offsets', () => {
    expect(hoursBetween('2024-03-01T09:00:00+08:00', '2024-03-01T01:00:00Z')).toBe(0);
  });

  it('returns a negative number when to is before from', () => {
    expect(hoursBetween('2024-03-02T00:00:00Z', '2024-03-01T00:00:00Z')).toBe(-24);
  });

  it('returns 0 when the instants differ by less than a millisecond (fractions are truncated)', () => {
    expect(hoursBetween('2024-03-01T00:00:00.9999Z', '2024-03-01T00:00:00.999Z')).toBe(0);
  });

  it('returns what Date.parse gives for the same two instants', () => {
    const anyInstant = fc
      .date({
        min: new Date('0000-01-02T00:00:00Z'),
        max: new Date('9999-12-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(anyInstant, anyInstant, (a, b) => {
        expect(hoursBetween(a, b)).toBe((Date.parse(b) - Date.parse(a)) / 3_600_000);
      }),
    );
  });
});

describe('elapsedDaysCeil', () => {
  const from = '2024-03-01T09:00:00+08:00';

  it('returns 0 when no time has passed', () => {
    expect(elapsedDaysCeil(from, from)).toBe(0);
  });

  it('returns 1 when anything from 1 ms up to exactly 24 h has passed', () => {
    expect(elapsedDaysCeil(from, '2024-03-01T09:00:00.001+08:00')).toBe(1);
    expect(elapsedDaysCeil(from, '2024-03-01T18:00:00+08:00')).toBe(1); // 9 h
    expect(elapsedDaysCeil(from, '2024-03-02T09:00:00+08:00')).toBe(1); // 24 h
  });

  it('returns 2 when 24 h + 1 min up to exactly 48 h have passed', () => {
    expect(elapsedDaysCeil(from, '2024-03-02T09:01:00+08:00')).toBe(2); // 24 h 1 min
    expect(elapsedDaysCeil(from, '2024-03-03T09:00:00+08:00')).toBe(2); // 48 h
    expect(elapsedDaysCeil(from, '2024-03-03T09:01:00+08:00')).toBe(3); // 48 h 1 min
  });

  it('returns days of real time, not calendar dates, when the offsets differ', () => {
    // 09:00 Beijing is 01:00Z; 2024-03-02T00:59:00Z is 23 h 59 min later.
    expect(elapsedDaysCeil(from, '2024-03-02T00:59:00Z')).toBe(1);
  });

  it('throws time.invalid_range at to when to is before from', () => {
    expect(() => elapsedDaysCeil(from, '2024-03-01T08:59:00+08:00')).toThrowErrorMatchingInlineSnapshot(
      `[AftersalesError: [time.invalid_range] to the range ends (2024-03-01T08:59:00+08:00) before it starts (2024-03-01T09:00:00+08:00)]`,
    );
  });
});
