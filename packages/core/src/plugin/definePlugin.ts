import { AftersalesError } from '../errors/AftersalesError';
import { describeValue } from '../errors/guards';
import type { LocalizedText } from '../i18n/LocalizedText';
import { frozenCopy } from '../json/frozenCopy';

/** The extension points a plugin can fill. Each one is read by the package that owns it. */
export const contributionKinds = ['kpis', 'policies', 'jurisdictions', 'flows', 'parts', 'targets'] as const;

/**
 * - `kpis`: KPI definitions (read by @aftersales/kpi)
 * - `policies`: carmaker warranty policies (read by @aftersales/warranty)
 * - `jurisdictions`: legal rule packs such as China 三包 2021 (read by @aftersales/warranty)
 * - `flows`: flow definitions or extensions (read by the flow module)
 * - `parts`: stocking policies (read by @aftersales/parts)
 * - `targets`: KPI target profiles of an OEM, brand or dealer (read by @aftersales/kpi)
 */
export type ContributionKind = (typeof contributionKinds)[number];

/**
 * Anything a plugin contributes: an object with a stable id. Its other fields are defined and
 * validated by the package that reads that kind (core does not import the domain packages).
 */
export interface Contribution {
  readonly id: string;
  readonly version?: string;
  readonly [field: string]: unknown;
}

/** A plugin as its author writes it. */
export interface PluginDefinition {
  /** Namespaced id: an npm-style scope or a dotted name, e.g. `@acme/aftersales-brand-x` or `acme.brand-x`. */
  readonly id: string;
  /** Semantic version of the plugin, e.g. `1.2.0`. */
  readonly version: string;
  readonly name?: LocalizedText;
  readonly kpis?: readonly Contribution[];
  readonly policies?: readonly Contribution[];
  readonly jurisdictions?: readonly Contribution[];
  readonly flows?: readonly Contribution[];
  readonly parts?: readonly Contribution[];
  /** KPI target profiles (`TargetProfile` of @aftersales/kpi) that override the manuals' defaults. */
  readonly targets?: readonly Contribution[];
}

/** A checked, frozen plugin, ready for {@link createAftersales}. */
export type Plugin = PluginDefinition & { readonly __plugin: true };

const PLUGIN_ID =
  /^(?:@[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*|[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+)$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

function invalid(path: (string | number)[], reason: string, reasonZh: string): never {
  throw AftersalesError.of('plugin.invalid', path, { reason, reasonZh });
}

/**
 * Checks a plugin and freezes a copy of it. A plugin contributes KPI definitions, warranty
 * policies, jurisdiction rules, flow extensions, parts policies or KPI target profiles; each
 * contribution needs an id that is unique within its kind and plugin.
 *
 * @throws AftersalesError `plugin.invalid` naming the field (bad id, version, kind, or a duplicate id inside the plugin)
 * @example
 * const brandX = definePlugin({
 *   id: '@acme/brand-x',
 *   version: '1.0.0',
 *   policies: [{ id: 'brand-x-2024', coverages: [] }],
 * });
 */
export function definePlugin(definition: PluginDefinition): Plugin {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    invalid([], 'a plugin must be an object', '插件必须是对象');
  }
  if (typeof definition.id !== 'string' || !PLUGIN_ID.test(definition.id)) {
    invalid(
      ['id'],
      `'${describeValue(definition.id)}' is not a namespaced id (e.g. @acme/brand-x or acme.brand-x)`,
      `“${describeValue(definition.id)}”不是带命名空间的 id（如 @acme/brand-x 或 acme.brand-x）`,
    );
  }
  if (typeof definition.version !== 'string' || !SEMVER.test(definition.version)) {
    invalid(
      ['version'],
      `'${describeValue(definition.version)}' is not a semantic version (e.g. 1.0.0)`,
      `“${describeValue(definition.version)}”不是语义化版本号（如 1.0.0）`,
    );
  }
  const known = new Set<string>([...contributionKinds, 'id', 'version', 'name']);
  for (const key of Object.keys(definition)) {
    if (!known.has(key))
      invalid(
        [key],
        `unknown extension point '${key}' (known: ${contributionKinds.join(', ')})`,
        `未知扩展点“${key}”`,
      );
  }
  for (const kind of contributionKinds) {
    const items: unknown = definition[kind];
    if (items === undefined) continue;
    if (!Array.isArray(items)) invalid([kind], `${kind} must be an array`, `${kind} 必须是数组`);
    const seen = new Set<string>();
    items.forEach((item: unknown, index) => {
      const id = (item as Contribution | null)?.id;
      if (item === null || typeof item !== 'object' || typeof id !== 'string' || !ITEM_ID.test(id)) {
        invalid([kind, index, 'id'], 'each contribution needs a string id', '每个扩展项都需要字符串 id');
      }
      if (seen.has(id))
        invalid([kind, index, 'id'], `'${id}' appears twice in ${kind}`, `“${id}”在 ${kind} 中出现两次`);
      seen.add(id);
      const version = (item as Contribution).version;
      if (version !== undefined && (typeof version !== 'string' || !SEMVER.test(version))) {
        invalid(
          [kind, index, 'version'],
          `'${describeValue(version)}' is not a semantic version`,
          `“${describeValue(version)}”不是语义化版本号`,
        );
      }
    });
  }
  return frozenCopy({ ...definition, __plugin: true as const });
}
