import { isAftersalesError, type RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { comebackRate } from '../catalog/service/comebackRate';
import { drillDown } from './drillDown';

const MARCH = { grain: 'month', label: '2024-03', from: '2024-03-01', to: '2024-03-31' } as const;
const byDealerAndMonth = { groupBy: ['dealer', 'month'] as const, timeZone: 'Asia/Shanghai' };

/** A closed, customer-paid RO opened on `opened` at 09:00 Beijing time. */
function paidRo(id: string, opened: string): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'DLR-001',
    vin: 'LSVAU218XN2183294',
    advisorId: 'SA-1',
    kind: 'repair',
    currency: 'CNY',
    status: 'closed',
    openedAt: `${opened}T09:00:00+08:00`,
    closedAt: `${opened}T18:00:00+08:00`,
    jobs: [{ id: `${id}-J1`, concern: '异响', system: 'brakes', authorization: 'approved', payType: 'CP' }],
  };
}

/** The code, path and params of the coded error `run` throws (or what else it did). */
async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
    return 'no error';
  } catch (error) {
    if (!isAftersalesError(error)) return `uncoded: ${String(error)}`;
    const [issue] = error.issues;
    return { code: issue?.code, path: issue?.path, params: issue?.params };
  }
}

describe('drillDown (options and cell checks)', () => {
  const good = {
    ...byDealerAndMonth,
    kpi: comebackRate,
    cell: { group: { dealer: 'DLR-001' }, period: MARCH },
  };
  const records = { repairOrders: [paidRo('R1', '2024-03-04')] };

  it('rejects options that are null or not an object, naming options', async () => {
    expect(await thrown(() => drillDown(records, null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
      params: { expected: 'an object', received: 'null' },
    });
    expect(await thrown(() => drillDown(records, 'month' as never))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
      params: { expected: 'an object', received: 'string' },
    });
  });

  it('rejects an unknown time zone, naming timeZone', async () => {
    const result = await thrown(() => drillDown(records, { ...good, timeZone: 'Mars/Olympus' }));
    expect(result).toMatchObject({ code: 'time.invalid_zone', path: ['timeZone'] });
  });

  it.each([
    ['null', null, 'null'],
    ['a string', '2024-03', 'string'],
    ['a function, even one with a group', Object.assign(() => undefined, { group: {} }), 'function'],
    ['a cell whose group is null', { group: null }, 'object'],
    ['a cell whose group is a string', { group: 'DLR-001' }, 'object'],
    ['a cell whose period is a string', { group: { dealer: 'DLR-001' }, period: '2024-03' }, 'object'],
    ['a cell whose period is null', { group: { dealer: 'DLR-001' }, period: null }, 'object'],
  ])('rejects as the cell %s, naming cell', async (_, cell, received) => {
    expect(await thrown(() => drillDown(records, { ...good, cell: cell as never }))).toEqual({
      code: 'input.invalid_type',
      path: ['cell'],
      params: { expected: 'a KPI cell', received },
    });
  });

  it('rejects an input that is not a list, naming it, and reads an async iterable like an array', async () => {
    expect(await thrown(() => drillDown({ repairOrders: null } as never, good))).toEqual({
      code: 'input.invalid_type',
      path: ['records', 'repairOrders'],
      params: { expected: 'an array, an iterable or an async iterable', received: 'something else' },
    });
    async function* stream() {
      yield paidRo('R1', '2024-03-04');
      yield paidRo('R2', '2024-03-05');
    }
    const drilled = await drillDown({ repairOrders: stream() }, good);
    expect(drilled.measures.ros?.rows.map((row) => [row.id, row.row])).toEqual([
      ['R1', 0],
      ['R2', 1],
    ]);
  });

  it('refuses the period dates the report refuses, with the same codes', async () => {
    // 2024-02-30 is no calendar date; a period ending before it starts is no range.
    const period = (from: unknown, to: unknown) => ({ ...good, period: { from, to } as never });
    expect(await thrown(() => drillDown(records, period('2024-02-30', '2024-03-31')))).toEqual({
      code: 'time.invalid_date',
      path: ['period', 'from'],
      params: { value: '2024-02-30' },
    });
    expect(await thrown(() => drillDown(records, period('2024-03-01', undefined)))).toEqual({
      code: 'time.invalid_date',
      path: ['period', 'to'],
      params: { value: 'undefined' },
    });
    expect(await thrown(() => drillDown(records, period('2024-03-31', '2024-03-01')))).toEqual({
      code: 'time.invalid_range',
      path: ['period', 'to'],
      params: undefined,
    });
    // A one-day period is a range: the RO of 2024-03-04 is its only row.
    const oneDay = await drillDown(records, period('2024-03-04', '2024-03-04'));
    expect(oneDay.measures.ros?.rows.map((row) => row.id)).toEqual(['R1']);
  });
});
