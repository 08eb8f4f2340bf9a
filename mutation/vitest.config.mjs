// The vitest run Stryker drives: only the target's tests, without type tests and without the few
// slow whole-space properties (`slowTests`, below).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { currentTarget } from './targets.mjs';

const conditions = ['@aftersales/source'];
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// Every import of fast-check gets the capped one (./fast-check.mjs), which imports the real one.
const fastCheck = [
  { find: /^fast-check$/, replacement: here('./fast-check.mjs') },
  {
    find: /^fast-check-full$/,
    replacement: `${realpathSync(here('../node_modules/fast-check'))}/lib/fast-check.js`,
  },
];

// Stryker re-runs every test that reaches a mutant, for each of thousands of mutants. These files
// take seconds each (thousands of random cases, or every day of 400 years); in the mutation run
// they would cost hours on two cores. They still run in CI, and the score is what the other tests
// kill without them: a lower bound.
const slowTests = ['**/*.properties.test.ts', 'packages/parts/src/classify/fullMonths.test.ts'];

export default defineConfig({
  resolve: { conditions, alias: fastCheck },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: currentTarget().tests,
    exclude: slowTests,
    typecheck: { enabled: false },
    // Instrumented code runs a few times slower, and the two cores are shared; Stryker has its own
    // per-mutant timeout, so vitest's 5 s default would only fail the initial run under load.
    testTimeout: 60_000,
    // Mutants are switched on at run time, so modules need not be loaded afresh for each run:
    // reusing them is what makes thousands of runs affordable.
    isolate: false,
  },
});
