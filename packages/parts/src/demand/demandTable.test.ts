import { describe, expect, it } from 'vitest';
import { movement, ZONE } from '../testing';
import {
  addMovements,
  addValue,
  cellValue,
  createDemandTable,
  type DemandTable,
  ISSUE,
  type MovementKind,
  type MovementTally,
  partRow,
  RECEIPT,
  RETURN,
} from './demandTable';
import { demandWindow } from './demandWindow';

const SAFE = Number.MAX_SAFE_INTEGER; // 2⁵³ − 1 = 9,007,199,254,740,991
const Q1 = { timeZone: ZONE, from: '2024-01', to: '2024-03' } as const;
// 1 January 2024 is day 19,723 since 1970-01-01: 54 years × 365 + 13 leap days (1972 … 2020).
const JAN_1 = 19_723;

const tally = (): MovementTally => ({
  read: 0,
  rejected: 0,
  beforeWindow: 0,
  afterWindow: 0,
  rejections: [],
});

/** A fresh table over Q1 (three months) and what `rows` left in it. */
function read(
  rows: readonly unknown[],
  capacity = 4,
): { table: DemandTable; count: MovementTally; calls: [number, MovementKind, number, number, number][] } {
  const table = createDemandTable(demandWindow(Q1), 'CNY', capacity);
  const count = tally();
  const calls: [number, MovementKind, number, number, number][] = [];
  addMovements(table, rows, { transfersAreDemand: false, onMovement: (...call) => calls.push(call) }, count);
  return { table, count, calls };
}

