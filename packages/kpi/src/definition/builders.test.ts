import { describe, expect, it } from 'vitest';
import { count, countDistinct, eq, field, money, sum } from './builders';

describe('measure builders', () => {
  it('take null options as none (a JavaScript caller passes either)', () => {
    expect(count(null as never)).toEqual({ agg: 'count' });
    expect(sum(field('soldHours'), null as never)).toEqual({ agg: 'sum', of: { field: 'soldHours' } });
    expect(countDistinct(field('vin'), null as never)).toEqual({
      agg: 'countDistinct',
      of: { field: 'vin' },
    });
  });
});

describe('money', () => {
  it('marks a constant as money, so that a decimal string is not read as text', () => {
    expect(money('0')).toEqual({ const: '0', type: 'money' });
    expect(money(12.5)).toEqual({ const: 12.5, type: 'money' });
  });
});

describe('operands', () => {
  it('takes a string, a number and (from a JavaScript caller) null as constants, and drops options given as undefined', () => {
    expect(eq(field('payType'), null as never)).toEqual({
      op: 'eq',
      args: [{ field: 'payType' }, { const: null }],
    });
    expect(eq('INS', 7)).toEqual({ op: 'eq', args: [{ const: 'INS' }, { const: 7 }] });
    expect(count({ where: undefined, source: 'repairOrder' } as never)).toStrictEqual({
      agg: 'count',
      source: 'repairOrder',
    });
  });
});
