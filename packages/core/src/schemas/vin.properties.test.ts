import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVinCheckDigit, isValidVin, type VinCheckDigitMode, validateVin } from './vin';

/*
 * isValidVin answers on character codes, without building issues; validateVin builds them. The two
 * must agree on every string in every mode: isValidVin(v, { checkDigit }) is true exactly when
 * validateVin(v, { checkDigit }) finds nothing.
 *
 * The strings are mostly VIN-shaped, so that the check digit is reached: 17 characters of the VIN
 * alphabet (digits and capitals without I, O, Q), the first one L (China), 1–5 (North America) or
 * another (W: Germany, J: Japan, S, Z, 9, 0…), position 9 either the correct check digit (computed
 * here by core's computeVinCheckDigit) or any other character. Then one odd character somewhere:
 * I, O, Q, lower case, a space, a full-width letter, a surrogate pair (length 18 in UTF-16, one
 * code point: the length checks count code units in both), 'é', a NUL, or a character whose code
 * is an allowed character's plus 128 (a table lookup by code must not wrap).
 */

const ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const FIRSTS = ['L', '1', '2', '3', '4', '5', 'W', 'J', 'S', 'Z', '9', '0', 'K', 'V'];
const ODD = [
  'I',
  'O',
  'Q',
  'a',
  'l',
  'x',
  ' ',
  '\t',
  '\u0000',
  '-',
  'Ａ', // full-width A
  'é',
  '😀', // two UTF-16 code units
  '\u00c1', // 'A'.charCodeAt(0) + 128
  '\u00b0', // '0' + 128
  '\u0130', // İ: upper-cases to itself, not an allowed letter
];
const MODES: readonly VinCheckDigitMode[] = ['region', 'always', 'never'];

const vinCharacter = fc.constantFrom(...ALPHABET);
const body = fc.tuple(fc.constantFrom(...FIRSTS), fc.array(vinCharacter, { minLength: 16, maxLength: 16 }));

/** 17 allowed characters; position 9 correct (`true`) or whatever was drawn (`false`). */
const vinShaped = fc.tuple(body, fc.boolean()).map(([[first, rest], correct]) => {
  const drawn = `${first}${rest.join('')}`;
  if (!correct) return drawn;
  return `${drawn.slice(0, 8)}${computeVinCheckDigit(drawn)}${drawn.slice(9)}`;
});

/** A VIN-shaped string with one character replaced, inserted or removed, or an odd one in. */
const nearVin = fc
  .tuple(vinShaped, fc.nat(17), fc.constantFrom(...ODD), fc.nat(3))
  .map(([vin, at, odd, how]) => {
    if (how === 0) return `${vin.slice(0, at)}${odd}${vin.slice(at + 1)}`; // replaced
    if (how === 1) return `${vin.slice(0, at)}${odd}${vin.slice(at)}`; // inserted: length 18 (19)
    if (how === 2) return `${vin.slice(0, at)}${vin.slice(at + 1)}`; // removed: length 16
    return vin.toLowerCase();
  });

const anyString = fc.oneof(
  { weight: 5, arbitrary: vinShaped },
  { weight: 4, arbitrary: nearVin },
  { weight: 1, arbitrary: fc.string({ minLength: 15, maxLength: 19 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 17, maxLength: 17 }) },
  { weight: 1, arbitrary: fc.string() },
);

describe('isValidVin agrees with validateVin', () => {
  it('for every string and every check-digit mode', () => {
    fc.assert(
      fc.property(anyString, (vin) => {
        for (const checkDigit of MODES) {
          const issues = validateVin(vin, { checkDigit });
          expect({ vin, checkDigit, valid: isValidVin(vin, { checkDigit }) }).toEqual({
            vin,
            checkDigit,
            valid: issues.length === 0,
          });
        }
        // No options is the region mode.
        expect(isValidVin(vin)).toBe(validateVin(vin).length === 0);
      }),
      { numRuns: 3_000 },
    );
  });

  it('the generator reaches every answer: valid, a wrong check digit, a bad character and a bad length', () => {
    const codes = new Set<string>();
    let valid = 0;
    for (const vin of fc.sample(anyString, { numRuns: 2_000, seed: 11 })) {
      const issues = validateVin(vin, { checkDigit: 'always' });
      if (issues.length === 0) valid += 1;
      for (const issue of issues) codes.add(issue.code);
    }
    expect(valid).toBeGreaterThan(100);
    expect([...codes].sort()).toEqual(['vin.character', 'vin.check_digit', 'vin.length']);
  });

  it('a hand-worked pair on both sides of the check digit', () => {
    // LSVAU2187N2123456: the weighted sum is 315 and 315 mod 11 = 7 (see vin.test.ts), so '7' is
    // correct and '8' is not. In China (L) the digit is mandatory in region mode; W (Germany) is not,
    // and there it would be wrong anyway: W weighs 6·8 = 48 where L weighed 3·8 = 24, 315 + 24 = 339,
    // 339 mod 11 = 9, so 'always' wants '9'.
    expect(isValidVin('LSVAU2187N2123456')).toBe(true);
    expect(isValidVin('LSVAU2188N2123456')).toBe(false);
    expect(isValidVin('LSVAU2188N2123456', { checkDigit: 'never' })).toBe(true);
    expect(isValidVin('WSVAU2188N2123456')).toBe(true);
    expect(isValidVin('WSVAU2188N2123456', { checkDigit: 'always' })).toBe(false);
  });
});
