import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantSchema } from '../schemas/primitives';
import { elapsedDaysCeil, epochMsOrUndefined, hoursBetween, isInstant, parseInstant } from './instant';

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

describe('epochMsOrUndefined against a regex reference and Date.parse', () => {
  // The reference, written independently of the hand-written parser: the shape by a regular
  // expression, the ranges by comparison, the length of a month by JS Date (a second method).
  const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

  function daysIn(year: number, month: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one
    return date.getUTCDate();
  }

  function referenceIsInstant(text: string): boolean {
    const match = SHAPE.exec(text);
    if (!match) return false;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
    if (hour > 23 || minute > 59 || second > 59) return false;
    if (match[8] === 'Z') return true;
    return Number(match[9]) <= 23 && Number(match[10]) <= 59;
  }

  const two = (n: number) => String(n).padStart(2, '0');
  const validInstant = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
      offset: fc.oneof(
        fc.constant('Z'),
        fc
          .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`),
      ),
    })
    .map(({ year, month, dayFraction, hour, minute, second, fraction, offset }) => {
      const day = 1 + Math.floor(dayFraction * daysIn(year, month));
      const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
      return `${date}T${two(hour)}:${two(minute)}:${two(second)}${fraction === undefined ? '' : `.${fraction}`}${offset}`;
    });

  // One character replaced (or dropped, or doubled) by one that often appears in an instant.
  const nearValid = fc
    .tuple(validInstant, fc.nat(), fc.constantFrom(...'0123456789-:T.Z+ zt9'.split(''), ''), fc.boolean())
    .map(([text, index, replacement, insert]) => {
      const at = index % text.length;
      return insert
        ? `${text.slice(0, at)}${replacement}${text.slice(at)}`
        : `${text.slice(0, at)}${replacement}${text.slice(at + 1)}`;
    });

  it('returns true exactly when the reference does, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(isInstant(text)).toBe(referenceIsInstant(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns true exactly when the reference does, on strings one character away from an instant', () => {
    fc.assert(
      fc.property(nearValid, (text) => {
        expect(isInstant(text)).toBe(referenceIsInstant(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('returns the milliseconds Date.parse gives when the instant is valid', () => {
    // V8 misreads a fraction of ten or more digits that starts with a zero ('.0500000000' gives
    // 500 ms), so Date.parse is a second method only up to nine digits; beyond, see the next test.
    const upToNineDigits = (text: string) => !/\.\d{10,}/.test(text);
    fc.assert(
      fc.property(
        fc.oneof(validInstant, nearValid.filter(referenceIsInstant)).filter(upToNineDigits),
        (text) => {
          expect(referenceIsInstant(text)).toBe(true);
          expect(epochMsOrUndefined(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('returns the milliseconds of the first three fraction digits however many follow', () => {
    // 2024-01-01T00:00:00Z is 19 723 days after the epoch: 19 723 × 86 400 000 = 1 704 067 200 000 ms.
    expect(epochMsOrUndefined('2024-01-01T00:00:00Z')).toBe(1_704_067_200_000);
    expect(epochMsOrUndefined('2024-01-01T00:00:00.0500000000Z')).toBe(1_704_067_200_050);
    expect(epochMsOrUndefined('2024-01-01T00:00:00.1239999999999Z')).toBe(1_704_067_200_123);
  });

  it('returns the milliseconds of a fraction of one or two digits, read as tenths and hundredths', () => {
    // .5 s = 500 ms and .12 s = 120 ms after 2024-01-01T00:00:00Z (1 704 067 200 000 ms);
    // 00:00:00.5+08:00 is 8 h earlier: 1 704 067 200 000 − 28 800 000 + 500.
    expect(epochMsOrUndefined('2024-01-01T00:00:00.5Z')).toBe(1_704_067_200_500);
    expect(epochMsOrUndefined('2024-01-01T00:00:00.12Z')).toBe(1_704_067_200_120);
    expect(epochMsOrUndefined('2024-01-01T00:00:00.5+08:00')).toBe(1_704_038_400_500);
  });

  it('returns the same answer when asked twice in a row or after another date', () => {
    // The parser remembers the last date it converted; the answer must not depend on it.
    fc.assert(
      fc.property(fc.oneof(validInstant, nearValid), fc.oneof(validInstant, nearValid), (first, second) => {
        const alone = epochMsOrUndefined(second);
        epochMsOrUndefined(first);
        expect(epochMsOrUndefined(second)).toBe(alone);
      }),
      { numRuns: 2000 },
    );
  });
});
