import {
  type Aftersales,
  AftersalesError,
  type AftersalesIssue,
  complaintFlow,
  createAftersales,
  createIssue,
  type Flow,
  flowWithPlugins,
  type Plugin,
  repairOrderFlow,
  warrantyClaimFlow,
} from '@aftersales/core';
import {
  defaultTargetProfile,
  type KpiDefinition,
  kpiCatalogPlugin,
  kpisFrom,
  type TargetProfile,
  targetProfilesFrom,
} from '@aftersales/kpi';
import { defaultStockingPolicy, type StockingPolicy, stockingPoliciesFrom } from '@aftersales/parts';
import {
  californiaLemonLawPlugin,
  cnSanbaoPlugin,
  huaxiaWarrantyPlugin,
  type Jurisdiction,
  jurisdictionsFrom,
  type WarrantyPolicy,
  warrantyPoliciesFrom,
} from '@aftersales/warranty';

/**
 * The plugins a service has when none are given: the KPI catalog, the example Huaxia warranty
 * policy, China 三包 (2021 and 2013) and the California lemon law.
 */
export const defaultPlugins: readonly Plugin[] = Object.freeze([
  kpiCatalogPlugin,
  huaxiaWarrantyPlugin,
  cnSanbaoPlugin,
  californiaLemonLawPlugin,
]);

/** The default time zone of a service built without a registry. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * What the endpoints choose from, by id: functions and plugins cannot travel as JSON, so a
 * request names the policies, packs, KPIs, stocking policy and flow it wants.
 */
export interface Catalogs {
  readonly registry: Aftersales;
  readonly policies: ReadonlyMap<string, WarrantyPolicy>;
  readonly jurisdictions: ReadonlyMap<string, Jurisdiction>;
  readonly kpis: ReadonlyMap<string, KpiDefinition>;
  /** The manuals' default targets of the KPIs, then the profiles plugins contribute (scored by scope). */
  readonly targetProfiles: readonly TargetProfile[];
  readonly stockingPolicies: ReadonlyMap<string, StockingPolicy>;
  /** The built-in flows with the registry's extensions, by flow id. */
  readonly flows: ReadonlyMap<string, Flow>;
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/**
 * Reads every catalog of a registry once, when the service starts: a plugin that does not check
 * stops the service there, not on the first request.
 *
 * @throws AftersalesError from the domain packages' readers (`warranty.invalid_policy`, …)
 */
export function readCatalogs(
  registry: Aftersales | undefined,
  plugins: readonly Plugin[] | undefined,
): Catalogs {
  const aftersales =
    registry ?? createAftersales({ plugins: plugins ?? defaultPlugins, timeZone: DEFAULT_TIME_ZONE });
  const flows = [repairOrderFlow, complaintFlow, warrantyClaimFlow].map((flow) =>
    flowWithPlugins(flow as unknown as Flow, aftersales),
  );
  const kpis = kpisFrom(aftersales);
  return {
    registry: aftersales,
    policies: byId(warrantyPoliciesFrom(aftersales)),
    jurisdictions: byId(jurisdictionsFrom(aftersales)),
    kpis: byId(kpis),
    targetProfiles: [defaultTargetProfile(kpis), ...targetProfilesFrom(aftersales)],
    stockingPolicies: byId([defaultStockingPolicy, ...stockingPoliciesFrom(aftersales)]),
    flows: new Map(flows.map((flow) => [flow.id, flow])),
  };
}

/**
 * The items named by `ids` (all of them when `ids` is absent), or `registry.unknown` for each id
 * not registered, under `path`.
 *
 * @throws AftersalesError `registry.unknown` naming every unknown id
 */
export function pick<T>(
  catalog: ReadonlyMap<string, T>,
  ids: readonly string[] | undefined,
  kind: string,
  path: string,
): T[] {
  if (ids === undefined) return [...catalog.values()];
  const issues: AftersalesIssue[] = [];
  const items: T[] = [];
  ids.forEach((id, index) => {
    const item = catalog.get(id);
    if (item === undefined) issues.push(createIssue('registry.unknown', [path, index], { kind, id }));
    else items.push(item);
  });
  if (issues.length > 0) throw new AftersalesError(issues);
  return items;
}

/** The one item named `id`, or `registry.unknown` under `path`. */
export function pickOne<T>(catalog: ReadonlyMap<string, T>, id: string, kind: string, path: string): T {
  const item = catalog.get(id);
  if (item === undefined) throw AftersalesError.of('registry.unknown', [path], { kind, id });
  return item;
}
