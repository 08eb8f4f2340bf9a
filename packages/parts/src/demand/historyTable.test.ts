import { describe, expect, it } from 'vitest';
import { suggestOrder } from '../order/suggestOrder';
import { at, codedError as errorOf, movement, thrown, ZONE } from '../testing';
import { type DemandHistory, demandHistory, tableOfHistory } from './demandHistory';
import { cellValue, type DemandTable } from './demandTable';
import { tableFromHistory } from './historyTable';

const Q1 = { timeZone: ZONE, from: '2024-01', to: '2024-03' } as const;

/** The figures of a table, cell by cell (values exact), for comparing two tables. */
function figures(table: DemandTable) {
  const parts = table.partNumbers.length;
  const cells = parts * table.window.months.length;
  return {
    months: table.window.months,
    currency: table.currency,
    partNumbers: [...table.partNumbers],
    quantity: [...table.quantity.slice(0, cells)],
    value: Array.from({ length: cells }, (_, cell) => cellValue(table, cell)),
    hits: [...table.hits.slice(0, cells)],
    lastIssueDay: [...table.lastIssueDay.slice(0, parts)],
    firstReceiptDay: [...table.firstReceiptDay.slice(0, parts)],
    netChange: [...table.netChange.slice(0, parts)],
  };
}

/** A history with negative months, a value past 2⁵³ both ways, and dates before the window. */
function sample(): DemandHistory {
  const big = { unitCost: '800000000.0001' };
  return demandHistory(
    [
      movement('P1', 'receipt', '10', '2023-12-01'),
      movement('P1', 'issue_ro', '4', '2024-01-10'),
      movement('P1', 'return_from_customer', '6', '2024-02-10', { unitCost: '0.5' }),
      movement('P2', 'counter_sale', '100000', at('2024-01-10'), big),
      movement('P2', 'return_from_customer', '100000', at('2024-03-10'), big),
      movement('P2', 'return_from_customer', '0.0001', at('2024-03-11'), { unitCost: '0.0001' }),
    ],
    Q1,
  );
}

/** The history as stored and read back: plain JSON, without the table kept beside it. */
const stored = (history: DemandHistory): DemandHistory => JSON.parse(JSON.stringify(history));

/** `history` as JSON with part 0 changed by `change`. */
function withPart(change: (part: Record<string, unknown>) => void): DemandHistory {
  const copy = stored(sample()) as unknown as { parts: Record<string, unknown>[] };
  change(copy.parts[0] as Record<string, unknown>);
  return copy as unknown as DemandHistory;
}

/** The coded error `read` throws. */

