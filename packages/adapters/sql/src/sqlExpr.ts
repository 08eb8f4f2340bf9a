import { fixedUnitsOf } from '@aftersales/core';
import type { Expr, KpiSource, Literal, ValueType } from '@aftersales/kpi';
import { type DialectOps, sqlString } from './dialect';
import { halfEvenDiv } from './halfEven';
import { columnName } from './tableLayout';

/**
 * KPI expressions as SQL over one fact table (alias `t`). Numbers and money are whole
 * ten-thousandths (the engine's fixed units) in a wide integer type, so that sums, comparisons
 * and the two roundings (× and ÷, half-even to four places) are the engine's exactly. Null
 * semantics need no work: SQL's are the language's by design.
 */

/** A compiled expression: its SQL and its type. */
export interface SqlExpr {
  readonly sql: string;
  readonly type: ValueType;
}

/** What an expression is compiled against. Definitions were checked by the engine's planner first. */
export interface SqlExprContext {
  readonly source: KpiSource;
  readonly params: Readonly<Record<string, Literal>>;
  readonly ops: DialectOps;
  readonly timeZone: string;
  /** The table alias the columns are read from. */
  readonly alias: string;
  /** Collects the fields read, so that a scan selects only those columns. */
  readonly used?: Set<string>;
}

/** Thrown for a node SQL cannot say as the engine computes it; becomes `sql.unsupported`. */
export class Unsupported extends Error {}

const numeric = (type: ValueType): boolean => type === 'number' || type === 'money';
const SCALE = 10_000;

