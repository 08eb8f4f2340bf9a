// Stryker's configuration for one target (MUTATION_TARGET); run through `pnpm mutation`.
import { currentTarget } from './targets.mjs';

const target = currentTarget();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'mutation/vitest.config.mjs', related: false },
  mutate: target.mutate,
  // Mutants are switched on by id at run time, and per-test coverage lets each one run only the
  // tests that reach it: the difference between hours and a day on two cores.
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  // The run mutates the files where they are (no sandbox copy): pnpm's workspace links would
  // otherwise point tests at the unmutated packages. scripts/mutation.ts runs it in a clean clone.
  inPlace: true,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: `mutation/reports/${target.name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: 'mutation/.stryker-tmp',
  cleanTempDir: 'always',
  incremental: false,
};
