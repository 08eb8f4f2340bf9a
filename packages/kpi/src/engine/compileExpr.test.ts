import { dateOfDayNumber, dayNumberOfDate } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../definition/expr';
import { fieldIndexes } from '../facts/factReader';
import { kpiSources } from '../facts/kpiSources';
import type { FactValue } from '../facts/readField';
import { type CompileContext, compileExpr, DefinitionProblem, MAX_DEPTH } from './compileExpr';
import { dateParts, divide, minus, multiply, plus } from './exprValues';

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

/** What compiling `expr` throws, in both languages and where: or 'compiled'. */
function refusalOf(expr: unknown): { en: string; zh: string; at: string } | 'compiled' {
  try {
    compileExpr(expr as Expr, context);
    return 'compiled';
  } catch (error) {
    if (error instanceof DefinitionProblem) return { en: error.message, zh: error.zh, at: error.at };
    throw error;
  }
}

describe('compileExpr on `in` over a date or an instant', () => {
  // Inside, a date is a day number and an instant epoch milliseconds: listed dates never matched.
  it('refuses it at the operand, pointing to datePart', () => {
    expect(
      refusalOf({ op: 'in', arg: { field: 'openedAt' }, values: ['2024-03-01T10:00:00+08:00'] }),
    ).toEqual({
      en: 'in cannot list instant values: list a datePart of it',
      zh: 'in 不能列出时刻值：请列出其 datePart',
      at: 'expr.arg',
    });
    const claims = kpiSources.warrantyClaim as NonNullable<(typeof kpiSources)['warrantyClaim']>;
    const claimContext: CompileContext = { ...context, source: claims, fields: fieldIndexes(claims) };
    const onClaims = { op: 'in', arg: { field: 'repairDate' }, values: [19_783] } as unknown as Expr;
    expect(() => compileExpr(onClaims, claimContext)).toThrowError(
      expect.objectContaining({ zh: 'in 不能列出日期值：请列出其 datePart', at: 'expr.arg' }),
    );
  });

  it('takes a datePart of it', () => {
    const march = {
      op: 'in',
      arg: { op: 'datePart', part: 'month', arg: { field: 'openedAt' } },
      values: [3],
    };
    expect(refusalOf(march)).toBe('compiled');
  });
});

