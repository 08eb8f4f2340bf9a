import {
  AftersalesError,
  attempt,
  type Decision,
  parseTimeZone,
  type Result,
  type TraceStep,
  typeName,
} from '@aftersales/core';
import { governingJurisdictions } from '../jurisdiction/governingJurisdictions';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { isSettledJurisdiction, parseJurisdiction } from '../jurisdiction/parseJurisdiction';
import { isParsedPolicy, parseWarrantyPolicy } from '../policy/parseWarrantyPolicy';
import { policyInForce, soldOn } from '../policy/selectWarrantyPolicy';
import type { WarrantyPolicy } from '../policy/warrantyPolicy';
import { type Assessment, assessCoverage } from './assessCoverage';
import { compilePolicy } from './compiledPolicy';
import { coverageStep } from './coverageSteps';
import { floorStep, ungovernedText } from './floorSteps';
import { conditionSteps, policySteps, scopeStep } from './policySteps';
import { preAuthorizationStep } from './preAuthorizationStep';
import { readRequest } from './requestFacts';
import { type WarrantyDetails, warrantyDetails } from './warrantyDetails';
import type { WarrantyRequestInput } from './warrantyRequest';

/** The answer of {@link evaluateWarranty}. */
export type WarrantyOutcome = 'covered' | 'not_covered' | 'needs_preauthorization';

/** A warranty decision: outcome, trace, and the details of {@link WarrantyDetails} (always present). */
export type WarrantyDecision = Decision<WarrantyOutcome, WarrantyDetails> & {
  readonly details: WarrantyDetails;
};

/** What {@link evaluateWarranty} needs besides the request. */
export interface EvaluateWarrantyOptions {
  /** The carmaker's policy, or its versions: the one in force when the vehicle was sold applies. */
  readonly policy: WarrantyPolicy | readonly WarrantyPolicy[];
  /** Legal rule packs (e.g. `cnSanbao2021`, `cnSanbao2013`): of each market, the one governing the vehicle applies. */
  readonly jurisdictions?: readonly Jurisdiction[];
  /** The dealer's IANA time zone: a repair given as an instant is dated in it. */
  readonly timeZone: string;
}

const zones = new Set<string>();

