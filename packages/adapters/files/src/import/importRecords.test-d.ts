import type { Part, RepairOrder, StockMovement } from '@aftersales/core';
import { describe, expectTypeOf, it } from 'vitest';
import { importRecords } from './importRecords';
import type { ClaimPartRow, LaborLineRow, RepairOrderChargeRow } from './kindRecords';
import { streamRecords } from './streamRecords';

describe('record types by kind', () => {
  it('types each result by the kind asked for', async () => {
    const parts = await importRecords('parts.csv', { kind: 'parts', timeZone: 'Asia/Shanghai' });
    const first = parts.results[0];
    if (first?.ok) expectTypeOf(first.value).toEqualTypeOf<Part>();
    const labor = await importRecords('labor.csv', { kind: 'laborLines', timeZone: 'Asia/Shanghai' });
    if (labor.results[0]?.ok) expectTypeOf(labor.results[0].value).toEqualTypeOf<LaborLineRow>();
    const ro = await importRecords('ro.csv', { kind: 'repairOrders', timeZone: 'Asia/Shanghai' });
    if (ro.results[0]?.ok) expectTypeOf(ro.results[0].value).toEqualTypeOf<RepairOrder>();
    const claimed = await importRecords('c.csv', { kind: 'claimParts', timeZone: 'Asia/Shanghai' });
    if (claimed.results[0]?.ok) expectTypeOf(claimed.results[0].value).toEqualTypeOf<ClaimPartRow>();
    const charges = await importRecords('c.csv', { kind: 'roCharges', timeZone: 'Asia/Shanghai' });
    if (charges.results[0]?.ok) expectTypeOf(charges.results[0].value).toEqualTypeOf<RepairOrderChargeRow>();
  });

  it('streams the same types', () => {
    const stream = streamRecords({ text: '' }, { kind: 'stockMovements', timeZone: 'Asia/Shanghai' });
    expectTypeOf(stream).toExtend<
      AsyncIterable<{ row: number; ok: true; value: StockMovement } | { row: number; ok: false }>
    >();
  });

  it('refuses a kind that is not one', () => {
    // @ts-expect-error: vehicles are not a file kind
    void importRecords('v.csv', { kind: 'vehicles', timeZone: 'Asia/Shanghai' });
  });
});