describe('compileExpr names the node that does not check, in English and Chinese', () => {
  it('for a constant that is no decimal of four places, at the top node "expr"', () => {
    expect(refusalOf({ const: '1.23456', type: 'number' })).toEqual({
      en: '1.23456 is not a decimal of at most 4 places',
      zh: '1.23456 不是最多 4 位小数的十进制数',
      at: 'expr',
    });
  });

  it('for `in` values of the wrong type, at expr.values', () => {
    expect(refusalOf({ op: 'in', arg: { field: 'counted' }, values: ['yes'] })).toEqual({
      en: 'expected a boolean',
      zh: '应为布尔值',
      at: 'expr.values',
    });
    expect(refusalOf({ op: 'in', arg: { field: 'payType' }, values: ['CP', 7] })).toEqual({
      en: 'expected a string',
      zh: '应为字符串',
      at: 'expr.values',
    });
  });

  it('for an operand that is no node, an unknown operator and operands that are no list', () => {
    expect(refusalOf({ op: 'not', arg: null })).toEqual({
      en: 'not an expression node',
      zh: '不是表达式节点',
      at: 'expr.arg',
    });
    expect(refusalOf({ op: 'pow', args: [] })).toEqual({
      en: "unknown operator 'pow'",
      zh: '未知运算符“pow”',
      at: 'expr',
    });
    expect(refusalOf({ op: 'or', args: {} })).toEqual({
      en: 'args is not a list',
      zh: 'args 不是列表',
      at: 'expr',
    });
  });

  it('for a constant type, a parameter or a date part that does not exist', () => {
    expect(refusalOf({ const: 1, type: 'date' })).toEqual({
      en: "a constant's type is number, money, string or boolean",
      zh: '常量的类型只能是 number、money、string 或 boolean',
      at: 'expr',
    });
    expect(refusalOf({ param: 'hours' })).toEqual({
      en: "no parameter 'hours'",
      zh: '没有参数“hours”',
      at: 'expr',
    });
    expect(refusalOf({ op: 'datePart', part: 'week', arg: { field: 'openedAt' } })).toEqual({
      en: "unknown date part 'week'",
      zh: '未知日期部分“week”',
      at: 'expr',
    });
  });

  it('for nesting past 100 levels', () => {
    let expr: unknown = { field: 'counted' };
    for (let i = 0; i < 150; i += 1) expr = { op: 'not', arg: expr };
    const refusal = refusalOf(expr);
    expect(refusal).toMatchObject({ en: 'nested more than 100 deep', zh: '嵌套超过 100 层' });
    // The node at depth 101 is reached through 101 `arg`s.
    expect(refusal !== 'compiled' && refusal.at).toBe(`expr${'.arg'.repeat(101)}`);
  });

  it('for an operand of the wrong type, with both types named', () => {
    expect(refusalOf({ op: 'abs', arg: { field: 'vin' } })).toEqual({
      en: 'expected a number, got string',
      zh: '应为数值，实际为字符串',
      at: 'expr',
    });
    expect(refusalOf({ op: 'not', arg: { field: 'laborSales' } })).toEqual({
      en: 'expected a boolean, got money',
      zh: '应为布尔值，实际为金额',
      at: 'expr',
    });
    expect(
      refusalOf({ op: 'hoursBetween', from: { field: 'openedAt' }, to: { field: 'soldHours' } }),
    ).toEqual({
      en: 'expected an instant, got number',
      zh: '应为时刻，实际为数值',
      at: 'expr',
    });
    expect(refusalOf({ op: 'datePart', part: 'year', arg: { field: 'vin' } })).toEqual({
      en: 'expected an instant or a date, got string',
      zh: '应为时刻或日期，实际为字符串',
      at: 'expr',
    });
  });

  it('for branches or operands that mix types', () => {
    const branches = { op: 'if', cond: { field: 'counted' }, whenTrue: { field: 'laborSales' } };
    expect(refusalOf({ ...branches, whenFalse: { field: 'vin' } })).toEqual({
      en: 'mixes money and string',
      zh: '混用了金额与字符串',
      at: 'expr',
    });
    expect(refusalOf({ op: 'eq', args: [{ field: 'soldHours' }, { field: 'isRescue' }] })).toEqual({
      en: 'mixes number and boolean',
      zh: '混用了数值与布尔值',
      at: 'expr',
    });
    // Money and a plain number are both numeric: they compare.
    expect(refusalOf({ ...branches, whenFalse: { const: 0 } })).toBe('compiled');
  });

  it('for `and`, `or` and `coalesce` with no operand', () => {
    expect(refusalOf({ op: 'and', args: [] })).toEqual({
      en: 'and needs at least one argument',
      zh: 'and 至少需要一个参数',
      at: 'expr',
    });
    expect(refusalOf({ op: 'or', args: [] })).toMatchObject({ en: 'or needs at least one argument' });
    expect(refusalOf({ op: 'coalesce', args: [] })).toEqual({
      en: 'coalesce needs at least one argument',
      zh: 'coalesce 至少需要一个参数',
      at: 'expr',
    });
  });
});

/** A repair-order row with the given fields (numbers and money in ten-thousandths), the rest null. */
function rowOf(values: Readonly<Record<string, FactValue>>): FactValue[] {
  const row: FactValue[] = new Array(Object.keys(source.fields).length).fill(undefined);
  for (const [name, value] of Object.entries(values)) row[context.fields[name] as number] = value;
  return row;
}

/** Compiles `expr` to closures and evaluates it on a row with `values`. */
const evaluateOn = (expr: Expr, values: Readonly<Record<string, FactValue>> = {}): FactValue =>
  compileExpr(expr, context).evaluate(rowOf(values));

