import { AftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { demandHistory, type PartDemand, suggestOrder } from '../index';
import { at, monthlyIssues, movement, part, position, repeat, thrown, ZONE } from '../testing';

const Q1 = { timeZone: ZONE, from: '2024-01', to: '2024-03' } as const;

const demandOf = (parts: readonly PartDemand[], partNumber: string): PartDemand => {
  const found = parts.find((entry) => entry.partNumber === partNumber);
  if (!found) throw new Error(`no demand for ${partNumber}`);
  return found;
};

describe('demandHistory', () => {
  it('nets issues and counter sales against returns, in the month of the return', () => {
    const history = demandHistory(
      [
        movement('P1', 'issue_ro', '4', '2024-01-10'),
        movement('P1', 'counter_sale', '2', '2024-01-20'),
        movement('P1', 'issue_ro', '3', '2024-02-05'),
        // one part of January's RO comes back in February: netted in February
        movement('P1', 'return_from_ro', '1', '2024-02-06'),
        // a January counter sale brought back in March: March's demand goes below zero
        movement('P1', 'return_from_customer', '2', '2024-03-07'),
      ],
      Q1,
    );
    expect(history.months).toEqual(['2024-01', '2024-02', '2024-03']);
    const p1 = demandOf(history.parts, 'P1');
    // Jan 4 + 2 = 6; Feb 3 − 1 = 2; Mar −2. At cost 10 each.
    expect(p1.quantity).toEqual(['6', '2', '-2']);
    expect(p1.value).toEqual(['60', '20', '-20']);
    // Issue lines: two in January, one in February; a return takes no hit back.
    expect(p1.hits).toEqual([2, 1, 0]);
    // 6 + 2 − 2 = 6; 60 + 20 − 20 = 60; 2 + 1 = 3
    expect([p1.totalQuantity, p1.totalValue, p1.totalHits]).toEqual(['6', '60', 3]);
    expect(p1.lastIssueOn).toBe('2024-02-05');
    // −4 − 2 − 3 + 1 + 2 = −6 (what these movements did to the stock)
    expect(p1.netChange).toBe('-6');
  });

  it('values demand at the movement cost exactly (litres at a three-place cost, floats would drift)', () => {
    const history = demandHistory(
      [
        movement('OIL', 'issue_ro', '4.5', '2024-02-01', { unitCost: '62.125' }),
        movement('OIL', 'issue_ro', '0.3', '2024-02-02', { unitCost: '62.125' }),
        // 800,000 × 12,345.6789 leaves the safe-integer range of the fixed units (8 × 10⁹ × 1.2 × 10⁸)
        movement('BULK', 'counter_sale', '800000', '2024-03-01', { unitCost: '12345.6789' }),
      ],
      Q1,
    );
    const oil = demandOf(history.parts, 'OIL');
    // 4.5 × 62.125 = 279.5625; 0.3 × 62.125 = 18.6375; sum 298.2 (in floats 0.3 × 62.125 is not 18.6375)
    expect(oil.quantity).toEqual(['0', '4.8', '0']);
    expect(oil.value).toEqual(['0', '298.2', '0']);
    expect(oil.totalValue).toBe('298.2');
    // 12,345.6789 × 8 = 98,765.4312; × 100,000 = 9,876,543,120
    expect(demandOf(history.parts, 'BULK').value).toEqual(['0', '0', '9876543120']);
    expect(demandOf(history.parts, 'BULK').totalValue).toBe('9876543120');
  });

  it('leaves receipts, returns to the supplier, adjustments and stocktake adjustments out of demand', () => {
    const history = demandHistory(
      [
        movement('P2', 'receipt', '10', '2024-01-05'),
        movement('P2', 'adjustment', '2', '2024-01-06'),
        movement('P2', 'stocktake_adjustment', '-1', '2024-02-28'), // 盘亏
        movement('P2', 'stocktake_adjustment', '3', '2024-03-28'), // 盘盈
        movement('P2', 'return_to_supplier', '3', '2024-03-29'),
      ],
      Q1,
    );
    const p2 = demandOf(history.parts, 'P2');
    expect(p2.quantity).toEqual(['0', '0', '0']);
    expect(p2.value).toEqual(['0', '0', '0']);
    expect(p2.hits).toEqual([0, 0, 0]);
    expect(p2.lastIssueOn).toBeUndefined();
    expect(p2.firstReceiptOn).toBe('2024-01-05');
    // They still move stock: 10 + 2 − 1 + 3 − 3 = 11
    expect(p2.netChange).toBe('11');
  });

  it('counts transfers as demand only with transfersAreDemand (out as an issue, in as its return)', () => {
    const transfers = [
      movement('P3', 'transfer_out', '5', '2024-01-10'),
      movement('P3', 'transfer_in', '2', '2024-02-10'),
    ];
    const plain = demandOf(demandHistory(transfers, Q1).parts, 'P3');
    expect(plain.quantity).toEqual(['0', '0', '0']);
    expect(plain.hits).toEqual([0, 0, 0]);
    expect(plain.lastIssueOn).toBeUndefined();
    const counted = demandOf(demandHistory(transfers, { ...Q1, transfersAreDemand: true }).parts, 'P3');
    // 5 out in January (one hit); 2 back in February
    expect(counted.quantity).toEqual(['5', '-2', '0']);
    expect(counted.value).toEqual(['50', '-20', '0']);
    expect(counted.hits).toEqual([1, 0, 0]);
    expect(counted.lastIssueOn).toBe('2024-01-10');
  });

  it('puts a movement in the month of its local date in the dealer zone', () => {
    const history = demandHistory(
      [
        // 23:30 on 31 March in Shanghai is 15:30Z the same day: March
        movement('P4', 'issue_ro', '1', '2024-03-31T23:30:00+08:00'),
        // 16:30Z on 31 March is 00:30 on 1 April in Shanghai: April
        movement('P4', 'issue_ro', '2', '2024-03-31T16:30:00Z'),
      ],
      { timeZone: ZONE, from: '2024-03', to: '2024-04' },
    );
    const p4 = demandOf(history.parts, 'P4');
    expect(p4.quantity).toEqual(['1', '2']);
    expect(p4.lastIssueOn).toBe('2024-04-01');
    // The same instants read in UTC both fall on 31 March.
    const utc = demandOf(
      demandHistory(
        [
          movement('P4', 'issue_ro', '1', '2024-03-31T23:30:00+08:00'),
          movement('P4', 'issue_ro', '2', '2024-03-31T16:30:00Z'),
        ],
        { timeZone: 'UTC', from: '2024-03', to: '2024-04' },
      ).parts,
      'P4',
    );
    expect(utc.quantity).toEqual(['3', '0']);
  });

  it('dates last issues and first receipts from movements before the window, and counts those after it', () => {
    const history = demandHistory(
      [
        movement('OLD', 'receipt', '5', '2023-11-05'),
        movement('OLD', 'issue_ro', '1', '2023-12-20'),
        // 00:30 on 1 April in Shanghai: after a window ending in March, not used at all
        movement('OLD', 'issue_ro', '1', '2024-03-31T16:30:00Z'),
        // 23:59:59 on 31 December in Shanghai: before the window
        movement('EDGE', 'issue_ro', '1', '2023-12-31T15:59:59Z'),
        // 00:00 on 1 January in Shanghai: the window's first instant
        movement('EDGE', 'issue_ro', '2', '2023-12-31T16:00:00Z'),
        // 23:59:59 on 31 March: the window's last second
        movement('EDGE', 'issue_ro', '3', '2024-03-31T15:59:59Z'),
        // 00:00 on 1 April: after
        movement('EDGE', 'issue_ro', '4', '2024-03-31T16:00:00Z'),
      ],
      Q1,
    );
    const old = demandOf(history.parts, 'OLD');
    expect(old.quantity).toEqual(['0', '0', '0']);
    expect(old.lastIssueOn).toBe('2023-12-20');
    expect(old.firstReceiptOn).toBe('2023-11-05');
    // +5 − 1; the April issue is past the window's end
    expect(old.netChange).toBe('4');
    const edge = demandOf(history.parts, 'EDGE');
    expect(edge.quantity).toEqual(['2', '0', '3']);
    expect(edge.lastIssueOn).toBe('2024-03-31');
    expect(history.movements).toEqual({ read: 7, accepted: 7, rejected: 0, beforeWindow: 3, afterWindow: 2 });
  });

  describe('rejections', () => {
    const good = movement('R1', 'issue_ro', '1', '2024-01-10');
    const without = (key: string): Record<string, unknown> => {
      const copy = { ...good };
      delete copy[key];
      return copy;
    };
    const rows: unknown[] = [
      good,
      { ...good, quantity: '1' }, // an RO issue moves stock out: must be negative
      { ...movement('R1', 'receipt', '3', '2024-01-11'), quantity: '-3' }, // a receipt must be positive
      { ...good, quantity: '0' },
      { ...good, quantity: '-1.23456' }, // five places
      without('roId'),
      { ...good, occurredAt: '2024-01-10T10:00:00' }, // no offset: its instant depends on the host
      { ...good, occurredAt: '2024-02-30T10:00:00+08:00' },
      { ...good, type: 'scrap' },
      { ...good, currency: 'USD' },
      42,
      null,
      // a padded decimal is what the schema accepts (it trims): kept, 2.5 out
      { ...good, quantity: ' -2.50 ' },
      { ...good, unitCost: '-1' },
      // each type's direction, and an RO return's RO
      { ...movement('R1', 'counter_sale', '1', '2024-01-12'), quantity: '1' },
      { ...movement('R1', 'return_to_supplier', '1', '2024-01-12'), quantity: '1' },
      { ...movement('R1', 'transfer_out', '1', '2024-01-12'), quantity: '1' },
      { ...movement('R1', 'return_from_customer', '1', '2024-01-12'), quantity: '-1' },
      { ...movement('R1', 'transfer_in', '1', '2024-01-12'), quantity: '-1' },
      // without the key (a key set to undefined is another case: the fast path asks the schema then)
      Object.fromEntries(
        Object.entries(movement('R1', 'return_from_ro', '1', '2024-01-12')).filter(([key]) => key !== 'roId'),
      ),
      { ...good, id: 'M'.repeat(65) }, // an id is 1 to 64 characters
      { ...good, partNumber: 'P'.repeat(65) },
      { ...good, partNumber: ' R1' },
      { ...good, roId: 7 },
    ];
    // Read inside each test, not when the suite is collected, so each test runs the code it checks.
    const read = () => demandHistory(rows, Q1);

    it('names the row, the field and the code of each rejected movement', () => {
      const history = read();
      const found = history.rejections.map((rejection) => [
        rejection.row,
        rejection.issues[0]?.code,
        rejection.issues[0]?.path,
      ]);
      expect(found).toEqual([
        [1, 'input.inconsistent', ['quantity']],
        [2, 'input.inconsistent', ['quantity']],
        [3, 'input.inconsistent', ['quantity']],
        [4, 'input.invalid_format', ['quantity']],
        [5, 'input.required', ['roId']],
        [6, 'input.invalid_format', ['occurredAt']],
        [7, 'input.invalid_format', ['occurredAt']],
        [8, 'input.invalid_value', ['type']],
        [9, 'parts.currency_mismatch', ['currency']],
        [10, 'input.invalid_type', []],
        [11, 'input.invalid_type', []],
        [13, 'input.too_small', ['unitCost']],
        [14, 'input.inconsistent', ['quantity']],
        [15, 'input.inconsistent', ['quantity']],
        [16, 'input.inconsistent', ['quantity']],
        [17, 'input.inconsistent', ['quantity']],
        [18, 'input.inconsistent', ['quantity']],
        [19, 'input.required', ['roId']],
        [20, 'input.too_big', ['id']],
        [21, 'input.too_big', ['partNumber']],
        [22, 'input.invalid_format', ['partNumber']],
        [23, 'input.invalid_type', ['roId']],
      ]);
      for (const rejection of history.rejections) {
        expect(rejection.input).toBe('movements');
        expect(rejection.issues).toHaveLength(1);
        expect(rejection.issues[0]?.message.en).not.toBe('');
        expect(rejection.issues[0]?.message.zh).not.toBe('');
      }
    });

    it('counts every row: read = accepted + rejected', () => {
      const history = read();
      // 24 rows: the good one and the padded one are kept
      expect(history.movements).toEqual({
        read: 24,
        accepted: 2,
        rejected: 22,
        beforeWindow: 0,
        afterWindow: 0,
      });
      // January: 1 + 2.5 = 3.5 out, two issue lines
      expect(demandOf(history.parts, 'R1').quantity).toEqual(['3.5', '0', '0']);
      expect(demandOf(history.parts, 'R1').hits).toEqual([2, 0, 0]);
    });

    it('rejects a first row whose part number is missing, the key being there', () => {
      // `partNumber: undefined` keeps the row's key count right: only the part number is wrong.
      const history = demandHistory([{ ...good, partNumber: undefined }, good], Q1);
      expect(history.rejections.map((rejection) => [rejection.row, rejection.issues[0]?.path])).toEqual([
        [0, ['partNumber']],
      ]);
      expect(history.parts.map((entry) => entry.partNumber)).toEqual(['R1']);
    });

    it('reads costs in the currency asked for, CNY by default', () => {
      const dollars = demandHistory([good, { ...good, id: 'MV-USD', currency: 'USD' }], {
        ...Q1,
        currency: 'USD',
      });
      // the row without a currency is CNY, the history USD
      expect(dollars.rejections.map((rejection) => [rejection.row, rejection.issues[0]?.code])).toEqual([
        [0, 'parts.currency_mismatch'],
      ]);
      expect(dollars.currency).toBe('USD');
    });
  });

  it('throws coded errors naming the option at fault', () => {
    expect(thrown(() => demandHistory([], { ...Q1, timeZone: 'Mars/Olympus' }))).toEqual({
      code: 'time.invalid_zone',
      path: ['timeZone'],
    });
    expect(thrown(() => demandHistory([], { ...Q1, from: '2024-05', to: '2024-03' }))).toEqual({
      code: 'time.invalid_range',
      path: ['to'],
    });
    expect(thrown(() => demandHistory([], { ...Q1, from: '2024-1' }))).toEqual({
      code: 'input.invalid_format',
      path: ['from'],
    });
    expect(thrown(() => demandHistory([], { ...Q1, to: '2024-13' }))).toEqual({
      code: 'input.invalid_format',
      path: ['to'],
    });
    expect(thrown(() => demandHistory([], { timeZone: ZONE, to: '2024-03' } as never))).toEqual({
      code: 'input.required',
      path: ['from'],
    });
    expect(thrown(() => demandHistory([], { ...Q1, currency: 'ABCD' }))).toEqual({
      code: 'money.invalid_currency',
      path: ['currency'],
    });
    // An object without a prototype: coded, not the TypeError String() used to throw on it.
    expect(thrown(() => demandHistory([], { ...Q1, currency: Object.create(null) }))).toEqual({
      code: 'money.invalid_currency',
      path: ['currency'],
    });
    expect(thrown(() => demandHistory([], { ...Q1, transfersAreDemand: 'yes' as never }))).toEqual({
      code: 'input.invalid_type',
      path: ['transfersAreDemand'],
    });
    expect(thrown(() => demandHistory('movements' as never, Q1))).toEqual({
      code: 'input.invalid_type',
      path: ['movements'],
    });
    // A single month is a window; 2024-03 to 2024-03 is one month.
    expect(demandHistory([], { ...Q1, from: '2024-03' }).months).toEqual(['2024-03']);
  });

  it('gives the same order when the history is stored as JSON and read back', () => {
    const movements = [
      ...monthlyIssues('MID', '2023-10', repeat(['40', '60'], 6).flat(), '1.5'),
      ...monthlyIssues('OIL', '2023-10', repeat('4.5', 12), '62.125'),
      ...monthlyIssues('NEW', '2023-10', repeat('30', 12), '3'),
      movement('OLD', 'issue_ro', '30', '2023-09-01'),
      movement('OIL', 'receipt', '208', '2023-08-01', { unitCost: '62.125' }),
      movement('BULK', 'counter_sale', '800000', '2024-09-01', { unitCost: '12345.6789' }),
    ];
    const history = demandHistory(movements, { timeZone: ZONE, from: '2023-10', to: '2024-09' });
    const options = {
      parts: [
        part('MID', { cost: '1.5', packSize: '6' }),
        part('OIL', { unit: 'L', allowsFractionalQuantity: true, cost: '62.125', packSize: '4' }),
        part('OLD', { supersededBy: 'NEW' }),
        part('NEW', { cost: '3' }),
        part('BULK', { cost: '12345.6789' }),
      ],
      positions: [position('MID', '15', { onOrder: '6', reserved: '3' }), position('OIL', '0.3')],
      asOf: '2024-09-20',
      budget: '5000',
    };
    const stored = JSON.parse(JSON.stringify(history));
    expect(stored).toEqual(history);
    const direct = suggestOrder(history, options);
    expect(direct.lines.some((line) => line.quantity !== '0')).toBe(true);
    expect(suggestOrder(stored, options)).toEqual(direct);
  });

  it('keeps the zone and the window in the history', () => {
    const history = demandHistory([movement('P5', 'issue_ro', '1', at('2024-02-01'))], Q1);
    expect([history.timeZone, history.currency, history.months.length]).toEqual([ZONE, 'CNY', 3]);
  });

  it('stays exact past 2^53 (values move to BigInt) and reads back from JSON the same', () => {
    // 100,000 units at 800,000,000.0001 each: 8 × 10¹³ + 10 per line, held × 10⁸ that is about
    // 8 × 10²¹, far past 2^53 ≈ 9 × 10¹⁵. Two lines: 160,000,000,000,020.
    const big = [1, 2].map(() =>
      movement('P9', 'counter_sale', '100000', at('2024-02-10'), { unitCost: '800000000.0001' }),
    );
    const history = demandHistory(big, Q1);
    const demand = history.parts[0] as PartDemand;
    expect(demand.value).toEqual(['0', '160000000000020', '0']);
    expect(demand.totalValue).toBe('160000000000020');
    const order = (h: typeof history) =>
      suggestOrder(h, { parts: [part('P9')], policy: { id: 'p', historyMonths: 3 } });
    const again = JSON.parse(JSON.stringify(history));
    expect(JSON.stringify(order(again))).toBe(JSON.stringify(order(history)));
  });

  it('reads back from JSON a stock change and a monthly demand past one row’s largest quantity', () => {
    // One movement holds at most 879,609,302.2208 units (2⁴³ × 10⁻⁴). Two receipts of 879,609,302
    // and 1 change stock by 879,609,303; two such counter sales make a February demand of
    // 2 × 879,609,302 = 1,759,218,604. Reading the stored history used to refuse both figures.
    const rows = [
      movement('P8', 'receipt', '879609302', at('2024-01-10')),
      movement('P8', 'receipt', '1', at('2024-01-11')),
      movement('P7', 'counter_sale', '879609302', at('2024-02-10')),
      movement('P7', 'counter_sale', '879609302', at('2024-02-11')),
    ];
    const history = demandHistory(rows, Q1);
    expect(demandOf(history.parts, 'P8').netChange).toBe('879609303');
    expect(demandOf(history.parts, 'P7').quantity).toEqual(['0', '1759218604', '0']);
    const order = (h: typeof history) => suggestOrder(h, { parts: [part('P7'), part('P8')] });
    const again = JSON.parse(JSON.stringify(history));
    expect(JSON.stringify(order(again))).toBe(JSON.stringify(order(history)));
  });
});

describe('demandHistory, its options and its output', () => {
  /** The code, path and English message of the coded error `run` throws. */
  const errorOf = (run: () => unknown): [string, readonly (string | number)[], string] => {
    try {
      run();
    } catch (error) {
      if (error instanceof AftersalesError) return [error.code, error.path, error.messages.en];
      throw error;
    }
    throw new Error('nothing thrown');
  };

  it('names what it got instead of options, a currency, a flag or a list of movements', () => {
    expect(errorOf(() => demandHistory([], null as never))).toEqual([
      'input.invalid_type',
      ['options'],
      'options must be object (received null)',
    ]);
    expect(errorOf(() => demandHistory([], 'Q1' as never))).toEqual([
      'input.invalid_type',
      ['options'],
      'options must be object (received string)',
    ]);
    expect(errorOf(() => demandHistory([], { ...Q1, currency: 'ABCD' }))[2]).toContain('ABCD');
    expect(errorOf(() => demandHistory([], { ...Q1, currency: 5 as never }))[2]).toContain('number');
    expect(errorOf(() => demandHistory([], { ...Q1, transfersAreDemand: 'yes' as never }))).toEqual([
      'input.invalid_type',
      ['transfersAreDemand'],
      'transfersAreDemand must be boolean (received string)',
    ]);
    expect(errorOf(() => demandHistory(null as never, Q1))).toEqual([
      'input.invalid_type',
      ['movements'],
      'movements must be array of stock movements (received null)',
    ]);
    expect(errorOf(() => demandHistory({} as never, Q1))[2]).toBe(
      'movements must be array of stock movements (received object)',
    );
  });

  it('writes no last issue or first receipt for a part that had none', () => {
    const history = demandHistory([movement('ADJ', 'adjustment', '-1', '2024-02-01')], Q1);
    expect(history.parts[0]).toStrictEqual({
      partNumber: 'ADJ',
      quantity: ['0', '0', '0'],
      value: ['0', '0', '0'],
      hits: [0, 0, 0],
      totalQuantity: '0',
      totalValue: '0',
      totalHits: 0,
      netChange: '-1',
    });
  });

  it('totals the months exactly, a spilled month included', () => {
    // January 1 at 10; February 100,000 × 800,000,000.0001 = 80,000,000,000,010; March 2 at 10.
    const history = demandHistory(
      [
        movement('P9', 'issue_ro', '1', at('2024-01-10')),
        movement('P9', 'counter_sale', '100000', at('2024-02-10'), { unitCost: '800000000.0001' }),
        movement('P9', 'issue_ro', '2', at('2024-03-10')),
      ],
      Q1,
    );
    const p9 = demandOf(history.parts, 'P9');
    expect(p9.value).toEqual(['10', '80000000000010', '20']);
    expect([p9.totalValue, p9.totalQuantity, p9.totalHits]).toEqual(['80000000000040', '100003', 3]);
    expect(history.movements).toEqual({ read: 3, accepted: 3, rejected: 0, beforeWindow: 0, afterWindow: 0 });
    // January 0.6361 × 141,600,365.5831 = 90,071,992.54740991 (2⁵³ − 1 in units of 10⁻⁸), February
    // 0.0001 × 0.0002 = 0.00000002: the total 90,071,992.54740993 is past what a float holds exactly.
    const edge = demandHistory(
      [
        movement('E1', 'counter_sale', '0.6361', at('2024-01-10'), { unitCost: '141600365.5831' }),
        movement('E1', 'counter_sale', '0.0001', at('2024-02-10'), { unitCost: '0.0002' }),
      ],
      Q1,
    );
    expect(demandOf(edge.parts, 'E1').totalValue).toBe('90071992.54740993');
  });
});

describe('demandHistory on a missing row', () => {
  it('rejects an undefined row as required, with the others read on', () => {
    // An array a caller builds may hold undefined: the schema finds nothing there (input.required
    // at the row itself), and the row after it is still read.
    const kept = movement('U1', 'issue_ro', '2', '2024-01-10');
    const history = demandHistory([undefined, kept], Q1);
    expect(history.rejections.map((rejection) => [rejection.input, rejection.row, rejection.issues])).toEqual(
      [['movements', 0, [expect.objectContaining({ code: 'input.required', path: [] })]]],
    );
    expect(history.movements).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    // The kept RO issue of 2 in January.
    expect(history.parts.map((entry) => [entry.partNumber, entry.quantity[0]])).toEqual([['U1', '2']]);
  });
});
