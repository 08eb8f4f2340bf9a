import { type Aftersales, AftersalesError, parseRecord } from '@aftersales/core';
import { deepFreeze } from '../deepFreeze';
import { type WarrantyPolicy, WarrantyPolicySchema } from './warrantyPolicy';

const parsed = new WeakSet<WarrantyPolicy>();

/**
 * Validates a warranty policy, fills in its defaults and freezes it. A policy that came out of
 * this function (or {@link warrantyPoliciesFrom}) is not checked again by the rules that read it.
 *
 * @throws AftersalesError with the path of each bad field: `input.*` for shape,
 *   `warranty.invalid_policy` for a coverage that covers nothing, a repeated coverage id, a
 *   condition voiding an unknown coverage or `soldUntil` before `soldFrom`; `time.invalid_period`
 * @example
 * const policy = parseWarrantyPolicy({
 *   id: 'acme-2024', version: '1.0.0', name: { en: 'Acme 2024', zh: 'Acme 2024 款' }, oem: 'Acme',
 *   soldFrom: '2024-01-01',
 *   coverages: [{ id: 'basic', class: 'basic', period: { months: 36, km: 100_000 }, covers: { systems: ['engine'] } }],
 * });
 */
export function parseWarrantyPolicy(input: unknown): WarrantyPolicy {
  if (isParsedPolicy(input)) return input;
  const policy = deepFreeze(parseRecord(WarrantyPolicySchema, input));
  parsed.add(policy);
  return policy;
}

/** True for a policy returned by {@link parseWarrantyPolicy}. */
export function isParsedPolicy(value: unknown): value is WarrantyPolicy {
  return typeof value === 'object' && value !== null && parsed.has(value as WarrantyPolicy);
}

/**
 * The warranty policies contributed by plugins (`policies` contributions), validated.
 *
 * @throws AftersalesError a contribution's issues, the path starting `['policies', <id>]`;
 *   `input.invalid_type` for something that is not a registry
 * @example
 * const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [exampleWarrantyPlugin] });
 * warrantyPoliciesFrom(registry).map((policy) => policy.id); // ['huaxia-2022', 'huaxia-2024']
 */
export function warrantyPoliciesFrom(registry: Pick<Aftersales, 'list'>): readonly WarrantyPolicy[] {
  if (registry === null || typeof registry !== 'object' || typeof registry.list !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: registry === null ? 'null' : typeof registry,
    });
  }
  const contributed: unknown = registry.list('policies');
  if (!Array.isArray(contributed)) {
    throw AftersalesError.of('input.invalid_type', ['registry'], { expected: 'registry', received: 'other' });
  }
  return Object.freeze(
    contributed.map((item: unknown, index) => {
      try {
        return parseWarrantyPolicy(item);
      } catch (error) {
        if (!(error instanceof AftersalesError)) throw error;
        const id = (item as { id?: unknown } | null)?.id;
        const at = ['policies', typeof id === 'string' ? id : index];
        throw new AftersalesError(error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
      }
    }),
  );
}
