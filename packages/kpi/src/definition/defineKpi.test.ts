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

/** The Chinese message of the refusal (without its field path), or 'defined'. */
function refusalZh(changes: Record<string, unknown>): string {
  try {
    defineKpi({ ...base, ...changes } as KpiDefinition);
    return 'defined';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return error.messages.zh.slice(error.messages.zh.indexOf('指标'));
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

  it('gives each reason in Chinese too, compiler problems included', () => {
    expect(refusalZh({ unit: 'kg' })).toBe('指标“test.retained”定义无效：未知单位“kg”');
    expect(refusalZh({ direction: 'up' })).toBe(
      '指标“test.retained”定义无效：direction 只能是 higher、lower 或 none',
    );
    expect(refusalZh({ name: { en: 'Retained' } })).toBe('指标“test.retained”定义无效：name 需要 en 和 zh');
    expect(
      refusalZh({ measures: { vins: countDistinct(field('noSuchField'), { window: { months: 12 } }) } }),
    ).toBe('指标“test.retained”定义无效：vins.of：“noSuchField”不是 repairOrder 的字段');
  });
});
