import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Tests import the packages by name; the `@aftersales/source` condition points them at src/
// so a test run never depends on a stale dist/.
const conditions = ['@aftersales/source'];

// `pnpm test` runs the suite under TZ=UTC, then again under TZ=America/Los_Angeles
// (AFTERSALES_SECOND_TZ_PASS=1) to prove the host's zone does not leak into a date. These files
// assert no date a zone could shift: fuzz properties (only coded errors, every record counted),
// generated docs and error texts, static scans and size budgets. They run once, which keeps CI
// within its 15 minutes. The determinism tests run once too: they start fresh processes under six
// zones themselves, America/Los_Angeles among them, so a second pass would repeat them exactly.
const zoneFreeTests = [
  'tests/robustness/**',
  'tests/quality/**',
  'tests/determinism/**',
  'tests/docs/errors-doc.test.ts',
  'tests/docs/zh-messages.test.ts',
  'tests/docs/rule-table.test.ts',
  'tests/docs/kpi-catalog.test.ts',
  'tests/docs/flow-diagrams.test.ts',
  'tests/cli/json-schemas.test.ts',
];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    // One module graph per worker, not one per test file: importing zod's schemas and the packages
    // afresh for each of 400 files was most of the suite's time (kpi's 103 files: 74 s of CPU
    // isolated, 12 s not). Tests that stub a global or an environment variable put it back
    // themselves (`vi.unstubAllGlobals` in a `finally`, an `afterEach`), and tests of cached code
    // build what they test inside the `it`, so no file depends on running in a fresh process.
    isolate: false,
    // And vitest puts back any global or environment variable a test stubs, should one forget.
    unstubGlobals: true,
    unstubEnvs: true,
    // A worker per core. vitest's default keeps one core for its own process, which on CI's two
    // cores means one worker while that process idles: the suite ran 40 % slower.
    maxWorkers: availableParallelism(),
    // Two workers share the cores with vitest's process and the type tests, so a test that takes
    // 3 s alone can take twice that; 15 s still ends a test that hangs.
    testTimeout: 15_000,
    include: ['packages/**/src/**/*.test.ts', 'packages/**/tests/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.AFTERSALES_SECOND_TZ_PASS === '1' ? zoneFreeTests : []),
    ],
    typecheck: {
      enabled: true,
      include: ['packages/**/*.test-d.ts', 'tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