describe('partRow', () => {
  it('gives a part the same row each time and new parts the next rows', () => {
    const table = createDemandTable(demandWindow(Q1), 'CNY', 4);
    expect([partRow(table, 'A'), partRow(table, 'B'), partRow(table, 'A'), partRow(table, 'C')]).toEqual([
      0, 1, 0, 2,
    ]);
    expect(table.partNumbers).toEqual(['A', 'B', 'C']);
  });

  it('grows a full table to twice its parts, keeping every figure and leaving new rows empty', () => {
    // Capacity 1 over three months: the second part doubles it to 2, the third to 4 (12 cells).
    const table = createDemandTable(demandWindow(Q1), 'CNY', 1);
    const first = partRow(table, 'A');
    table.quantity[2] = 30_000;
    table.value[2] = 450_000_000;
    table.hits[2] = 3;
    table.lastIssueDay[first] = JAN_1 + 70;
    table.firstReceiptDay[first] = JAN_1;
    table.netChange[first] = -30_000;
    expect([partRow(table, 'B'), partRow(table, 'C')]).toEqual([1, 2]);
    expect([table.quantity.length, table.value.length, table.hits.length]).toEqual([12, 12, 12]);
    expect([table.lastIssueDay.length, table.firstReceiptDay.length, table.netChange.length]).toEqual([
      4, 4, 4,
    ]);
    expect([...table.quantity]).toEqual([0, 0, 30_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...table.value]).toEqual([0, 0, 450_000_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...table.hits]).toEqual([0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // No issue and no receipt seen for the new rows: NaN, not day 0 (1 January 1970).
    expect([...table.lastIssueDay]).toEqual([JAN_1 + 70, Number.NaN, Number.NaN, Number.NaN]);
    expect([...table.firstReceiptDay]).toEqual([JAN_1, Number.NaN, Number.NaN, Number.NaN]);
    expect([...table.netChange]).toEqual([-30_000, 0, 0, 0]);
  });
});

describe('addValue and cellValue', () => {
  it('keeps a cell a number up to ±(2⁵³ − 1) exactly, and moves it to BigInt one past', () => {
    const table = createDemandTable(demandWindow(Q1), 'CNY', 1);
    addValue(table, 0, 5);
    addValue(table, 0, SAFE - 5);
    expect(cellValue(table, 0)).toBe(SAFE);
    addValue(table, 1, -SAFE);
    expect(cellValue(table, 1)).toBe(-SAFE);
    expect(table.spilled.size).toBe(0);
    // One more either way leaves the safe range: the exact sum goes to `spilled`, the cell to NaN.
    addValue(table, 0, 1);
    addValue(table, 1, -1);
    expect(cellValue(table, 0)).toBe(9_007_199_254_740_992n);
    expect(cellValue(table, 1)).toBe(-9_007_199_254_740_992n);
    expect([table.value[0], table.value[1]]).toEqual([Number.NaN, Number.NaN]);
  });

  it('adds numbers and BigInts to a spilled cell exactly, and keeps it spilled', () => {
    const table = createDemandTable(demandWindow(Q1), 'CNY', 1);
    addValue(table, 2, SAFE);
    addValue(table, 2, 10n ** 17n); // 9,007,199,254,740,991 + 10¹⁷ = 109,007,199,254,740,991
    expect(cellValue(table, 2)).toBe(109_007_199_254_740_991n);
    // Back under 2⁵³ after a small number: still BigInt (a spilled cell never returns).
    addValue(table, 2, -(10 ** 15));
    addValue(table, 2, -(10n ** 17n) + 10n ** 15n - 1n);
    expect(cellValue(table, 2)).toBe(9_007_199_254_740_990n);
    // A BigInt added to a number cell in range spills it too.
    addValue(table, 0, 7);
    addValue(table, 0, 3n);
    expect(cellValue(table, 0)).toBe(10n);
  });
});

describe('addMovements', () => {
  it('tells the listener of issues, returns and receipts with their local day, units and cost (× 10⁴)', () => {
    const { table, calls, count } = read([
      movement('P1', 'receipt', '5', '2024-01-02', { unitCost: '2.5' }),
      movement('P1', 'issue_ro', '1.5', '2024-01-10', { unitCost: '2.5' }),
      movement('P1', 'return_from_customer', '0.5', '2024-02-01', { unitCost: '2.5' }),
      // stock only: never told
      movement('P1', 'adjustment', '-1', '2024-02-02'),
      movement('P1', 'stocktake_adjustment', '2', '2024-02-03'),
      movement('P1', 'return_to_supplier', '1', '2024-02-04'),
      movement('P1', 'transfer_out', '1', '2024-02-05'),
      // before the window: told (the backtest replays it); after it: not
      movement('P2', 'counter_sale', '3', '2023-12-31'),
      movement('P2', 'counter_sale', '3', '2024-04-01'),
    ]);
    expect(calls).toEqual([
      [0, RECEIPT, JAN_1 + 1, 50_000, 25_000],
      [0, ISSUE, JAN_1 + 9, -15_000, 25_000],
      [0, RETURN, JAN_1 + 31, 5_000, 25_000],
      [1, ISSUE, JAN_1 - 1, -30_000, 100_000],
    ]);
    expect([count.read, count.rejected, count.beforeWindow, count.afterWindow]).toEqual([9, 0, 1, 1]);
    // P1: +5 − 1.5 + 0.5 − 1 + 2 − 1 − 1 = 3; P2: −3 (the April sale is not counted)
    expect([table.netChange[0], table.netChange[1]]).toEqual([30_000, -30_000]);
  });

  it('keeps the latest issue and the earliest receipt whatever order the rows come in', () => {
    const { table } = read([
      movement('P1', 'issue_ro', '1', '2024-03-10'),
      movement('P1', 'issue_ro', '1', '2024-01-05'),
      // returns, adjustments and returns to the supplier before the first receipt date nothing
      movement('P1', 'return_from_customer', '1', '2024-01-02'),
      movement('P1', 'adjustment', '1', '2024-01-03'),
      movement('P1', 'receipt', '4', '2024-01-06'),
      movement('P1', 'receipt', '4', '2024-01-04'),
      movement('P1', 'receipt', '4', '2024-02-06'),
    ]);
    // 10 March is day 31 + 29 + 9 = 69 of the year; 4 January day 3.
    expect([table.lastIssueDay[0], table.firstReceiptDay[0]]).toEqual([JAN_1 + 69, JAN_1 + 3]);
  });

  it('keeps a cell whose value stays within 2⁵³ a number, exactly at the limit too', () => {
    // 0.6361 × 141,600,365.5831 = 90,071,992.54740991: in fixed units 6,361 × 1,416,003,655,831
    // = 9,007,199,254,740,991 = 2⁵³ − 1, the largest a number holds exactly.
    const cost = { unitCost: '141600365.5831' };
    const { table } = read([
      movement('P1', 'counter_sale', '0.6361', '2024-01-10', cost),
      movement('P1', 'return_from_customer', '0.6361', '2024-02-10', cost),
      movement('P1', 'issue_ro', '2', '2024-03-10'),
    ]);
    expect([...table.value.slice(0, 3)]).toEqual([SAFE, -SAFE, 2_000_000_000]);
    expect(table.spilled.size).toBe(0);
  });

  it('moves a cell to BigInt when a month adds up past 2⁵³, exactly, both ways', () => {
    const cost = { unitCost: '141600365.5831' };
    const { table } = read([
      movement('P1', 'counter_sale', '0.6361', '2024-01-10', cost),
      movement('P1', 'counter_sale', '0.6361', '2024-01-11', cost),
      movement('P1', 'return_from_ro', '0.6361', '2024-02-10', cost),
      movement('P1', 'return_from_customer', '0.6361', '2024-02-11', cost),
    ]);
    // 2 × (2⁵³ − 1) = 18,014,398,509,481,982 (floats would give …984)
    expect([cellValue(table, 0), cellValue(table, 1)]).toEqual([
      18_014_398_509_481_982n,
      -18_014_398_509_481_982n,
    ]);
    expect([...table.hits.slice(0, 3)]).toEqual([2, 0, 0]);
  });

  it('values a line past 2⁵³ in BigInt, both ways', () => {
    // 100,000 × 800,000,000.0001 = 80,000,000,000,010 per line: × 10⁸ = 8,000,000,000,001,000,000,000
    const cost = { unitCost: '800000000.0001' };
    const { table } = read([
      movement('P1', 'counter_sale', '100000', '2024-01-10', cost),
      movement('P1', 'return_from_customer', '100000', '2024-02-10', cost),
    ]);
    expect([cellValue(table, 0), cellValue(table, 1)]).toEqual([
      8_000_000_000_001_000_000_000n,
      -8_000_000_000_001_000_000_000n,
    ]);
  });
});
