// fast-check as the mutation run sees it: the same library, with every property capped at
// MUTATION_NUM_RUNS random cases (25 unless set). A property that checks thousands of cases
// costs seconds, and Stryker re-runs it for each mutant it reaches; a mutant that changes what
// the code does is nearly always caught by the first few cases. Fewer cases can only kill fewer
// mutants, so the score stays a lower bound. CI runs every property in full, shrinking included.
//
// A few properties also check how many of their runs reached a case (a floor on accepted rows,
// or on states visited); they keep their full count.
import * as fc from 'fast-check-full';
import { expect } from 'vitest';

export * from 'fast-check-full';

const cap = Number(process.env.MUTATION_NUM_RUNS ?? 25);
const withFloors = [
  'packages/parts/src/order/fastRecords.test.ts',
  'packages/warranty/src/audit/fastRecords.test.ts',
  'tests/flow/xstate-parity.test.ts',
];
// A failed property stops at its first counterexample (`endOnFailure`): Stryker needs only "it
// failed", and shrinking a counterexample took 10–20 s per killed mutant (long shrink paths over
// record lists), often past Stryker's timeout, which restarts the worker as well.
const capped = (params) => {
  const file = expect.getState().testPath ?? '';
  if (withFloors.some((path) => file.endsWith(path))) return { ...params, endOnFailure: true };
  return { ...params, numRuns: Math.min(params?.numRuns ?? cap, cap), endOnFailure: true };
};

export function assert(property, params) {
  return fc.assert(property, capped(params));
}

export function check(property, params) {
  return fc.check(property, capped(params));
}

export default { ...fc.default, assert, check };
