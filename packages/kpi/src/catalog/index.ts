import { type Aftersales, AftersalesError, definePlugin } from '@aftersales/core';
import { defineKpi } from '../definition/defineKpi';
import type { KpiDefinition } from '../definition/kpiDefinition';
import { describeValue } from '../facts/readField';
import { careKpis } from './care';
import { networkKpis } from './network';
import { partsKpis } from './parts';
import { serviceKpis } from './service';
import { warrantyKpis } from './warranty';

/**
 * The after-sales KPI catalog (KPI-CATALOG.md), section by section: service, customer care,
 * parts, warranty, and the network, budget and training figures an OEM watches.
 *
 * @example
 * const report = await computeKpis({ repairOrders }, { kpis: kpiCatalog, groupBy: ['dealer', 'month'], timeZone: 'Asia/Shanghai' });
 */
export const kpiCatalog: readonly KpiDefinition[] = Object.freeze([
  ...serviceKpis,
  ...careKpis,
  ...partsKpis,
  ...warrantyKpis,
  ...networkKpis,
]);

/**
 * The catalog as a plugin, so that a registry holds it beside an OEM's or a dealer's own KPIs.
 *
 * @example
 * const registry = createAftersales({ plugins: [kpiCatalogPlugin, brandKpis], timeZone: 'Asia/Shanghai' });
 * const kpis = kpisFrom(registry);
 */
export const kpiCatalogPlugin = definePlugin({
  id: 'aftersales.kpi-catalog',
  version: '0.1.0',
  name: { en: 'After-sales KPI catalog', zh: '售后关键指标目录' },
  kpis: kpiCatalog as unknown as readonly { readonly id: string }[],
});

/**
 * Every KPI contributed by the registry's plugins, each checked with `defineKpi`.
 *
 * @throws AftersalesError `kpi.invalid_definition` naming a contributed KPI that does not check;
 *   `input.invalid_type` when `registry` is not one
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: kpisFrom(registry), groupBy: ['month'], timeZone: registry.timeZone });
 */
export function kpisFrom(registry: Aftersales): readonly KpiDefinition[] {
  const contributed: unknown =
    registry !== null && typeof registry === 'object' && typeof registry.list === 'function'
      ? registry.list('kpis')
      : undefined;
  if (!Array.isArray(contributed)) {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: registry === null ? 'null' : typeof registry,
    });
  }
  return contributed.map((contribution) => defineKpi(contribution as KpiDefinition));
}

const byId = new Map(kpiCatalog.map((kpi) => [kpi.id, kpi]));

/**
 * The catalog KPI with this id.
 *
 * @throws AftersalesError `registry.unknown` when the catalog has no such KPI
 *
 * @example
 * computeKpisSync({ repairOrders }, { kpis: [catalogKpi('labor.elr')], groupBy: ['payType'], timeZone: 'Asia/Shanghai' });
 */
export function catalogKpi(id: string): KpiDefinition {
  const kpi = typeof id === 'string' ? byId.get(id) : undefined;
  if (kpi === undefined)
    throw AftersalesError.of('registry.unknown', ['id'], { kind: 'KPI', id: describeValue(id) });
  return kpi;
}
