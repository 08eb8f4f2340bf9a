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

  it('takes drill fields of the KPI source, and an empty drill list', () => {
    expect(refusal({ drill: ['vin', 'previousRoId'] })).toBe('defined');
    expect(refusal({ drill: [] })).toBe('defined');
    expect(refusal({ drill: ['vin', 'noSuchField'] })).toBe(
      'kpi.invalid_definition: drill lists fields of the KPI source',
    );
  });

  it('takes a name only as an object with en and zh texts: not without en, nor as a function', () => {
    expect(refusal({ name: { en: 'Retained', zh: '保有' } })).toBe('defined');
    expect(refusal({ name: { zh: '保有' } })).toBe('kpi.invalid_definition: name needs en and zh');
    expect(refusal({ name: { en: 7, zh: '保有' } })).toBe('kpi.invalid_definition: name needs en and zh');
    // A function carrying the texts would be lost when the report is written out as JSON.
    const named = Object.assign(() => 'Retained', { en: 'Retained', zh: '保有' });
    expect(refusal({ name: named })).toBe('kpi.invalid_definition: name needs en and zh');
  });

  it('names the field that does not check in the error path', () => {
    expect(() => defineKpi({ ...base, unit: 'kg' } as never)).toThrowError(
      expect.objectContaining({ code: 'kpi.invalid_definition', path: ['unit'] }),
    );
    expect(() => defineKpi({ ...base, area: 'sales' } as never)).toThrowError(
      expect.objectContaining({ code: 'kpi.invalid_definition', path: ['area'] }),
    );
  });

  it("calls a KPI whose id is not a string '?'", () => {
    expect(refusalZh({ id: 42 })).toBe('指标“?”定义无效：id 为以点连接的小写单词（如 labor.elr）');
  });

  it.each([
    [
      'an id that is not lowercase words joined by dots',
      { id: 'Labor ELR' },
      'id',
      'the id is lowercase words joined by dots (e.g. labor.elr)',
      '指标“Labor ELR”定义无效：id 为以点连接的小写单词（如 labor.elr）',
    ],
    [
      'a name that is null',
      { name: null },
      'name',
      'name needs en and zh',
      '指标“test.retained”定义无效：name 需要 en 和 zh',
    ],
    [
      'a formula without Chinese',
      { formula: { en: 'distinct VINs', zh: 7 } },
      'formula',
      'formula needs en and zh',
      '指标“test.retained”定义无效：formula 需要 en 和 zh',
    ],
    [
      'a direction other than higher, lower or none',
      { direction: 'up' },
      'direction',
      'direction is higher, lower or none',
      '指标“test.retained”定义无效：direction 只能是 higher、lower 或 none',
    ],
    [
      'an area outside the five',
      { area: 'sales' },
      'area',
      'area is service, care, parts, warranty or network',
      '指标“test.retained”定义无效：area 只能是 service、care、parts、warranty 或 network',
    ],
    [
      'a citation without a scheme',
      { cite: 'the dealer manual' },
      'cite',
      'cite is a citation (manual:…, regulation:…#…, oem:…#…)',
      '指标“test.retained”定义无效：cite 应为出处（manual:…、regulation:…#…、oem:…#…）',
    ],
    [
      'drill fields that are not a list',
      { drill: 'vin' },
      'drill',
      'drill lists fields of the KPI source',
      '指标“test.retained”定义无效：drill 只能列出该指标数据源的字段',
    ],
    [
      'drill fields of an unknown source',
      { source: 'nowhere', drill: ['vin'] },
      'drill',
      'drill lists fields of the KPI source',
      '指标“test.retained”定义无效：drill 只能列出该指标数据源的字段',
    ],
  ])(
    'refuses %s, naming the field and the reason in English and Chinese',
    (_, changes, field, reason, zh) => {
      try {
        defineKpi({ ...base, ...changes } as KpiDefinition);
        expect.unreachable();
      } catch (error) {
        if (!isAftersalesError(error)) throw error;
        expect(error.code).toBe('kpi.invalid_definition');
        expect(error.path).toEqual([field]);
        expect(error.issues[0]?.params?.reason).toBe(reason);
        expect(error.messages.zh).toBe(`${field} ${zh}`);
      }
    },
  );

  it('takes ids of lowercase words and digits joined by dots or hyphens, starting with a letter', () => {
    for (const id of ['labor', 'labor.elr', 'parts.fill-rate', 'wty.days2submit'])
      expect(refusal({ id })).toBe('defined');
    const refused = 'kpi.invalid_definition: the id is lowercase words joined by dots (e.g. labor.elr)';
    for (const id of [
      '1labor',
      'Labor',
      'labor elr',
      'labor.',
      '.labor',
      'labor..elr',
      'labor_elr',
      'labor.Elr',
      'labor ',
    ]) {
      expect(refusal({ id })).toBe(refused);
    }
  });

  it('refuses a definition that is not an object', () => {
    expect(() => defineKpi('labor.elr' as never)).toThrowError(
      expect.objectContaining({ code: 'kpi.invalid_definition', path: ['kpi'] }),
    );
    expect(() => defineKpi(null as never)).toThrowError(
      expect.objectContaining({
        code: 'kpi.invalid_definition',
        path: ['kpi'],
        messages: {
          en: "kpi KPI '?' is invalid: a KPI must be an object",
          zh: 'kpi 指标“?”定义无效：指标必须是对象',
        },
      }),
    );
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
