import {
  type Aftersales,
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  type LocalizedText,
  typeName,
} from '@aftersales/core';
import type { KpiDefinition, KpiTarget } from '../definition/kpiDefinition';
import { checkKpiTarget, parseTargetProfile, parseTargetScope } from './parseTargetProfile';

/**
 * Whose targets a profile holds: an OEM (carmaker), a brand, a dealer, or any mix. A profile
 * without a scope applies everywhere (the manuals' defaults, a dealer group's house targets).
 *
 * @example
 * const scope: TargetScope = { oem: 'acme', brand: 'brand-x' };
 */
export interface TargetScope {
  readonly oem?: string;
  readonly brand?: string;
  readonly dealer?: string;
}

/**
 * A set of KPI targets, keyed by KPI id, as the dealer manuals, an OEM, a brand or a dealer sets
 * them. `atRisk` gives, per KPI and in the KPI's unit, the margin inside which a value that meets
 * its target is only "at risk" (see `scoreKpis`); without one the margin is
 * {@link DEFAULT_AT_RISK_PERCENT} % of the bound's magnitude (`atLeast: '95'` → 4.75).
 *
 * @example
 * const brandX: TargetProfile = {
 *   id: 'brand-x.targets',
 *   name: { en: 'Brand X targets', zh: 'X 品牌目标' },
 *   scope: { brand: 'brand-x' },
 *   targets: { 'ro.comeback': { below: '1.5', cite: 'oem:brand-x-2024#kpi.comeback' } },
 *   atRisk: { 'ro.comeback': '0.2' },
 * };
 */
export interface TargetProfile {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly scope?: TargetScope;
  readonly targets: Readonly<Record<string, KpiTarget>>;
  readonly atRisk?: Readonly<Record<string, string>>;
}

/**
 * The default at-risk margin, in percent of the magnitude of the bound a value is closest to:
 * 5 % of `'95'` is 4.75, of `'2'` 0.1. A bound of 0 has no margin.
 *
 * @example
 * DEFAULT_AT_RISK_PERCENT; // 5
 */
export const DEFAULT_AT_RISK_PERCENT = 5;

/** The id of {@link defaultTargetProfile}. */
const DEFAULTS_ID = 'manual.defaults';

/**
 * The manuals' defaults (`SEED-FIGURES.md`): the `target` of every KPI definition that has one,
 * each checked like a profile's (`kpis[i].target` in the error path). Two definitions with the
 * same id are `input.inconsistent`.
 *
 * @throws AftersalesError `input.invalid_type`, `input.inconsistent`, or a target's issues
 * @example
 * const defaults = defaultTargetProfile([
 *   { id: 'ro.comeback', target: { below: '2', cite: 'manual:ro.comeback' } },
 *   { id: 'ro.dwell' },
 * ]);
 * defaults.targets['ro.comeback']?.below; // '2'
 */
export function defaultTargetProfile(kpis: readonly Pick<KpiDefinition, 'id' | 'target'>[]): TargetProfile {
  if (!Array.isArray(kpis)) {
    throw AftersalesError.of('input.invalid_type', ['kpis'], { expected: 'array', received: typeName(kpis) });
  }
  const issues: AftersalesIssue[] = [];
  const targets: Record<string, KpiTarget> = {};
  const atRisk: Record<string, string> = {};
  const seen = new Set<string>();
  kpis.forEach((kpi: unknown, index) => {
    const id = (kpi as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      issues.push(
        createIssue('input.invalid_type', ['kpis', index, 'id'], {
          expected: 'KPI id (non-empty string)',
          received: id === null ? 'null' : typeof id,
        }),
      );
      return;
    }
    if (seen.has(id)) {
      issues.push(
        createIssue('input.inconsistent', ['kpis', index, 'id'], {
          reason: `KPI '${id}' is defined twice`,
          reasonZh: `指标“${id}”重复定义`,
        }),
      );
    }
    seen.add(id);
    const target = (kpi as { target?: unknown }).target;
    if (target === undefined) return;
    const checked = checkKpiTarget(target, ['kpis', index, 'target'], issues);
    if (checked) targets[id] = checked;
    // A definition's own margin (e.g. '0' for a share capped at its 100 % target) is the default's.
    if (checked?.atRisk !== undefined) atRisk[id] = checked.atRisk;
  });
  if (issues.length > 0) throw new AftersalesError(issues);
  return Object.freeze({
    id: DEFAULTS_ID,
    name: Object.freeze({ en: 'Dealer-manual defaults', zh: '经销商手册默认目标' }),
    targets: Object.freeze(targets),
    ...(Object.keys(atRisk).length > 0 ? { atRisk: Object.freeze(atRisk) } : {}),
  });
}

