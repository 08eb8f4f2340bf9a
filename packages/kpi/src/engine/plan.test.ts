import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { count, field, sum } from '../definition/builders';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { createPlan } from './plan';

const elr: KpiDefinition = {
  id: 'test.elr',
  area: 'service',
  name: { en: 'Effective labor rate', zh: '有效工时单价' },
  formula: { en: 'labor sales ÷ sold hours', zh: '工时收入 ÷ 结算工时' },
  source: 'laborLine',
  periodBy: 'roClosedAt',
  measures: { sales: sum(field('laborAmount')), hours: sum(field('soldHours')), lines: count() },
  numerator: 'sales',
  denominator: 'hours',
  unit: 'money/hour',
  direction: 'higher',
  cite: 'manual:catalog.labor.elr',
};
const bare = Object.create(null);

/** The error `createPlan` throws for a definition: its code and reason, or the uncoded error. */
function refusal(changes: Record<string, unknown>): string {
  try {
    createPlan({
      kpis: [{ ...elr, ...changes } as KpiDefinition],
      groupBy: ['dealer', 'month'],
      timeZone: 'UTC',
    });
    return 'planned';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return `${error.code}: ${String(error.issues[0]?.params?.reason)}`;
  }
}
const measure = (m: unknown) => ({ measures: { ...elr.measures, m } });

/** The Chinese reason of the refusal (`reasonZh`), or 'planned'. */
function refusalZh(changes: Record<string, unknown>): string {
  try {
    createPlan({ kpis: [{ ...elr, ...changes } as KpiDefinition], groupBy: ['month'], timeZone: 'UTC' });
    return 'planned';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return String(error.issues[0]?.params?.reasonZh);
  }
}

describe('createPlan gives the reason a definition does not check in Chinese too', () => {
  it('for its own checks and for the problems of compiling an expression', () => {
    expect(refusalZh({ precision: 13 })).toBe('precision 为 0–12 位小数');
    expect(refusalZh({ measures: {} })).toBe('没有任何度量');
    expect(refusalZh({ source: 'nowhere' })).toBe('未知数据源“nowhere”');
    expect(refusalZh(measure({ agg: 'sum', of: field('roId') }))).toBe('m.of：对字符串求和');
    expect(refusalZh(measure({ agg: 'count', where: field('soldHours') }))).toBe('m：where 不是布尔值');
    expect(
      refusalZh(measure({ agg: 'sum', of: { op: 'add', args: [field('soldHours'), field('roId')] } })),
    ).toBe('m.of：应为数值，实际为字符串');
    expect(refusalZh({ numerator: 'nothing' })).toBe('numerator：没有度量“nothing”');
  });

  it('in the message a user reads', () => {
    try {
      createPlan({ kpis: [{ ...elr, precision: 13 }], groupBy: ['month'], timeZone: 'UTC' });
      expect.unreachable('a precision of 13 places does not check');
    } catch (error) {
      if (!isAftersalesError(error)) throw error;
      expect(error.messages.zh).toContain('指标“test.elr”定义无效：precision 为 0–12 位小数');
    }
  });
});

describe('createPlan refuses a definition that does not check with kpi.invalid_definition', () => {
  it('for a source or period field that is an inherited key or no string at all', () => {
    expect(refusal({ source: 'constructor' })).toBe("kpi.invalid_definition: unknown source 'constructor'");
    expect(refusal({ source: bare })).toBe("kpi.invalid_definition: unknown source 'object'");
    expect(refusal({ periodBy: bare })).toBe(
      "kpi.invalid_definition: periodBy 'object' is not a field of laborLine",
    );
    expect(refusal({ periodBy: 'toString' })).toBe(
      "kpi.invalid_definition: periodBy 'toString' is not a field of laborLine",
    );
  });

  it('for a measure of the wrong shape', () => {
    expect(refusal(measure({ agg: bare }))).toBe("kpi.invalid_definition: m: unknown aggregate 'object'");
    expect(refusal(measure({ agg: 'count', window: null }))).toMatch(/^kpi.invalid_definition: a window is/);
    expect(refusal(measure({ agg: 'countDistinct', of: field('roId'), intersect: null }))).toBe(
      'kpi.invalid_definition: m.intersect: not a set of rows',
    );
    const quantile = { agg: 'quantile', of: field('soldHours'), q: 0.5, resolution: '1' };
    expect(refusal(measure({ ...quantile, resolution: bare }))).toMatch(
      /^kpi.invalid_definition: m.resolution:/,
    );
    expect(refusal(measure({ ...quantile, q: bare }))).toBe(
      'kpi.invalid_definition: m.q: q must be in (0, 1]',
    );
    expect(refusal({ inMemoryOnly: true, ...measure({ agg: 'custom', init: 5 }) })).toBe(
      'kpi.invalid_definition: m: a custom measure needs init, add, merge and result functions',
    );
  });

  it('for a formula constant that is no number, an operator that is no string, or nesting too deep', () => {
    expect(refusal({ numerator: { const: bare } })).toBe(
      'kpi.invalid_definition: numerator: a constant is a decimal string or a safe integer',
    );
    expect(refusal({ numerator: { const: 'abc' } })).toBe(
      'kpi.invalid_definition: numerator: a constant is a decimal string or a safe integer',
    );
    expect(refusal({ numerator: { op: bare, args: ['sales', 'lines'] } })).toMatch(
      /^kpi.invalid_definition: numerator: a formula is/,
    );
    let deep: unknown = 'sales';
    for (let i = 0; i < 20_000; i += 1) deep = { op: 'add', args: [deep, 'lines'] };
    expect(refusal({ numerator: deep })).toMatch(/nested more than \d+ deep$/);
  });

  it('for a scale or precision the report could not use (computeKpis takes definitions as they are)', () => {
    expect(refusal({ scale: bare })).toBe(
      'kpi.invalid_definition: scale is a positive whole number (100 for a percentage)',
    );
    expect(refusal({ precision: 1.5 })).toBe('kpi.invalid_definition: precision is 0–12 decimal places');
    expect(refusal({ precision: 2, scale: 100 })).toBe('planned');
  });
});
