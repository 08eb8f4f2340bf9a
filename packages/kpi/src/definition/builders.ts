import type { DatePart, Expr, Literal, Measure, TrailingWindow } from './expr';

/**
 * Builders for expression nodes: `eq(field('kind'), 'insurance')` reads better than the JSON it
 * returns (`{ op: 'eq', args: [{ field: 'kind' }, { const: 'insurance' }] }`). Every builder
 * returns plain data; a literal where an expression is expected becomes a constant.
 */

/** An expression, or a literal taken as a constant. */
export type Operand = Expr | Literal;

const node = (operand: Operand): Expr =>
  typeof operand === 'object' && operand !== null ? operand : { const: operand };

/**
 * A field of the fact row.
 *
 * @example
 * field('soldHours'); // { field: 'soldHours' }
 */
export const field = (name: string): Expr => ({ field: name });

/**
 * A KPI parameter (with a default in the KPI's `params`, overridable per report).
 *
 * @example
 * le(daysBetween(field('repairCompletedAt'), field('settledAt')), param('settleDays'));
 */
export const param = (name: string): Expr => ({ param: name });

/**
 * A money constant (a decimal string is otherwise a string).
 *
 * @example
 * gt(field('laborSales'), money('0'));
 */
export const money = (amount: string | number): Expr => ({ const: amount, type: 'money' });

/** `a + b` (null if either is null). @example add(field('laborSales'), field('partsSales')) */
export const add = (a: Operand, b: Operand): Expr => ({ op: 'add', args: [node(a), node(b)] });
/** `a − b`. @example sub(field('laborSales'), field('laborCost')) */
export const sub = (a: Operand, b: Operand): Expr => ({ op: 'sub', args: [node(a), node(b)] });
/** `a × b`, rounded half-even to 4 places. @example mul(field('quantity'), field('unitCost')) */
export const mul = (a: Operand, b: Operand): Expr => ({ op: 'mul', args: [node(a), node(b)] });
/** `a ÷ b`, rounded half-even to 4 places; null when `b` is 0. @example div(field('score'), 10) */
export const div = (a: Operand, b: Operand): Expr => ({ op: 'div', args: [node(a), node(b)] });
/** `|a|`. @example abs(sub(field('countedQuantity'), field('bookQuantity'))) */
export const abs = (a: Operand): Expr => ({ op: 'abs', arg: node(a) });
/** `−a`. @example neg(field('quantity')) */
export const neg = (a: Operand): Expr => ({ op: 'neg', arg: node(a) });

/** `a = b`. @example eq(field('payType'), 'INS') */
export const eq = (a: Operand, b: Operand): Expr => ({ op: 'eq', args: [node(a), node(b)] });
/** `a ≠ b`. @example ne(field('kind'), 'internal') */
export const ne = (a: Operand, b: Operand): Expr => ({ op: 'ne', args: [node(a), node(b)] });
/** `a < b`. @example lt(field('score'), 7) */
export const lt = (a: Operand, b: Operand): Expr => ({ op: 'lt', args: [node(a), node(b)] });
/** `a ≤ b`. @example le(field('deliveredAt'), field('promisedAt')) */
export const le = (a: Operand, b: Operand): Expr => ({ op: 'le', args: [node(a), node(b)] });
/** `a > b`. @example gt(field('soldHours'), 0) */
export const gt = (a: Operand, b: Operand): Expr => ({ op: 'gt', args: [node(a), node(b)] });
/** `a ≥ b`. @example ge(field('score'), 9) */
export const ge = (a: Operand, b: Operand): Expr => ({ op: 'ge', args: [node(a), node(b)] });

/**
 * `a` is one of `values`.
 *
 * @example
 * isIn(field('payType'), ['CP', 'W', 'INS']);
 */
export const isIn = (a: Operand, values: readonly Literal[]): Expr => ({ op: 'in', arg: node(a), values });

/** All true (SQL AND). @example and(field('counted'), isSet(field('closedAt'))) */
export const and = (...args: Operand[]): Expr => ({ op: 'and', args: args.map(node) });
/** Any true (SQL OR). @example or(eq(field('kind'), 'bodyshop'), eq(field('payType'), 'INS')) */
export const or = (...args: Operand[]): Expr => ({ op: 'or', args: args.map(node) });
/** Not (null stays null). @example not(field('isComeback')) */
export const not = (a: Operand): Expr => ({ op: 'not', arg: node(a) });
/** The value is present. @example isSet(field('promisedAt')) */
export const isSet = (a: Operand): Expr => ({ op: 'isSet', arg: node(a) });

/**
 * `cond ? then : otherwise` (a null condition takes `otherwise`).
 *
 * @example
 * when(eq(field('payType'), 'INS'), 31, 3);
 */
export const when = (cond: Operand, then: Operand, otherwise: Operand): Expr => ({
  op: 'if',
  cond: node(cond),
  whenTrue: node(then),
  whenFalse: node(otherwise),
});

/** The first non-null value. @example coalesce(field('deliveredAt'), field('closedAt')) */
export const coalesce = (...args: Operand[]): Expr => ({ op: 'coalesce', args: args.map(node) });

/**
 * A part of an instant's or a date's local date (in the report's time zone).
 *
 * @example
 * eq(datePart('yearMonth', field('settledAt')), datePart('yearMonth', field('repairCompletedAt')));
 */
export const datePart = (part: DatePart, a: Operand): Expr => ({ op: 'datePart', part, arg: node(a) });

/**
 * Calendar days from `from` to `to` on the dealer's calendar (instants are taken to local dates).
 *
 * @example
 * daysBetween(field('deliveredAt'), field('firstFollowUpAt'));
 */
export const daysBetween = (from: Operand, to: Operand): Expr => ({
  op: 'daysBetween',
  from: node(from),
  to: node(to),
});

/**
 * Elapsed hours from one instant to another (to 0.0001 h).
 *
 * @example
 * hoursBetween(field('receivedAt'), field('deliveredAt'));
 */
export const hoursBetween = (from: Operand, to: Operand): Expr => ({
  op: 'hoursBetween',
  from: node(from),
  to: node(to),
});

/** Options of the measure builders: the rows a measure takes (see MeasureScope). */
export interface MeasureOptions {
  readonly where?: Expr;
  readonly source?: string;
  readonly periodBy?: string;
  readonly window?: TrailingWindow;
}

// `null` is taken as no options, like `undefined` (JavaScript callers pass either).
const options = (more: MeasureOptions | null) =>
  Object.fromEntries(Object.entries(more ?? {}).filter(([, v]) => v !== undefined));

/**
 * Counts the rows (where `where` is true).
 *
 * @example
 * count({ where: field('fromAppointment') });
 */
export const count = (more: MeasureOptions = {}): Measure => ({ agg: 'count', ...options(more) });

/**
 * Sums an expression over the rows.
 *
 * @example
 * sum(field('soldHours'));
 */
export const sum = (of: Expr, more: MeasureOptions = {}): Measure => ({ agg: 'sum', of, ...options(more) });

/**
 * Counts distinct non-null values of an expression.
 *
 * @example
 * countDistinct(field('vin'), { window: { months: 12 } });
 */
export const countDistinct = (of: Expr, more: MeasureOptions = {}): Measure => ({
  agg: 'countDistinct',
  of,
  ...options(more),
});
