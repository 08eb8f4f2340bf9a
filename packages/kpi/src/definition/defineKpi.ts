import { AftersalesError, isCitation } from '@aftersales/core';
import { createPlan } from '../engine/plan';
import { isFieldOf, sourceNamed } from '../facts/kpiSources';
import { describeValue } from '../facts/readField';
import type { KpiDefinition } from './kpiDefinition';

const ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const UNITS = new Set([
  'count',
  'percent',
  'money',
  'hours',
  'days',
  'ratio',
  'count/day',
  'money/hour',
  'turns/year',
  'points',
]);
const DIRECTIONS = new Set(['higher', 'lower', 'none']);
const AREAS = new Set(['service', 'care', 'parts', 'warranty', 'network']);

function check(ok: boolean, id: string, reason: string, reasonZh: string, path: string): void {
  if (!ok) throw AftersalesError.of('kpi.invalid_definition', [path], { kpi: id, reason, reasonZh });
}

const isText = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as { en?: unknown }).en === 'string' &&
  typeof (value as { zh?: unknown }).zh === 'string';

/**
 * Checks a KPI definition and freezes it: its id, names and formula text in English and Chinese,
 * unit, direction, area and citation, and (by compiling it once) every source, field, parameter,
 * measure and type its expressions use. Catalog entries and plugin KPIs go through here.
 *
 * @param definition - the KPI as data
 * @returns the same definition, frozen
 * @throws AftersalesError `kpi.invalid_definition` naming the KPI and what does not check
 *
 * @example
 * const roCount = defineKpi({
 *   id: 'ro.count', area: 'service', source: 'repairOrder', periodBy: 'closedAt',
 *   name: { en: 'Repair orders closed', zh: '维修台次' }, formula: { en: 'closed ROs', zh: '关闭的工单数' },
 *   where: field('counted'), measures: { ros: count() }, numerator: 'ros',
 *   unit: 'count', direction: 'higher', precision: 0, cite: 'manual:catalog.ro.count',
 * });
 */
export function defineKpi(definition: KpiDefinition): KpiDefinition {
  const id = typeof definition?.id === 'string' ? definition.id : '?';
  check(
    definition !== null && typeof definition === 'object',
    id,
    'a KPI must be an object',
    '指标必须是对象',
    'kpi',
  );
  check(
    ID.test(id),
    id,
    'the id is lowercase words joined by dots (e.g. labor.elr)',
    'id 为以点连接的小写单词（如 labor.elr）',
    'id',
  );
  check(isText(definition.name), id, 'name needs en and zh', 'name 需要 en 和 zh', 'name');
  check(isText(definition.formula), id, 'formula needs en and zh', 'formula 需要 en 和 zh', 'formula');
  check(
    UNITS.has(definition.unit),
    id,
    `unknown unit '${describeValue(definition.unit)}'`,
    `未知单位“${describeValue(definition.unit)}”`,
    'unit',
  );
  check(
    DIRECTIONS.has(definition.direction),
    id,
    'direction is higher, lower or none',
    'direction 只能是 higher、lower 或 none',
    'direction',
  );
  check(
    AREAS.has(definition.area),
    id,
    'area is service, care, parts, warranty or network',
    'area 只能是 service、care、parts、warranty 或 network',
    'area',
  );
  check(
    isCitation(definition.cite),
    id,
    'cite is a citation (manual:…, regulation:…#…, oem:…#…)',
    'cite 应为出处（manual:…、regulation:…#…、oem:…#…）',
    'cite',
  );
  const source = sourceNamed(definition.source);
  check(
    definition.drill === undefined ||
      (Array.isArray(definition.drill) &&
        definition.drill.every((name) => source !== undefined && isFieldOf(source, name))),
    id,
    'drill lists fields of the KPI source',
    'drill 只能列出该指标数据源的字段',
    'drill',
  );
  // Compiling once checks the scale and precision, every measure, field, parameter and type. By
  // month, so that "as of" measures (trailing windows, which need a calendar grain) are compiled
  // too, not skipped.
  createPlan({ kpis: [definition], groupBy: ['month'], timeZone: 'UTC' });
  return Object.freeze(definition);
}
