import { isAftersalesError } from '@aftersales/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseTargetProfile } from './parseTargetProfile';
import { scorecardSummary } from './scorecardSummary';
import { scoreKpis } from './scoreKpis';
import { scoreValue } from './scoreValue';
import { defaultTargetProfile, resolveTargets, targetProfilesFrom } from './targetProfile';
import { kpis, manualTargets } from './testing';

/**
 * "No input makes a public function throw an uncoded error" (as tests/robustness does for core):
 * every target and scorecard function is called with arbitrary arguments and near-misses of the
 * shapes it expects. It may return, or throw an AftersalesError; anything else is a bug.
 */

const anything = fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withDate: true });
const decimalish = fc.oneof(fc.constantFrom('2', '95', '-0.01', '1.5', '2 %', '1e3', ''), anything);
const targetish = fc.record(
  {
    atLeast: decimalish,
    above: decimalish,
    atMost: decimalish,
    below: decimalish,
    cite: fc.oneof(fc.constant('manual:x'), anything),
  },
  { requiredKeys: [] },
);
const profileish = fc.record(
  {
    id: fc.oneof(fc.constant('p'), anything),
    scope: fc.oneof(fc.record({ dealer: fc.oneof(fc.constant('DLR-001'), anything) }), anything),
    targets: fc.oneof(
      fc.dictionary(fc.constantFrom('ro.comeback', 'wty.approval', '__proto__', ''), targetish),
      anything,
    ),
    atRisk: fc.oneof(fc.dictionary(fc.constantFrom('ro.comeback', 'constructor'), decimalish), anything),
  },
  { requiredKeys: [] },
);
const cellish = fc.record(
  {
    kpi: fc.oneof(fc.constantFrom('ro.comeback', 'wty.approval', 'ro.dwell', 'constructor'), anything),
    group: fc.oneof(fc.constant({ dealer: 'DLR-001' }), anything),
    period: fc.oneof(
      fc.constant({ grain: 'month', label: '2024-03', from: '2024-03-01', to: '2024-03-31' }),
      fc.record({
        grain: fc.oneof(fc.constantFrom('month', 'week', 'decade'), anything),
        label: anything,
        from: decimalish,
      }),
      anything,
    ),
    status: fc.oneof(fc.constantFrom('value', 'no_data'), anything),
    value: fc.oneof(decimalish, fc.constant(null)),
    unit: fc.oneof(fc.constantFrom('percent', 'money', 'hours'), anything),
    currency: anything,
    reason: anything,
  },
  { requiredKeys: [] },
);
const reportish = fc.oneof(fc.record({ cells: fc.array(cellish, { maxLength: 4 }) }), anything);
const argument = fc.oneof(anything, decimalish, targetish, profileish, reportish);

function onlyCodedErrors(call: () => unknown): void {
  try {
    call();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
  }
}

const cases: [string, fc.Arbitrary<() => unknown>][] = [
  [
    'parseTargetProfile',
    fc.tuple(fc.oneof(profileish, anything), anything).map(
      ([a, b]) =>
        () =>
          parseTargetProfile(a, b as never),
    ),
  ],
  [
    'defaultTargetProfile',
    fc
      .array(fc.oneof(fc.record({ id: fc.constant('k'), target: targetish }), anything))
      .map((a) => () => defaultTargetProfile(a as never)),
  ],
  [
    'resolveTargets',
    fc.tuple(fc.oneof(fc.array(profileish, { maxLength: 3 }), anything), argument).map(
      ([a, b]) =>
        () =>
          resolveTargets(a as never, b as never),
    ),
  ],
  [
    'targetProfilesFrom',
    fc
      .oneof(
        anything,
        fc.array(profileish).map((list) => ({ list: () => list })),
      )
      .map((a) => () => targetProfilesFrom(a as never)),
  ],
  [
    'scoreValue',
    fc.tuple(decimalish, fc.oneof(targetish, anything), decimalish).map(
      ([a, b, c]) =>
        () =>
          scoreValue(a as never, b as never, c as never),
    ),
  ],
  [
    'scoreKpis',
    fc
      .tuple(
        reportish,
        fc.oneof(fc.constant(kpis), anything),
        fc.oneof(fc.constant(manualTargets), profileish),
        fc.oneof(reportish, fc.constant(undefined)),
      )
      .map(
        ([report, k, targets, previous]) =>
          () =>
            scoreKpis(report as never, { kpis: k, targets, previous } as never),
      ),
  ],
  [
    'scorecardSummary',
    fc
      .oneof(
        anything,
        fc.record({ rows: fc.array(fc.oneof(anything, fc.record({ kpi: anything, status: anything }))) }),
      )
      .map((a) => () => scorecardSummary(a as never)),
  ],
];

describe('targets and scorecards on arbitrary input', () => {
  it.each(cases)('%s throws nothing but AftersalesError', (_, calls) => {
    fc.assert(
      fc.property(calls, (call) => {
        onlyCodedErrors(call);
      }),
      { numRuns: 400 },
    );
  });

  it('scores real-shaped reports without uncoded errors', () => {
    // The same, but with the definitions and targets right: only the cells are arbitrary.
    fc.assert(
      fc.property(fc.array(cellish, { maxLength: 6 }), (cells) =>
        onlyCodedErrors(() =>
          scorecardSummary(scoreKpis({ cells } as never, { kpis, targets: manualTargets })),
        ),
      ),
      { numRuns: 400 },
    );
  });
});
