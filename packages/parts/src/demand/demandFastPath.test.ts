import { StockMovementSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { demandHistory } from '../index';
import { at, ZONE } from '../testing';

const Q1 = { timeZone: ZONE, from: '2024-01', to: '2024-03' } as const;

// Rows the fast reader must leave to StockMovementSchema: the schema is the contract, and the
// fast path only reads faster what the schema reads the same. The expected code comes from the
// schema itself (a second reading), not from demandHistory.
const row = (over: Record<string, unknown>) => ({
  id: 'MV-1',
  partNumber: 'P1',
  type: 'counter_sale',
  quantity: '-1',
  unitCost: '10',
  occurredAt: at('2024-01-10'),
  ...over,
});

const schemaRefuses = (record: Record<string, unknown>) => !StockMovementSchema.safeParse(record).success;

describe('demandHistory: rows the schema refuses are refused on the fast path too', () => {
  it.each(['-0', '-0.00'])(
    'refuses a unit cost of minus zero (%s) at unitCost, as the schema does',
    (cost) => {
      const record = row({ unitCost: cost });
      expect(schemaRefuses(record)).toBe(true);
      const history = demandHistory([record], Q1);
      expect(history.rejections.map((r) => [r.row, r.issues.map((i) => i.path)])).toEqual([
        [0, [['unitCost']]],
      ]);
      expect(history.parts).toEqual([]);
    },
  );

  // The schema takes a JSON number as its decimal text: −0.1 − 0.2 is '-0.30000000000000004', 17
  // places, more than the four a quantity or cost may have (input.invalid_format). The fast reader
  // rounded it to 0.3 and counted it.
  it.each([
    ['quantity', { quantity: -(0.1 + 0.2) }],
    ['unitCost', { unitCost: 0.1 + 0.2 }],
  ])('refuses a JSON number with float noise at %s, not rounded into the demand', (field, over) => {
    const history = demandHistory([row(over)], Q1);
    expect(history.rejections.map((r) => [r.row, r.issues.map((i) => [i.code, i.path])])).toEqual([
      [0, [['input.invalid_format', [field]]]],
    ]);
    expect(history.parts).toEqual([]);
  });

  it('still takes a whole JSON number and a plain zero cost the schema accepts', () => {
    const history = demandHistory([row({ quantity: -2, unitCost: '0' })], Q1);
    expect(history.rejections).toEqual([]);
    // a counter sale of 2 in January at no cost
    expect(history.parts[0]?.quantity).toEqual(['2', '0', '0']);
    expect(history.parts[0]?.value).toEqual(['0', '0', '0']);
  });
});
