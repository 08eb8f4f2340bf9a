import { createLocalDayReader } from '@aftersales/core';
import type { Expr, Literal, ValueType } from '../definition/expr';
import { divideHalfEven, SCALE, toFixedUnits } from '../facts/fixedPoint';
import { type FactField, isFieldOf, type KpiSource } from '../facts/kpiSources';
import { describeValue, type FactValue } from '../facts/readField';
import { dateParts, divide, minus, multiply, plus } from './exprValues';

/** A compiled expression: its type and a function of a fact row. */
export interface CompiledExpr {
  readonly type: ValueType;
  readonly evaluate: (row: readonly FactValue[]) => FactValue;
  /** The same as JavaScript source over a row `r`, helpers `h` and constants `k` (see generateApply). */
  readonly code: string;
}

/** What an expression is compiled against. */
export interface CompileContext {
  readonly source: KpiSource;
  readonly fields: Readonly<Record<string, number>>;
  readonly params: Readonly<Record<string, Literal>>;
  readonly timeZone: string;
  /** Constants the generated code refers to as `k[i]` (sets of `in` values). */
  readonly constants: unknown[];
  /** Collects the fields read, so that a reader can skip the others. */
  readonly used?: Set<string>;
}

/**
 * Thrown (and turned into `kpi.invalid_definition`) when a definition does not check: the English
 * reason as its message, the Chinese one as `zh`, since the reason reaches users in both.
 */
export class DefinitionProblem extends Error {
  constructor(
    message: string,
    readonly zh: string,
    readonly at: string,
  ) {
    super(message);
  }
}

/** The Chinese name of each value type, for the reasons a definition does not check. */
const TYPE_ZH: Readonly<Record<ValueType, string>> = {
  number: '数值',
  money: '金额',
  string: '字符串',
  boolean: '布尔值',
  instant: '时刻',
  date: '日期',
};

/**
 * The Chinese name of a value type (as it came, if it is not one: a definition may be malformed).
 *
 * @example
 * typeZh('money'); // '金额'
 */
export const typeZh = (type: ValueType): string => TYPE_ZH[type] ?? type;

type Row = readonly FactValue[];
type Fn = (row: Row) => FactValue;

const isNumeric = (type: ValueType): boolean => type === 'number' || type === 'money';
const classOf = (type: ValueType): string => (isNumeric(type) ? 'numeric' : type);
const LITERAL_TYPES: readonly unknown[] = ['number', 'money', 'string', 'boolean'];

/** How deep expressions (and measure formulas) may nest: far past any KPI, well short of the stack. */
export const MAX_DEPTH = 100;

function literalOf(value: Literal, type: ValueType, at: string): FactValue {
  if (isNumeric(type)) {
    const units = toFixedUnits(value);
    if (units === undefined)
      throw new DefinitionProblem(
        `${describeValue(value)} is not a decimal of at most 4 places`,
        `${describeValue(value)} 不是最多 4 位小数的十进制数`,
        at,
      );
    return units;
  }
  if (type === 'boolean' && typeof value !== 'boolean')
    throw new DefinitionProblem('expected a boolean', '应为布尔值', at);
  if (type === 'string' && typeof value !== 'string')
    throw new DefinitionProblem('expected a string', '应为字符串', at);
  return value;
}

function typeOfLiteral(value: Literal): ValueType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * Compiles an expression to a closure over fact rows, checking every field, parameter and type.
 *
 * @throws DefinitionProblem naming the node that does not check
 */
