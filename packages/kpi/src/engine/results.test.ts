import { describe, expect, it } from 'vitest';
import { count } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import type { CustomMeasure, KpiDefinition } from '../definition/kpiDefinition';
import { computeKpisSync } from './computeKpis';

const base = {
  area: 'service',
  name: { en: 'ROs', zh: '工单' },
  formula: { en: 'ROs opened', zh: '开单数' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  unit: 'count',
  direction: 'none',
  precision: 0,
  cite: 'manual:catalog.ro.count',
} as const;

const ro = (id: string, advisorId?: string) => ({
  id,
  dealerId: 'D1',
  vin: 'LSVAU218XN2183294',
  openedAt: '2024-03-01T09:00:00+08:00',
  jobs: [],
  ...(advisorId === undefined ? {} : { advisorId }),
});

describe('the cells of a report', () => {
  it('come in dimension order, the group with no value first, whatever the row order', () => {
    const kpi = defineKpi({ ...base, id: 'test.ro.count', measures: { ros: count() }, numerator: 'ros' });
    const repairOrders = [ro('R1', 'Z-9'), ro('R2', 'A-1'), ro('R3'), ro('R4', 'Z-9')];
    for (const rows of [repairOrders, [...repairOrders].reverse()]) {
      const report = computeKpisSync(
        { repairOrders: rows },
        { kpis: [kpi], groupBy: ['advisor'], timeZone: 'Asia/Shanghai' },
      );
      expect(report.cells.map((cell) => [cell.group.advisor, cell.value])).toEqual([
        [null, '1'],
        ['A-1', '1'],
        ['Z-9', '2'],
      ]);
    }
  });

  it('say "no data", and why, when a custom measure gives no number', () => {
    const unknown: CustomMeasure<null> = {
      agg: 'custom',
      init: () => null,
      add: (state) => state,
      merge: (a) => a,
      result: () => 'n/a',
    };
    const definition: KpiDefinition = {
      ...base,
      id: 'test.custom.nan',
      measures: { unknown: unknown as CustomMeasure },
      numerator: 'unknown',
      inMemoryOnly: true,
    };
    const report = computeKpisSync(
      { repairOrders: [ro('R1')] },
      { kpis: [defineKpi(definition)], groupBy: [], timeZone: 'Asia/Shanghai' },
    );
    expect(report.cells).toEqual([
      expect.objectContaining({
        status: 'no_data',
        value: null,
        numerator: null,
        reason: { en: 'the custom measure gave no number', zh: '自定义度量未返回数值' },
      }),
    ]);
  });
});
