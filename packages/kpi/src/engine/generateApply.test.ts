import { repairOrderRecords } from '@aftersales/testkit';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  abs,
  add,
  and,
  coalesce,
  count,
  countDistinct,
  datePart,
  daysBetween,
  div,
  eq,
  field,
  ge,
  gt,
  hoursBetween,
  isIn,
  isSet,
  le,
  lt,
  mul,
  ne,
  neg,
  not,
  or,
  sub,
  sum,
  when,
} from '../definition/builders';
import type { Expr } from '../definition/expr';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { computeKpisSync } from './computeKpis';

// Random well-typed expressions over the repair-order facts: the generated code and the closures
// are two implementations of one semantics, so they must agree on every report.
const numberFields = ['laborSales', 'partsSales', 'soldHours', 'clockedHours', 'laborCost', 'odometerInKm'];
const instantFields = ['openedAt', 'promisedAt', 'receivedAt', 'deliveredAt', 'closedAt', 'settledAt'];
const stringFields = ['kind', 'payType', 'status'];
const booleanFields = ['counted', 'isMaintenance', 'fromAppointment', 'isComeback', 'hasFollowUp'];

const { numeric, condition } = fc.letrec<{ numeric: Expr; condition: Expr }>((tie) => ({
  numeric: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...numberFields).map((field): Expr => ({ field })),
    fc.integer({ min: -50, max: 500 }).map((value): Expr => ({ const: value })),
    fc.record({
      op: fc.constantFrom('add', 'sub', 'mul', 'div'),
      args: fc.tuple(tie('numeric'), tie('numeric')),
    }) as fc.Arbitrary<Expr>,
    tie('numeric').map((arg): Expr => ({ op: 'abs', arg })),
    fc
      .record({ cond: tie('condition'), whenTrue: tie('numeric'), whenFalse: tie('numeric') })
      .map((node): Expr => ({ op: 'if', ...node })),
    fc.tuple(tie('numeric'), tie('numeric')).map((args): Expr => ({ op: 'coalesce', args })),
    fc
      .tuple(fc.constantFrom(...instantFields), fc.constantFrom(...instantFields))
      .map(([from, to]): Expr => ({ op: 'daysBetween', from: { field: from }, to: { field: to } })),
    fc
      .tuple(fc.constantFrom(...instantFields), fc.constantFrom(...instantFields))
      .map(([from, to]): Expr => ({ op: 'hoursBetween', from: { field: from }, to: { field: to } })),
    fc
      .tuple(
        fc.constantFrom('year', 'month', 'yearMonth', 'weekday', 'day', 'quarter'),
        fc.constantFrom(...instantFields),
      )
      .map(([part, field]): Expr => ({ op: 'datePart', part: part as 'year', arg: { field } })),
  ),
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...booleanFields).map((field): Expr => ({ field })),
    fc.record({
      op: fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge'),
      args: fc.tuple(tie('numeric'), tie('numeric')),
    }) as fc.Arbitrary<Expr>,
    fc
      .tuple(fc.constantFrom(...stringFields), fc.subarray(['CP', 'W', 'I', 'INS', 'repair', 'closed']))
      .map(([field, values]): Expr => ({ op: 'in', arg: { field }, values })),
    fc.record({
      op: fc.constantFrom('and', 'or'),
      args: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<Expr>,
    tie('condition').map((arg): Expr => ({ op: 'not', arg })),
    fc.constantFrom(...instantFields).map((field): Expr => ({ op: 'isSet', arg: { field } })),
  ),
}));

const records = [...repairOrderRecords({ seed: 3, count: 150, dealers: 2 })];

describe('generateApply', () => {
  it('gives the same report as the closures for any expression', () => {
    fc.assert(
      fc.property(numeric, condition, (of, where) => {
        const kpi: KpiDefinition = {
          id: 'test.random',
          area: 'service',
          name: { en: 'Random', zh: '随机' },
          formula: { en: 'random', zh: '随机' },
          source: 'repairOrder',
          periodBy: 'openedAt',
          measures: { total: { agg: 'sum', of, where }, rows: { agg: 'count', where } },
          numerator: 'total',
          denominator: 'rows',
          unit: 'ratio',
          direction: 'none',
          cite: 'manual:catalog.ro.count',
        };
        const options = { kpis: [kpi], groupBy: ['dealer', 'month'] as const, timeZone: 'Asia/Shanghai' };
        const generated = computeKpisSync({ repairOrders: records }, { ...options, compile: 'generated' });
        const closures = computeKpisSync({ repairOrders: records }, { ...options, compile: 'closures' });
        expect(generated).toEqual(closures);
      }),
      { numRuns: 150 },
    );
  });
});

