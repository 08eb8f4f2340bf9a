import { describe, expect, it } from 'vitest';
import { grouped, periodText } from './numberText';

describe('periodText', () => {
  it('writes months or days, and km grouped by thousands', () => {
    expect(periodText({ months: 60, km: 150_000 })).toEqual({
      en: '60 months or 150,000 km',
      zh: '60个月或150,000 km',
    });
    expect(periodText({ days: 1 })).toEqual({ en: '1 day', zh: '1天' });
    expect(periodText({ months: 1 })).toEqual({ en: '1 month', zh: '1个月' });
    expect(periodText({ days: 30 })).toEqual({ en: '30 days', zh: '30天' });
    expect(periodText({ km: 999 })).toEqual({ en: '999 km', zh: '999 km' });
    expect(periodText({ km: 1_000 })).toEqual({ en: '1,000 km', zh: '1,000 km' });
    expect(grouped(5_000_000)).toBe('5,000,000');
  });

  it('writes an editable period again after it changed (a frozen one is kept)', () => {
    // A hand-made pack's floor period, edited between two decisions: 400 days or 40,000 km, then
    // the days removed. The words kept from the first call said "400 days" after the edit.
    const period: { days?: number; km: number } = { days: 400, km: 40_000 };
    expect(periodText(period).en).toBe('400 days or 40,000 km');
    delete period.days;
    expect(periodText(period).en).toBe('40,000 km');
    const frozen = Object.freeze({ months: 36, km: 60_000 });
    expect(periodText(frozen)).toBe(periodText(frozen)); // the same words object, kept
  });

  it('groups numbers outside 0 … 999,999 and keeps their sign', () => {
    expect(grouped(123_456_789)).toBe('123,456,789'); // nine digits: three full groups
    expect(grouped(-1_234_567)).toBe('-1,234,567');
    expect(grouped(-250_000)).toBe('-250,000');
    expect(grouped(-5)).toBe('-5');
    expect(grouped(999_999)).toBe('999,999'); // the last of the table lookup
    expect(grouped(1_000_000)).toBe('1,000,000'); // the first written digit by digit
    expect(grouped(1.5)).toBe('1.5'); // not an integer: written as it is, no minus sign
  });

  it("writes 'lifetime' as such", () => {
    expect(periodText('lifetime')).toEqual({ en: 'lifetime', zh: '终身' });
  });
});
