import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  type IssuePath,
  isCitation,
  type LocalizedText,
} from '@aftersales/core';
import type { KpiTarget } from '../definition/kpiDefinition';
import { compareDecimals, isDecimalText } from './decimalText';
import type { TargetProfile, TargetScope } from './targetProfile';

type Issues = AftersalesIssue[];
type Bag = Readonly<Record<string, unknown>>;

const PROFILE_KEYS = ['id', 'version', 'name', 'scope', 'targets', 'atRisk'];
const SCOPE_KEYS = ['oem', 'brand', 'dealer'] as const;
const TARGET_KEYS = ['atLeast', 'above', 'atMost', 'below', 'atRisk', 'cite', 'note'];
const BOUNDS = ['atLeast', 'above', 'atMost', 'below'] as const;

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** The object at `path`, or `undefined` after noting why it is not one. */
function objectAt(
  value: unknown,
  path: IssuePath,
  issues: Issues,
  keys?: readonly string[],
): Bag | undefined {
  if (value === undefined) {
    issues.push(createIssue('input.required', path));
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(createIssue('input.invalid_type', path, { expected: 'object', received: typeOf(value) }));
    return undefined;
  }
  const unknown = keys ? Object.keys(value).filter((key) => !keys.includes(key)) : [];
  if (unknown.length > 0) issues.push(createIssue('input.unrecognized_keys', path, { keys: unknown }));
  return value as Bag;
}

function textAt(value: unknown, path: IssuePath, issues: Issues): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  issues.push(
    value === undefined
      ? createIssue('input.required', path)
      : createIssue('input.invalid_type', path, { expected: 'non-empty string', received: typeOf(value) }),
  );
  return undefined;
}

function localizedAt(value: unknown, path: IssuePath, issues: Issues): LocalizedText | undefined {
  const bag = objectAt(value, path, issues, ['en', 'zh']);
  if (!bag) return undefined;
  const en = textAt(bag.en, [...path, 'en'], issues);
  const zh = textAt(bag.zh, [...path, 'zh'], issues);
  return en !== undefined && zh !== undefined ? Object.freeze({ en, zh }) : undefined;
}

function decimalAt(value: unknown, path: IssuePath, issues: Issues): string | undefined {
  if (isDecimalText(value)) return value;
  issues.push(
    typeof value === 'string'
      ? createIssue('input.invalid_format', path, { format: 'decimal string (e.g. 98 or 0.3)' })
      : createIssue('input.invalid_type', path, { expected: 'decimal string', received: typeOf(value) }),
  );
  return undefined;
}

// A lower and an upper bound no value can meet together: 5 ≤ v < 5, or 6 ≤ v ≤ 4.
function checkConsistent(target: KpiTarget, path: IssuePath, issues: Issues): void {
  for (const low of ['atLeast', 'above'] as const) {
    for (const high of ['atMost', 'below'] as const) {
      const l = target[low];
      const h = target[high];
      if (l === undefined || h === undefined) continue;
      const order = compareDecimals(l, h);
      if (order > 0 || (order === 0 && (low === 'above' || high === 'below'))) {
        issues.push(
          createIssue('input.inconsistent', path, {
            reason: `no value meets both ${low} ${l} and ${high} ${h}`,
            reasonZh: `没有任何值能同时满足 ${low} ${l} 与 ${high} ${h}`,
          }),
        );
      }
    }
  }
}

/**
 * Checks one KPI target (at least one bound, each a decimal string, a citation, an optional
 * note, bounds some value can meet) and returns a frozen copy, noting what is wrong in `issues`.
 *
 * @example
 * const issues: AftersalesIssue[] = [];
 * checkKpiTarget({ below: '2', cite: 'manual:ro.comeback' }, ['target'], issues); // issues stays empty
 */
export function checkKpiTarget(value: unknown, path: IssuePath, issues: Issues): KpiTarget | undefined {
  const bag = objectAt(value, path, issues, TARGET_KEYS);
  if (!bag) return undefined;
  const before = issues.length;
  const target: Record<string, unknown> = {};
  for (const bound of BOUNDS) {
    if (bag[bound] !== undefined) target[bound] = decimalAt(bag[bound], [...path, bound], issues);
  }
  if (!BOUNDS.some((bound) => bag[bound] !== undefined)) {
    issues.push(
      createIssue('input.invalid', path, {
        detail: 'a target needs atLeast, above, atMost or below',
        detailZh: '目标须给出 atLeast、above、atMost 或 below 之一',
      }),
    );
  }
  if (bag.cite === undefined) issues.push(createIssue('input.required', [...path, 'cite']));
  else if (!isCitation(bag.cite)) {
    issues.push(
      createIssue('decision.invalid_citation', [...path, 'cite'], {
        value: typeof bag.cite === 'string' ? bag.cite.slice(0, 60) : typeOf(bag.cite),
      }),
    );
  }
  target.cite = bag.cite;
  if (bag.note !== undefined) target.note = localizedAt(bag.note, [...path, 'note'], issues);
  if (bag.atRisk !== undefined) target.atRisk = marginAt(bag.atRisk, [...path, 'atRisk'], issues);
  // Bounds no value meets are named even when another field is wrong too (a bound that failed its
  // own check is left out): one pass lists every problem of the target.
  checkConsistent(target as unknown as KpiTarget, path, issues);
  if (issues.length > before) return undefined;
  return Object.freeze(target) as unknown as KpiTarget;
}

