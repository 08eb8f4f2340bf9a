import { AftersalesError } from '../errors/AftersalesError';
import { describeValue } from '../errors/guards';
import { frozenCopy } from '../json/frozenCopy';
import { findNonJson, type JsonObject } from '../json/JsonValue';
import { timeZoneSchema } from '../schemas/primitives';
import { type Contribution, type ContributionKind, contributionKinds, type Plugin } from './definePlugin';

/** Which plugin a contribution came from. */
export interface PluginRef {
  readonly id: string;
  readonly version: string;
}

/** Options of {@link createAftersales}. */
export interface CreateAftersalesOptions {
  /** Plugins made with `definePlugin`, built-in catalogs included. Order does not matter. */
  readonly plugins?: readonly Plugin[];
  /** The dealer's (or the OEM's) IANA time zone; every date rule is computed in it. */
  readonly timeZone: string;
  /** Target overrides (plain JSON), read by the KPI scorecards. */
  readonly targets?: JsonObject;
}

/**
 * The immutable registry the domain functions take as an argument: what is installed, and the
 * settings every rule needs (time zone, targets).
 */
export interface Aftersales {
  readonly timeZone: string;
  readonly targets: JsonObject;
  readonly plugins: readonly PluginRef[];
  /** Every contribution of a kind, in plugin order then contribution order. */
  list(kind: ContributionKind): readonly Contribution[];
  /** The contribution with this id, or `undefined`. */
  find(kind: ContributionKind, id: string): Contribution | undefined;
  /** The contribution with this id; throws `registry.unknown` when none is registered. */
  get(kind: ContributionKind, id: string): Contribution;
  /** The plugin that contributed this id. */
  ownerOf(kind: ContributionKind, id: string): PluginRef | undefined;
}

function checkKind(kind: unknown): asserts kind is ContributionKind {
  if (!contributionKinds.includes(kind as ContributionKind)) {
    throw AftersalesError.of('input.invalid_value', ['kind'], { allowed: [...contributionKinds] });
  }
}

/**
 * Builds the registry from plugins. Two plugins with the same id, or two contributions of the
 * same kind with the same id, are an error: a rule must never be silently replaced by another.
 * The result is frozen.
 *
 * @throws AftersalesError `plugin.duplicate_id`, `plugin.duplicate_contribution`, `plugin.invalid`, `time.invalid_zone`
 * @example
 * const aftersales = createAftersales({ plugins: [brandX], timeZone: 'Asia/Shanghai' });
 * aftersales.get('policies', 'brand-x-2024');
 */
export function createAftersales(options: CreateAftersalesOptions): Aftersales {
  if (options === null || typeof options !== 'object') {
    throw AftersalesError.of('input.invalid_type', [], {
      expected: 'object',
      received: options === null ? 'null' : typeof options,
    });
  }
  if (!timeZoneSchema.safeParse(options.timeZone).success) {
    throw AftersalesError.of('time.invalid_zone', ['timeZone'], { value: describeValue(options.timeZone) });
  }
  const plugins: readonly Plugin[] = options.plugins ?? [];
  if (!Array.isArray(plugins as unknown)) {
    throw AftersalesError.of('input.invalid_type', ['plugins'], {
      expected: 'array',
      received: typeof plugins,
    });
  }
  const targets = options.targets ?? {};
  const badTarget = findNonJson(targets);
  if (badTarget || typeof targets !== 'object' || Array.isArray(targets)) {
    throw AftersalesError.of('input.invalid', ['targets', ...(badTarget ?? [])], {
      detail: 'targets must be a plain JSON object',
      detailZh: 'targets 必须是纯 JSON 对象',
    });
  }

  const refs: PluginRef[] = [];
  const byKind = new Map<ContributionKind, Map<string, { item: Contribution; owner: PluginRef }>>(
    contributionKinds.map((kind) => [kind, new Map()]),
  );
  plugins.forEach((plugin, index) => {
    if (plugin === null || typeof plugin !== 'object' || plugin.__plugin !== true) {
      throw AftersalesError.of('plugin.invalid', ['plugins', index], {
        reason: 'not made with definePlugin()',
        reasonZh: '不是通过 definePlugin() 创建的插件',
      });
    }
    if (refs.some((ref) => ref.id === plugin.id)) {
      throw AftersalesError.of('plugin.duplicate_id', ['plugins', index, 'id'], { id: plugin.id });
    }
    const owner: PluginRef = Object.freeze({ id: plugin.id, version: plugin.version });
    refs.push(owner);
    for (const kind of contributionKinds) {
      const registered = byKind.get(kind) as Map<string, { item: Contribution; owner: PluginRef }>;
      const list: unknown = plugin[kind] ?? [];
      // The marker survives a spread or a JSON round trip of a plugin: what such a copy holds is
      // read again here, so an edited one is refused with a coded error, not a TypeError.
      if (!Array.isArray(list)) {
        throw AftersalesError.of('plugin.invalid', ['plugins', index, kind], {
          reason: `${kind} is not a list`,
          reasonZh: `${kind} 不是列表`,
        });
      }
      (list as Contribution[]).forEach((item, itemIndex) => {
        if (item === null || typeof item !== 'object' || typeof item.id !== 'string') {
          throw AftersalesError.of('plugin.invalid', ['plugins', index, kind, itemIndex, 'id'], {
            reason: 'a contribution needs a string id',
            reasonZh: '贡献项需要字符串 id',
          });
        }
        const previous = registered.get(item.id);
        if (previous) {
          throw AftersalesError.of(
            'plugin.duplicate_contribution',
            ['plugins', index, kind, itemIndex, 'id'],
            {
              kind,
              id: item.id,
              first: previous.owner.id,
              second: plugin.id,
            },
          );
        }
        registered.set(item.id, { item, owner });
      });
    }
  });

  const entries = (kind: unknown) => {
    checkKind(kind);
    return byKind.get(kind) as Map<string, { item: Contribution; owner: PluginRef }>;
  };
  const lists = new Map(
    contributionKinds.map((kind) => [kind, Object.freeze([...entries(kind).values()].map((e) => e.item))]),
  );

  return Object.freeze({
    timeZone: options.timeZone,
    targets: frozenCopy(targets),
    plugins: Object.freeze(refs),
    list: (kind: ContributionKind) => {
      checkKind(kind);
      return lists.get(kind) as readonly Contribution[];
    },
    find: (kind: ContributionKind, id: string) => entries(kind).get(id)?.item,
    get: (kind: ContributionKind, id: string) => {
      const entry = entries(kind).get(id);
      if (!entry) throw AftersalesError.of('registry.unknown', ['id'], { kind, id: describeValue(id) });
      return entry.item;
    },
    ownerOf: (kind: ContributionKind, id: string) => entries(kind).get(id)?.owner,
  });
}
