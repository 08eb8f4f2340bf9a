import { AftersalesError } from '../errors/AftersalesError';
import { describeValue, typeName } from '../errors/guards';
import { checkDecimalPlaces } from './decimal';
import { amountOf, checkMoney, type Money } from './Money';
import { checkRounding, type RoundingMode } from './rounding';

/**
 * Options of {@link formatMoney}.
 *
 * @example
 * const options: FormatMoneyOptions = { display: 'code', rounding: 'half-even', decimals: 4 };
 */
export interface FormatMoneyOptions {
  /** `'symbol'` (default): `¥` / `CN¥` as the locale writes it; `'code'`: `CNY`. */
  readonly display?: 'symbol' | 'code';
  /** How to round to `decimals` for display; `'half-up'` (四舍五入) by default. The Money is not changed. */
  readonly rounding?: RoundingMode;
  /** Decimals to show, an integer 0‥20 (ICU's limit); the currency's minor digits by default (2 for CNY). */
  readonly decimals?: number;
}

const displays = ['symbol', 'code'] as const;

// ECMA-402 allowed at most 20 fraction digits before ES2023; Node 20's ICU still does.
const MAX_FORMAT_DECIMALS = 20;

// Building a NumberFormat costs tens of microseconds; a report formats thousands of amounts in a
// handful of locales. Bounded, so a stream of odd locale strings cannot grow it without end.
const formats = new Map<string, Intl.NumberFormat>();
const MAX_FORMATS = 100;

function numberFormat(
  locale: string,
  currency: string,
  display: string,
  decimals: number,
): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}\u0000${display}\u0000${decimals}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: display as 'symbol' | 'code',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
    } catch {
      throw AftersalesError.of('input.invalid_format', ['locale'], {
        format: 'BCP 47 locale tag (e.g. zh-CN)',
      });
    }
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats Money for people, in any locale the runtime knows: `¥1,280.50` in `zh-CN`,
 * `CN¥1,280.50` in `en` (English marks the yuan `CN¥` to tell it from the yen).
 *
 * The amount is rounded by our own decimal code and handed to `Intl.NumberFormat` as a decimal
 * **string**, which ICU formats digit for digit (ES2023 Intl.NumberFormat v3, Node ≥ 19): no
 * binary float on the way, so ¥12,345,678,901,234,567.89 keeps its last fen. A value that
 * rounds to zero is shown without a minus sign.
 *
 * @param value - the Money to show
 * @param locale - a BCP 47 tag such as `'zh-CN'` or `'en'`
 * @param options - display, rounding and decimals; see {@link FormatMoneyOptions}
 * @throws AftersalesError `input.invalid_format` for a malformed locale, `input.invalid_type`,
 *   `input.invalid_value` (display), `money.invalid_rounding`
 * @example
 * formatMoney(money('1280.5'), 'zh-CN');                       // '¥1,280.50'
 * formatMoney(money('1280.5'), 'en');                          // 'CN¥1,280.50'
 * formatMoney(money('1280.5'), 'en', { display: 'code' });     // 'CNY 1,280.50' (no-break space)
 * formatMoney(money('2.345'), 'zh-CN', { rounding: 'half-even' }); // '¥2.34'
 */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const amount = amountOf(checkMoney(value, ['value']));
  if (typeof locale !== 'string' || locale === '') {
    throw AftersalesError.of('input.invalid_type', ['locale'], {
      expected: 'a locale tag',
      received: typeName(locale),
    });
  }
  if (typeof options !== 'object' || options === null) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const display = options.display ?? 'symbol';
  if (!displays.includes(display)) {
    throw AftersalesError.of('input.invalid_value', ['options', 'display'], {
      allowed: [...displays],
      value: describeValue(display),
    });
  }
  const rounding = checkRounding(options.rounding ?? 'half-up', ['options', 'rounding']);
  const decimals = checkDecimalPlaces(
    options.decimals ?? value.minorDigits,
    ['options', 'decimals'],
    MAX_FORMAT_DECIMALS,
  );
  const rounded = amount.toDecimalPlaces(decimals, rounding);
  // '-0.00' is what a refund of ¥0.004 rounds to; nobody wants to read a negative nothing.
  const text = (rounded.isZero() ? rounded.abs() : rounded).toFixed(decimals) as `${number}`;
  return numberFormat(locale, value.currency, display, decimals).format(text);
}
