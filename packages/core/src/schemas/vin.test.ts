import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { safeParseRecord } from './parse';
import {
  computeVinCheckDigit,
  createVinSchema,
  isCheckDigitMandatory,
  isValidVin,
  normalizeVin,
  validateVin,
  vinSchema,
} from './vin';

/*
 * Check digits worked by hand (ISO 3779 / GB 16735: transliterate, multiply by the weights
 * 8 7 6 5 4 3 2 10 · 9 8 7 6 5 4 3 2, sum, remainder mod 11, 10 → 'X'):
 *
 * 1M8GDM9AXKP042788 (North America, the classic example):
 *   1·8 + M4·7 + 8·6 + G7·5 + D4·4 + M4·3 + 9·2 + A1·10 + K2·9 + P7·8 + 0·7 + 4·6 + 2·5 + 7·4 + 8·3 + 8·2
 *   = 8 + 28 + 48 + 35 + 16 + 12 + 18 + 10 + 18 + 56 + 0 + 24 + 10 + 28 + 24 + 16 = 351; 351 mod 11 = 10 → 'X'.
 * LSVAU2187N2123456 (China, WMI LSV):
 *   L3·8 + S2·7 + V5·6 + A1·5 + U4·4 + 2·3 + 1·2 + 8·10 + N5·9 + 2·8 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2
 *   = 24 + 14 + 30 + 5 + 16 + 6 + 2 + 80 + 45 + 16 + 7 + 12 + 15 + 16 + 15 + 12 = 315; 315 mod 11 = 7 → '7'.
 * LSVAU218XN2123452: as above with the last 6·2 = 12 replaced by 2·2 = 4: 307; 307 mod 11 = 10 → 'X'.
 * LFV3A23C1N3012345 (China, WMI LFV):
 *   L3·8 + F6·7 + V5·6 + 3·5 + A1·4 + 2·3 + 3·2 + C3·10 + N5·9 + 3·8 + 0·7 + 1·6 + 2·5 + 3·4 + 4·3 + 5·2
 *   = 24 + 42 + 30 + 15 + 4 + 6 + 6 + 30 + 45 + 24 + 0 + 6 + 10 + 12 + 12 + 10 = 276; 276 mod 11 = 1 → '1'.
 * WVWZZZ1JZXW000001 (Germany; position 9 is a filler 'Z'):
 *   W6·8 + V5·7 + W6·6 + Z9·5 + Z9·4 + Z9·3 + 1·2 + J1·10 + X7·9 + W6·8 + 0 + 0 + 0 + 0 + 0 + 1·2
 *   = 48 + 35 + 36 + 45 + 36 + 27 + 2 + 10 + 63 + 48 + 2 = 352; 352 mod 11 = 0 → '0' (were it checked).
 * 1FA6P8CF0H5100000 (STAR fixture vehicle_identifier.json):
 *   1·8 + F6·7 + A1·6 + 6·5 + P7·4 + 8·3 + C3·2 + F6·10 + H8·9 + 5·8 + 1·7 + 0… = 323; 323 mod 11 = 4 → '4', not '0'.
 */

