import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { countDistinct, field } from './builders';
import { defineKpi } from './defineKpi';
import type { KpiDefinition } from './kpiDefinition';

const base: KpiDefinition = {
  id: 'test.retained',
  area: 'care',
  name: { en: 'Vehicles seen in 12 months', zh: '近 12 个月进厂车辆' },
  formula: { en: 'distinct VINs over a trailing year', zh: '近一年不同车辆数' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: { vins: countDistinct(field('vin'), { window: { months: 12 } }) },
  numerator: 'vins',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: 'manual:catalog.care.retention',
};

function refusal(changes: Record<string, unknown>): string {
  try {
    defineKpi({ ...base, ...changes } as KpiDefinition);
    return 'defined';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return `${error.code}: ${String(error.issues[0]?.params?.reason)}`;
  }
}

describe('defineKpi', () => {
  it('checks the expressions of "as of" measures too (they need a calendar grain to be compiled)', () => {
    expect(refusal({})).toBe('defined');
    expect(
      refusal({ measures: { vins: countDistinct(field('noSuchField'), { window: { months: 12 } }) } }),
    ).toBe("kpi.invalid_definition: vins.of: 'noSuchField' is not a field of repairOrder");
  });

  it('takes no inherited key for a drill field, and no String() of an object for a unit', () => {
    expect(refusal({ drill: ['vin', 'toString'] })).toBe(
      'kpi.invalid_definition: drill lists fields of the KPI source',
    );
    expect(refusal({ unit: Object.create(null) })).toBe("kpi.invalid_definition: unknown unit 'object'");
  });
});
