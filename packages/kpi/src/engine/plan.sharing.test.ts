import { describe, expect, it } from 'vitest';
import { count, countDistinct, eq, field } from '../definition/builders';
import type { Measure } from '../definition/expr';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { createPlan } from './plan';

// What a report shares: one placement per source, period field and window (each placement is a
// pass over the rows), and one distinct set per expression and filter (the costliest accumulator).
const kpi = (id: string, measures: Record<string, Measure>): KpiDefinition => ({
  id,
  area: 'service',
  name: { en: 'Test', zh: '测试' },
  formula: { en: 'test', zh: '测试' },
  source: 'laborLine',
  periodBy: 'roClosedAt',
  measures,
  numerator: Object.keys(measures)[0] as string,
  unit: 'count',
  direction: 'higher',
  cite: 'manual:test',
});
const planOf = (kpis: KpiDefinition[]) => createPlan({ kpis, groupBy: ['dealer', 'month'], timeZone: 'UTC' });

describe('createPlan shares a placement', () => {
  it('between the measures of one source, period field and window', () => {
    const plan = planOf([
      kpi('a', { lines: count(), again: count() }),
      kpi('b', { lines: count(), yearly: count({ window: { months: 12 } }) }),
      kpi('c', { yearly: count({ window: { months: 12 } }) }),
    ]);
    expect(plan.placements.get('laborLine')?.map((placement) => placement.window)).toEqual([
      undefined,
      { months: 12 },
    ]);
  });

  it('but not between windows of other months or other offsets', () => {
    const windows = [
      { months: 12 },
      { months: 3 },
      { months: 12, offsetMonths: 3 },
      { months: 12, offsetMonths: 6 },
    ];
    const measures = Object.fromEntries(windows.map((window, index) => [`m${index}`, count({ window })]));
    const plan = planOf([kpi('a', { lines: count(), ...measures })]);
    expect(plan.placements.get('laborLine')?.map((placement) => placement.window)).toEqual([
      undefined,
      ...windows,
    ]);
  });
});

describe('createPlan shares a distinct set', () => {
  it('between KPIs counting the same values with the same filter, and only those', () => {
    const plan = planOf([
      kpi('ros', { m: countDistinct(field('roId')) }),
      kpi('ros.again', { m: countDistinct(field('roId')) }),
      kpi('ros.warranty', { m: countDistinct(field('roId'), { where: eq(field('payType'), 'W') }) }),
    ]);
    expect(plan.kpis.map((planned) => planned.measures.m)).toEqual([
      { kind: 'distinct', slot: 0 },
      { kind: 'distinct', slot: 0 },
      { kind: 'distinct', slot: 1 },
    ]);
    expect(plan.slots.set).toBe(2);
  });

  it('never with a last value of the same expression', () => {
    const plan = planOf([
      kpi('ros', { m: { agg: 'last', of: field('roId') }, n: countDistinct(field('roId')) }),
    ]);
    expect(plan.kpis[0]?.measures).toEqual({
      m: { kind: 'last', slot: 0 },
      n: { kind: 'distinct', slot: 0 },
    });
    expect(plan.slots).toEqual({ count: 0, set: 1, histogram: 0, last: 1, custom: 0 });
  });
});
