// The vitest run Stryker drives: only the target's tests, no type tests (property tests keep their own run counts)
import { defineConfig } from 'vitest/config';
import { currentTarget } from './targets.mjs';

const conditions = ['@aftersales/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: currentTarget().tests,
    typecheck: { enabled: false },
  },
});
