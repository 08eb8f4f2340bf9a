import { describe, expect, it } from 'vitest';
import { createFlatReader, fieldIndexes } from './factReader';
import { kpiSources } from './kpiSources';

const source = kpiSources.stockMovement as NonNullable<(typeof kpiSources)['stockMovement']>;
const movement = {
  id: 'M-1',
  dealerId: 'DLR-001',
  partNumber: 'PAD-1',
  currency: 'CNY',
  quantity: '2',
  unitCost: '150',
  occurredAt: '2024-03-01T09:00:00+08:00',
};

describe('createFlatReader', () => {
  it('maps a code through own keys only: a movement type toString has no channel, like any unknown type', () => {
    const reader = createFlatReader(source);
    const channel = fieldIndexes(source).channel as number;
    for (const type of ['toString', '__proto__', 'no-such-type']) {
      expect(reader.read({ ...movement, type })).toEqual([]);
      expect(reader.rows[0]?.[0]?.[channel]).toBeUndefined();
    }
  });

  it('rejects a record that is not an object, naming its JSON type at the root', () => {
    const reader = createFlatReader(source);
    for (const [record, received] of [
      [null, 'null'],
      [[movement], 'array'],
      ['M-1', 'string'],
    ] as const) {
      expect(reader.read(record).map(({ code, path, params }) => ({ code, path, params }))).toEqual([
        { code: 'input.invalid_type', path: [], params: { expected: 'an object', received } },
      ]);
      expect(reader.counts).toEqual([0]);
    }
  });

  it('rejects a record without a required field, or with it null, naming each such field', () => {
    const reader = createFlatReader(source);
    const { partNumber: _partNumber, ...noPartNumber } = movement;
    const issues = reader.read({ ...noPartNumber, type: 'return_from_customer', quantity: null });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'input.required', path: ['partNumber'] },
      { code: 'input.required', path: ['quantity'] },
    ]);
    expect(reader.counts).toEqual([0]);
  });
});