describe('computeVinCheckDigit', () => {
  it('returns the check digit worked by hand', () => {
    expect(computeVinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(computeVinCheckDigit('LSVAU2187N2123456')).toBe('7');
    expect(computeVinCheckDigit('LSVAU2180N2123456')).toBe('7');
    expect(computeVinCheckDigit('LSVAU218XN2123452')).toBe('X');
    expect(computeVinCheckDigit('LFV3A23C1N3012345')).toBe('1');
    expect(computeVinCheckDigit('WVWZZZ1JZXW000001')).toBe('0');
    expect(computeVinCheckDigit('1FA6P8CF0H5100000')).toBe('4');
  });

  it('throws a coded error when the VIN is not 17 allowed characters', () => {
    expect(() => computeVinCheckDigit('LSVAU2187N212345')).toThrowError(/vin\.length/);
    try {
      computeVinCheckDigit('LSVAU2187N212345O');
      expect.unreachable();
    } catch (error) {
      expect(isAftersalesError(error) && error.code).toBe('vin.character');
    }
  });
});

describe('validateVin', () => {
  it('returns no issue for valid VINs', () => {
    for (const vin of ['1M8GDM9AXKP042788', 'LSVAU2187N2123456', 'LSVAU218XN2123452', 'LFV3A23C1N3012345']) {
      expect(validateVin(vin), vin).toEqual([]);
    }
  });

  it('returns vin.length with the length when the VIN is not 17 characters', () => {
    expect(validateVin('LSVAU2187N212345')).toMatchObject([
      { code: 'vin.length', path: [], params: { length: 16 } },
    ]);
    expect(validateVin('')).toMatchObject([{ code: 'vin.length', params: { length: 0 } }]);
  });

  it('returns vin.character with the 1-based position of every I, O, Q or other character', () => {
    expect(validateVin('LSVAU2187N21234I6')).toMatchObject([
      { code: 'vin.character', params: { position: 16, character: 'I' } },
    ]);
    expect(validateVin('OSVAU2187N2123Q56').map((issue) => issue.params)).toEqual([
      { position: 1, character: 'O' },
      { position: 15, character: 'Q' },
    ]);
    expect(validateVin('lsvau2187n2123456')[0]).toMatchObject({
      code: 'vin.character',
      params: { position: 1 },
    });
    expect(validateVin('LSVAU2187N2123-56')[0]?.params).toEqual({ position: 15, character: '-' });
  });

  it('returns vin.check_digit with expected and actual when a Chinese VIN is mistyped', () => {
    const issues = validateVin('LSVAU2180N2123456');
    expect(issues).toMatchObject([{ code: 'vin.check_digit', params: { expected: '7', actual: '0' } }]);
    expect(issues[0]?.message.zh).toContain('应为“7”');
  });

  it('checks position 9 of North American VINs (WMI 1–5) but not of European ones', () => {
    expect(validateVin('1M8GDM9A0KP042788')).toMatchObject([
      { code: 'vin.check_digit', params: { expected: 'X' } },
    ]);
    expect(validateVin('1FA6P8CF0H5100000')).toMatchObject([
      { code: 'vin.check_digit', params: { expected: '4' } },
    ]);
    expect(validateVin('WVWZZZ1JZXW000001')).toEqual([]);
  });

  it('checks every VIN with always, and none with never', () => {
    expect(validateVin('WVWZZZ1JZXW000001', { checkDigit: 'always' })).toMatchObject([
      { code: 'vin.check_digit', params: { expected: '0', actual: 'Z' } },
    ]);
    expect(validateVin('LSVAU2180N2123456', { checkDigit: 'never' })).toEqual([]);
    expect(validateVin('LSVAU2180N212345', { checkDigit: 'never' })).toMatchObject([{ code: 'vin.length' }]);
  });
});

describe('isCheckDigitMandatory', () => {
  it('is true for WMIs starting with L or 1–5 only', () => {
    expect(['L', '1', '2', '3', '4', '5'].every((c) => isCheckDigitMandatory(`${c}SVAU2187N2123456`))).toBe(
      true,
    );
    expect(
      ['W', 'J', 'K', 'S', 'V', 'Z', '6', '9'].some((c) => isCheckDigitMandatory(`${c}SVAU2187N2123456`)),
    ).toBe(false);
  });
});

describe('isValidVin', () => {
  it('returns true only for a valid VIN string', () => {
    expect(isValidVin('1M8GDM9AXKP042788')).toBe(true);
    expect(isValidVin('1M8GDM9A0KP042788')).toBe(false);
    expect(isValidVin('WVWZZZ1JZXW000001', { checkDigit: 'always' })).toBe(false);
    expect(isValidVin(17)).toBe(false);
  });
});

describe('normalizeVin', () => {
  it('trims and upper-cases', () => {
    expect(normalizeVin(' lsvau2187n2123456\t')).toBe('LSVAU2187N2123456');
  });
});

describe('vinSchema', () => {
  it('trims and upper-cases the input before checking it', () => {
    expect(vinSchema.parse(' 1m8gdm9axkp042788 ')).toBe('1M8GDM9AXKP042788');
  });

  it('reports vin codes through safeParseRecord, at the field path', () => {
    const result = safeParseRecord(vinSchema, 'LSVAU2180N2123456');
    expect(result.ok === false && result.issues).toMatchObject([
      { code: 'vin.check_digit', path: [], params: { expected: '7', actual: '0' } },
    ]);
    const notText = safeParseRecord(vinSchema, 12345);
    expect(notText.ok === false && notText.issues[0]?.code).toBe('input.invalid_type');
  });

  it('follows the options given to createVinSchema', () => {
    expect(createVinSchema({ checkDigit: 'always' }).safeParse('WVWZZZ1JZXW000001').success).toBe(false);
    expect(createVinSchema({ checkDigit: 'never' }).safeParse('1FA6P8CF0H5100000').success).toBe(true);
  });
});
