// What `pnpm mutation` mutates, and which tests may kill the mutants. One target per package the
// issue names (#9): core's service flows, kpi, parts and warranty. A package is measured by its
// own unit tests (plus, for the flows, the cross-package flow tests in tests/flow), so the score
// says how well that package's tests pin its rules down.
const notCode = ['!**/*.test.ts', '!**/*.test-d.ts', '!**/testing.ts', '!**/examples.ts', '!**/index.ts'];

/** @type {Record<string, { title: string, mutate: string[], tests: string[] }>} */
export const mutationTargets = {
  'core-flow': {
    title: '@aftersales/core — service flows (src/flow)',
    mutate: ['packages/core/src/flow/**/*.ts', ...notCode],
    tests: ['packages/core/src/flow/**/*.test.ts', 'tests/flow/**/*.test.ts'],
  },
  kpi: {
    title: '@aftersales/kpi',
    mutate: ['packages/kpi/src/**/*.ts', ...notCode],
    tests: ['packages/kpi/src/**/*.test.ts'],
  },
  parts: {
    title: '@aftersales/parts',
    mutate: ['packages/parts/src/**/*.ts', ...notCode],
    tests: ['packages/parts/src/**/*.test.ts'],
  },
  warranty: {
    title: '@aftersales/warranty',
    mutate: ['packages/warranty/src/**/*.ts', ...notCode],
    tests: ['packages/warranty/src/**/*.test.ts'],
  },
};

/** The target named by MUTATION_TARGET (set by scripts/mutation.ts). */
export function currentTarget() {
  const name = process.env.MUTATION_TARGET ?? '';
  const target = mutationTargets[name];
  if (!target) {
    throw new Error(
      `MUTATION_TARGET must be one of ${Object.keys(mutationTargets).join(', ')} (got '${name}')`,
    );
  }
  return { name, ...target };
}
