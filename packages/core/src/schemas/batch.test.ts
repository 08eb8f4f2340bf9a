import { describe, expect, it } from 'vitest';
import { exampleRecords } from './examples';
import { parseRecords } from './parse';
import { PartSchema } from './part';
import { RepairOrderSchema } from './repairOrder';
import { withChanges } from './testing';

describe('parseRecords', () => {
  it('returns one result per row, in input order, with the counts', () => {
    const { part } = exampleRecords;
    const rows = [
      part,
      withChanges(part, { price: 'free' }),
      withChanges(part, {
        partNumber: '06L115562B',
        unit: '个',
        allowsFractionalQuantity: false,
        packSize: '1',
      }),
      42,
      withChanges(part, { supersededBy: 'G052195M4' }),
    ];
    const batch = parseRecords(PartSchema, rows);
    expect(batch.results.map((result) => [result.row, result.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(batch.accepted).toBe(2);
    expect(batch.rejected).toBe(3);
    const paths = batch.results.flatMap((result) =>
      result.ok ? [] : result.issues.map((issue) => issue.path),
    );
    expect(paths).toEqual([[1, 'price'], [3], [4, 'supersededBy']]);
  });

  it('keeps a bad row from stopping the good ones in a batch of repair orders', () => {
    const good = exampleRecords.repairOrder;
    const rows = Array.from({ length: 50 }, (_, index) =>
      index % 7 === 3 ? withChanges(good, { odometerOutKm: 1 }) : withChanges(good, { id: `RO-${index}` }),
    );
    const batch = parseRecords(RepairOrderSchema, rows);
    expect(batch.results).toHaveLength(50);
    expect(batch.rejected).toBe(7);
    expect(
      batch.results.every((result, index) => result.row === index && result.ok === (index % 7 !== 3)),
    ).toBe(true);
    const rejected = batch.results.find((result) => !result.ok);
    expect(rejected?.ok === false && rejected.issues[0]?.path).toEqual([3, 'odometerOutKm']);
  });
});

describe('parseRecord / parseRecords with a wrong schema argument', () => {
  it('gives a coded error naming the schema, not a TypeError', async () => {
    const { parseRecord, parseRecords, safeParseRecord } = await import('./parse');
    expect(() => parseRecord(undefined as never, {})).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['schema'] }),
    );
    expect(() => parseRecords({} as never, [])).toThrowError(expect.objectContaining({ path: ['schema'] }));
    expect(safeParseRecord(null as never, {})).toMatchObject({ ok: false, issues: [{ path: ['schema'] }] });
  });
});
