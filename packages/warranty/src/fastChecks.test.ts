import { describe, expect, it } from 'vitest';
import {
  dayOfDate,
  isCurrency,
  isDate,
  isId,
  isKm,
  isNonNegativeDecimal,
  isPlainWith,
  isShortText,
  isText,
  isVin,
  optional,
} from './fastChecks';

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

// Second method for day numbers: the UTC milliseconds of the date, in days.
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

describe('dayOfDate: day numbers of real dates', () => {
  it('counts days from 1970-01-01 as Date.UTC does, over month, year and century ends', () => {
    const dates: [string, number, number, number][] = [
      ['1970-01-01', 1970, 1, 1],
      ['1969-12-31', 1969, 12, 31],
      ['2000-02-29', 2000, 2, 29],
      ['2000-03-01', 2000, 3, 1],
      ['2024-02-29', 2024, 2, 29],
      ['2024-12-31', 2024, 12, 31],
      ['1900-03-01', 1900, 3, 1],
      ['2100-02-28', 2100, 2, 28],
      ['2399-12-31', 2399, 12, 31],
      ['9999-12-31', 9999, 12, 31],
      ['1600-01-15', 1600, 1, 15],
    ];
    for (const [text, year, month, day] of dates)
      expect(dayOfDate(text), text).toBe(utcDay(year, month, day));
    // By hand: 2000-01-01 is 30 × 365 + 7 leap days (1972 … 1996) = 10,957; + 31 + 28 → 02-29 is 11,016.
    expect(dayOfDate('2000-02-29')).toBe(11_016);
    // Year 0 (1 BC) is a leap year; 0000-01-01 is day −719,528, so 0000-03-01 is 60 days later.
    expect(dayOfDate('0000-01-01')).toBe(-719_528);
    expect(dayOfDate('0000-02-29')).toBe(-719_469);
    expect(dayOfDate('0000-03-01')).toBe(-719_468);
  });

  it('refuses days that do not exist: 02-29 of a common year or a century not divisible by 400, 04-31, day 0 or 32, month 0 or 13', () => {
    for (const text of [
      '2023-02-29',
      '1900-02-29',
      '2100-02-29',
      '2024-04-31',
      '2024-01-00',
      '2024-01-32',
      '2024-00-10',
      '2024-13-01',
    ]) {
      expect(dayOfDate(text), text).toBeNaN();
      expect(isDate(text), text).toBe(false);
    }
    expect(isDate('2024-04-30')).toBe(true);
    expect(isDate('2024-12-31')).toBe(true);
  });

  it('refuses other shapes: other separators, missing padding, numbers', () => {
    for (const value of [
      '2024/03/01',
      '2024-03/01',
      '2024-3-01',
      '2024-03-1',
      '2024-03-011',
      20_240_301,
      null,
    ]) {
      expect(dayOfDate(value), String(value)).toBeNaN();
    }
  });
});

describe('isPlainWith', () => {
  const onlyA = (key: string) => key === 'a';

  it('accepts a plain object whose keys all pass, and the empty object', () => {
    expect(isPlainWith({ a: 1 }, onlyA)).toBe(true);
    expect(isPlainWith({}, onlyA)).toBe(true);
  });

  it('refuses another key, null, arrays, objects without or with another prototype, and primitives', () => {
    expect(isPlainWith({ a: 1, b: 2 }, onlyA)).toBe(false);
    expect(isPlainWith(null, onlyA)).toBe(false);
    expect(isPlainWith([], onlyA)).toBe(false);
    expect(isPlainWith(Object.create(null), onlyA)).toBe(false);
    expect(isPlainWith(new Date(0), onlyA)).toBe(false);
    expect(isPlainWith('a', onlyA)).toBe(false);
    expect(isPlainWith(undefined, onlyA)).toBe(false);
  });
});

describe('isId: 1–64 characters, no surrounding white space, no line break', () => {
  it('accepts 1 and 64 characters, an inner space, and non-ASCII letters', () => {
    expect(isId('x')).toBe(true);
    expect(isId('x'.repeat(64))).toBe(true);
    expect(isId('RO 2024 001')).toBe(true);
    expect(isId('!~')).toBe(true);
    expect(isId('维修单-1')).toBe(true);
  });

  it('refuses 0 or 65 characters, a leading or trailing space, a lone space and a line break', () => {
    expect(isId('')).toBe(false);
    expect(isId('x'.repeat(65))).toBe(false);
    expect(isId(' RO1')).toBe(false);
    expect(isId('RO1 ')).toBe(false);
    expect(isId(' ')).toBe(false);
    expect(isId('RO\n1')).toBe(false);
    expect(isId('\u00a0RO1')).toBe(false);
  });
});

describe('isShortText: 1–200 characters, not all white space', () => {
  it('accepts up to 200 characters, refuses 201, blank text and non-strings', () => {
    expect(isShortText('brake noise')).toBe(true);
    expect(isShortText('x'.repeat(200))).toBe(true);
    expect(isShortText('x'.repeat(201))).toBe(false);
    expect(isShortText(' \t')).toBe(false);
    expect(isShortText('')).toBe(false);
    expect(isShortText(7)).toBe(false);
  });
});

