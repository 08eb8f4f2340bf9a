import { dayNumberOfDate, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { demandHistory } from '../demand/demandHistory';
import { defaultStockingPolicy } from '../policy/stockingPolicy';
import { monthlyIssues, repeat, thrown, ZONE } from '../testing';
import { planContext, policyOf } from './planOptions';

// Twelve months, October 2023 to September 2024, in Shanghai.
const history = demandHistory(monthlyIssues('A', '2023-10', repeat('2', 12)), {
  timeZone: ZONE,
  from: '2023-10',
  to: '2024-09',
});
const paramsOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return [error.code, error.path, error.issues[0]?.params];
    throw error;
  }
  throw new Error('expected a coded AftersalesError');
};
const day = (date: string) => dayNumberOfDate(date) as number;

describe('planContext', () => {
  it('refuses options that are not an object, naming what they were', () => {
    expect(paramsOf(() => planContext(history, null as never))).toEqual([
      'input.invalid_type',
      ['options'],
      { expected: 'object', received: 'null' },
    ]);
    expect(paramsOf(() => planContext(history, 'x' as never))).toEqual([
      'input.invalid_type',
      ['options'],
      { expected: 'object', received: 'string' },
    ]);
  });

  it('refuses an asOf that is no calendar date, naming it or its type', () => {
    const asOf = (value: unknown) => paramsOf(() => planContext(history, { asOf: value as string }));
    expect(asOf('2024-02-30')).toEqual(['time.invalid_date', ['asOf'], { value: '2024-02-30' }]);
    expect(asOf(20240201)).toEqual(['time.invalid_date', ['asOf'], { value: 'number' }]);
    expect(asOf(null)).toEqual(['time.invalid_date', ['asOf'], { value: 'null' }]);
  });

  it('takes an asOf on the window’s first day and refuses the day before', () => {
    expect(planContext(history, { asOf: '2023-10-01' }).asOfDay).toBe(day('2023-10-01'));
    expect(paramsOf(() => planContext(history, { asOf: '2023-09-30' }))).toEqual([
      'time.invalid_range',
      ['asOf'],
      { start: '2023-10', end: '2023-09-30' },
    ]);
  });

  it('reads the months that have ended by asOf, and at least the first', () => {
    const endMonth = (asOf?: string) => planContext(history, asOf === undefined ? {} : { asOf }).endMonth;
    // No asOf: the history's last day, 2024-09-30, so all twelve months have ended.
    expect(planContext(history, undefined).asOfDay).toBe(day('2024-09-30'));
    expect(endMonth()).toBe(12);
    expect(endMonth('2024-09-30')).toBe(12);
    // September ends on the 30th: the day before, only October to August (11) have ended.
    expect(endMonth('2024-09-29')).toBe(11);
    expect(endMonth('2024-08-31')).toBe(11);
    expect(endMonth('2024-08-30')).toBe(10);
    // On the first day no month has ended, yet the statistics read at least the first.
    expect(endMonth('2023-10-01')).toBe(1);
    expect(endMonth('2023-10-31')).toBe(1);
    expect(endMonth('2023-11-30')).toBe(2);
    // After the window: every month.
    expect(endMonth('2025-03-01')).toBe(12);
  });

  it('names a bad policy field under policy', () => {
    expect(thrown(() => planContext(history, { policy: { id: '' } as never })).path[0]).toBe('policy');
  });
});

describe('policyOf', () => {
  it('gives the default policy for none, and a parsed policy back as it is', () => {
    expect(policyOf(undefined)).toBe(defaultStockingPolicy);
    expect(policyOf(defaultStockingPolicy)).toBe(defaultStockingPolicy);
    const parsed = policyOf({ ...defaultStockingPolicy, id: 'mine' });
    expect(parsed.id).toBe('mine');
    expect(policyOf(parsed)).toBe(parsed);
  });
});
