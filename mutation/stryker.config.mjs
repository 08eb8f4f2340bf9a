// Stryker's configuration for one target (MUTATION_TARGET); run through `pnpm mutation`.
import { createRequire } from 'node:module';
import { currentTarget } from './targets.mjs';

const target = currentTarget();

export default {
  testRunner: 'vitest',
  // Named by path: under pnpm, Stryker's own '@stryker-mutator/*' lookup cannot see the runner.
  plugins: [createRequire(import.meta.url).resolve('@stryker-mutator/vitest-runner')],
  vitest: { configFile: 'mutation/vitest.config.mjs', related: false },
  mutate: target.mutate,
  // Mutants are switched on by id at run time, and per-test coverage lets each one run only the
  // tests that reach it: the difference between hours and a day on two cores.
  coverageAnalysis: 'perTest',
  // A static mutant sits in code run once, as a module loads: a schema, a rule table, a message.
  // Testing one means reloading everything and running every test, and over half the mutants are
  // static (99 % of the run time). They are counted apart in docs/quality.md, not scored;
  // MUTATION_STATIC=1 runs them too, for a run that has the hours.
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  // The run mutates the files where they are (no sandbox copy): pnpm's workspace links would
  // otherwise point tests at the unmutated packages. scripts/mutation.ts runs it in a clean clone.
  inPlace: true,
  // MUTATION_EVENTS=<dir> also writes each mutant's result there as it is tested (Stryker's event
  // recorder), so survivors can be read while a run of an hour is still going.
  reporters: ['json', 'clear-text', 'progress', ...(process.env.MUTATION_EVENTS ? ['event-recorder'] : [])],
  eventReporter: { baseDir: process.env.MUTATION_EVENTS ?? 'mutation/events' },
  jsonReporter: { fileName: `mutation/reports/${target.name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: 'mutation/.stryker-tmp',
  cleanTempDir: 'always',
  // The last run's results, committed: a re-run tests only the mutants whose code or covering
  // tests changed since (`--force` tests all).
  incremental: true,
  incrementalFile: `mutation/incremental/${target.name}.json`,
};
