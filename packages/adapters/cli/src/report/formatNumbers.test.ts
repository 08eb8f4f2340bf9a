import { describe, expect, it } from 'vitest';
import { formatKpiValue, groupDigits } from './formatNumbers';
import { formatTarget } from './formatTarget';

describe('groupDigits', () => {
  it('returns the whole part grouped by thousands and the fraction as written', () => {
    expect(groupDigits('1234567.50')).toBe('1,234,567.50');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('999.999')).toBe('999.999');
    expect(groupDigits('-1234.5')).toBe('-1,234.5');
    expect(groupDigits('0.00001')).toBe('0.00001');
  });

  it('keeps every digit of amounts beyond a float (no rounding on the way)', () => {
    expect(groupDigits('12345678901234567.89')).toBe('12,345,678,901,234,567.89');
  });

  it('returns text that is not a plain decimal unchanged', () => {
    expect(groupDigits('1e6')).toBe('1e6');
    expect(groupDigits('')).toBe('');
  });
});

describe('formatKpiValue', () => {
  it('returns money grouped with its currency, other units with their sign', () => {
    expect(formatKpiValue('1812.40', 'money', 'CNY')).toBe('1,812.40 CNY');
    expect(formatKpiValue('165.5', 'money/hour', 'CNY')).toBe('165.5 CNY/h');
    expect(formatKpiValue('1.8', 'percent')).toBe('1.8 %');
    expect(formatKpiValue('26.5', 'hours')).toBe('26.5 h');
    expect(formatKpiValue('2400', 'count')).toBe('2,400');
    expect(formatKpiValue('0.95', 'ratio')).toBe('0.95');
  });

  it('returns an en dash for no value', () => {
    expect(formatKpiValue(null, 'percent')).toBe('–');
  });
});

describe('formatTarget', () => {
  it('returns each bound with its sign, a band as two bounds', () => {
    expect(formatTarget({ atLeast: '65', atMost: '75', cite: 'manual:labor.gp' }, 'percent')).toBe(
      '≥ 65 %, ≤ 75 %',
    );
    expect(formatTarget({ below: '2', cite: 'manual:ro.comeback' }, 'percent')).toBe('< 2 %');
    expect(formatTarget({ above: '1500', cite: 'manual:care.base' }, 'count')).toBe('> 1,500');
    expect(formatTarget({ atLeast: '800', cite: 'manual:ro.revenue.avg' }, 'money', 'CNY')).toBe('≥ 800 CNY');
  });

  it('returns an en dash without a target', () => {
    expect(formatTarget(undefined, 'percent')).toBe('–');
    expect(formatTarget(null, 'percent')).toBe('–');
  });
});
