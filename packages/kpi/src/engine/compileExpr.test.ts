import { describe, expect, it } from 'vitest';
import type { Expr } from '../definition/expr';
import { fieldIndexes } from '../facts/factReader';
import { kpiSources } from '../facts/kpiSources';
import { type CompileContext, compileExpr, DefinitionProblem, MAX_DEPTH } from './compileExpr';
import { divide, minus, multiply, plus } from './exprValues';

const source = kpiSources.repairOrder as NonNullable<(typeof kpiSources)['repairOrder']>;
const context: CompileContext = {
  source,
  fields: fieldIndexes(source),
  params: { days: 3 },
  timeZone: 'Asia/Shanghai',
  constants: [],
};
const bare = Object.create(null) as never;

/** What compiling `expr` throws: a DefinitionProblem's message, or the uncoded error itself. */
function problemOf(expr: unknown): string {
  try {
    compileExpr(expr as Expr, context);
    return 'compiled';
  } catch (error) {
    if (error instanceof DefinitionProblem) return error.message;
    throw error;
  }
}

describe('compileExpr on malformed nodes', () => {
  it('refuses operands that are not lists, and names nothing by String() of an object', () => {
    expect(problemOf({ op: 'add' })).toBe('args is not a list');
    expect(problemOf({ op: 'eq', args: null })).toBe('args is not a list');
    expect(problemOf({ op: 'and', args: 'counted' })).toBe('args is not a list');
    expect(problemOf({ op: 'coalesce' })).toBe('args is not a list');
    expect(problemOf({ op: 'in', arg: { field: 'payType' }, values: 3 })).toBe('values is not a list');
    expect(problemOf({ op: bare })).toBe("unknown operator 'object'");
    expect(problemOf({ field: bare })).toBe("'object' is not a field of repairOrder");
    expect(problemOf({ param: bare })).toBe("no parameter 'object'");
    expect(problemOf({ op: 'datePart', part: bare, arg: { field: 'openedAt' } })).toBe(
      "unknown date part 'object'",
    );
    expect(problemOf({ const: bare, type: 'number' })).toBe('object is not a decimal of at most 4 places');
  });

  it('reads only own fields: toString and __proto__ are no fields of a source', () => {
    expect(problemOf({ op: 'isSet', arg: { field: 'toString' } })).toBe(
      "'toString' is not a field of repairOrder",
    );
    expect(problemOf({ field: '__proto__' })).toBe("'__proto__' is not a field of repairOrder");
  });

  it('types a constant only as number, money, string or boolean', () => {
    const instant = { const: '2024-03-01T09:00:00+08:00', type: 'instant' };
    expect(problemOf({ op: 'lt', args: [{ field: 'openedAt' }, instant] })).toBe(
      "a constant's type is number, money, string or boolean",
    );
    expect(problemOf({ const: 'CP', type: 'string' })).toBe('compiled');
  });

  it(`refuses nesting past ${MAX_DEPTH} levels instead of running out of stack`, () => {
    let expr: unknown = { field: 'counted' };
    for (let i = 0; i < 20_000; i += 1) expr = { op: 'not', arg: expr };
    expect(problemOf(expr)).toBe(`nested more than ${MAX_DEPTH} deep`);
  });
});

describe('fixed-point arithmetic past the largest double', () => {
  it('gives undefined (null) instead of Infinity, which no sum or BigInt can hold', () => {
    expect(multiply(1e200, 1e200)).toBeUndefined();
    expect(plus(1.7e308, 1.7e308)).toBeUndefined();
    expect(minus(-1.7e308, 1.7e308)).toBeUndefined();
    expect(divide(1e305, 10_000)).toBeUndefined();
    // Within range nothing changes: 2 × 3 = 6, 1 ÷ 4 = 0.25 (fixed point, four places).
    expect([multiply(20_000, 30_000), divide(10_000, 40_000), plus(1, 2)]).toEqual([60_000, 2_500, 3]);
  });
});
