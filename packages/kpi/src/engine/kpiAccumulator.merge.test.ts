import { type AftersalesIssue, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { catalogKpi } from '../catalog';
import { customerBase } from '../catalog/care/customerBase';
import { ro } from '../catalog/care/testing';
import { safetyStock } from '../catalog/parts/safetyStock';
import { movement, snapshot } from '../catalog/parts/testing';
import { detectComebacks } from '../comeback/detectComebacks';
import { type ComputeKpisOptions, createKpiAccumulator, type KpiAccumulator } from './kpiAccumulator';
import { roCount } from './testing';

// What merge compares beyond the refusals of kpiAccumulator.badInput.test.ts: values that differ
// only inside params or the period, the KPI list in either direction, and what a merge adds up.

const options: ComputeKpisOptions = {
  kpis: [roCount],
  groupBy: ['dealer', 'month'],
  timeZone: 'Asia/Shanghai',
};

/** What merging `theirs` into `mine` does: 'merged', or the code of the error it throws. */
function mergeOutcome(mine: KpiAccumulator, theirs: KpiAccumulator): string {
  try {
    mine.merge(theirs);
    return 'merged';
  } catch (error) {
    return isAftersalesError(error)
      ? error.issues.map((issue: AftersalesIssue) => issue.code).join()
      : `uncoded: ${error}`;
  }
}

const outcome = (mine: Partial<ComputeKpisOptions>, theirs: Partial<ComputeKpisOptions>) =>
  mergeOutcome(
    createKpiAccumulator({ ...options, ...mine }),
    createKpiAccumulator({ ...options, ...theirs }),
  );

describe('KpiAccumulator.merge compares options by value', () => {
  it.each<[string, unknown, unknown]>([
    ['numbers', 2, 3],
    ['strings', 'a', 'b'],
    ['booleans', true, false],
    ['a string and a number', '2', 2],
  ])('refuses params whose values differ as %s', (_, a, b) => {
    expect(
      outcome({ params: { 'ro.count': { x: a as never } } }, { params: { 'ro.count': { x: b as never } } }),
    ).toBe('input.invalid');
  });

  it('refuses params of another KPI id, and a KPI params value that differs', () => {
    expect(outcome({ params: { a: { x: 1 } } }, { params: { b: { x: 1 } } })).toBe('input.invalid');
    expect(outcome({ params: { a: 5 as never } }, { params: { a: 6 as never } })).toBe('input.invalid');
  });

  it('merges equal params given in any key order, at either level', () => {
    const keys = ['a', 'b', 'c', 'd'];
    const orders = [
      ['a', 'b', 'c', 'd'],
      ['d', 'c', 'b', 'a'],
      ['c', 'a', 'd', 'b'],
      ['b', 'd', 'a', 'c'],
    ];
    const paramsIn = (order: string[]) =>
      Object.fromEntries(
        order.map((kpi) => [kpi, Object.fromEntries(order.map((name) => [name, keys.indexOf(name)]))]),
      );
    for (const mine of orders) {
      for (const theirs of orders) {
        expect(outcome({ params: paramsIn(mine) }, { params: paramsIn(theirs) })).toBe('merged');
      }
    }
  });

  it('merges params that JSON cannot hold (a bigint, null) when they are the same, with no uncoded error', () => {
    const params = { a: { x: 10n }, b: null, c: { y: null } } as never;
    expect(outcome({ params }, { params })).toBe('merged');
  });

  it('refuses another period with as many days', () => {
    expect(
      outcome(
        { period: { from: '2024-01-01', to: '2024-01-31' } },
        { period: { from: '2024-03-01', to: '2024-03-31' } },
      ),
    ).toBe('input.invalid');
  });

  it('refuses other KPIs whichever side has more, or the same number in another order', () => {
    const both = [roCount, customerBase];
    expect(outcome({ kpis: both }, { kpis: [roCount] })).toBe('input.invalid');
    expect(outcome({ kpis: [roCount] }, { kpis: both })).toBe('input.invalid');
    expect(outcome({ kpis: both }, { kpis: [customerBase, roCount] })).toBe('input.invalid');
    expect(outcome({ kpis: both }, { kpis: [roCount, catalogKpi('care.retention')] })).toBe('input.invalid');
    expect(outcome({ kpis: both }, { kpis: [...both] })).toBe('merged');
  });

  it('refuses accumulators given other comebacks', () => {
    const comebacks = detectComebacks([], { timeZone: 'Asia/Shanghai' });
    expect(outcome({ comebacks }, {})).toBe('input.invalid');
    expect(outcome({ comebacks }, { comebacks })).toBe('merged');
  });
});

describe('KpiAccumulator.merge adds up', () => {
  it('counts the rejections of both', () => {
    const mine = createKpiAccumulator(options);
    const theirs = createKpiAccumulator(options);
    mine.add('repairOrders', { id: 'R1' });
    theirs.add('repairOrders', { id: 'R2' });
    theirs.add('repairOrders', ro('R3', { openedAt: '2024-03-01T10:00:00+08:00' }));
    mine.merge(theirs);
    const report = mine.result();
    expect(report.inputs.repairOrders).toEqual({ read: 3, accepted: 1, rejected: 2 });
    expect(report.rejected.map((rejection) => rejection.row)).toEqual([0, 0]);
  });

  // care.base counts a vehicle in the 12 months after its visit; the report runs to the last row's
  // month. V1 (10 April 2023) and V8 (20 July 2023) apart: April 1, May 1, June 1, July 2.
  it('runs a trailing window to the later part’s last row, merged either way', () => {
    const kpiOptions = { ...options, kpis: [customerBase] };
    const april = ro('R1', { vin: 'V1', openedAt: '2023-04-10T10:00:00+08:00' });
    const july = ro('R8', { vin: 'V8', openedAt: '2023-07-20T10:00:00+08:00' });
    const months = (first: object, second: object) => {
      const mine = createKpiAccumulator(kpiOptions);
      const theirs = createKpiAccumulator(kpiOptions);
      mine.add('repairOrders', first);
      theirs.add('repairOrders', second);
      mine.merge(theirs);
      return mine.result().cells.map((cell) => [cell.period?.label, cell.value]);
    };
    const expected = [
      ['2023-04', '1'],
      ['2023-05', '1'],
      ['2023-06', '1'],
      ['2023-07', '2'],
    ];
    expect(months(april, july)).toEqual(expected);
    expect(months(july, april)).toEqual(expected);
  });

  // parts.safety.stock reads the month's last stock snapshot. March: snapshots of 9,000.00 on the
  // 1st and 6,840.00 on the 31st, in two parts; the later one counts, whichever part holds it.
  // One issue of 30 × 100.00 = 3,000.00 → 1.5 × 3000 = 4500; 6840 ÷ 4500 = 1.52.
  it('keeps the later of two parts’ last values, merged either way', () => {
    const kpiOptions = { ...options, kpis: [safetyStock] };
    const march = (mine: object[], theirs: object[]) => {
      const a = createKpiAccumulator(kpiOptions);
      const b = createKpiAccumulator(kpiOptions);
      for (const record of mine) a.add('inventorySnapshots', record);
      for (const record of theirs) b.add('inventorySnapshots', record);
      a.add('stockMovements', movement('issue_ro', '-30', '100.00', '2024-03-04T10:00:00+08:00'));
      a.merge(b);
      return a.result().cells.map((cell) => [cell.period?.label, cell.numerator, cell.value]);
    };
    const first = snapshot('2024-03-01', '9000.00');
    const last = snapshot('2024-03-31', '6840.00');
    expect(march([first], [last])).toEqual([['2024-03', '6840', '1.52']]);
    expect(march([last], [first])).toEqual([['2024-03', '6840', '1.52']]);
    expect(march([], [last])).toEqual([['2024-03', '6840', '1.52']]);
  });

  it('keeps a group only the merged part has, without a grain and before 1970', () => {
    const mine = createKpiAccumulator({ ...options, groupBy: ['dealer'] });
    const theirs = createKpiAccumulator({ ...options, groupBy: ['dealer'] });
    theirs.add('repairOrders', ro('R1', { openedAt: '1965-06-01T10:00:00+08:00' }));
    mine.merge(theirs);
    expect(mine.result().cells.map((cell) => [cell.group, cell.value])).toEqual([[{ dealer: 'D1' }, '1']]);
  });
});