const f = (name: string): Expr => ({ field: name });
const n = (value: number): Expr => ({ const: value });

describe('compiled closures', () => {
  it('divide money by a number to money, and money by money to a plain number', () => {
    const typeOf = (left: string, right: string) =>
      compileExpr({ op: 'div', args: [f(left), f(right)] }, context).type;
    expect(typeOf('laborSales', 'soldHours')).toBe('money'); // a labor rate
    expect(typeOf('laborCost', 'laborSales')).toBe('number'); // a ratio
    expect(typeOf('soldHours', 'laborSales')).toBe('number');
    expect(typeOf('soldHours', 'clockedHours')).toBe('number');
  });

  it('negate a number, keep 0 a plain 0, and give null for null', () => {
    const neg = (value: FactValue) => evaluateOn({ op: 'neg', arg: f('laborSales') }, { laborSales: value });
    expect(neg(125_000)).toBe(-125_000); // −12.5
    expect(neg(-30_000)).toBe(30_000);
    expect(Object.is(neg(0), 0)).toBe(true); // not −0, which would print as "-0"
    expect(neg(undefined)).toBeUndefined();
    expect(evaluateOn({ op: 'abs', arg: f('laborSales') }, {})).toBeUndefined();
    expect(evaluateOn({ op: 'abs', arg: f('laborSales') }, { laborSales: -125_000 })).toBe(125_000);
  });

  it('give null for arithmetic with null on either side', () => {
    const mul = (left: FactValue, right: FactValue) =>
      evaluateOn(
        { op: 'mul', args: [f('soldHours'), f('clockedHours')] },
        { soldHours: left, clockedHours: right },
      );
    expect(mul(undefined, 20_000)).toBeUndefined();
    expect(mul(20_000, undefined)).toBeUndefined();
    expect(mul(15_000, 20_000)).toBe(30_000); // 1.5 × 2 = 3
    const add = { op: 'add', args: [f('laborSales'), f('partsSales')] } as const;
    expect(evaluateOn(add, { laborSales: 10_000 })).toBeUndefined();
    expect(evaluateOn(add, { laborSales: 10_000, partsSales: 25_000 })).toBe(35_000);
  });

  it('compare numbers, and give null when either side is null', () => {
    const compare = (op: string, left: FactValue, right: FactValue) =>
      evaluateOn({ op, args: [f('soldHours'), f('clockedHours')] } as Expr, {
        soldHours: left,
        clockedHours: right,
      });
    // [left, right] pairs: less, equal, greater.
    const pairs: [number, number][] = [
      [10_000, 20_000],
      [20_000, 20_000],
      [30_000, 20_000],
    ];
    const table = (op: string) => pairs.map(([left, right]) => compare(op, left, right));
    expect(table('eq')).toEqual([false, true, false]);
    expect(table('ne')).toEqual([true, false, true]);
    expect(table('lt')).toEqual([true, false, false]);
    expect(table('le')).toEqual([true, true, false]);
    expect(table('gt')).toEqual([false, false, true]);
    expect(table('ge')).toEqual([false, true, true]);
    for (const op of ['eq', 'ne', 'lt', 'le', 'gt', 'ge']) {
      expect(compare(op, undefined, 20_000)).toBeUndefined();
      expect(compare(op, 20_000, undefined)).toBeUndefined();
    }
  });

  it('combine with and / or / in as SQL does: false (true) wins over null, else null is null', () => {
    const flags = ['counted', 'isRescue', 'isMaintenance'];
    const combine = (op: 'and' | 'or', ...values: FactValue[]) =>
      evaluateOn(
        { op, args: values.map((_, index) => f(flags[index] as string)) },
        Object.fromEntries(values.map((value, index) => [flags[index], value])),
      );
    expect(combine('and', true, true)).toBe(true);
    expect(combine('and', true, false)).toBe(false);
    expect(combine('and', undefined, false)).toBe(false);
    expect(combine('and', true, undefined)).toBeUndefined();
    expect(combine('and', true, undefined, true)).toBeUndefined();
    expect(combine('and', true, true, true)).toBe(true);
    expect(combine('and', undefined, true, false)).toBe(false);
    expect(combine('or', false, false)).toBe(false);
    expect(combine('or', false, true)).toBe(true);
    expect(combine('or', true, undefined)).toBe(true);
    expect(combine('or', false, undefined)).toBeUndefined();
    expect(combine('or', undefined, false, false)).toBeUndefined();
    expect(combine('or', false, false, false)).toBe(false);
    const isIn = { op: 'in', arg: f('payType'), values: ['CP', 'W'] } as const;
    expect(evaluateOn(isIn, { payType: 'W' })).toBe(true);
    expect(evaluateOn(isIn, { payType: 'I' })).toBe(false);
    expect(evaluateOn(isIn, {})).toBeUndefined();
  });

  it('take the first non-null operand of coalesce', () => {
    const expr: Expr = { op: 'coalesce', args: [f('soldHours'), f('clockedHours'), n(0)] };
    expect(evaluateOn(expr, { clockedHours: 25_000 })).toBe(25_000);
    expect(evaluateOn(expr, { soldHours: 10_000, clockedHours: 25_000 })).toBe(10_000);
    expect(evaluateOn(expr, {})).toBe(0);
  });

  it('count dealer-local days between two instants, null when one is missing', () => {
    const expr: Expr = { op: 'daysBetween', from: f('openedAt'), to: f('deliveredAt') };
    const openedAt = Date.parse('2024-03-01T23:30:00+08:00');
    // 1 March 23:30 to 3 March 00:30 in Shanghai: two calendar days, though only 25 hours.
    expect(evaluateOn(expr, { openedAt, deliveredAt: Date.parse('2024-03-03T00:30:00+08:00') })).toBe(20_000);
    expect(evaluateOn(expr, { openedAt })).toBeUndefined();
    expect(evaluateOn(expr, { deliveredAt: openedAt })).toBeUndefined();
  });
});