/** A KPI counting the repair orders for which `where` is true. */
const counting = (id: string, where: Expr): KpiDefinition => ({
  id,
  area: 'service',
  name: { en: id, zh: id },
  formula: { en: 'repair orders', zh: '工单数' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: { rows: count({ where }) },
  numerator: 'rows',
  unit: 'count',
  direction: 'none',
  precision: 0,
  cite: 'manual:catalog.ro.count',
});

const ro = (id: string, odometerInKm?: string) => ({
  id,
  dealerId: 'D1',
  vin: 'LSVAU218XN2183294',
  openedAt: '2024-03-01T09:00:00+08:00',
  jobs: [],
  ...(odometerInKm === undefined ? {} : { odometerInKm }),
});
// 5,000 km, 20,000 km, and one with no odometer reading.
const odometerRos = [ro('R1', '5000'), ro('R2', '20000'), ro('R3')];
const odometer = field('odometerInKm');
const odometerKpis = [
  counting('not.below', not(lt(odometer, 10_000))), // R2; R3's null stays null
  counting('not.above', not(lt(10_000, odometer))), // R1
  counting('not.over', not(gt(odometer, 10_000))), // R1
  counting('not.under', not(gt(10_000, odometer))), // R2
];
const countsOf = (compile: 'generated' | 'closures') =>
  computeKpisSync(
    { repairOrders: odometerRos },
    { kpis: odometerKpis, groupBy: ['dealer'], timeZone: 'Asia/Shanghai', compile },
  ).cells.map((cell) => [cell.kpi, cell.value]);
const expectedCounts = [
  ['not.below', '1'],
  ['not.above', '1'],
  ['not.over', '1'],
  ['not.under', '1'],
];

describe('generateApply on null operands', () => {
  it('compares a null on either side to null, which not() leaves null (the row is not counted)', () => {
    expect(countsOf('generated')).toEqual(expectedCounts);
    expect(countsOf('closures')).toEqual(expectedCounts);
  });
});

describe('generateApply where new Function is refused (a strict Content-Security-Policy)', () => {
  it('falls back to the closures and gives the same counts', () => {
    const refused = vi.fn(function refuse() {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    vi.stubGlobal('Function', refused);
    try {
      expect(countsOf('generated')).toEqual(expectedCounts);
      expect(refused).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

// Four warranty claims, one per dealer, with fields set and missing (null), to read each operator's
// value off one cell per claim: [C1, C2, C3, C4].
const claim = (dealerId: string, more: Record<string, unknown>) => ({
  id: `C-${dealerId}`,
  dealerId,
  status: 'paid',
  currency: 'CNY',
  amounts: { total: '100' },
  repairDate: '2024-03-01',
  ...more,
});
const claims = [
  claim('D1', {
    submissionCount: '2',
    approvedAmount: '100.5',
    paidAmount: '80',
    submittedAt: '2024-03-05T10:00:00+08:00',
    adjudicatedAt: '2024-03-06T16:30:00+08:00',
  }),
  // Submitted on 1 April in Shanghai, still 31 March in UTC.
  claim('D2', {
    status: 'submitted',
    submissionCount: '1',
    approvedAmount: '0',
    submittedAt: '2024-04-01T00:30:00+08:00',
  }),
  claim('D3', { status: 'draft' }),
  claim('D4', { status: 'approved', submissionCount: '0', approvedAmount: '0', paidAmount: '10' }),
];
const NULL = '-999';
/** A number as its value, null as −999. */
const numberCase = (expr: Expr) => coalesce(expr, -999);
/** A condition as 1 (true), 0 (false) or −1 (null). */
const conditionCase = (expr: Expr) => when(expr, 1, when(isSet(expr), 0, -1));

const approved = field('approvedAmount');
const paid = field('paidAmount');
const submissions = field('submissionCount');
const submitted = field('submittedAt');
const positive = gt(submissions, 0); // T, T, null, F
const paidOver50 = gt(paid, 50); // T, null, null, F
const hasPaid = isSet(paid); // T, F, F, T

const numberCases: [string, Expr, string[]][] = [
  ['add', add(approved, paid), ['180.5', NULL, NULL, '10']],
  ['sub', sub(approved, paid), ['20.5', NULL, NULL, '-10']],
  ['mul', mul(approved, paid), ['8040', NULL, NULL, '0']],
  // 100.5 ÷ 80 = 1.25625: a tie at the fifth place, to the even 1.2562.
  ['div', div(approved, paid), ['1.2562', NULL, NULL, '0']],
  // 80 ÷ 100.5 = 0.79601…; 10 ÷ 0 is null.
  ['div by 0', div(paid, approved), ['0.796', NULL, NULL, NULL]],
  ['abs', abs(sub(paid, approved)), ['20.5', NULL, NULL, '10']],
  ['neg', neg(approved), ['-100.5', '0', NULL, '0']],
  ['coalesce', coalesce(paid, approved), ['80', '0', NULL, '10']],
  // Local days from 1 March: 5 March, 1 April (Shanghai).
  ['daysBetween', daysBetween(field('repairDate'), submitted), ['4', '31', NULL, NULL]],
  // 10:00 on 5 March to 16:30 on 6 March.
  ['hoursBetween', hoursBetween(submitted, field('adjudicatedAt')), ['30.5', NULL, NULL, NULL]],
  // The other way round; C2 has a submission but no adjudication: null `from`, set `to`.
  ['hoursBetween, null from', hoursBetween(field('adjudicatedAt'), submitted), ['-30.5', NULL, NULL, NULL]],
  ['year', datePart('year', submitted), ['2024', '2024', NULL, NULL]],
  ['quarter', datePart('quarter', submitted), ['1', '2', NULL, NULL]],
  ['month', datePart('month', submitted), ['3', '4', NULL, NULL]],
  ['yearMonth', datePart('yearMonth', submitted), ['202403', '202404', NULL, NULL]],
  ['day', datePart('day', submitted), ['5', '1', NULL, NULL]],
  // Tuesday 5 March, Monday 1 April 2024 (ISO: Monday 1).
  ['weekday', datePart('weekday', submitted), ['2', '1', NULL, NULL]],
  ['day of a date', datePart('day', field('repairDate')), ['1', '1', '1', '1']],
];
const conditionCases: [string, Expr, string[]][] = [
  // submissionCount: 2, 1, null, 0.
  ['eq', eq(submissions, 1), ['0', '1', '-1', '0']],
  ['ne', ne(submissions, 1), ['1', '0', '-1', '1']],
  ['lt', lt(submissions, 1), ['0', '0', '-1', '1']],
  ['le', le(submissions, 1), ['0', '1', '-1', '1']],
  ['gt', gt(submissions, 1), ['1', '0', '-1', '0']],
  ['ge', ge(submissions, 1), ['1', '1', '-1', '0']],
  ['eq, null right', eq(1, submissions), ['0', '1', '-1', '0']],
  ['ne, null right', ne(1, submissions), ['1', '0', '-1', '1']],
  ['lt, null right', lt(1, submissions), ['1', '0', '-1', '0']],
  ['le, null right', le(1, submissions), ['1', '1', '-1', '0']],
  ['gt, null right', gt(1, submissions), ['0', '0', '-1', '1']],
  ['ge, null right', ge(1, submissions), ['0', '1', '-1', '1']],
  ['in', isIn(submissions, [1, 2]), ['1', '1', '-1', '0']],
  ['in strings', isIn(field('status'), ['paid', 'approved']), ['1', '0', '0', '1']],
  ['and', and(positive, paidOver50), ['1', '-1', '-1', '0']],
  ['and, false right', and(positive, hasPaid), ['1', '0', '0', '0']],
  ['and, null left', and(paidOver50, positive), ['1', '-1', '-1', '0']],
  ['and of three', and(positive, hasPaid, paidOver50), ['1', '0', '0', '0']],
  ['or', or(positive, paidOver50), ['1', '1', '-1', '0']],
  ['or, null left', or(paidOver50, hasPaid), ['1', '-1', '-1', '1']],
  ['or, null right', or(hasPaid, paidOver50), ['1', '-1', '-1', '1']],
  ['or, true right', or(positive, not(hasPaid)), ['1', '1', '1', '0']],
  ['not', not(paidOver50), ['0', '-1', '-1', '1']],
];

/** Per case, the cells of the four claims (D1 … D4). */
function casesOf(compile: 'generated' | 'closures'): Record<string, string[]> {
  const cases = [
    ...numberCases.map(([name, expr]) => [name, numberCase(expr)] as const),
    ...conditionCases.map(([name, expr]) => [name, conditionCase(expr)] as const),
  ];
  const kpis = cases.map(
    ([name, of]): KpiDefinition => ({
      id: name,
      area: 'warranty',
      name: { en: name, zh: name },
      formula: { en: name, zh: name },
      source: 'warrantyClaim',
      periodBy: 'repairDate',
      measures: { value: sum(of) },
      numerator: 'value',
      unit: 'count',
      direction: 'none',
      precision: 4,
      cite: 'manual:catalog.ro.count',
    }),
  );
  const report = computeKpisSync(
    { warrantyClaims: claims },
    { kpis, groupBy: ['dealer'], timeZone: 'Asia/Shanghai', compile },
  );
  const cellOf = (kpi: string, dealer: string) =>
    report.cells.find((cell) => cell.kpi === kpi && cell.group.dealer === dealer);
  return Object.fromEntries(
    kpis.map(({ id }) => [id, ['D1', 'D2', 'D3', 'D4'].map((dealer) => String(cellOf(id, dealer)?.value))]),
  );
}
const expectedCases = Object.fromEntries(
  [...numberCases, ...conditionCases].map(([name, , values]) => [name, values]),
);

describe('every operator, on values and on nulls', () => {
  it('gives the hand-worked value in the generated code', () => {
    expect(casesOf('generated')).toEqual(expectedCases);
  });

  it('gives the hand-worked value in the closures', () => {
    expect(casesOf('closures')).toEqual(expectedCases);
  });
});

/** Runs `run`, recording what `new Function` compiles and what it refuses (a SyntaxError). */
function compiling(run: () => void): { compiled: number; refused: string[] } {
  const result = { compiled: 0, refused: [] as string[] };
  const recording = new Proxy(Function, {
    construct(target, args) {
      try {
        const compiled = Reflect.construct(target, args) as object;
        result.compiled += 1;
        return compiled;
      } catch (error) {
        result.refused.push(String(error));
        throw error;
      }
    },
  });
  vi.stubGlobal('Function', recording);
  try {
    run();
  } finally {
    vi.unstubAllGlobals();
  }
  return result;
}

/** A warranty-claim KPI over the whole report (no grouping) with the one measure `value`. */
const claimKpi = (id: string, value: KpiDefinition['measures'][string]): KpiDefinition => ({
  id,
  area: 'warranty',
  name: { en: id, zh: id },
  formula: { en: id, zh: id },
  source: 'warrantyClaim',
  periodBy: 'repairDate',
  measures: { value },
  numerator: 'value',
  unit: 'count',
  direction: 'none',
  precision: 4,
  cite: 'manual:catalog.ro.count',
});

describe('generateApply compiles to code new Function accepts, never falling back silently', () => {
  it('for every operator', () => {
    const run = compiling(() => {
      expect(casesOf('generated')).toEqual(expectedCases);
    });
    expect(run.refused).toEqual([]);
    expect(run.compiled).toBeGreaterThan(0);
  });

  it('for counts, sums and distinct counts with and without a filter, filters shared', () => {
    const hasPaid = isSet(field('paidAmount'));
    const kpis = [
      claimKpi('claims', count()),
      claimKpi('paid.claims', count({ where: hasPaid })),
      claimKpi('paid.total', sum(field('paidAmount'), { where: hasPaid })),
      claimKpi('approved.total', sum(field('approvedAmount'))),
      claimKpi('statuses', countDistinct(field('status'))),
      claimKpi('paid.statuses', countDistinct(field('status'), { where: hasPaid })),
    ];
    const valuesOf = (compile: 'generated' | 'closures') =>
      computeKpisSync(
        { warrantyClaims: claims },
        { kpis, groupBy: [], timeZone: 'Asia/Shanghai', compile },
      ).cells.map((cell) => [cell.kpi, cell.value]);
    // C1 and C4 are paid (80 and 10); approved 100.5, 0 and 0; four statuses, two of them paid.
    const expected = [
      ['claims', '4'],
      ['paid.claims', '2'],
      ['paid.total', '90'],
      ['approved.total', '100.5'],
      ['statuses', '4'],
      ['paid.statuses', '2'],
    ];
    const run = compiling(() => {
      expect(valuesOf('generated')).toEqual(expected);
    });
    expect(run.refused).toEqual([]);
    expect(run.compiled).toBe(1);
    expect(valuesOf('closures')).toEqual(expected);
  });

  it('marks the group seen, so a group before 1970 without a calendar grain is kept', () => {
    const report = computeKpisSync(
      { warrantyClaims: [claim('D1', { repairDate: '1969-12-31' })] },
      { kpis: [claimKpi('claims', count())], groupBy: ['dealer'], timeZone: 'Asia/Shanghai' },
    );
    expect(report.cells.map((cell) => [cell.group, cell.value])).toEqual([[{ dealer: 'D1' }, '1']]);
  });
});