describe('tableFromHistory', () => {
  it('uses the table kept beside a history this package made', () => {
    const history = sample();
    expect(tableFromHistory(history)).toBe(tableOfHistory(history));
  });

  it('reads a stored history back to the same figures, negative and past 2⁵³ included', () => {
    const history = sample();
    const again = tableFromHistory(stored(history));
    expect(again).not.toBe(tableOfHistory(history));
    expect(figures(again)).toEqual(figures(tableOfHistory(history) as DemandTable));
    // By hand: P1 Jan 4 out at 10 (40 → 4 × 10⁹ in × 10⁸ units), Feb 6 back at 0.5 (−3).
    // P2 Jan 100,000 × 800,000,000.0001 = 80,000,000,000,010; Mar the same back and 0.0001² more.
    expect(figures(again).value).toEqual([
      4_000_000_000,
      -300_000_000,
      0,
      8_000_000_000_001_000_000_000n,
      0,
      -8_000_000_000_001_000_000_001n,
    ]);
    // Quantities × 10⁴: P1 4, −6, 0; P2 100,000, 0, −100,000.0001
    expect(figures(again).quantity).toEqual([40_000, -60_000, 0, 1_000_000_000, 0, -1_000_000_001]);
    // 1 December 2023 is day 19,723 − 31 = 19,692; 10 January day 19,732.
    expect([figures(again).firstReceiptDay, figures(again).lastIssueDay]).toEqual([
      [19_692, Number.NaN],
      [19_732, 19_732],
    ]);
    expect(figures(again).netChange).toEqual([120_000, 1]);
  });

  it('reads quantities up to the largest safe figure and refuses one unit (× 10⁻⁴) more', () => {
    // 2⁵³ − 1 = 9,007,199,254,740,991 units of 10⁻⁴: 900,719,925,474.0991
    const ok = withPart((part) => {
      part.quantity = ['900719925474.0991', '-900719925474.0991', '0'];
      part.netChange = '-900719925474.0991';
    });
    const table = tableFromHistory(ok);
    expect([...table.quantity.slice(0, 3)]).toEqual([Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0]);
    expect(table.netChange[0]).toBe(-Number.MAX_SAFE_INTEGER);
    const over = withPart((part) => {
      part.quantity = ['900719925474.0992', '0', '0'];
    });
    expect(thrown(() => tableFromHistory(over))).toEqual({
      code: 'input.invalid_format',
      path: ['history', 'parts', 0, 'quantity', 0],
    });
  });

  it('refuses what is not a history, naming what it got', () => {
    for (const [value, received] of [
      [null, 'null'],
      ['history', 'string'],
      [42, 'number'],
      [undefined, 'undefined'],
    ] as const) {
      const error = errorOf(() => tableFromHistory(value as never));
      expect([error.code, error.path, error.messages.en]).toEqual([
        'input.invalid_type',
        ['history'],
        `history must be a demand history (from demandHistory) (received ${received})`,
      ]);
      expect(error.messages.zh).toMatch(/^history 应为/);
    }
  });

  it('names the history field that does not read', () => {
    const history = () => stored(sample()) as unknown as Record<string, unknown>;
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ ...history(), months: [] }, ['history', 'months']],
      [{ ...history(), months: '2024-01' }, ['history', 'months']],
      // a gap: 2024-01 to 2024-03 is three months, not two
      [{ ...history(), months: ['2024-01', '2024-03'] }, ['history', 'months']],
      // three months but not the right three
      [{ ...history(), months: ['2024-01', '2024-01', '2024-03'] }, ['history', 'months']],
      // 2024-01 to 2024-02 is two months: a third label is one too many, though the first two fit
      [{ ...history(), months: ['2024-01', '2024-02', '2024-02'] }, ['history', 'months']],
      [{ ...history(), currency: 'yuan' }, ['history', 'currency']],
      [{ ...history(), parts: {} }, ['history', 'parts']],
    ];
    for (const [value, path] of cases) {
      expect(thrown(() => tableFromHistory(value as never))).toEqual({ code: 'input.invalid_format', path });
    }
    const gap = errorOf(() => tableFromHistory({ ...history(), months: ['2024-01', '2024-03'] } as never));
    expect(gap.messages).toEqual({
      en: 'history.months is not a valid consecutive months YYYY-MM',
      zh: 'history.months 不是有效的连续的月份（YYYY-MM）',
    });
    // Each says what it wants.
    const said = (value: Record<string, unknown>) =>
      errorOf(() => tableFromHistory(value as never)).messages.en;
    expect([
      said({ ...history(), months: [] }),
      said({ ...history(), currency: 'yuan' }),
      said({ ...history(), parts: {} }),
    ]).toEqual([
      'history.months is not a valid non-empty list of months YYYY-MM',
      'history.currency is not a valid ISO 4217 currency code',
      'history.parts is not a valid list of part demands',
    ]);
  });

  it('names the part and the field of a part that does not read', () => {
    const PART = 'part number';
    const LIST = 'list of 3 monthly figures';
    const Q = 'decimal string, at most four places';
    const V = 'decimal string, at most eight places';
    const H = 'whole number ≥ 0';
    const D = 'date YYYY-MM-DD';
    const cases: [(part: Record<string, unknown>) => void, (string | number)[], string][] = [
      [(part) => Object.assign(part, { partNumber: '' }), ['partNumber'], PART],
      [(part) => Object.assign(part, { partNumber: 7 }), ['partNumber'], PART],
      [(part) => Object.assign(part, { quantity: '4' }), ['quantity'], LIST],
      [(part) => Object.assign(part, { value: ['40', '-3'] }), ['value'], LIST],
      [(part) => Object.assign(part, { hits: [1, 0, 0, 0] }), ['hits'], LIST],
      [(part) => Object.assign(part, { quantity: [4, '-6', '0'] }), ['quantity', 0], Q],
      [(part) => Object.assign(part, { quantity: ['4', '-6', '0.00001'] }), ['quantity', 2], Q],
      [(part) => Object.assign(part, { value: ['40', 3, '0'] }), ['value', 1], V],
      [(part) => Object.assign(part, { value: ['40', '-3', '1e3'] }), ['value', 2], V],
      [(part) => Object.assign(part, { value: ['0.000000001', '-3', '0'] }), ['value', 0], V],
      [(part) => Object.assign(part, { hits: [1, -1, 0] }), ['hits', 1], H],
      [(part) => Object.assign(part, { hits: [1, 0, 0.5] }), ['hits', 2], H],
      [(part) => Object.assign(part, { hits: ['1', 0, 0] }), ['hits', 0], H],
      [(part) => Object.assign(part, { lastIssueOn: '2024-02-30' }), ['lastIssueOn'], D],
      [(part) => Object.assign(part, { firstReceiptOn: '2023-12' }), ['firstReceiptOn'], D],
      [(part) => Object.assign(part, { netChange: 12 }), ['netChange'], Q],
      [(part) => Object.assign(part, { netChange: '12.00001' }), ['netChange'], Q],
    ];
    for (const [change, path, format] of cases) {
      const error = errorOf(() => tableFromHistory(withPart(change)));
      expect([path, error.code, error.path, error.messages.en.endsWith(` is not a valid ${format}`)]).toEqual(
        [path, 'input.invalid_format', ['history', 'parts', 0, ...path], true],
      );
    }
    // P1 renamed P2: the second entry is then P2 again
    const twice = errorOf(() =>
      tableFromHistory(withPart((part) => Object.assign(part, { partNumber: 'P2' }))),
    );
    expect([twice.path, twice.messages.en]).toEqual([
      ['history', 'parts', 1, 'partNumber'],
      'history.parts[1].partNumber is not a valid each part once',
    ]);
    const copy = stored(sample()) as unknown as { parts: unknown[] };
    copy.parts[1] = null;
    expect(thrown(() => tableFromHistory(copy as never))).toEqual({
      code: 'input.invalid_format',
      path: ['history', 'parts', 1, 'partNumber'],
    });
    copy.parts[1] = 'P2';
    expect(thrown(() => tableFromHistory(copy as never))).toEqual({
      code: 'input.invalid_format',
      path: ['history', 'parts', 1, 'partNumber'],
    });
  });

  it('says in both languages how many monthly figures a part needs', () => {
    const error = errorOf(() => tableFromHistory(withPart((part) => Object.assign(part, { hits: [1] }))));
    expect(error.messages).toEqual({
      en: 'history.parts[0].hits is not a valid list of 3 monthly figures',
      zh: 'history.parts[0].hits 不是有效的 3 个月度数值的列表',
    });
  });
});

describe('tableFromHistory on a hand-made history', () => {
  it('refuses a missing part with a coded error, also when planning', () => {
    // Not made by demandHistory, so it is read field by field: parts[0] is not a part at all.
    const history = {
      timeZone: ZONE,
      months: ['2024-01'],
      currency: 'CNY',
      parts: [undefined],
    } as unknown as DemandHistory;
    const where = { code: 'input.invalid_format', path: ['history', 'parts', 0, 'partNumber'] };
    expect(thrown(() => tableFromHistory(history))).toEqual(where);
    expect(thrown(() => suggestOrder(history))).toEqual(where);
  });
});