export function compileExpr(expr: Expr, context: CompileContext, at = 'expr', depth = 0): CompiledExpr {
  if (expr === null || typeof expr !== 'object')
    throw new DefinitionProblem('not an expression node', '不是表达式节点', at);
  if (depth > MAX_DEPTH)
    throw new DefinitionProblem(`nested more than ${MAX_DEPTH} deep`, `嵌套超过 ${MAX_DEPTH} 层`, at);
  if ('field' in expr) {
    if (!isFieldOf(context.source, expr.field)) {
      throw new DefinitionProblem(
        `'${describeValue(expr.field)}' is not a field of ${context.source.name}`,
        `“${describeValue(expr.field)}”不是 ${context.source.name} 的字段`,
        at,
      );
    }
    const index = context.fields[expr.field] as number;
    const field = context.source.fields[expr.field] as FactField;
    context.used?.add(expr.field);
    return { type: field.type, evaluate: (row) => row[index], code: `r[${index}]` };
  }
  if ('const' in expr) {
    if (expr.type !== undefined && !LITERAL_TYPES.includes(expr.type)) {
      throw new DefinitionProblem(
        "a constant's type is number, money, string or boolean",
        '常量的类型只能是 number、money、string 或 boolean',
        at,
      );
    }
    const type = expr.type ?? typeOfLiteral(expr.const);
    const value = literalOf(expr.const, type, at);
    return { type, evaluate: () => value, code: JSON.stringify(value) };
  }
  if ('param' in expr) {
    if (typeof expr.param !== 'string' || !Object.hasOwn(context.params, expr.param))
      throw new DefinitionProblem(
        `no parameter '${describeValue(expr.param)}'`,
        `没有参数“${describeValue(expr.param)}”`,
        at,
      );
    const literal = context.params[expr.param] as Literal;
    const type = typeOfLiteral(literal);
    const value = literalOf(literal, type, at);
    return { type, evaluate: () => value, code: JSON.stringify(value) };
  }
  const sub = (node: Expr, name: string): CompiledExpr =>
    compileExpr(node, context, `${at}.${name}`, depth + 1);
  // A list of operands (`args`, `values`): an array, or the definition does not check.
  const list = <T>(items: readonly T[], name: string): readonly T[] => {
    if (!Array.isArray(items)) throw new DefinitionProblem(`${name} is not a list`, `${name} 不是列表`, at);
    return items;
  };
  switch (expr.op) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const [left, right] = list(expr.args, 'args');
      return arithmetic(expr.op, sub(left as Expr, 'args[0]'), sub(right as Expr, 'args[1]'), at);
    }
    case 'abs':
    case 'neg': {
      const arg = numeric(sub(expr.arg, 'arg'), at);
      const f = arg.evaluate;
      return expr.op === 'abs'
        ? { type: arg.type, evaluate: (row) => numberOrNull(f(row), Math.abs), code: `h.abs(${arg.code})` }
        : {
            type: arg.type,
            evaluate: (row) => numberOrNull(f(row), (v) => (v === 0 ? 0 : -v)),
            code: `h.neg(${arg.code})`,
          };
    }
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge': {
      const [left, right] = list(expr.args, 'args');
      return comparison(expr.op, sub(left as Expr, 'args[0]'), sub(right as Expr, 'args[1]'), at);
    }
    case 'in': {
      const arg = sub(expr.arg, 'arg');
      // A date or an instant is a number inside (a day, epoch milliseconds): a listed '2024-03-01'
      // would never match, and 19783 would match only by accident of that encoding.
      if (arg.type === 'date' || arg.type === 'instant')
        throw new DefinitionProblem(
          `in cannot list ${arg.type} values: list a datePart of it`,
          `in 不能列出${typeZh(arg.type)}值：请列出其 datePart`,
          `${at}.arg`,
        );
      const values = new Set(
        list(expr.values, 'values').map((value) => literalOf(value, arg.type, `${at}.values`)),
      );
      const f = arg.evaluate;
      const constant = constantIndex(context.constants, values);
      return {
        type: 'boolean',
        evaluate: (row) => {
          const value = f(row);
          return value === undefined ? undefined : values.has(value);
        },
        code: `h.isIn(${arg.code}, k[${constant}])`,
      };
    }
    case 'and':
    case 'or': {
      const compiled = list(expr.args, 'args').map((node, index) => boolean(sub(node, `args[${index}]`), at));
      if (compiled.length === 0)
        throw new DefinitionProblem(
          `${expr.op} needs at least one argument`,
          `${expr.op} 至少需要一个参数`,
          at,
        );
      const args = compiled.map((arg) => arg.evaluate);
      const helper = expr.op === 'and' ? 'h.and' : 'h.or';
      const code = compiled.map((arg) => arg.code).reduce((left, right) => `${helper}(${left}, ${right})`);
      return { type: 'boolean', evaluate: expr.op === 'and' ? allOf(args) : anyOf(args), code };
    }
    case 'not': {
      const arg = boolean(sub(expr.arg, 'arg'), at);
      const f = arg.evaluate;
      return {
        type: 'boolean',
        evaluate: (row) => (f(row) === undefined ? undefined : !f(row)),
        code: `h.not(${arg.code})`,
      };
    }
    case 'isSet': {
      const arg = sub(expr.arg, 'arg');
      const f = arg.evaluate;
      return {
        type: 'boolean',
        evaluate: (row) => f(row) !== undefined,
        code: `(${arg.code} !== undefined)`,
      };
    }
    case 'if': {
      const condition = boolean(sub(expr.cond, 'cond'), at);
      const cond = condition.evaluate;
      const then = sub(expr.whenTrue, 'whenTrue');
      const otherwise = sub(expr.whenFalse, 'whenFalse');
      const type = sameClass([then, otherwise], at);
      const [t, e] = [then.evaluate, otherwise.evaluate];
      return {
        type,
        evaluate: (row) => (cond(row) === true ? t(row) : e(row)),
        code: `(${condition.code} === true ? ${then.code} : ${otherwise.code})`,
      };
    }
    case 'coalesce': {
      const args = list(expr.args, 'args').map((node, index) => sub(node, `args[${index}]`));
      if (args.length === 0)
        throw new DefinitionProblem('coalesce needs at least one argument', 'coalesce 至少需要一个参数', at);
      const type = sameClass(args, at);
      const fns = args.map((arg) => arg.evaluate);
      return {
        type,
        code: args.map((arg) => arg.code).reduce((left, right) => `h.coalesce(${left}, ${right})`),
        evaluate: (row) => {
          for (const f of fns) {
            const value = f(row);
            if (value !== undefined) return value;
          }
          return undefined;
        },
      };
    }
    case 'datePart':
      return datePart(expr.part, sub(expr.arg, 'arg'), context.timeZone, at);
    case 'daysBetween': {
      const fromExpr = sub(expr.from, 'from');
      const toExpr = sub(expr.to, 'to');
      const from = localDay(fromExpr, context.timeZone, at);
      const to = localDay(toExpr, context.timeZone, at);
      return {
        type: 'number',
        code: `h.days(${dayCode(fromExpr)}, ${dayCode(toExpr)})`,
        evaluate: (row) => {
          const a = from(row);
          const b = to(row);
          return a === undefined || b === undefined ? undefined : (b - a) * SCALE;
        },
      };
    }
    case 'hoursBetween': {
      const fromExpr = instantOf(sub(expr.from, 'from'), at);
      const toExpr = instantOf(sub(expr.to, 'to'), at);
      const from = fromExpr.evaluate;
      const to = toExpr.evaluate;
      return {
        type: 'number',
        code: `h.hours(${fromExpr.code}, ${toExpr.code})`,
        evaluate: (row) => {
          const a = from(row);
          const b = to(row);
          // Milliseconds to ten-thousandths of an hour: × 10⁴ ÷ 3,600,000 = ÷ 360.
          return typeof a === 'number' && typeof b === 'number' ? divideHalfEven(b - a, 360) : undefined;
        },
      };
    }
    default:
      throw new DefinitionProblem(
        `unknown operator '${describeValue((expr as { op?: unknown }).op)}'`,
        `未知运算符“${describeValue((expr as { op?: unknown }).op)}”`,
        at,
      );
  }
}