describe('dateParts', () => {
  it('gives the ISO weekday, Monday 1 to Sunday 7, on either side of 1970', () => {
    // Day 0 is Thursday 1 January 1970; day −1 Wednesday 31 December 1969; day 3 Sunday 4 January.
    expect([-1, 0, 3, 4, -7].map((day) => dateParts.weekday?.(day))).toEqual([3, 4, 7, 1, 4]);
  });

  it('gives the quarter of a day by its month', () => {
    // 19723 is 2024-01-01 (54 years, 13 of them leap: 54 × 365 + 13).
    const quarterOf = (day: number) => dateParts.quarter?.(day);
    expect(quarterOf(19_723)).toBe(1); // 1 January
    expect(quarterOf(19_723 + 90)).toBe(1); // 31 March
    expect(quarterOf(19_723 + 91)).toBe(2); // 1 April (31 + 29 + 31 days on)
    expect(quarterOf(19_723 + 274)).toBe(4); // 1 October (274 days: January to September)
    expect(quarterOf(19_723 + 273)).toBe(3); // 30 September
    expect(quarterOf(19_723 + 365)).toBe(4); // 31 December (leap year)
  });

  const partsOf = (day: number) =>
    (['year', 'month', 'day', 'yearMonth'] as const).map((part) => dateParts[part]?.(day));

  it("gives core's date of every 7th day from 0000-01-01 to 9999-12-31 (a second method)", () => {
    const first = dayNumberOfDate('0000-01-01') as number;
    const last = dayNumberOfDate('9999-12-31') as number;
    let checked = 0;
    for (let day = first; day <= last; day += 7) {
      const [year, month, dayOfMonth] = (dateOfDayNumber(day) as string).split('-').map(Number);
      const parts = partsOf(day);
      if (parts[0] !== year || parts[1] !== month || parts[2] !== dayOfMonth) {
        expect([day, parts]).toEqual([
          day,
          [year, month, dayOfMonth, (year as number) * 100 + (month as number)],
        ]);
      }
      checked += 1;
    }
    expect(checked).toBe(Math.floor((last - first) / 7) + 1);
  });

  it('counts on past year 9999 and before year 0, leap days included', () => {
    const lastDay = dayNumberOfDate('9999-12-31') as number;
    expect(partsOf(lastDay + 1)).toEqual([10_000, 1, 1, 1_000_001]);
    expect(partsOf(lastDay + 2)).toEqual([10_000, 1, 2, 1_000_001]);
    // 10000 is divisible by 400: a leap year, so 29 February follows 28 February (day 31 + 28 = 59).
    expect(partsOf(lastDay + 60)).toEqual([10_000, 2, 29, 1_000_002]);
    expect(partsOf(lastDay + 61)).toEqual([10_000, 3, 1, 1_000_003]);
    const yearZero = dayNumberOfDate('0000-01-01') as number;
    expect(partsOf(yearZero - 1)).toEqual([-1, 12, 31, -100 + 12]);
  });
});

