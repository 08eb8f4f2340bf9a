import { describe, expect, it } from 'vitest';
import { money } from './createMoney';
import { formatMoney } from './formatMoney';

const coded = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining(path === undefined ? { code } : { code, path });
const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('returns ¥ in zh-CN and CN¥ in en, with grouping and two decimals', () => {
    expect(formatMoney(money('1280.5'), 'zh-CN')).toBe('¥1,280.50');
    expect(formatMoney(money('1280.5'), 'en')).toBe('CN¥1,280.50');
    expect(formatMoney(money('-3'), 'en')).toBe('-CN¥3.00');
    expect(formatMoney(money('-1280.5'), 'zh-CN')).toBe('-¥1,280.50');
  });

  it('returns the ISO code when display is code', () => {
    // ICU puts a no-break space between the code and the number.
    expect(formatMoney(money('1280.5'), 'en', { display: 'code' })).toBe(`CNY${NBSP}1,280.50`);
  });

  it('returns every digit of an amount beyond float precision', () => {
    // 12345678901234567.89 as a double is 12345678901234568: a float would lose the fen.
    expect(formatMoney(money('12345678901234567.89'), 'en')).toBe('CN¥12,345,678,901,234,567.89');
  });

  it('returns half-up rounding unless told otherwise', () => {
    expect(formatMoney(money('2.345'), 'zh-CN')).toBe('¥2.35');
    expect(formatMoney(money('2.345'), 'zh-CN', { rounding: 'half-even' })).toBe('¥2.34');
    expect(formatMoney(money('2.349'), 'zh-CN', { rounding: 'down' })).toBe('¥2.34');
  });

  it('returns more or fewer decimals when asked', () => {
    expect(formatMoney(money('7.8915'), 'zh-CN', { decimals: 4 })).toBe('¥7.8915');
    expect(formatMoney(money('1280.5'), 'zh-CN', { decimals: 0 })).toBe('¥1,281');
  });

  it('returns no minus sign when the value rounds to zero', () => {
    expect(formatMoney(money('-0.004'), 'en')).toBe('CN¥0.00');
  });

  it('returns the currency’s own decimals: none for JPY, three for KWD', () => {
    expect(formatMoney(money('1280', 'JPY'), 'en')).toBe('¥1,280');
    expect(formatMoney(money('1280', 'JPY'), 'zh-CN')).toBe('JP¥1,280');
    expect(formatMoney(money('1.2345', 'KWD'), 'en', { display: 'code' })).toBe(`KWD${NBSP}1.235`);
  });

  it('returns the locale’s own separators', () => {
    expect(formatMoney(money('1234.5', 'EUR'), 'de')).toBe(`1.234,50${NBSP}€`);
  });

  it('throws when the locale or an option is wrong', () => {
    expect(() => formatMoney(money('1'), 'not a locale!')).toThrow(coded('input.invalid_format', ['locale']));
    expect(() => formatMoney(money('1'), 42 as never)).toThrow(coded('input.invalid_type', ['locale']));
    expect(() => formatMoney(money('1'), 'en', { display: 'name' as never })).toThrow(
      coded('input.invalid_value', ['options', 'display']),
    );
    expect(() => formatMoney(money('1'), 'en', { rounding: 'nearest' as never })).toThrow(
      coded('money.invalid_rounding', ['options', 'rounding']),
    );
    expect(() => formatMoney(money('1'), 'en', { decimals: 21 })).toThrow(
      coded('input.too_big', ['options', 'decimals']),
    );
    expect(() => formatMoney('1' as never, 'en')).toThrow(coded('input.invalid_type', ['value']));
  });
});
