import { z } from 'zod';
import { AftersalesError, type AftersalesIssue, createIssue } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';

/**
 * Vehicle identification number (车辆识别代号, VIN) per ISO 3779 and GB 16735: 17 characters,
 * digits and capital letters except I, O and Q; position 9 is a check digit computed from the
 * other sixteen.
 */

/** Letters and digits → the value ISO 3779 Annex A / GB 16735 Appendix assigns for the check digit. */
// biome-ignore format: the table reads as the standard prints it
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
  '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9,
};

/** TRANSLITERATION by character code (-1: not allowed), for {@link isValidVin}. */
const DIGIT_OF_CODE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (const [character, digit] of Object.entries(TRANSLITERATION)) table[character.charCodeAt(0)] = digit;
  return table;
})();

/** Weight of each position 1–17 (position 9, the check digit itself, weighs 0). */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * When the check digit at position 9 is verified.
 *
 * - `'region'` (default): where it is mandatory, decided by the first character of the WMI
 *   (world manufacturer identifier): `L` = made in China (GB 16735 makes it mandatory) and
 *   `1`–`5` = North America (49 CFR 565). Elsewhere (e.g. `W…` Germany, `J…` Japan) position 9
 *   may carry any allowed character, so it is not checked.
 * - `'always'`: every VIN must carry a correct check digit (a carmaker that issues them all).
 * - `'never'`: structure only (length and characters).
 */
export type VinCheckDigitMode = 'region' | 'always' | 'never';

/** Options of {@link validateVin} and {@link createVinSchema}. */
export interface VinOptions {
  /** When position 9 is verified; `'region'` unless given. */
  readonly checkDigit?: VinCheckDigitMode;
}

/**
 * True when a VIN's WMI is in a region where the check digit is mandatory: China (`L`) or North
 * America (`1`–`5`).
 *
 * @example
 * isCheckDigitMandatory('LSVAU2187N2123456'); // true  (China)
 * isCheckDigitMandatory('WVWZZZ1JZXW000001'); // false (Germany)
 */
export function isCheckDigitMandatory(vin: string): boolean {
  return typeof vin === 'string' && /^[L1-5]/.test(vin);
}

/**
 * Normalizes a VIN as typed: trims surrounding spaces and upper-cases it. Does not validate.
 *
 * @example
 * normalizeVin(' lsvau2187n2123456 '); // 'LSVAU2187N2123456'
 */
export function normalizeVin(vin: string): string {
  if (typeof vin !== 'string') {
    throw AftersalesError.of('input.invalid_type', ['vin'], { expected: 'string', received: typeName(vin) });
  }
  return vin.trim().toUpperCase();
}

function characterIssues(vin: string): AftersalesIssue[] {
  const issues: AftersalesIssue[] = [];
  [...vin].forEach((character, index) => {
    if (TRANSLITERATION[character] === undefined) {
      issues.push(createIssue('vin.character', [], { position: index + 1, character }));
    }
  });
  return issues;
}