describe('fixed-point multiplication past 2^53 (exact, in BigInt)', () => {
  // 100,000,000.xxxx × 1.0001: the product has eight places; it is rounded half-even to four.
  it('rounds the eight-place product half-even, away from zero above half', () => {
    // a × 10001 = a × 10⁴ + a, so a ÷ 10⁴ is added to a, and a mod 10⁴ is the dropped rest.
    expect(multiply(1_000_000_001_234, 10_001)).toBe(1_000_100_001_234); // rest 1234 < 5000: down
    expect(multiply(1_000_000_007_776, 10_001)).toBe(1_000_100_007_777); // rest 7776 > 5000: up
    expect(multiply(-1_000_000_007_776, 10_001)).toBe(-1_000_100_007_777);
    expect(multiply(1_000_000_007_776, -10_001)).toBe(-1_000_100_007_777);
    expect(multiply(-1_000_000_001_234, 10_001)).toBe(-1_000_100_001_234);
  });

  it('rounds an exact half to the even neighbour', () => {
    expect(multiply(1_000_000_005_000, 10_001)).toBe(1_000_100_005_000); // …5000.5 → even 5000
    expect(multiply(1_000_000_015_000, 10_001)).toBe(1_000_100_015_002); // …5001.5 → even 5002
    expect(multiply(-1_000_000_015_000, 10_001)).toBe(-1_000_100_015_002);
    expect(multiply(-1_000_000_005_000, 10_001)).toBe(-1_000_100_005_000);
  });
});

