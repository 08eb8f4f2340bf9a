import { count, field, gt, le, param } from '../../definition/builders';
import { defineKpi } from '../../definition/defineKpi';

/**
 * 服务网点覆盖率 — service network coverage: `sales regions with vehicles sold whose nearest service
 * outlet is within distanceKm ÷ sales regions with vehicles sold × 100`, over `salesRegion` rows
 * (one per region per as-of date) with `vehiclesSold > 0`; covered is
 * `nearestOutletKm ≤ distanceKm`, and a region with no outlet distance is not covered. The
 * distance is the parameter `distanceKm`, default 50 km (a common OEM service radius; the
 * manuals give none), configurable per report:
 * `params: { 'net.coverage': { distanceKm: 30 } }`. Period: as-of date; give one snapshot per
 * region per period (e.g. month-end rows, grouped by month). Target ≥ 70 % (manual: net.coverage).
 *
 * @example
 * computeKpisSync({ salesRegions }, { kpis: [serviceCoverage], groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai', params: { 'net.coverage': { distanceKm: 30 } } });
 */
export const serviceCoverage = defineKpi({
  id: 'net.coverage',
  area: 'network',
  name: { en: 'Service network coverage', zh: '服务网点覆盖率' },
  formula: {
    en: 'sales area (regions with vehicles sold) served by an outlet within the configured distance ÷ sales area',
    zh: '在设定距离内有服务网点的销售区域（有车辆售出的区域）÷ 销售区域',
  },
  source: 'salesRegion',
  periodBy: 'asOf',
  where: gt(field('vehiclesSold'), 0),
  params: { distanceKm: 50 },
  measures: {
    covered: count({ where: le(field('nearestOutletKm'), param('distanceKm')) }),
    regions: count(),
  },
  numerator: 'covered',
  denominator: 'regions',
  scale: 100,
  unit: 'percent',
  direction: 'higher',
  cite: 'manual:net.coverage',
  target: { atLeast: '70', cite: 'manual:net.coverage' },
  noData: { en: 'no sales region with vehicles sold', zh: '无有车辆售出的销售区域' },
});
