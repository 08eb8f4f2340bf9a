import { dayNumberOfDate, fixedUnitsOf, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { demandHistory } from '../demand/demandHistory';
import { monthlyIssues, movement, part, position, repeat, ZONE } from '../testing';
import type { PlanItem } from './planInputs';
import { planContext } from './planOptions';

// Twelve months, October 2023 to September 2024, in Shanghai.
const YEAR = { timeZone: ZONE, from: '2023-10', to: '2024-09' } as const;
const history = (currency = 'CNY') =>
  demandHistory(
    [...monthlyIssues('A', '2023-10', repeat('2', 12)), ...monthlyIssues('C', '2023-10', ['1'])],
    {
      ...YEAR,
      currency,
    },
  );
const inputsOf = (parts?: unknown, positions?: unknown, currency = 'CNY') =>
  planContext(history(currency), { parts, positions } as never).inputs;
const itemOf = (items: readonly PlanItem[], partNumber: string): PlanItem => {
  const found = items.find((item) => item.partNumber === partNumber);
  if (!found) throw new Error(`no item ${partNumber}`);
  return found;
};
const units = (text: string) => fixedUnitsOf(text) as number;
const issueOf = (rejection: { issues: readonly { code: string; path: readonly unknown[] }[] } | undefined) =>
  rejection?.issues.map((issue) => [issue.code, issue.path.join('.')]);

describe('readPlanInputs', () => {
  it('reads no master and no positions as empty lists, with zero counts', () => {
    const inputs = inputsOf(undefined, undefined);
    expect(inputs.rejections).toEqual([]);
    expect(inputs.counts).toEqual({
      parts: { read: 0, accepted: 0, rejected: 0 },
      positions: { read: 0, accepted: 0, rejected: 0 },
    });
    // The two parts the history has, neither in the master nor with a position.
    expect(inputs.items.map((item) => [item.partNumber, item.part, item.hasPosition])).toEqual([
      ['A', undefined, false],
      ['C', undefined, false],
    ]);
  });

  it('refuses a master or positions that is not an array, naming which and what it was', () => {
    for (const [parts, positions, key, received] of [
      ['x', undefined, 'parts', 'string'],
      [null, undefined, 'parts', 'null'],
      [undefined, {}, 'positions', 'object'],
      [undefined, 3, 'positions', 'number'],
    ] as const) {
      let caught: unknown;
      try {
        inputsOf(parts, positions);
      } catch (error) {
        caught = error;
      }
      if (!isAftersalesError(caught)) throw new Error('expected a coded error');
      expect([caught.code, caught.path]).toEqual(['input.invalid_type', [key]]);
      expect(caught.issues[0]?.params).toEqual({ expected: 'array', received });
    }
  });

  it('rejects, row by row, a bad master row and a bad position, and counts them', () => {
    const inputs = inputsOf(
      [part('A'), { ...part('B'), price: '-1' }, part('C')],
      [position('A', '1'), { partNumber: 'C' }, { ...position('D', '1'), onHand: 'x' }],
    );
    expect(inputs.rejections.map((r) => [r.input, r.row, ...(issueOf(r) ?? [])])).toEqual([
      ['parts', 1, ['input.too_small', 'price']],
      ['positions', 1, ['input.required', 'onHand']],
      ['positions', 2, ['money.invalid_amount', 'onHand']],
    ]);
    expect(inputs.counts).toEqual({
      parts: { read: 3, accepted: 2, rejected: 1 },
      positions: { read: 3, accepted: 1, rejected: 2 },
    });
  });

  it('rejects a second row for a part number, naming the first row', () => {
    const inputs = inputsOf([part('A'), part('A', { cost: '3' })], [position('A', '1'), position('A', '2')]);
    expect(inputs.rejections).toMatchObject([
      {
        input: 'parts',
        row: 1,
        issues: [{ code: 'parts.duplicate', path: ['partNumber'], params: { partNumber: 'A', firstRow: 0 } }],
      },
      {
        input: 'positions',
        row: 1,
        issues: [{ code: 'parts.duplicate', path: ['partNumber'], params: { partNumber: 'A', firstRow: 0 } }],
      },
    ]);
    // The first of each is the one used: cost 10 from the master, 1 on hand.
    const a = itemOf(inputs.items, 'A');
    expect([a.unitCost, a.onHand]).toEqual([units('10'), units('1')]);
  });

  it('puts a row without a currency in the plan’s, and rejects one in another', () => {
    const inputs = inputsOf(
      [part('A'), part('B', { currency: 'CNY' }), part('C', { currency: 'USD' })],
      [position('A', '1'), position('C', '1', { currency: 'CNY' })],
      'USD',
    );
    expect(inputs.rejections).toMatchObject([
      {
        input: 'parts',
        row: 1,
        issues: [
          {
            code: 'parts.currency_mismatch',
            path: ['currency'],
            params: { currency: 'CNY', expected: 'USD' },
          },
        ],
      },
      {
        input: 'positions',
        row: 1,
        issues: [
          {
            code: 'parts.currency_mismatch',
            path: ['currency'],
            params: { currency: 'CNY', expected: 'USD' },
          },
        ],
      },
    ]);
    expect(itemOf(inputs.items, 'A').part?.currency).toBe('USD');
    expect(itemOf(inputs.items, 'C').part?.currency).toBe('USD');
    // In a CNY plan a row saying CNY is simply taken.
    expect(
      inputsOf([part('B', { currency: 'CNY' })], [position('B', '1', { currency: 'CNY' })]).rejections,
    ).toEqual([]);
  });

  it('rejects a figure the plan cannot hold in fixed units (more than four places, or too large)', () => {
    const inputs = inputsOf(
      [
        part('A', { cost: '1.12345' }),
        part('B', { allowsFractionalQuantity: true, packSize: '0.00001' }),
        part('C', { moq: '900000000' }),
        part('D', { cost: '1.1234', allowsFractionalQuantity: true, packSize: '0.5', moq: '879609302' }),
      ],
      [
        position('A', '1.12345'),
        position('B', '1', { onOrder: '900000000' }),
        position('C', '1', { reserved: '0.00001' }),
        position('D', '1', { unitCost: '2.00005' }),
        position('E', '879609302', { unitCost: '2.0001' }),
      ],
    );
    expect(inputs.rejections.map((r) => [r.input, r.row, ...(issueOf(r) ?? [])])).toEqual([
      ['parts', 0, ['input.invalid_format', 'cost']],
      ['parts', 1, ['input.invalid_format', 'packSize']],
      ['parts', 2, ['input.invalid_format', 'moq']],
      ['positions', 0, ['input.invalid_format', 'onHand']],
      ['positions', 1, ['input.invalid_format', 'onOrder']],
      ['positions', 2, ['input.invalid_format', 'reserved']],
      ['positions', 3, ['input.invalid_format', 'unitCost']],
    ]);
    const format = 'decimal with at most four places (and at most 879,609,302 units)';
    for (const rejection of inputs.rejections) expect(rejection.issues[0]?.params).toEqual({ format });
    expect(itemOf(inputs.items, 'E').unitCost).toBe(units('2.0001'));
  });

  it('lists each part of a supersession cycle once as unplanned, even with a position', () => {
    const inputs = inputsOf(
      [part('X', { supersededBy: 'Y' }), part('Y', { supersededBy: 'X' })],
      [position('X', '1'), position('Y', '2')],
    );
    expect(inputs.unplanned).toMatchObject([
      {
        partNumber: 'X',
        issues: [
          {
            code: 'parts.supersession_cycle',
            path: ['partNumber'],
            params: { partNumber: 'X', chain: 'X → Y → X' },
          },
        ],
      },
      {
        partNumber: 'Y',
        issues: [
          {
            code: 'parts.supersession_cycle',
            path: ['partNumber'],
            params: { partNumber: 'Y', chain: 'X → Y → X' },
          },
        ],
      },
    ]);
    expect(inputs.items.map((item) => item.partNumber)).toEqual(['A', 'C']);
  });

  it('takes a superseded part’s stock into its successor, and its own figures first', () => {
    // C is superseded by A: A's position is read first, then C's.
    const inputs = inputsOf(
      [part('A', { cost: undefined }), part('C', { supersededBy: 'A' })],
      [
        position('A', '4', { unitCost: '7', stocked: true, leadTimeDays: 9 }),
        position('C', '1', { onOrder: '2', reserved: '1', unitCost: '5', stocked: false, leadTimeDays: 30 }),
      ],
    );
    const a = itemOf(inputs.items, 'A');
    expect(a.replaces).toEqual(['C']);
    expect([a.onHand, a.onOrder, a.reserved]).toEqual([units('5'), units('2'), units('1')]);
    // A's own cost, stocking and lead time win over C's, whatever the order.
    expect([a.unitCost, a.stocked, a.leadTimeDays, a.hasPosition]).toEqual([units('7'), true, 9, true]);
  });

  it('fills a successor’s missing cost and stocking from a predecessor, never its lead time', () => {
    const inputs = inputsOf(
      [part('A', { cost: undefined }), part('C', { supersededBy: 'A' })],
      [position('C', '1', { unitCost: '5', stocked: false, leadTimeDays: 30 }), position('A', '4')],
    );
    const a = itemOf(inputs.items, 'A');
    expect([a.unitCost, a.stocked, a.leadTimeDays]).toEqual([units('5'), false, undefined]);
  });

  it('takes a position’s cost over the master’s', () => {
    const inputs = inputsOf([part('A', { cost: '10' })], [position('A', '1', { unitCost: '7' })]);
    expect(itemOf(inputs.items, 'A').unitCost).toBe(units('7'));
  });

  it('keeps the last issue and the first receipt over history and positions', () => {
    const movements = demandHistory(
      [
        movement('A', 'receipt', '5', '2024-03-10'),
        movement('A', 'issue_ro', '1', '2024-05-20'),
        movement('B', 'receipt', '5', '2024-04-01'),
        movement('B', 'issue_ro', '1', '2024-06-01'),
      ],
      YEAR,
    );
    const read = (positions: unknown[]) =>
      planContext(movements, { positions: positions as never }).inputs.items.map((item) => [
        item.partNumber,
        item.firstReceiptDay,
        item.lastIssueDay,
      ]);
    const day = (date: string) => dayNumberOfDate(date) as number;
    // A position with no dates leaves the history's; one with dates moves them only outwards.
    expect(
      read([
        position('A', '1'),
        position('B', '1', { firstReceivedOn: '2024-01-05', lastIssuedOn: '2024-08-31' }),
      ]),
    ).toEqual([
      ['A', day('2024-03-10'), day('2024-05-20')],
      ['B', day('2024-01-05'), day('2024-08-31')],
    ]);
    expect(read([position('A', '1', { firstReceivedOn: '2024-03-11', lastIssuedOn: '2024-05-19' })])).toEqual(
      [
        ['A', day('2024-03-10'), day('2024-05-20')],
        ['B', day('2024-04-01'), day('2024-06-01')],
      ],
    );
    // A part only in the positions: its dates are the position's.
    expect(read([position('P', '1', { firstReceivedOn: '2024-02-02' })]).at(-1)).toEqual([
      'P',
      day('2024-02-02'),
      Number.NaN,
    ]);
  });
});
