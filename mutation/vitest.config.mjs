// The vitest run Stryker drives: only the target's tests, without type tests and without the few
// slow whole-space properties (`slowTests`, below).
import { defineConfig } from 'vitest/config';
import { currentTarget } from './targets.mjs';

const conditions = ['@aftersales/source'];

// Stryker re-runs every test that reaches a mutant, for each of thousands of mutants. These files
// take seconds each (thousands of random cases, or every day of 400 years); in the mutation run
// they would cost hours on two cores. They still run in CI, and the score is what the other tests
// kill without them: a lower bound.
const slowTests = ['**/*.properties.test.ts', 'packages/parts/src/classify/fullMonths.test.ts'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: currentTarget().tests,
    exclude: slowTests,
    typecheck: { enabled: false },
    // Mutants are switched on at run time, so modules need not be loaded afresh for each run:
    // reusing them is what makes thousands of runs affordable.
    isolate: false,
  },
});