// Equal constants share an index, so equal expressions compile to equal code (and share work).
const constantKeys = new WeakMap<unknown[], Map<string, number>>();
function constantIndex(constants: unknown[], values: ReadonlySet<FactValue>): number {
  let keys = constantKeys.get(constants);
  if (keys === undefined) {
    keys = new Map();
    constantKeys.set(constants, keys);
  }
  const key = JSON.stringify([...values]);
  let index = keys.get(key);
  if (index === undefined) {
    index = constants.push(values) - 1;
    keys.set(key, index);
  }
  return index;
}

function numberOrNull(value: FactValue, f: (value: number) => number): FactValue {
  return typeof value === 'number' ? f(value) : undefined;
}

function numeric(compiled: CompiledExpr, at: string): CompiledExpr {
  if (!isNumeric(compiled.type))
    throw new DefinitionProblem(
      `expected a number, got ${compiled.type}`,
      `应为数值，实际为${typeZh(compiled.type)}`,
      at,
    );
  return compiled;
}

function boolean(compiled: CompiledExpr, at: string): CompiledExpr {
  if (compiled.type !== 'boolean')
    throw new DefinitionProblem(
      `expected a boolean, got ${compiled.type}`,
      `应为布尔值，实际为${typeZh(compiled.type)}`,
      at,
    );
  return compiled;
}

function instantOf(compiled: CompiledExpr, at: string): CompiledExpr {
  if (compiled.type !== 'instant')
    throw new DefinitionProblem(
      `expected an instant, got ${compiled.type}`,
      `应为时刻，实际为${typeZh(compiled.type)}`,
      at,
    );
  return compiled;
}

function sameClass(args: readonly CompiledExpr[], at: string): ValueType {
  const first = args[0] as CompiledExpr;
  for (const arg of args) {
    if (classOf(arg.type) !== classOf(first.type)) {
      throw new DefinitionProblem(
        `mixes ${first.type} and ${arg.type}`,
        `混用了${typeZh(first.type)}与${typeZh(arg.type)}`,
        at,
      );
    }
  }
  return args.some((arg) => arg.type === 'money') ? 'money' : first.type;
}

