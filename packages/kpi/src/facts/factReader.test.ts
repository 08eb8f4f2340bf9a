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
});
