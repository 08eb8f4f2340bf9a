import { formatExact } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { masterCosts, readStockLines, stockValueOf } from './partsStockLines';
import { createRejectionTally } from './rejectionTally';

describe('readStockLines', () => {
  const master = [
    { partNumber: 'P1', description: 'Oil filter', unit: 'pc', price: '30.00', cost: '18.40', source: 'oem' },
    { partNumber: 'P2', description: 'Clip', unit: 'pc', price: '1.00', source: 'oem' },
  ];

  it("values a position at its own cost, else the master's", () => {
    const tally = createRejectionTally();
    const lines = readStockLines(
      [
        { partNumber: 'P1', onHand: '3' }, // 3 × 18.40 (master) = 55.20
        { partNumber: 'P1X', onHand: '2.5', unitCost: '4.10' }, // 2.5 × 4.10 = 10.25
      ],
      masterCosts(master, new Set()),
      'CNY',
      tally,
    );
    expect(lines.map((line) => formatExact(stockValueOf(line), 2))).toEqual(['55.20', '10.25']);
  });

  it('refuses a position holding stock with no cost anywhere, and values no stock at 0', () => {
    const tally = createRejectionTally();
    const lines = readStockLines(
      [
        { partNumber: 'P2', onHand: '4' },
        { partNumber: 'P2', onHand: '-1', warehouse: 'B' },
      ],
      masterCosts(master, new Set()),
      'CNY',
      tally,
    );
    expect(tally.rejections().map((r) => [r.input, r.row, r.issues[0]?.code, r.issues[0]?.path])).toEqual([
      ['parts.positions', 0, 'parts.no_cost', ['unitCost']],
    ]);
    // Negative book stock holds nothing: valued at 0, not refused.
    expect(lines.map((line) => [line.row, formatExact(stockValueOf(line), 2)])).toEqual([[1, '0.00']]);
  });
});
