import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absExact,
  addExact,
  compareExact,
  divideExact,
  type ExactDecimal,
  exactDecimal,
  formatExact,
  isZeroExact,
  multiplyExact,
  parseExact,
  signOfExact,
  subtractExact,
} from './exactDecimal';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });

/** A decimal string the test knows is one. */
const d = (text: string): ExactDecimal => parseExact(text) as ExactDecimal;

describe('exactDecimal', () => {
  it('builds and parses values with every digit they were written with', () => {
    expect(exactDecimal(1875n, 1)).toEqual({ units: 1875n, places: 1 });
    expect(parseExact('62.00')).toEqual({ units: 6200n, places: 2 });
    expect(parseExact('-4.5')).toEqual({ units: -45n, places: 1 });
    expect(parseExact('-0')).toEqual({ units: 0n, places: 0 });
    expect(parseExact('007')).toEqual({ units: 7n, places: 0 });
    expect(parseExact(42)).toEqual({ units: 42n, places: 0 });
    expect(parseExact(-7)).toEqual({ units: -7n, places: 0 });
    expect(parseExact('123456789012345678901234567890.5')).toEqual({
      units: 1234567890123456789012345678905n,
      places: 1,
    });
  });

  it('parses nothing that is not a plain decimal', () => {
    for (const bad of ['', '-', '.5', '5.', '+1', ' 1', '1 ', '1,5', '1e3', 'NaN', '１']) {
      expect(parseExact(bad)).toBeUndefined();
    }
    // A fractional or unsafe JS number is already a binary approximation.
    for (const bad of [0.1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseExact(bad)).toBeUndefined();
    }
    expect(parseExact(null as never)).toBeUndefined();
    expect(parseExact({ toString: () => '1' } as never)).toBeUndefined();
    expect(parseExact(`0.${'0'.repeat(1_000_000)}`)).toEqual({ units: 0n, places: 1_000_000 });
    expect(parseExact(`0.${'0'.repeat(1_000_001)}`)).toBeUndefined();
  });

  it('multiplies and adds without rounding', () => {
    // 187.5 × 62.00 = 11,625.000; + 0.25 × 12.35 = 3.0875 → 11,628.0875
    const sum = addExact(multiplyExact(d('187.5'), d('62.00')), multiplyExact(d('0.25'), d('12.35')));
    expect(sum).toEqual({ units: 116280875n, places: 4 });
    expect(formatExact(sum, 2)).toBe('11628.0875');
    // 0.1 + 0.2 is exactly 0.3 here (a float gives 0.30000000000000004)
    expect(compareExact(addExact(d('0.1'), d('0.2')), d('0.3'))).toBe(0);
    // 186 − 187.5 = −1.5; 1.5 − 1.50 = 0.00
    expect(subtractExact(d('186'), d('187.5'))).toEqual({ units: -15n, places: 1 });
    expect(subtractExact(d('1.5'), d('1.50'))).toEqual({ units: 0n, places: 2 });
    expect(multiplyExact(d('-0.5'), d('-0.5'))).toEqual({ units: 25n, places: 2 });
  });

  it('compares, signs and tests for zero whatever the places', () => {
    expect(compareExact(d('0.30'), d('0.3'))).toBe(0);
    expect(compareExact(d('-1'), d('-0.999'))).toBe(-1);
    expect(compareExact(d('2'), d('1.99'))).toBe(1);
    expect(signOfExact(d('-0.01'))).toBe(-1);
    expect(signOfExact(d('0.000'))).toBe(0);
    expect(signOfExact(d('3'))).toBe(1);
    expect(isZeroExact(d('0.00'))).toBe(true);
    expect(isZeroExact(d('-0.01'))).toBe(false);
    const positive = d('0.25');
    expect(absExact(positive)).toBe(positive);
    expect(absExact(d('-0.25'))).toEqual({ units: 25n, places: 2 });
  });

  it('formats down to the minimum places and no further', () => {
    expect(formatExact(d('-93.000'), 2)).toBe('-93.00');
    expect(formatExact(d('0.050'), 0)).toBe('0.05');
    expect(formatExact(d('-0.25'))).toBe('-0.25');
    expect(formatExact(d('7'), 2)).toBe('7.00');
    expect(formatExact(d('0.41625'), 2)).toBe('0.41625');
    expect(formatExact(d('1200'))).toBe('1200');
    expect(formatExact(d('12.500'))).toBe('12.5');
    expect(formatExact(d('-0.03'))).toBe('-0.03');
    expect(formatExact(d('0.000'))).toBe('0');
    expect(formatExact(d('-0.00'), 2)).toBe('0.00');
  });

  it('divides rounding half to even, on both sides of zero', () => {
    // 1 ÷ 3 to 4 places: 0.3333 (down); 2 ÷ 3: 0.6667 (up)
    expect(formatExact(divideExact(d('1'), d('3'), 4))).toBe('0.3333');
    expect(formatExact(divideExact(d('2'), d('3'), 4))).toBe('0.6667');
    // Ties: 2.5 → 2, 3.5 → 4, −2.5 → −2, −3.5 → −4
    expect(formatExact(divideExact(d('5'), d('2'), 0))).toBe('2');
    expect(formatExact(divideExact(d('7'), d('2'), 0))).toBe('4');
    expect(formatExact(divideExact(d('-5'), d('2'), 0))).toBe('-2');
    expect(formatExact(divideExact(d('7'), d('-2'), 0))).toBe('-4');
    // The result has exactly `precision` places: 10 ÷ 4 = 2.50 at two
    expect(divideExact(d('10'), d('4'), 2)).toEqual({ units: 250n, places: 2 });
    // A value just below zero rounds to plain zero, never −0
    expect(formatExact(divideExact(d('-1'), d('1000'), 2))).toBe('0');
    // Places on both sides: 0.75 ÷ 0.2 = 3.75 → 3.8 at one place (a tie, to even)
    expect(formatExact(divideExact(d('0.75'), d('0.2'), 1))).toBe('3.8');
    expect(formatExact(divideExact(d('0.65'), d('0.2'), 1))).toBe('3.2');
  });

  it('gives a percentage as a quotient × 100, half to even', () => {
    const hundred = exactDecimal(100n, 0);
    const percent = (part: string, whole: string, places: number): string =>
      formatExact(divideExact(multiplyExact(d(part), hundred), d(whole), places));
    // 1 ÷ 8 = 12.5 %: to 0 places the tie goes to the even 12; 3 ÷ 8 = 37.5 % to 38
    expect(percent('1', '8', 0)).toBe('12');
    expect(percent('3', '8', 0)).toBe('38');
    // −63 ÷ 11,975 = −0.5260960…% → −0.5261; 123 ÷ 11,975 = 1.0271398…% → 1.0271
    expect(percent('-63.00', '11975.00', 4)).toBe('-0.5261');
    expect(percent('123', '11975', 4)).toBe('1.0271');
  });

  it('answers bad arguments with coded errors', () => {
    expect(() => exactDecimal(1 as never, 0)).toThrow(coded('input.invalid_type', ['units']));
    expect(() => exactDecimal(1n, 1.5)).toThrow(coded('input.invalid_type', ['places']));
    expect(() => exactDecimal(1n, -1)).toThrow(coded('input.too_small', ['places']));
    expect(() => exactDecimal(1n, 1_000_001)).toThrow(coded('input.too_big', ['places']));
    expect(() => addExact(undefined as never, d('1'))).toThrow(coded('input.required', ['a']));
    expect(() => subtractExact(d('1'), '1' as never)).toThrow(coded('input.invalid_type', ['b']));
    expect(() => compareExact(d('1'), { units: 1, places: 0 } as never)).toThrow(
      coded('input.invalid_type', ['b', 'units']),
    );
    expect(() => formatExact(d('1'), -1)).toThrow(coded('input.too_small', ['minPlaces']));
    expect(() => divideExact(d('1'), d('0.00'), 2)).toThrow(coded('input.invalid', ['b']));
    expect(() => divideExact(d('1'), d('1'), Number.NaN)).toThrow(coded('input.invalid_type', ['precision']));
    const wide = exactDecimal(1n, 600_000);
    expect(() => multiplyExact(wide, wide)).toThrow(coded('input.too_big', []));
  });

  describe('agrees with decimal.js', () => {
    const Exact = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_EVEN });
    const decimalOf = (a: ExactDecimal): Decimal => new Exact(`${a.units}e-${a.places}`);
    const anExact = fc
      .record({
        units: fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        places: fc.integer({ min: 0, max: 12 }),
      })
      .map(({ units, places }) => exactDecimal(units, places));

    it('on parsing and formatting, to any minimum of places', () => {
      fc.assert(
        fc.property(anExact, fc.integer({ min: 0, max: 14 }), (a, minPlaces) => {
          const expected = decimalOf(a);
          expect(formatExact(a)).toBe(expected.toFixed());
          expect(formatExact(a, minPlaces)).toBe(
            expected.toFixed(Math.max(minPlaces, expected.decimalPlaces())),
          );
          expect(compareExact(parseExact(formatExact(a)) as ExactDecimal, a)).toBe(0);
        }),
      );
    });

    it('on sums, differences, products, comparisons and signs', () => {
      fc.assert(
        fc.property(anExact, anExact, (a, b) => {
          const x = decimalOf(a);
          const y = decimalOf(b);
          expect(formatExact(addExact(a, b))).toBe(x.plus(y).toFixed());
          expect(formatExact(subtractExact(a, b))).toBe(x.minus(y).toFixed());
          expect(formatExact(multiplyExact(a, b))).toBe(x.times(y).toFixed());
          expect(formatExact(absExact(a))).toBe(x.abs().toFixed());
          expect(compareExact(a, b)).toBe(x.comparedTo(y));
          expect(signOfExact(a)).toBe(x.isZero() ? 0 : x.isNegative() ? -1 : 1);
          expect(isZeroExact(a)).toBe(x.isZero());
        }),
      );
    });

    it('on quotients rounded half to even', () => {
      fc.assert(
        fc.property(
          anExact,
          anExact.filter((b) => b.units !== 0n),
          fc.integer({ min: 0, max: 12 }),
          (a, b, precision) => {
            const rounded = decimalOf(a)
              .div(decimalOf(b))
              .toDecimalPlaces(precision, Decimal.ROUND_HALF_EVEN);
            // decimal.js keeps the sign of a zero (−0.00); an exact decimal has no −0.
            const expected = (rounded.isZero() ? rounded.abs() : rounded).toFixed(precision);
            const quotient = divideExact(a, b, precision);
            expect(quotient.places).toBe(precision);
            expect(formatExact(quotient, precision)).toBe(expected);
          },
        ),
      );
    });

    it('on ties, which are rare among random values', () => {
      // n.5 × 10^−precision exactly: the quotient of (2k + 1) by 2, scaled.
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
          fc.integer({ min: 0, max: 6 }),
          (k, precision) => {
            const a = exactDecimal(2n * k + 1n, precision);
            const b = exactDecimal(2n, 0);
            const expected = decimalOf(a).div(2).toDecimalPlaces(precision, Decimal.ROUND_HALF_EVEN);
            expect(formatExact(divideExact(a, b, precision))).toBe(expected.toFixed());
          },
        ),
      );
    });
  });
});
