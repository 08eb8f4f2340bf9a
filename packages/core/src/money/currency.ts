import { AftersalesError, type IssuePath } from '../errors/AftersalesError';
import { describeValue } from '../errors/guards';

/**
 * An ISO 4217 currency code in upper case, e.g. `'CNY'`. A plain string so records stay plain
 * JSON; every function that makes Money checks it against the runtime's list.
 *
 * @example
 * const currency: CurrencyCode = 'CNY';
 */
export type CurrencyCode = string;

// The runtime's ICU data is the one source: no hand-kept table to drift from it. Built lazily, so
// importing the library costs nothing until money is made.
let supported: ReadonlySet<string> | undefined;
const minorDigits = new Map<string, number>();

function lookUp(code: string): number | undefined {
  const known = minorDigits.get(code);
  if (known !== undefined) return known;
  supported ??= new Set(Intl.supportedValuesOf('currency'));
  if (!supported.has(code)) return undefined;
  // ICU always resolves the fraction digits of a currency; the fallback only satisfies the types.
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  minorDigits.set(code, digits);
  return digits;
}

/**
 * True when `value` is an upper-case ISO 4217 code this runtime knows
 * (`Intl.supportedValuesOf('currency')`). Lower case (`'cny'`) is not accepted: codes are data
 * that other systems compare as strings.
 *
 * @example
 * isCurrencyCode('CNY'); // true
 * isCurrencyCode('cny'); // false
 * isCurrencyCode('XYZ'); // false
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && lookUp(value) !== undefined;
}

/**
 * Checks a currency code and returns its number of minor-unit digits; throws
 * `money.invalid_currency` naming `path` otherwise.
 */
export function checkCurrency(value: unknown, path: IssuePath): number {
  const digits = typeof value === 'string' ? lookUp(value) : undefined;
  if (digits === undefined)
    throw AftersalesError.of('money.invalid_currency', path, { currency: describeValue(value) });
  return digits;
}

/**
 * How many decimals the minor unit of `currency` has, as the runtime's CLDR data says: 2 for CNY
 * (fen), 0 for JPY, 3 for KWD. Where CLDR and ISO 4217 differ (CLDR gives IQD, HUF, IDR 0 digits,
 * because those minor units are not used in practice) the CLDR value wins.
 *
 * @param currency - an ISO 4217 code, e.g. `'CNY'`
 * @returns the number of digits after the decimal point
 * @throws AftersalesError `money.invalid_currency` when `currency` is not a known code
 * @example
 * currencyMinorDigits('CNY'); // 2
 * currencyMinorDigits('JPY'); // 0
 * currencyMinorDigits('KWD'); // 3
 */
export function currencyMinorDigits(currency: CurrencyCode): number {
  return checkCurrency(currency, ['currency']);
}