// 0: everywhere, 1: an OEM, 2: a brand, 3: a dealer (the most specific scope it names).
function specificity(scope: TargetScope | undefined): number {
  if (scope?.dealer !== undefined) return 3;
  if (scope?.brand !== undefined) return 2;
  return scope?.oem !== undefined ? 1 : 0;
}

function appliesTo(scope: TargetScope | undefined, context: TargetScope): boolean {
  return (['oem', 'brand', 'dealer'] as const).every(
    (key) => scope?.[key] === undefined || scope[key] === context[key],
  );
}

/**
 * The targets in force for one OEM, brand and dealer: the profiles layered defaults < OEM <
 * brand < dealer, a more specific profile replacing a KPI's whole target (and, separately, its
 * at-risk margin). A profile applies when every scope field it names equals the context's: one
 * for another dealer (or brand, or OEM) is skipped, and so is a dealer profile when the context
 * names no dealer. Profiles of the same level apply in the order given, the later winning. Every
 * profile is checked first (see {@link parseTargetProfile}); the result's id lists the profiles
 * applied, least specific first.
 *
 * @throws AftersalesError a profile's issues (path `profiles[i]…`), or a bad context (`context…`)
 * @example
 * const targets = resolveTargets(
 *   [
 *     { id: 'manual.defaults', targets: { 'ro.comeback': { below: '2', cite: 'manual:ro.comeback' } } },
 *     {
 *       id: 'dlr-001.targets',
 *       scope: { dealer: 'DLR-001' },
 *       targets: { 'ro.comeback': { below: '1.5', cite: 'oem:brand-x-2024#kpi.comeback' } },
 *     },
 *   ],
 *   { dealer: 'DLR-001' },
 * );
 * targets.targets['ro.comeback']?.below; // '1.5'
 */
export function resolveTargets(profiles: readonly TargetProfile[], context: TargetScope = {}): TargetProfile {
  if (!Array.isArray(profiles)) {
    throw AftersalesError.of('input.invalid_type', ['profiles'], {
      expected: 'array',
      received: profiles === null ? 'null' : typeof profiles,
    });
  }
  const where = parseTargetScope(context, ['context']);
  const checked = profiles.map((profile, index) => parseTargetProfile(profile, ['profiles', index]));
  const applied = checked
    .filter((profile) => appliesTo(profile.scope, where))
    .sort((a, b) => specificity(a.scope) - specificity(b.scope));
  const targets: Record<string, KpiTarget> = {};
  const atRisk: Record<string, string> = {};
  for (const profile of applied) {
    Object.assign(targets, profile.targets);
    Object.assign(atRisk, profile.atRisk ?? {});
  }
  return Object.freeze({
    id: applied.length > 0 ? applied.map((profile) => profile.id).join(' < ') : 'none',
    ...(Object.keys(where).length > 0 ? { scope: where } : {}),
    targets: Object.freeze(targets),
    ...(Object.keys(atRisk).length > 0 ? { atRisk: Object.freeze(atRisk) } : {}),
  });
}

/**
 * The target profiles plugins contribute under `targets` (see `definePlugin`), each checked, in
 * plugin order. Pass them to {@link resolveTargets} after the defaults:
 * `resolveTargets([defaultTargetProfile(kpis), ...targetProfilesFrom(registry)], context)`.
 *
 * @throws AftersalesError a contributed profile's issues, with the path `targets.<profile id>…`
 * @example
 * const registry = createAftersales({
 *   timeZone: 'Asia/Shanghai',
 *   plugins: [
 *     definePlugin({
 *       id: '@acme/brand-x',
 *       version: '1.0.0',
 *       targets: [{ id: 'brand-x.targets', scope: { brand: 'brand-x' }, targets: {} }],
 *     }),
 *   ],
 * });
 * targetProfilesFrom(registry)[0]?.scope; // { brand: 'brand-x' }
 */
export function targetProfilesFrom(registry: Pick<Aftersales, 'list'>): readonly TargetProfile[] {
  if (registry === null || typeof registry !== 'object' || typeof registry.list !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: registry === null ? 'null' : typeof registry,
    });
  }
  const contributed: unknown = registry.list('targets');
  if (!Array.isArray(contributed)) {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: typeName(contributed),
    });
  }
  return Object.freeze(
    contributed.map((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      return parseTargetProfile(item, ['targets', typeof id === 'string' ? id : index]);
    }),
  );
}
