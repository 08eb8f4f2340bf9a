import { describe, expect, it } from 'vitest';
import { hoursToSeconds, milesToKm, secondsToHours, sumDecimals } from './decimals';

describe('milesToKm', () => {
  it('multiplies by 1.609344 exactly and rounds half up to the km', () => {
    expect(milesToKm('45281.5')).toBe(72874); // 72873.510336
    expect(milesToKm('1')).toBe(2); // 1.609344
    expect(milesToKm('0.310686')).toBe(1); // 0.500000649984 ≥ 0.5: up
    expect(milesToKm('-1')).toBeUndefined();
  });
});

describe('secondsToHours / hoursToSeconds', () => {
  it('reads 1800 s as 0.5 h exactly, and 1 s as 0.0003 h (rounded, so not exact)', () => {
    expect(secondsToHours(1800)).toEqual({ hours: '0.5', exact: true });
    expect(secondsToHours(1)).toEqual({ hours: '0.0003', exact: false }); // 1/3600 = 0.000277…
    expect(hoursToSeconds('1.25')).toBe(4500);
    expect(hoursToSeconds('0.0001')).toBeUndefined(); // 0.36 s
  });
});

describe('sumDecimals', () => {
  it('adds exactly, padded to the places asked for', () => {
    expect(sumDecimals(['150.00', '0.00', '10.00', '11.20'], 2)).toBe('171.20');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['1', 'x'])).toBeUndefined();
  });
});
