import { isAftersalesError } from '@aftersales/core';
import { parseWarrantyPolicy } from './parseWarrantyPolicy';
import type { WarrantyPolicy, WarrantyPolicyInput } from './warrantyPolicy';

/**
 * Test builders for warranty policies (not exported from the package, not published).
 */

/** One coverage as written in a policy. */
export type CoverageInput = WarrantyPolicyInput['coverages'][number];

/**
 * A small hand-made policy of a fictional "Acme" carmaker, sold from 2020: one basic coverage of
 * 12 months or 20,000 km over the engine, no conditions, no authority limit, invoice start. Tests
 * change what they exercise through `overrides`.
 */
export function acmeInput(overrides: Partial<WarrantyPolicyInput> = {}): WarrantyPolicyInput {
  return {
    id: 'acme-test',
    version: '1.0.0',
    name: { en: 'Acme test policy', zh: 'Acme 测试政策' },
    oem: 'Acme Motors',
    soldFrom: '2020-01-01',
    currency: 'CNY',
    coverages: [
      { id: 'basic', class: 'basic', period: { months: 12, km: 20_000 }, covers: { systems: ['engine'] } },
    ],
    ...overrides,
  };
}

/** {@link acmeInput}, validated. */
export function acmePolicy(overrides: Partial<WarrantyPolicyInput> = {}): WarrantyPolicy {
  return parseWarrantyPolicy(acmeInput(overrides));
}

/** The code, path and params of every issue of the AftersalesError `fn` throws; fails if none is thrown. */
export function issuesOf(
  fn: () => unknown,
): { code: string; path: readonly (string | number)[]; params: Readonly<Record<string, unknown>> }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) {
      return error.issues.map((issue) => ({
        code: issue.code,
        path: issue.path,
        params: issue.params ?? {},
      }));
    }
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

/** The code and path of the first issue `fn` throws. */
export function issueOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  const [first] = issuesOf(fn);
  if (first === undefined) throw new Error('expected an issue');
  return { code: first.code, path: first.path };
}