function checkDigitOf(vin: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += (TRANSLITERATION[vin.charAt(index)] ?? 0) * (WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/**
 * Checks a VIN's structure and, where applicable, its check digit. The VIN is checked as given
 * (capital letters only): call {@link normalizeVin} first for typed input.
 *
 * @param vin - the VIN to check
 * @param options - `checkDigit`: `'region'` (default), `'always'` or `'never'`; see {@link VinCheckDigitMode}
 * @returns the issues found, with empty paths: `vin.length`, one `vin.character` per bad position
 *   (1-based), or `vin.check_digit` with `expected` and `actual`. Empty when the VIN is valid.
 * @example
 * validateVin('1M8GDM9AXKP042788'); // []
 * validateVin('LSVAU2180N2123456'); // [{ code: 'vin.check_digit', params: { expected: '7', actual: '0' }, … }]
 * validateVin('WVWZZZ1JZXW000001'); // [] (Germany: position 9 is free)
 */
export function validateVin(vin: string, options: VinOptions = {}): AftersalesIssue[] {
  const mode = checkDigitMode(options);
  if (typeof vin !== 'string') {
    return [createIssue('input.invalid_type', [], { expected: 'string', received: typeName(vin) })];
  }
  const issues: AftersalesIssue[] = [];
  if (vin.length !== 17) issues.push(createIssue('vin.length', [], { length: vin.length }));
  issues.push(...characterIssues(vin));
  if (issues.length > 0 || mode === 'never') return issues;
  if (mode === 'region' && !isCheckDigitMandatory(vin)) return issues;
  const expected = checkDigitOf(vin);
  const actual = vin.charAt(8);
  if (actual !== expected) issues.push(createIssue('vin.check_digit', [], { expected, actual }));
  return issues;
}

/**
 * Computes the check digit (position 9) of a VIN: `'0'`–`'9'` or `'X'`. Position 9 of the input
 * is ignored, so this also completes a VIN whose check digit is not yet known.
 *
 * @throws AftersalesError `vin.length` or `vin.character` when the VIN is not 17 allowed characters
 * @example
 * computeVinCheckDigit('1M8GDM9AXKP042788'); // 'X'
 * computeVinCheckDigit('LSVAU2180N2123456'); // '7'
 */
export function computeVinCheckDigit(vin: string): string {
  const issues = validateVin(vin, { checkDigit: 'never' });
  if (issues.length > 0) throw new AftersalesError(issues);
  return checkDigitOf(vin);
}

/**
 * True when `value` is a valid VIN as given (no normalization).
 *
 * @example
 * isValidVin('1M8GDM9AXKP042788'); // true
 * isValidVin('1M8GDM9A0KP042788'); // false: the check digit should be 'X'
 */
export function isValidVin(value: unknown, options: VinOptions = {}): boolean {
  const mode = checkDigitMode(options);
  // The checks of validateVin without building issues, on character codes: claim audits and
  // eligibility check millions of VINs.
  if (typeof value !== 'string' || value.length !== 17) return false;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const code = value.charCodeAt(index);
    const digit = code < 128 ? (DIGIT_OF_CODE[code] as number) : -1;
    if (digit < 0) return false;
    sum += digit * (WEIGHTS[index] as number);
  }
  if (mode === 'never' || (mode === 'region' && !isCheckDigitMandatory(value))) return true;
  const remainder = sum % 11;
  return value.charCodeAt(8) === (remainder === 10 ? 88 : 48 + remainder);
}

const checkDigitModes: readonly VinCheckDigitMode[] = ['region', 'always', 'never'];

/** Reads and checks the options: a wrong mode is the caller's mistake and gets a coded error. */
function checkDigitMode(options: unknown): VinCheckDigitMode {
  if (options === undefined || options === null) return 'region';
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const mode = (options as { checkDigit?: unknown }).checkDigit ?? 'region';
  if (!checkDigitModes.includes(mode as VinCheckDigitMode)) {
    throw AftersalesError.of('input.invalid_value', ['options', 'checkDigit'], {
      allowed: [...checkDigitModes],
    });
  }
  return mode as VinCheckDigitMode;
}

/**
 * Builds a VIN field schema: trims and upper-cases the input, then validates it. Issues carry the
 * `vin.*` codes and the field's path.
 *
 * @example
 * const strictVin = createVinSchema({ checkDigit: 'always' });
 * strictVin.parse(' 1m8gdm9axkp042788 '); // '1M8GDM9AXKP042788'
 */
export function createVinSchema(options: VinOptions = {}) {
  checkDigitMode(options);
  return z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((vin, ctx) => {
      for (const issue of validateVin(vin, options)) {
        ctx.addIssue({ code: 'custom', params: { code: issue.code, ...issue.params } });
      }
    });
}

/**
 * The VIN field of every record: trimmed, upper-cased, 17 allowed characters, check digit
 * verified where it is mandatory (`'region'`).
 *
 * @example
 * vinSchema.parse('lsvau2187n2123456'); // 'LSVAU2187N2123456'
 */
export const vinSchema = createVinSchema();
