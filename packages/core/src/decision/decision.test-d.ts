import { describe, expectTypeOf, it } from 'vitest';
import type { AftersalesIssue } from '../errors/AftersalesError';
import type { Result } from '../errors/Result';
import type { Aftersales } from '../plugin/createAftersales';
import type { Contribution, ContributionKind } from '../plugin/definePlugin';
import type { Citation } from './citation';
import type { Decision, TraceStep } from './Decision';
import { createDecision } from './rule';

describe('Decision', () => {
  it('keeps the outcome union the caller declared', () => {
    const decision = createDecision('covered' as 'covered' | 'not_covered', [] as TraceStep[]);
    expectTypeOf(decision.outcome).toEqualTypeOf<'covered' | 'not_covered'>();
    expectTypeOf(decision.trace).toEqualTypeOf<readonly TraceStep[]>();
    expectTypeOf<Decision<'a', { daysLeft: number }>['details']>().toEqualTypeOf<
      { daysLeft: number } | undefined
    >();
  });

  it('accepts only citations with a scheme', () => {
    expectTypeOf<'regulation:cn-sanbao-2021#24'>().toExtend<Citation>();
    expectTypeOf<'manual:ro.comeback'>().toExtend<Citation>();
    expectTypeOf<'oem:acme-2024#basic.months'>().toExtend<Citation>();
    expectTypeOf<'see article 24'>().not.toExtend<Citation>();
    expectTypeOf<'regulation:cn-sanbao-2021'>().not.toExtend<Citation>();
  });
});

describe('Result', () => {
  it('narrows on ok', () => {
    const result = {} as Result<number>;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly AftersalesIssue[]>();
  });
});

describe('Aftersales registry', () => {
  it('looks contributions up by a known kind only', () => {
    expectTypeOf<Aftersales['get']>().parameter(0).toEqualTypeOf<ContributionKind>();
    expectTypeOf<ReturnType<Aftersales['find']>>().toEqualTypeOf<Contribution | undefined>();
    expectTypeOf<'widgets'>().not.toExtend<ContributionKind>();
  });
});
