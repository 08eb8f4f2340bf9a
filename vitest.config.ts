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