describe('isNonNegativeDecimal: digits, then optionally a point and digits', () => {
  it('accepts whole numbers, decimals and leading zeros, with 0 and 9 as digits', () => {
    for (const value of ['0', '9', '12', '007', '0.50', '1234.5678', '90.09']) {
      expect(isNonNegativeDecimal(value), value).toBe(true);
    }
  });

  it('refuses a sign, a lone or trailing point, two points, letters, spaces, and numbers', () => {
    for (const value of [
      '',
      '-1',
      '+1',
      '.5',
      '5.',
      '5.5.5',
      '1e3',
      ' 1',
      '1 ',
      '1.2a',
      '1/2',
      '1:2',
      '1,5',
    ]) {
      expect(isNonNegativeDecimal(value), value).toBe(false);
    }
    expect(isNonNegativeDecimal(12)).toBe(false);
  });
});

describe('isKm: whole km from 0 to 5,000,000, not -0', () => {
  it('accepts 0, 1 and 5,000,000', () => {
    expect(isKm(0)).toBe(true);
    expect(isKm(1)).toBe(true);
    expect(isKm(5_000_000)).toBe(true);
  });

  it('refuses 5,000,001, −1, −0, fractions, NaN, Infinity and strings', () => {
    for (const value of [5_000_001, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      expect(isKm(value), String(value)).toBe(false);
    }
  });
});

describe('isVin and isCurrency', () => {
  it('accepts an upper-case VIN with a correct check digit only', () => {
    expect(isVin('LHXAB2C31R0000012')).toBe(true);
    expect(isVin('lhxab2c31r0000012')).toBe(false); // the schema would output it upper-cased
    expect(isVin('LHXAB2C30R0000012')).toBe(false); // check digit '0' where '1' is due
    expect(isVin('LHXAB2C31R000001')).toBe(false); // 16 characters
    expect(isVin('LHXAB2C31R000001O')).toBe(false); // O is not a VIN character
    expect(isVin(12_345)).toBe(false);
  });

  it('accepts a known upper-case ISO 4217 code only', () => {
    expect(isCurrency('CNY')).toBe(true);
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('cny')).toBe(false);
    expect(isCurrency('CNYY')).toBe(false);
    expect(isCurrency('CN')).toBe(false);
    expect(isCurrency(156)).toBe(false);
  });
});

describe('optional', () => {
  it('passes undefined without asking the check, and anything else by the check', () => {
    const never = () => {
      throw new Error('the check must not be asked about undefined');
    };
    expect(optional(undefined, never)).toBe(true);
    expect(optional('CNY', isCurrency)).toBe(true);
    expect(optional('cny', isCurrency)).toBe(false);
    expect(optional(null, isCurrency)).toBe(false);
  });
});

describe('isShortText and isNonNegativeDecimal: only strings', () => {
  it('refuses a list holding a short text, which a pattern test would read as its joined text', () => {
    // /\S/.test(['brake noise']) tests the string 'brake noise': only the type check refuses it.
    expect(isShortText(['brake noise'])).toBe(false);
    expect(isShortText({ length: 3 })).toBe(false);
  });

  it('answers false, without throwing, for a list of digits, null and objects', () => {
    // Neither a list nor null has charCodeAt: the type check must come before reading characters.
    expect(isNonNegativeDecimal(['12'])).toBe(false);
    expect(isNonNegativeDecimal(null)).toBe(false);
    expect(isNonNegativeDecimal({ length: 2 })).toBe(false);
  });
});

describe('dayOfDate: every character checked on its own', () => {
  it('refuses a wrong separator after the year even when the one after the month is right', () => {
    // '2024/03-01': the 5th character is '/', the 8th '-'.
    expect(dayOfDate('2024/03-01')).toBeNaN();
    expect(dayOfDate('2024.03-01')).toBeNaN();
    expect(isDate('2024/03-01')).toBe(false);
  });

  it('refuses a letter in the first or second digit of the year', () => {
    // 'a' is 49 above '0': read as a digit it would make the year 49,024 or 2,524, both real dates.
    for (const text of ['a024-03-01', '2a24-03-01', 'x999-01-01', '1x99-01-01']) {
      expect(dayOfDate(text), text).toBeNaN();
      expect(isDate(text), text).toBe(false);
    }
  });

  it('refuses a character just below "0" as the second digit of the month or the day', () => {
    // '/' is one below '0': read as −1, '1/' would be month 9 and day 9, both real.
    for (const text of ['2024-1/-15', '2024-03-1/', '2024-1/-1/']) {
      expect(dayOfDate(text), text).toBeNaN();
      expect(isDate(text), text).toBe(false);
    }
    // The same dates written right are accepted: 2024-09-15 and 2024-03-09.
    expect(dayOfDate('2024-09-15')).toBe(utcDay(2024, 9, 15));
    expect(dayOfDate('2024-03-09')).toBe(utcDay(2024, 3, 9));
  });
});