function literal(value: Literal, type: ValueType): string {
  if (numeric(type)) {
    const units = fixedUnitsOf(value);
    if (units === undefined) throw new Unsupported(`${String(value)} is not a decimal of at most 4 places`);
    return units < 0 ? `(${units})` : String(units);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return sqlString(String(value));
}

function typeOfLiteral(value: Literal): ValueType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** The local date of an instant or date expression. */
export function localDateOf(compiled: SqlExpr, context: SqlExprContext): string {
  if (compiled.type === 'date') return compiled.sql;
  if (compiled.type === 'instant') return context.ops.localDate(compiled.sql, context.timeZone);
  throw new Unsupported(`expected an instant or a date, got ${compiled.type}`);
}

/** The units of a constant operand that is a whole number (× it is exact), or undefined. */
function wholeConstant(expr: Expr, context: SqlExprContext): number | undefined {
  let value: Literal | undefined;
  if ('const' in expr) value = expr.const;
  else if ('param' in expr && Object.hasOwn(context.params, expr.param)) value = context.params[expr.param];
  if (value === undefined || typeof value === 'boolean') return undefined;
  const units = fixedUnitsOf(value);
  return units !== undefined && units % SCALE === 0 ? units / SCALE : undefined;
}

const PARTS = {
  year: 'YEAR',
  quarter: 'QUARTER',
  month: 'MONTH',
  day: 'DAY',
  weekday: 'ISODOW',
} as const;

/**
 * Compiles an expression (already checked by the engine) to SQL.
 *
 * @throws Unsupported for what cannot be said exactly
 */
export function compileSqlExpr(expr: Expr, context: SqlExprContext): SqlExpr {
  const { ops } = context;
  const sub = (node: Expr) => compileSqlExpr(node, context);
  if ('field' in expr) {
    const field = context.source.fields[expr.field];
    if (field === undefined) throw new Unsupported(`no field ${expr.field}`);
    context.used?.add(expr.field);
    const column = `${context.alias}.${columnName(expr.field)}`;
    return { type: field.type, sql: numeric(field.type) ? ops.units(column) : column };
  }
  if ('const' in expr) {
    const type = expr.type ?? typeOfLiteral(expr.const);
    return { type, sql: literal(expr.const, type) };
  }
  if ('param' in expr) {
    const value = context.params[expr.param];
    if (value === undefined) throw new Unsupported(`no parameter ${expr.param}`);
    const type = typeOfLiteral(value);
    return { type, sql: literal(value, type) };
  }
  switch (expr.op) {
    case 'add':
    case 'sub': {
      const [a, b] = expr.args.map(sub) as [SqlExpr, SqlExpr];
      const type = a.type === 'money' || b.type === 'money' ? 'money' : 'number';
      return { type, sql: `(${a.sql} ${expr.op === 'add' ? '+' : '-'} ${b.sql})` };
    }
    case 'mul': {
      const [a, b] = expr.args.map(sub) as [SqlExpr, SqlExpr];
      const type = a.type === 'money' || b.type === 'money' ? 'money' : 'number';
      // × a whole number is exact; otherwise the product of units has 8 places: round to 4.
      const left = wholeConstant(expr.args[0], context);
      const right = wholeConstant(expr.args[1], context);
      if (right !== undefined) return { type, sql: `(${a.sql} * ${right < 0 ? `(${right})` : right})` };
      if (left !== undefined) return { type, sql: `(${left < 0 ? `(${left})` : left} * ${b.sql})` };
      return { type, sql: halfEvenDiv(ops, `${ops.wide(a.sql)} * ${b.sql}`, String(SCALE), true) };
    }
    case 'div': {
      const [a, b] = expr.args.map(sub) as [SqlExpr, SqlExpr];
      const type = a.type === 'money' && b.type !== 'money' ? 'money' : 'number';
      return { type, sql: halfEvenDiv(ops, `${ops.wide(a.sql)} * ${SCALE}`, `NULLIF(${b.sql}, 0)`) };
    }
    case 'abs': {
      const a = sub(expr.arg);
      return { type: a.type, sql: `ABS(${a.sql})` };
    }
    case 'neg': {
      const a = sub(expr.arg);
      return { type: a.type, sql: `(-(${a.sql}))` };
    }
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
      return comparison(expr.op, sub(expr.args[0]), sub(expr.args[1]), ops);
    case 'in': {
      const a = sub(expr.arg);
      if (expr.values.length === 0)
        return { type: 'boolean', sql: `(CASE WHEN ${a.sql} IS NULL THEN NULL ELSE FALSE END)` };
      const values = expr.values.map((value) => literal(value, a.type));
      return { type: 'boolean', sql: `(${a.sql} IN (${values.join(', ')}))` };
    }
    case 'and':
    case 'or':
      return {
        type: 'boolean',
        sql: `(${expr.args.map((arg) => sub(arg).sql).join(expr.op === 'and' ? ' AND ' : ' OR ')})`,
      };
    case 'not':
      return { type: 'boolean', sql: `(NOT ${sub(expr.arg).sql})` };
    case 'isSet':
      return { type: 'boolean', sql: `(${sub(expr.arg).sql} IS NOT NULL)` };
    case 'if': {
      const cond = sub(expr.cond);
      const a = sub(expr.whenTrue);
      const b = sub(expr.whenFalse);
      return { type: pick([a, b]), sql: `(CASE WHEN ${cond.sql} THEN ${a.sql} ELSE ${b.sql} END)` };
    }
    case 'coalesce': {
      const args = expr.args.map(sub);
      return { type: pick(args), sql: `COALESCE(${args.map((arg) => arg.sql).join(', ')})` };
    }
    case 'datePart': {
      const date = localDateOf(sub(expr.arg), context);
      const part =
        expr.part === 'yearMonth'
          ? `(${ops.extract('YEAR', date)} * 100 + ${ops.extract('MONTH', date)})`
          : ops.extract(PARTS[expr.part], date);
      return { type: 'number', sql: `(${ops.wide(part)} * ${SCALE})` };
    }
    case 'daysBetween': {
      const from = localDateOf(sub(expr.from), context);
      const to = localDateOf(sub(expr.to), context);
      return { type: 'number', sql: `(${ops.wide(ops.daysBetween(from, to))} * ${SCALE})` };
    }
    case 'hoursBetween': {
      const from = sub(expr.from);
      const to = sub(expr.to);
      // Milliseconds to ten-thousandths of an hour: ÷ 360, half-even (the engine's rounding).
      // DuckDB's epoch_ms is a BIGINT, and a difference of two (|ms| < 10^16 each) fits one: the
      // rounding runs in BIGINT, widened after (HUGEINT division was a quantile's main cost).
      if (ops.name === 'duckdb') {
        const ms = `(${ops.epochMs(to.sql)} - ${ops.epochMs(from.sql)})`;
        return { type: 'number', sql: ops.wide(halfEvenDiv(ops, ms, '360', true)) };
      }
      const ms = `(${ops.wide(ops.epochMs(to.sql))} - ${ops.epochMs(from.sql)})`;
      return { type: 'number', sql: halfEvenDiv(ops, ms, '360', true) };
    }
  }
}

function pick(args: readonly SqlExpr[]): ValueType {
  return args.some((arg) => arg.type === 'money') ? 'money' : (args[0] as SqlExpr).type;
}

const COMPARE = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

function comparison(op: keyof typeof COMPARE, a: SqlExpr, b: SqlExpr, ops: DialectOps): SqlExpr {
  const ordering = op !== 'eq' && op !== 'ne' && a.type === 'string';
  const left = ordering ? ops.ordered(a.sql) : a.sql;
  return { type: 'boolean', sql: `(${left} ${COMPARE[op]} ${b.sql})` };
}
