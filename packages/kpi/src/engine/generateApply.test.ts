import { repairOrderRecords } from '@aftersales/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
