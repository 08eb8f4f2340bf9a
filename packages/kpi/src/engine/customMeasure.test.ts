import { isAftersalesError, type RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { field } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import type { CustomMeasure, KpiDefinition } from '../definition/kpiDefinition';
import { computeKpisSync } from './computeKpis';
import { createKpiAccumulator } from './kpiAccumulator';

// The escape hatch: the largest sold hours on one labor line, something the expression language
// has no aggregate for. Its state is a decimal string; merge keeps the larger.
const largest: CustomMeasure<string | null> = {
  agg: 'custom',
  where: field('counted'),
  init: () => null,
  add: (state, read) => {
    const hours = read('soldHours');
    if (typeof hours !== 'string') return state;
    return state === null || Number(hours) > Number(state) ? hours : state;
  },
  merge: (a, b) => (a === null ? b : b === null ? a : Number(a) >= Number(b) ? a : b),
  result: (state) => state ?? '0',
};

const definition: KpiDefinition = {
  id: 'test.largest.line',
  area: 'service',
  name: { en: 'Largest line', zh: '最大工时行' },
  formula: { en: 'max sold hours of a line', zh: '单行最大结算工时' },
  source: 'laborLine',
  periodBy: 'roClosedAt',
  measures: { largest: largest as CustomMeasure },
  numerator: 'largest',
  unit: 'hours',
  direction: 'none',
  cite: 'manual:catalog.ro.hours.avg',
  inMemoryOnly: true,
};

function ro(id: string, hours: string[], extra: Partial<RepairOrderInput> = {}): RepairOrderInput {
  return {
    id,
    roNumber: id,
    dealerId: 'DLR-001',
    vin: 'LSVAU218XN2183294',
    advisorId: 'SA-1',
    kind: 'repair',
    status: 'closed',
    openedAt: '2024-03-01T09:00:00+08:00',
    closedAt: '2024-03-02T09:00:00+08:00',
    jobs: [
      {
        id: 'J1',
        concern: '检查',
        authorization: 'approved',
        payType: 'CP',
        laborLines: hours.map((soldHours, i) => ({
          id: `L${i}`,
          opCode: 'X',
          description: '检修',
          soldHours,
          payType: 'CP',
        })),
      },
    ],
    ...extra,
  };
}

describe('a custom measure', () => {
  it('is refused unless its KPI is marked in-memory only', () => {
    try {
      defineKpi({ ...definition, inMemoryOnly: false });
      expect.unreachable();
    } catch (error) {
      expect(isAftersalesError(error) && error.issues[0]?.code).toBe('kpi.invalid_definition');
    }
  });

  it('counts like any measure, its where included, and merges across partitions', () => {
    // Lines 1.2, 3.5 (RO A), 0.8 (RO B); RO C's 9.9 is cancelled: the largest counted is 3.5.
    const records = [ro('A', ['1.2', '3.5']), ro('B', ['0.8']), ro('C', ['9.9'], { status: 'cancelled' })];
    const options = { kpis: [defineKpi(definition)], groupBy: ['month' as const], timeZone: 'Asia/Shanghai' };
    expect(computeKpisSync({ repairOrders: records }, options).cells.map((c) => c.value)).toEqual(['3.5']);
    const left = createKpiAccumulator(options);
    const right = createKpiAccumulator(options);
    left.add('repairOrders', records[1]);
    right.add('repairOrders', records[0]);
    right.add('repairOrders', records[2]);
    left.merge(right);
    expect(left.result().cells.map((c) => c.value)).toEqual(['3.5']);
  });
});
