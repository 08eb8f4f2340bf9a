import { defineConfig } from 'vitest/config';

// Tests import the packages by name; the `@aftersales/source` condition points them at src/
// so a test run never depends on a stale dist/.
const conditions = ['@aftersales/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/**/src/**/*.test.ts', 'packages/**/tests/**/*.test.ts', 'tests/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/**/*.test-d.ts', 'tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