/** An option's error with its issues' paths put under where the option sits (`['options', 'policy', 0, …]`). */
function under(error: unknown, path: (string | number)[]): unknown {
  if (!(error instanceof AftersalesError)) return error;
  return new AftersalesError(error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
}

interface ReadOptions {
  readonly policies: readonly WarrantyPolicy[];
  readonly jurisdictions: readonly Jurisdiction[];
  readonly timeZone: string;
}

/** The options last read and what they were made of: a loop passes the same options every time. */
let last:
  | { options: object; policy: unknown[]; packs: unknown[]; timeZone: unknown; read: ReadOptions }
  | undefined;

const sameItems = (a: readonly unknown[], b: unknown): boolean => {
  const list = Array.isArray(b) ? b : [b];
  if (list.length !== a.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== list[index]) return false;
  return true;
};

/** Reads the options, or reuses the last reading when nothing in them has changed. */
function optionsOf(options: EvaluateWarrantyOptions): ReadOptions {
  if (
    last !== undefined &&
    last.options === options &&
    last.timeZone === options.timeZone &&
    sameItems(last.policy, options.policy) &&
    sameItems(last.packs, options.jurisdictions ?? [])
  ) {
    return last.read;
  }
  const read = readOptions(options);
  const policy = options.policy;
  // Kept for the next call only when nothing in it can change under it: parsed policies and
  // settled packs are frozen; a policy given as JSON or an editable pack is read again each time.
  const items = Array.isArray(policy) ? policy : [policy];
  if (!items.every(isParsedPolicy) || !(options.jurisdictions ?? []).every(isSettledJurisdiction)) {
    last = undefined;
    return read;
  }
  last = {
    options,
    policy: Array.isArray(policy) ? [...policy] : [policy],
    packs: [...(options.jurisdictions ?? [])],
    timeZone: options.timeZone,
    read,
  };
  return read;
}

function readOptions(options: EvaluateWarrantyOptions): ReadOptions {
  if (options === null || typeof options !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const { policy, jurisdictions = [], timeZone } = options;
  if (!zones.has(timeZone)) zones.add(parseTimeZone(timeZone, ['options', 'timeZone']));
  const list = Array.isArray(policy) ? policy : [policy];
  if (list.length === 0) {
    throw AftersalesError.of('input.too_small', ['options', 'policy'], { minimum: 1, inclusive: true });
  }
  // Loops with one try each: nothing is allocated for options that check (the usual case).
  const policies: WarrantyPolicy[] = [];
  for (let index = 0; index < list.length; index += 1) {
    try {
      policies.push(parseWarrantyPolicy(list[index]));
    } catch (error) {
      throw under(error, Array.isArray(policy) ? ['options', 'policy', index] : ['options', 'policy']);
    }
  }
  if (!Array.isArray(jurisdictions)) {
    throw AftersalesError.of('input.invalid_type', ['options', 'jurisdictions'], {
      expected: 'array',
      received: typeName(jurisdictions),
    });
  }
  const packs: Jurisdiction[] = [];
  for (let index = 0; index < jurisdictions.length; index += 1) {
    try {
      packs.push(parseJurisdiction(jurisdictions[index]));
    } catch (error) {
      throw under(error, ['options', 'jurisdictions', index]);
    }
  }
  return { policies, jurisdictions: packs, timeZone };
}

/** The trace, in the order the rules were read. */
function traceOf(assessment: Assessment, jurisdictions: readonly Jurisdiction[], date: string): TraceStep[] {
  const trace = policySteps(assessment, date);
  conditionSteps(assessment, trace);
  trace.push(scopeStep(assessment));
  for (const check of assessment.checks)
    trace.push(coverageStep(check, assessment.startDate, assessment.facts.cause));
  for (const check of assessment.floors) trace.push(floorStep(check, assessment.facts.cause));
  for (const governing of assessment.governing) {
    const text = ungovernedText(governing);
    if (text !== undefined) {
      const packs = jurisdictions.filter((pack) => pack.market === governing.market);
      // Which pack governs is the rule of the packs' start (the rules in force on that date apply).
      const first = packs[0] as Jurisdiction;
      trace.push({
        rule: 'warranty.jurisdiction.governs',
        status: 'not_applicable',
        facts: { market: governing.market, jurisdictions: packs.map((pack) => pack.id) },
        message: text,
        cite: first.repairFloor?.cites.start ?? `regulation:${first.id}#scope`,
      });
    }
  }
  trace.push(preAuthorizationStep(assessment));
  return trace;
}

/**
 * Decides whether a repair is free under the carmaker's policy and the law: `covered`,
 * `not_covered`, or `needs_preauthorization` (covered, but above the dealer's authority and not
 * pre-authorized). The details say which coverage applies and how much time and distance is left,
 * or, when not covered, what would have covered it ("expired 12 days / 3,200 km ago").
 *
 * The policy in force on the vehicle's sale date is chosen from `policy`; each coverage is
 * "whichever comes first" from the policy's start event; conditions may void coverages. Then each
 * market's governing jurisdiction adds its legal minimum: under 三包 a quality problem inside the
 * 包修期 (3 years or 60,000 km) is repaired free even where the policy ends sooner
 * (`regulation:cn-sanbao-2021#18`). The trace lists every rule read, with its citation.
 *
 * @param request - a {@link WarrantyRequestInput}, validated here
 * @returns a {@link WarrantyDecision}
 * @throws AftersalesError for a bad request (`input.*`, `vin.*`, `time.*` with the field's path),
 *   `warranty.no_policy` when no policy is in force for the vehicle, `warranty.missing_fact` when
 *   the policy's start date is not recorded, `warranty.currency_mismatch`, `time.invalid_range`
 *   for a repair before coverage starts; bad options: `input.*`, `warranty.invalid_policy`,
 *   `warranty.invalid_jurisdiction`, `time.invalid_zone`
 * @example
 * const decision = evaluateWarranty(
 *   {
 *     vehicle: { vin: 'LHXAB2C31R0000012', brand: 'Huaxia', model: 'HX5', modelYear: 2024, invoiceDate: '2024-03-01' },
 *     repair: { date: '2027-05-02', odometerKm: 64_100, system: 'transmission' },
 *   },
 *   {
 *     policy: [huaxiaPolicy2022, huaxiaPolicy2024],
 *     jurisdictions: [cnSanbao2021, cnSanbao2013],
 *     timeZone: 'Asia/Shanghai',
 *   },
 * );
 * decision.outcome; // 'covered' (powertrain: 5 years or 150,000 km)
 */
export function evaluateWarranty(
  request: WarrantyRequestInput,
  options: EvaluateWarrantyOptions,
): WarrantyDecision {
  const { policies, jurisdictions, timeZone } = optionsOf(options);
  const facts = readRequest(request, timeZone);
  const policy = policyInForce(policies, facts);
  const date = soldOn(facts);
  if (policy === undefined || date === undefined) {
    throw AftersalesError.of('warranty.no_policy', ['vehicle'], {
      vehicle: `${facts.brand} ${facts.model} ${facts.vin}`,
      soldOn: date ?? 'an unrecorded date',
      soldOnZh: date ?? '未记录',
    });
  }
  if (facts.currency !== undefined && facts.currency !== policy.currency) {
    throw AftersalesError.of('warranty.currency_mismatch', ['repair', 'currency'], {
      expected: policy.currency,
      received: facts.currency,
    });
  }
  const governing = jurisdictions.length === 0 ? [] : governingJurisdictions(jurisdictions, facts);
  const assessment = assessCoverage(compilePolicy(policy), facts, governing);
  return {
    outcome: assessment.outcome,
    trace: traceOf(assessment, jurisdictions, date),
    details: warrantyDetails(assessment),
  };
}

/**
 * {@link evaluateWarranty} that returns a `Result` instead of throwing, for untrusted input.
 *
 * @example
 * const result = safeEvaluateWarranty(request, { policy, timeZone: 'Asia/Shanghai' });
 * if (!result.ok) result.issues[0]?.code; // e.g. 'warranty.no_policy'
 */
export function safeEvaluateWarranty(
  request: unknown,
  options: EvaluateWarrantyOptions,
): Result<WarrantyDecision> {
  return attempt(() => evaluateWarranty(request as WarrantyRequestInput, options));
}
