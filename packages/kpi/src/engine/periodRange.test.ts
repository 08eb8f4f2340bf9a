import type { RepairOrderInput } from '@aftersales/core';
import { repairOrderRecords } from '@aftersales/testkit';
import { describe, expect, it } from 'vitest';
import { catalogKpi } from '../catalog';
import { computeKpisSync } from './computeKpis';

/**
 * A record dated where no period can be built (a DMS placeholder like 9999-12-31, a year 0000
 * typo) used to fail the whole batch with `time.invalid_date` at `dayNumber` when its month or
 * window was built (found by tests/robustness/kpi-public-api.test.ts). It is one rejection now,
 * at its period field; the other records still count.
 */

const ros = [...repairOrderRecords({ seed: 3, count: 4, startDate: '2024-03-01' })] as RepairOrderInput[];
const closed = ros.filter((ro) => ro.closedAt !== undefined);
// ro.count is placed by closedAt; care.retention's trailing window reads the same ROs by another field.
const roCount = catalogKpi('ro.count');
const kpis = [roCount, catalogKpi('care.retention')];

describe('computeKpisSync with a period date no period can hold', () => {
  it.each([
    ['9999-12-31T10:00:00+08:00', 'input.too_big', { maximum: '9799-12-31' }],
    ['9800-01-01T00:00:00+08:00', 'input.too_big', { maximum: '9799-12-31' }],
    ['0000-01-01T00:00:00+00:00', 'input.too_small', { minimum: '0100-01-01' }],
    ['0099-12-31T12:00:00+00:00', 'input.too_small', { minimum: '0100-01-01' }],
  ])('rejects an RO closed at %s with %s at closedAt, and counts the others', (closedAt, code, params) => {
    const records = { repairOrders: [{ ...closed[0], closedAt }, ...closed.slice(1)] };
    const report = computeKpisSync(records, { kpis, groupBy: ['month'], timeZone: 'Asia/Shanghai' });
    expect(report.inputs.repairOrders).toEqual({
      read: closed.length,
      accepted: closed.length - 1,
      rejected: 1,
    });
    expect(
      report.rejected.map((r) => [r.row, r.issues.map((issue) => [issue.code, issue.path, issue.params])]),
    ).toEqual([[0, [[code, ['closedAt'], params]]]]);
  });

  it('places the first and last days it allows', () => {
    const records = {
      repairOrders: [
        { ...closed[0], closedAt: '0100-01-01T12:00:00+08:00' },
        { ...closed[1], closedAt: '9799-12-31T12:00:00+08:00' },
      ],
    };
    const report = computeKpisSync(records, {
      kpis: [roCount],
      groupBy: ['year'],
      timeZone: 'Asia/Shanghai',
    });
    expect(report.rejected).toEqual([]);
    expect(report.cells.map((cell) => [cell.period?.label, cell.value])).toEqual([
      ['0100', '1'],
      ['9799', '1'],
    ]);
  });

  it('without a grain, places any date', () => {
    const records = { repairOrders: [{ ...closed[0], closedAt: '9999-12-31T10:00:00+08:00' }] };
    const report = computeKpisSync(records, { kpis: [roCount], groupBy: [], timeZone: 'Asia/Shanghai' });
    expect(report.rejected).toEqual([]);
  });
});
