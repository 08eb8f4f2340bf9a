import { describe, expect, it } from 'vitest';
import { fieldIndexes } from './factReader';
import { formatUnits } from './fixedPoint';
import { kpiSources } from './kpiSources';
import type { FactValue } from './readField';
import { createRepairOrderReader } from './repairOrderReader';

// How the reader prices lines, picks the RO's payer, flags comebacks and dates follow-ups. Every
// expected figure is worked out by hand in the comment beside it.

type Reader = ReturnType<typeof createRepairOrderReader>;
const base = {
  id: 'RO-1',
  dealerId: 'DLR-001',
  kind: 'repair',
  status: 'closed',
  openedAt: '2024-03-01T09:00:00+08:00',
};
const job = (payType: string, lines: Record<string, unknown>) => ({ id: 'J', payType, ...lines });
const labor = (payType: string, amount: string, more: Record<string, unknown> = {}) => ({
  id: `L-${payType}`,
  soldHours: '1',
  payType,
  laborAmount: amount,
  ...more,
});
const part = (payType: string, more: Record<string, unknown>) => ({ id: `P-${payType}`, payType, ...more });

function rowOf(reader: Reader, source: 'repairOrder' | 'laborLine' | 'partLine', index = 0) {
  const meta = kpiSources[source] as NonNullable<(typeof kpiSources)[string]>;
  const indexes = fieldIndexes(meta);
  const row = reader.rows[['repairOrder', 'laborLine', 'partLine'].indexOf(source)]?.[index] as FactValue[];
  return Object.fromEntries(
    Object.entries(meta.fields).map(([name, field]) => {
      const value = row[indexes[name] as number];
      const decimal = field.type === 'money' || field.type === 'number';
      return [name, decimal && typeof value === 'number' ? formatUnits(value) : value];
    }),
  );
}

function read(record: Record<string, unknown>, comebackOf?: (id: string) => string | true | undefined) {
  const reader = createRepairOrderReader(comebackOf);
  expect(reader.read({ ...base, ...record })).toEqual([]);
  return reader;
}

describe('createRepairOrderReader: the main payer', () => {
  it.each([
    // INS labor 300 beats CP labor 100; I parts 2 × 250 = 500 beat W labor 400.
    ['INS', [job('CP', { laborLines: [labor('CP', '100'), labor('INS', '300')] })]],
    [
      'I',
      [
        job('W', {
          laborLines: [labor('W', '400')],
          partLines: [part('I', { quantity: '2', unitPrice: '250' })],
        }),
      ],
    ],
    // CP parts 500 beat W labor 100: parts count toward their payer as labor does.
    ['CP', [job('W', { laborLines: [labor('W', '100')], partLines: [part('CP', { amount: '500' })] })]],
  ])('is the payer with the largest amount: %s', (payer, jobs) => {
    expect(rowOf(read({ jobs }), 'repairOrder').payType).toBe(payer);
  });

  it("is the first job's payer when no line has an amount, and the kind's payer when no job has one", () => {
    const unpriced = [job('W', { laborLines: [] }), job('INS', {})];
    expect(rowOf(read({ jobs: unpriced }), 'repairOrder').payType).toBe('W');
    // A first job with no payType leaves the next one's: the first that has one.
    const second = [{ id: 'J0' }, job('INS', {})];
    expect(rowOf(read({ jobs: second }), 'repairOrder').payType).toBe('INS');
    expect(rowOf(read({ kind: 'insurance', jobs: [] }), 'repairOrder').payType).toBe('INS');
    expect(rowOf(read({ jobs: [] }), 'repairOrder').payType).toBe('CP');
  });
});

describe('createRepairOrderReader: pricing', () => {
  it("charges a labor line's amount when it has one, not its hours × rate", () => {
    // 1 h × ¥300 would be 300; the amount charged is 100.
    const jobs = [job('CP', { laborLines: [labor('CP', '100.00', { laborRate: '300' })] })];
    const reader = read({ jobs });
    expect(rowOf(reader, 'laborLine').laborAmount).toBe('100');
    expect(rowOf(reader, 'repairOrder').laborSales).toBe('100');
  });

  it('leaves a declined or deferred labor line out of sales and sold hours, and keeps its row', () => {
    const jobs = [
      job('CP', {
        laborLines: [
          labor('CP', '100', { id: 'L1' }),
          labor('CP', '200', { id: 'L2', authorization: 'deferred' }),
          labor('CP', '400', { id: 'L3', authorization: 'declined', soldHours: '2' }),
        ],
      }),
    ];
    const reader = read({ jobs });
    expect(rowOf(reader, 'repairOrder')).toMatchObject({ laborSales: '100', soldHours: '1', payType: 'CP' });
    expect(reader.counts).toEqual([1, 3, 0]);
    expect(rowOf(reader, 'laborLine', 1)).toMatchObject({ lineId: 'L2', authorization: 'deferred' });
  });

  it("charges a part line's amount when it has one, else quantity × unit price, else nothing", () => {
    const jobs = [
      job('CP', {
        partLines: [
          // Amount 400 although 2 × 250 would be 500.
          part('CP', { id: 'P1', amount: '400', quantity: '2', unitPrice: '250' }),
          // 3 × 12.50 = 37.50.
          part('CP', { id: 'P2', quantity: '3', unitPrice: '12.50' }),
          // A quantity without a price, and a price without a quantity: no amount.
          part('CP', { id: 'P3', quantity: '2' }),
          part('CP', { id: 'P4', unitPrice: '99' }),
        ],
      }),
    ];
    const reader = read({ jobs });
    expect([0, 1, 2, 3].map((i) => rowOf(reader, 'partLine', i).amount)).toEqual([
      '400',
      '37.5',
      undefined,
      undefined,
    ]);
    // 400 + 37.50
    expect(rowOf(reader, 'repairOrder').partsSales).toBe('437.5');
  });

  it('costs a part line at quantity × unit cost, and not at all when either is missing', () => {
    const jobs = [
      job('CP', {
        partLines: [
          part('CP', { id: 'P1', amount: '10', quantity: '4', unitCost: '2.25' }),
          part('CP', { id: 'P2', amount: '10', unitCost: '7' }),
          part('CP', { id: 'P3', amount: '10', quantity: '5' }),
        ],
      }),
    ];
    const reader = read({ jobs });
    // 4 × 2.25 = 9; P2 has no quantity and P3 no unit cost.
    expect([0, 1, 2].map((i) => rowOf(reader, 'partLine', i).cost)).toEqual(['9', undefined, undefined]);
    expect(rowOf(reader, 'repairOrder').partsCost).toBe('9');
  });
});

