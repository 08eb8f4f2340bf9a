import { type AftersalesIssue, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { computeKpis, computeKpisSync, type KpiRecords } from './computeKpis';
import { roCount } from './testing';

const options = { kpis: [roCount], groupBy: ['dealer' as const], timeZone: 'Asia/Shanghai' };
const ro = (id: string, dealerId: string) => ({
  id,
  dealerId,
  vin: 'LSVAU218XN2183294',
  openedAt: '2024-03-01T09:00:00+08:00',
  jobs: [],
});
// Two ROs of D1, one of D2.
const repairOrders = [ro('R1', 'D1'), ro('R2', 'D2'), ro('R3', 'D1')];

async function issueOf(run: () => Promise<unknown>): Promise<AftersalesIssue | string> {
  try {
    await run();
    return 'no error';
  } catch (error) {
    return isAftersalesError(error) ? (error.issues[0] as AftersalesIssue) : `uncoded: ${String(error)}`;
  }
}

describe('computeKpis', () => {
  it('counts the records of an array, a Set or a generator like those of a stream', async () => {
    function* generated() {
      yield* repairOrders;
    }
    for (const list of [repairOrders, new Set(repairOrders), generated()]) {
      const report = await computeKpis({ repairOrders: list }, options);
      expect(report.inputs.repairOrders).toEqual({ read: 3, accepted: 3, rejected: 0 });
      expect(report.cells.map((cell) => [cell.group.dealer, cell.value])).toEqual([
        ['D1', '2'],
        ['D2', '1'],
      ]);
    }
  });

  it('leaves out an input given as undefined', async () => {
    const report = await computeKpis({ repairOrders, complaints: undefined }, options);
    expect(Object.keys(report.inputs)).toEqual(['repairOrders']);
  });

  it('refuses an input list that is not iterable, naming records.<input>', async () => {
    for (const list of [42, null, {}, true]) {
      const issue = await issueOf(() =>
        computeKpis({ repairOrders: list } as unknown as KpiRecords, options),
      );
      expect(issue).toEqual(
        expect.objectContaining({
          code: 'input.invalid_type',
          path: ['records', 'repairOrders'],
          params: { expected: 'an array, an iterable or an async iterable', received: 'something else' },
        }),
      );
    }
  });

  it('refuses records that are not an object of lists, saying what it got', async () => {
    const expected = 'an object of record lists by input (e.g. { repairOrders })';
    const cases: [unknown, string][] = [
      [repairOrders, 'array'],
      [null, 'object'],
      ['repairOrders', 'string'],
    ];
    for (const [records, received] of cases) {
      const issue = await issueOf(() => computeKpis(records as KpiRecords, options));
      expect(issue).toEqual(
        expect.objectContaining({
          code: 'input.invalid_type',
          path: ['records'],
          params: { expected, received },
        }),
      );
    }
  });
});

describe('computeKpisSync', () => {
  it('refuses a null input list with the coded error, naming records.<input>', () => {
    try {
      computeKpisSync({ repairOrders: null } as never, options);
      expect.unreachable();
    } catch (error) {
      expect(isAftersalesError(error) && error.issues).toEqual([
        expect.objectContaining({
          code: 'input.invalid_type',
          path: ['records', 'repairOrders'],
          params: { expected: 'an array, an iterable or an async iterable', received: 'something else' },
        }),
      ]);
    }
  });

  it('refuses an input list that is not iterable, naming records.<input>', () => {
    try {
      computeKpisSync({ complaints: 7 } as never, options);
      expect.unreachable();
    } catch (error) {
      expect(isAftersalesError(error) && error.issues).toEqual([
        expect.objectContaining({
          code: 'input.invalid_type',
          path: ['records', 'complaints'],
          params: { expected: 'an array, an iterable or an async iterable', received: 'something else' },
        }),
      ]);
    }
  });
});
