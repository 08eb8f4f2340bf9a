import { describe, expect, it } from 'vitest';
import { insertFactRowsSql } from './factInserts';

const shift = {
  source: 'technicianShift',
  values: { id: "S'1", dealerId: 'D', technicianId: 'T', shiftDate: '2024-02-29', attendedHours: '7.5' },
};

describe('insertFactRowsSql', () => {
  it('writes rows as checked literals, grouped by table and batched', () => {
    const { statements, rejected } = insertFactRowsSql(
      [
        shift,
        { ...shift, values: { ...shift.values, id: 'S2', attendedHours: 8 } },
        {
          source: 'complaint',
          values: { id: 'C1', dealerId: 'D', status: 'open', receivedAt: '2024-03-01T08:30:00+08:00' },
        },
      ],
      { dialect: 'postgres', batchSize: 1 },
    );
    expect(rejected).toEqual([]);
    expect(statements).toEqual([
      // The quote in S'1 is doubled; 7.5 is written as a decimal.
      `INSERT INTO technician_shift ("id", "dealer_id", "technician_id", "shift_date", "attended_hours") VALUES\n('S''1', 'D', 'T', DATE '2024-02-29', 7.5)`,
      `INSERT INTO technician_shift ("id", "dealer_id", "technician_id", "shift_date", "attended_hours") VALUES\n('S2', 'D', 'T', DATE '2024-02-29', 8)`,
      // 08:30 at +08:00 is 00:30 UTC; fields not given are NULL.
      `INSERT INTO complaint ("id", "dealer_id", "ro_id", "status", "category", "received_at", "resolved_at", "closed_at") VALUES\n('C1', 'D', NULL, 'open', NULL, CAST('2024-03-01T00:30:00.000Z' AS TIMESTAMPTZ), NULL, NULL)`,
    ]);
  });

  it('rejects a row with its index and issues, and writes the others', () => {
    const { statements, rejected } = insertFactRowsSql(
      [
        { source: 'nope', values: {} },
        { ...shift, values: { ...shift.values, attendedHours: '1.23456', extra: 1 } },
        { ...shift, values: { ...shift.values, shiftDate: null } },
        shift,
      ],
      { dialect: 'duckdb' },
    );
    expect(statements).toHaveLength(1);
    expect(rejected.map((r) => [r.row, r.issues.map((issue) => issue.code)])).toEqual([
      [0, ['input.invalid_value']],
      [1, ['input.unrecognized_keys', 'input.invalid_format']],
      [2, ['input.required']],
    ]);
  });

  it('throws coded errors for bad options', () => {
    expect(() => insertFactRowsSql([], { dialect: 'duckdb', batchSize: 0 })).toThrow(
      expect.objectContaining({ code: 'input.too_small' }),
    );
    expect(() => insertFactRowsSql({} as never, { dialect: 'duckdb' })).toThrow(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });
});
