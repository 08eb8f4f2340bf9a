import { describe, expect, it } from 'vitest';
import {
  absDecimal,
  compareDecimals,
  isDecimalText,
  normalizeDecimal,
  percentOfMagnitude,
  subtractDecimals,
} from './decimalText';

describe('isDecimalText', () => {
  it('accepts plain decimals of up to 30 digits on each side of the point', () => {
    expect(isDecimalText('98')).toBe(true);
    expect(isDecimalText('-0.25')).toBe(true);
    expect(isDecimalText('1.500')).toBe(true);
    expect(isDecimalText('9'.repeat(30))).toBe(true);
    expect(isDecimalText(`0.${'0'.repeat(29)}1`)).toBe(true);
  });

  it.each([
    ['31 digits before the point', '9'.repeat(31)],
    ['31 digits after the point', `0.${'1'.repeat(31)}`],
    ['an empty string', ''],
    ['a lone minus', '-'],
    ['no digit before the point', '.5'],
    ['no digit after the point', '2.'],
    ['a leading plus', '+2'],
    ['a leading blank', ' 2'],
    ['a trailing blank', '2 '],
    ['an exponent', '1e3'],
    ['two points', '1.2.3'],
    ['a decimal comma', '2,5'],
  ])('refuses %s', (_, text) => {
    expect(isDecimalText(text)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isDecimalText(2)).toBe(false);
    expect(isDecimalText(null)).toBe(false);
  });
});

describe('decimal arithmetic', () => {
  it('compares by value, not by text', () => {
    expect(compareDecimals('2', '10')).toBe(-1);
    expect(compareDecimals('10', '2')).toBe(1);
    expect(compareDecimals('-1', '-2')).toBe(1);
    expect(compareDecimals('0.5', '0.50')).toBe(0);
  });

  it('subtracts across places and signs', () => {
    expect(subtractDecimals('0.05', '0.1')).toBe('-0.05');
    expect(subtractDecimals('100', '0.5')).toBe('99.5');
    expect(subtractDecimals('-1.25', '-1.25')).toBe('0');
  });

  it('takes magnitudes and shares of them exactly', () => {
    expect(absDecimal('-0.40')).toBe('0.4');
    expect(absDecimal('3')).toBe('3');
    expect(percentOfMagnitude('2', 5)).toBe('0.1');
    expect(percentOfMagnitude('-1.2', 50)).toBe('0.6');
    expect(percentOfMagnitude('0', 5)).toBe('0');
  });

  it('normalizes without touching the zeros of the whole part', () => {
    expect(normalizeDecimal('2.40')).toBe('2.4');
    expect(normalizeDecimal('100')).toBe('100');
    expect(normalizeDecimal('100.00')).toBe('100');
    expect(normalizeDecimal('-1.50')).toBe('-1.5');
    expect(normalizeDecimal('0.05')).toBe('0.05');
    expect(normalizeDecimal('-0.00')).toBe('0');
  });
});
