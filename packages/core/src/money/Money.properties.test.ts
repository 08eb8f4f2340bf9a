import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { allocate } from './allocate';
import { money } from './createMoney';
import { formatMoney } from './formatMoney';
import { createMinorUnitSum, sumMinorUnits } from './MinorUnitSum';
import { Money } from './Money';
import { minorUnitsOf } from './minorUnitsOf';
import { moneyFromJSON } from './moneyJSON';
import { sumMoney } from './sumMoney';

/** A plain decimal string of up to 35 digits, 0–10 of them decimals, either sign. */
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 34n), max: 10n ** 34n }), fc.integer({ min: 0, max: 10 }))
  .map(([units, scale]) => {
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return units < 0n ? `-${text}` : text;
  });

const nonIntegerDouble = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((x) => !Number.isInteger(x));

/** Runs `fn`; anything thrown must be an AftersalesError (a TypeError would be a bug). */
function onlyCodedErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
  }
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

describe('Money arithmetic (properties)', () => {
  it('returns a when computing a + b − b', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        expect(money(a).add(money(b)).subtract(money(b)).equals(money(a))).toBe(true);
      }),
    );
  });

  it('returns the amount it was given through toDecimalString and JSON', () => {
    fc.assert(
      fc.property(decimalString, (a) => {
        const value = money(a);
        expect(money(value.toDecimalString()).equals(value)).toBe(true);
        expect(moneyFromJSON(JSON.parse(JSON.stringify(value))).equals(value)).toBe(true);
      }),
    );
  });

  it('returns the same sum by the bulk path as by the decimal path for decimal strings in fen', () => {
    const fen = fc
      .integer({ min: -99_999_999, max: 99_999_999 })
      .map((units) => Money.fromMinor(units).toDecimalString());
    fc.assert(
      fc.property(fc.array(fen, { maxLength: 50 }), (amounts) => {
        const decimal = sumMoney(
          amounts.map((amount) => money(amount)),
          'CNY',
        );
        expect(sumMinorUnits(amounts.map((amount) => minorUnitsOf(amount))).equals(decimal)).toBe(true);
      }),
    );
  });
});

describe('no float ever enters (properties)', () => {
  it('throws money.float for any non-integer double as an amount, a factor or a ratio', () => {
    fc.assert(
      fc.property(nonIntegerDouble, (x) => {
        expect(() => money(x)).toThrow(expect.objectContaining({ code: 'money.float', path: ['amount'] }));
        expect(() => money('1').multiply(x)).toThrow(
          expect.objectContaining({ code: 'money.float', path: ['factor'] }),
        );
        expect(() => allocate(money('1'), [1, x])).toThrow(
          expect.objectContaining({ code: 'money.float', path: ['ratios', 1] }),
        );
        expect(() => createMinorUnitSum().add(x)).toThrow(
          expect.objectContaining({ code: 'money.float', path: ['units'] }),
        );
      }),
    );
  });
});

describe('public functions on arbitrary input (properties)', () => {
  it('returns or throws an AftersalesError, never anything else', () => {
    const one = money('1');
    fc.assert(
      fc.property(anything, anything, (x, y) => {
        onlyCodedErrors(() => money(x as never, y as never));
        onlyCodedErrors(() => money(x as never));
        onlyCodedErrors(() => Money.fromMinor(x as never, y as never));
        onlyCodedErrors(() => one.multiply(x as never));
        onlyCodedErrors(() => one.add(x as never));
        onlyCodedErrors(() => one.equals(x as never));
        onlyCodedErrors(() => one.round(x as never, y as never));
        onlyCodedErrors(() => one.toMinorUnits(x as never));
        onlyCodedErrors(() => allocate(x as never, y as never));
        onlyCodedErrors(() => allocate(one, x as never, y as never));
        onlyCodedErrors(() => allocate(one, [x, y] as never));
        onlyCodedErrors(() => formatMoney(one, x as never, y as never));
        onlyCodedErrors(() => moneyFromJSON(x));
        onlyCodedErrors(() => moneyFromJSON({ amount: x, currency: y }));
        onlyCodedErrors(() => sumMoney(x as never, y as never));
        onlyCodedErrors(() => minorUnitsOf(x as never, y as never));
        onlyCodedErrors(() => sumMinorUnits(x as never));
        onlyCodedErrors(() => createMinorUnitSum().merge(x as never));
      }),
      { numRuns: 500 },
    );
  });
});