describe('createRepairOrderReader: status, comebacks and a reader used again', () => {
  it('does not count an RO whose status is voided or cancelled, even without the time it happened', () => {
    for (const status of ['voided', 'cancelled']) {
      expect(rowOf(read({ status }), 'repairOrder').counted).toBe(false);
    }
    expect(rowOf(read({ status: 'closed' }), 'repairOrder').counted).toBe(true);
  });

  it('flags a comeback from the record or from detection, with the earlier RO when it is known', () => {
    const flags = (
      record: Record<string, unknown>,
      comebackOf?: (id: string) => string | true | undefined,
    ) => {
      const row = rowOf(read(record, comebackOf), 'repairOrder');
      return [row.isComeback, row.previousRoId];
    };
    expect(flags({ comeback: { isComeback: false, previousRoId: 'RO-0' } })).toEqual([false, undefined]);
    expect(flags({ comeback: { isComeback: true, previousRoId: 'RO-0' } })).toEqual([true, 'RO-0']);
    // An earlier RO that is not a string is not named.
    expect(flags({ comeback: { isComeback: true, previousRoId: 7 } })).toEqual([true, undefined]);
    expect(flags({}, () => 'RO-X')).toEqual([true, 'RO-X']);
    // Detection that found a repeat but no earlier RO to name.
    expect(flags({}, () => true)).toEqual([true, undefined]);
    expect(flags({}, () => undefined)).toEqual([false, undefined]);
    // The record's own earlier RO comes first.
    expect(flags({ comeback: { isComeback: true, previousRoId: 'RO-0' } }, () => 'RO-X')).toEqual([
      true,
      'RO-0',
    ]);
  });

  it('writes the lines of the next RO over the rows of the last one', () => {
    const reader = createRepairOrderReader();
    const two = [part('CP', { id: 'P1', amount: '1' }), part('W', { id: 'P2', amount: '2' })];
    expect(reader.read({ ...base, jobs: [job('CP', { partLines: two })] })).toEqual([]);
    expect(
      reader.read({
        ...base,
        id: 'RO-2',
        jobs: [job('CP', { partLines: [part('I', { id: 'P9', amount: '9' })] })],
      }),
    ).toEqual([]);
    expect(reader.counts).toEqual([1, 0, 1]);
    expect(rowOf(reader, 'partLine')).toMatchObject({
      lineId: 'P9',
      roId: 'RO-2',
      amount: '9',
      payType: 'I',
    });
  });
});

describe('createRepairOrderReader: follow-ups', () => {
  const calls = (followUps: unknown[]) => {
    const row = rowOf(read({ followUps }), 'repairOrder');
    return [row.hasFollowUp, row.firstFollowUpAt];
  };
  const day = (d: number) => `2024-03-0${d}T10:00:00+08:00`;
  const utc = (d: number) => Date.parse(`2024-03-0${d}T02:00:00Z`);

  it('counts only a call that was made and reached the customer', () => {
    expect(calls([])).toEqual([false, undefined]);
    expect(calls([{ kind: 'first', doneAt: day(4), outcome: 'unreachable' }])).toEqual([false, undefined]);
    // Not made yet: no time it was done.
    expect(calls([{ kind: 'first', outcome: 'satisfied' }])).toEqual([false, undefined]);
    // Made, outcome not recorded: counted.
    expect(calls([{ kind: 'first', doneAt: day(4) }])).toEqual([true, utc(4)]);
    // A reached second call is a follow-up, but not a first call.
    expect(calls([{ kind: 'second', doneAt: day(4), outcome: 'neutral' }])).toEqual([true, undefined]);
  });

  it('dates the first follow-up by the earliest reached first call, in either order', () => {
    const early = { kind: 'first', doneAt: day(5), outcome: 'satisfied' };
    const late = { kind: 'first', doneAt: day(7), outcome: 'dissatisfied' };
    expect(calls([early, late])).toEqual([true, utc(5)]);
    expect(calls([late, early])).toEqual([true, utc(5)]);
  });
});