function scopeAt(value: unknown, path: IssuePath, issues: Issues): TargetScope | undefined {
  const bag = objectAt(value, path, issues, SCOPE_KEYS);
  if (!bag) return undefined;
  const scope: Record<string, string | undefined> = {};
  for (const key of SCOPE_KEYS) {
    if (bag[key] !== undefined) scope[key] = textAt(bag[key], [...path, key], issues);
  }
  return Object.freeze(scope) as TargetScope;
}

/**
 * Checks the scope a profile applies to, or the OEM, brand and dealer targets are resolved for:
 * an object with any of `oem`, `brand`, `dealer`, each a non-empty string.
 *
 * @throws AftersalesError `input.invalid_type`, `input.unrecognized_keys`
 * @example
 * parseTargetScope({ dealer: 'DLR-001' }, ['context']); // { dealer: 'DLR-001' }
 */
export function parseTargetScope(value: unknown, path: IssuePath): TargetScope {
  const issues: Issues = [];
  const scope = scopeAt(value, path, issues);
  if (!scope || issues.length > 0) throw new AftersalesError(issues);
  return scope;
}

function recordAt<T>(
  value: unknown,
  path: IssuePath,
  issues: Issues,
  read: (item: unknown, path: IssuePath) => T | undefined,
): Readonly<Record<string, T>> {
  const bag = objectAt(value, path, issues);
  const out: Record<string, T> = {};
  for (const [kpi, item] of Object.entries(bag ?? {})) {
    if (kpi.trim() === '' || kpi === '__proto__') {
      issues.push(
        createIssue('input.invalid', [...path, kpi], { detail: 'not a KPI id', detailZh: '不是 KPI id' }),
      );
      continue;
    }
    const checked = read(item, [...path, kpi]);
    if (checked !== undefined) out[kpi] = checked;
  }
  return Object.freeze(out);
}

function marginAt(value: unknown, path: IssuePath, issues: Issues): string | undefined {
  const margin = decimalAt(value, path, issues);
  if (margin?.startsWith('-')) {
    issues.push(createIssue('input.too_small', path, { minimum: 0, inclusive: true }));
    return undefined;
  }
  return margin;
}

/**
 * Checks a target profile, e.g. one contributed by a plugin or read from a settings file, and
 * returns a frozen copy. Every problem is reported at once, each with the path of the field:
 *
 * - `input.required` / `input.invalid_type`: a missing or mistyped `id`, `targets`, `cite`, …
 * - `input.unrecognized_keys`: a field the profile, its scope or a target does not have;
 * - `input.invalid_format`: a bound or margin that is not a decimal string (`'98'`, `'0.3'`);
 * - `input.invalid`: a target without any bound; `input.too_small`: a negative margin;
 * - `input.inconsistent`: bounds no value can meet (`atLeast: '5'` with `below: '5'`);
 * - `decision.invalid_citation`: a `cite` that is not `manual:…`, `oem:…#…` or `regulation:…#…`.
 *
 * A contribution's `version` is accepted and dropped.
 *
 * @throws AftersalesError with one issue per problem (the first gives `code` and `path`)
 * @example
 * const dealer = parseTargetProfile({
 *   id: 'dlr-001.targets',
 *   scope: { dealer: 'DLR-001' },
 *   targets: { 'ro.comeback': { below: '1.5', cite: 'oem:brand-x-2024#kpi.comeback' } },
 * });
 */
export function parseTargetProfile(input: unknown, path: IssuePath = []): TargetProfile {
  if (!Array.isArray(path) || !path.every((key) => typeof key === 'string' || typeof key === 'number')) {
    throw new AftersalesError([
      createIssue('input.invalid_type', ['path'], {
        expected: 'array of keys and indexes',
        received: typeOf(path),
      }),
    ]);
  }
  const issues: Issues = [];
  const bag = objectAt(input, path, issues, PROFILE_KEYS);
  if (!bag) throw new AftersalesError(issues);
  const id = textAt(bag.id, [...path, 'id'], issues);
  const name = bag.name === undefined ? undefined : localizedAt(bag.name, [...path, 'name'], issues);
  const scope = bag.scope === undefined ? undefined : scopeAt(bag.scope, [...path, 'scope'], issues);
  const targets = recordAt(bag.targets, [...path, 'targets'], issues, (item, at) =>
    checkKpiTarget(item, at, issues),
  );
  const atRisk =
    bag.atRisk === undefined
      ? undefined
      : recordAt(bag.atRisk, [...path, 'atRisk'], issues, (item, at) => marginAt(item, at, issues));
  if (issues.length > 0 || id === undefined) throw new AftersalesError(issues);
  return Object.freeze({
    id,
    ...(name ? { name } : {}),
    ...(scope ? { scope } : {}),
    targets,
    ...(atRisk ? { atRisk } : {}),
  });
}