describe('compileExpr names the operand that does not check by its path', () => {
  const counted = f('counted');
  const hours = f('soldHours');
  const opened = f('openedAt');
  // Each node has one operand that is no node (null); the refusal names it below the top node.
  const cases: [string, unknown, string][] = [
    ['add, left', { op: 'add', args: [null, hours] }, 'expr.args[0]'],
    ['add, right', { op: 'add', args: [hours, null] }, 'expr.args[1]'],
    ['neg', { op: 'neg', arg: null }, 'expr.arg'],
    ['lt, left', { op: 'lt', args: [null, hours] }, 'expr.args[0]'],
    ['lt, right', { op: 'lt', args: [hours, null] }, 'expr.args[1]'],
    ['in', { op: 'in', arg: null, values: ['CP'] }, 'expr.arg'],
    ['and, third', { op: 'and', args: [counted, counted, null] }, 'expr.args[2]'],
    ['isSet', { op: 'isSet', arg: null }, 'expr.arg'],
    ['if, cond', { op: 'if', cond: null, whenTrue: hours, whenFalse: hours }, 'expr.cond'],
    ['if, whenTrue', { op: 'if', cond: counted, whenTrue: null, whenFalse: hours }, 'expr.whenTrue'],
    ['if, whenFalse', { op: 'if', cond: counted, whenTrue: hours, whenFalse: null }, 'expr.whenFalse'],
    ['coalesce, second', { op: 'coalesce', args: [hours, null] }, 'expr.args[1]'],
    ['datePart', { op: 'datePart', part: 'year', arg: null }, 'expr.arg'],
    ['daysBetween, from', { op: 'daysBetween', from: null, to: opened }, 'expr.from'],
    ['daysBetween, to', { op: 'daysBetween', from: opened, to: null }, 'expr.to'],
    ['hoursBetween, from', { op: 'hoursBetween', from: null, to: opened }, 'expr.from'],
    ['hoursBetween, to', { op: 'hoursBetween', from: opened, to: null }, 'expr.to'],
  ];

  it.each(cases)('for %s', (_, expr, at) => {
    expect(refusalOf(expr)).toEqual({ en: 'not an expression node', zh: '不是表达式节点', at });
  });

  it('through nested nodes, and for an operand that is a string, a number or missing', () => {
    const nested = { op: 'not', arg: { op: 'or', args: [counted, { op: 'isSet', arg: 'openedAt' }] } };
    expect(refusalOf(nested)).toEqual({
      en: 'not an expression node',
      zh: '不是表达式节点',
      at: 'expr.arg.args[1].arg',
    });
    expect(refusalOf({ op: 'abs', arg: 7 })).toMatchObject({ en: 'not an expression node', at: 'expr.arg' });
    expect(refusalOf({ op: 'not' })).toMatchObject({ en: 'not an expression node', at: 'expr.arg' });
  });
});

describe('compileExpr types', () => {
  const typeOf = (expr: Expr) => compileExpr(expr, context).type;
  const money = f('laborSales');
  const hours = f('soldHours');

  it('adds, subtracts and multiplies to money when either side is money, else to a number', () => {
    for (const op of ['add', 'sub', 'mul'] as const) {
      expect([
        typeOf({ op, args: [hours, f('clockedHours')] }),
        typeOf({ op, args: [money, hours] }),
        typeOf({ op, args: [hours, money] }),
        typeOf({ op, args: [money, f('partsSales')] }),
      ]).toEqual(['number', 'money', 'money', 'money']);
    }
  });

  it('gives if and coalesce the money type when any branch is money', () => {
    expect(typeOf({ op: 'if', cond: f('counted'), whenTrue: hours, whenFalse: money })).toBe('money');
    expect(typeOf({ op: 'if', cond: f('counted'), whenTrue: money, whenFalse: hours })).toBe('money');
    expect(typeOf({ op: 'coalesce', args: [hours, n(0), money] })).toBe('money');
    expect(typeOf({ op: 'coalesce', args: [hours, n(0)] })).toBe('number');
    expect(typeOf({ op: 'coalesce', args: [f('vin'), { const: '?' }] })).toBe('string');
  });

  it('takes true and false as boolean constants', () => {
    expect(typeOf({ const: true })).toBe('boolean');
    expect(evaluateOn({ const: true })).toBe(true);
    expect(evaluateOn({ op: 'not', arg: { const: false } })).toBe(true);
    const flagged = { op: 'in', arg: f('counted'), values: [true] } as const;
    expect([true, false, undefined].map((counted) => evaluateOn(flagged, { counted }))).toEqual([
      true,
      false,
      undefined,
    ]);
  });
});

describe('compileExpr constants', () => {
  it('gives equal `in` value sets one constant, so equal expressions compile to equal code', () => {
    const constants: unknown[] = [];
    const own = { ...context, constants };
    const first = compileExpr({ op: 'in', arg: f('payType'), values: ['CP', 'W'] }, own);
    const again = compileExpr({ op: 'in', arg: f('payType'), values: ['CP', 'W'] }, own);
    const other = compileExpr({ op: 'in', arg: f('payType'), values: ['I'] }, own);
    expect(again.code).toBe(first.code);
    expect(other.code).not.toBe(first.code);
    expect(constants).toEqual([new Set(['CP', 'W']), new Set(['I'])]);
  });
});