function arithmetic(op: 'add' | 'sub' | 'mul' | 'div', left: CompiledExpr, right: CompiledExpr, at: string) {
  numeric(left, at);
  numeric(right, at);
  const a = left.evaluate;
  const b = right.evaluate;
  const money = left.type === 'money' || right.type === 'money';
  const type: ValueType =
    op === 'div'
      ? left.type === 'money' && right.type !== 'money'
        ? 'money'
        : 'number'
      : money
        ? 'money'
        : 'number';
  const both =
    (f: (x: number, y: number) => number | undefined): Fn =>
    (row) => {
      const x = a(row);
      const y = b(row);
      return typeof x === 'number' && typeof y === 'number' ? f(x, y) : undefined;
    };
  const code = `h.${op}(${left.code}, ${right.code})`;
  switch (op) {
    case 'add':
      return { type, evaluate: both(plus), code };
    case 'sub':
      return { type, evaluate: both(minus), code };
    case 'mul':
      return { type, evaluate: both(multiply), code };
    case 'div':
      return { type, evaluate: both(divide), code };
  }
}

function comparison(
  op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge',
  left: CompiledExpr,
  right: CompiledExpr,
  at: string,
): CompiledExpr {
  sameClass([left, right], at);
  const a = left.evaluate;
  const b = right.evaluate;
  const compare =
    (f: (x: NonNullable<FactValue>, y: NonNullable<FactValue>) => boolean): Fn =>
    (row) => {
      const x = a(row);
      const y = b(row);
      return x === undefined || y === undefined ? undefined : f(x, y);
    };
  const code = `h.${op}(${left.code}, ${right.code})`;
  switch (op) {
    case 'eq':
      return { type: 'boolean', evaluate: compare((x, y) => x === y), code };
    case 'ne':
      return { type: 'boolean', evaluate: compare((x, y) => x !== y), code };
    case 'lt':
      return { type: 'boolean', evaluate: compare((x, y) => x < y), code };
    case 'le':
      return { type: 'boolean', evaluate: compare((x, y) => x <= y), code };
    case 'gt':
      return { type: 'boolean', evaluate: compare((x, y) => x > y), code };
    case 'ge':
      return { type: 'boolean', evaluate: compare((x, y) => x >= y), code };
  }
}

// SQL's three-valued AND / OR: false (true) wins over null.
function allOf(fns: readonly Fn[]): Fn {
  if (fns.length === 2) {
    const [f, g] = fns as [Fn, Fn];
    return (row) => {
      const x = f(row);
      if (x === false) return false;
      const y = g(row);
      if (y === false) return false;
      return x === undefined || y === undefined ? undefined : true;
    };
  }
  return (row) => {
    let unknown = false;
    for (const f of fns) {
      const value = f(row);
      if (value === false) return false;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  };
}

function anyOf(fns: readonly Fn[]): Fn {
  return (row) => {
    let unknown = false;
    for (const f of fns) {
      const value = f(row);
      if (value === true) return true;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
}

/** A function giving the dealer-local day number of an instant or date expression. */
function localDay(compiled: CompiledExpr, timeZone: string, at: string): (row: Row) => number | undefined {
  const f = compiled.evaluate;
  if (compiled.type === 'date') return (row) => f(row) as number | undefined;
  if (compiled.type === 'instant') {
    const toDay = createLocalDayReader(timeZone);
    return (row) => {
      const ms = f(row);
      return typeof ms === 'number' ? toDay(ms) : undefined;
    };
  }
  throw new DefinitionProblem(
    `expected an instant or a date, got ${compiled.type}`,
    `应为时刻或日期，实际为${typeZh(compiled.type)}`,
    at,
  );
}

/** Code giving the local day number of an instant or date expression. */
function dayCode(compiled: CompiledExpr): string {
  return compiled.type === 'date' ? compiled.code : `h.localDay(${compiled.code})`;
}

function datePart(part: string, arg: CompiledExpr, timeZone: string, at: string): CompiledExpr {
  const day = localDay(arg, timeZone, at);
  const f = typeof part === 'string' && Object.hasOwn(dateParts, part) ? dateParts[part] : undefined;
  if (f === undefined)
    throw new DefinitionProblem(
      `unknown date part '${describeValue(part)}'`,
      `未知日期部分“${describeValue(part)}”`,
      at,
    );
  return {
    type: 'number',
    evaluate: (row) => {
      const d = day(row);
      return d === undefined ? undefined : f(d) * SCALE;
    },
    code: `h.part_${part}(${dayCode(arg)})`,
  };
}
