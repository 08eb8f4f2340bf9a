import { type Citation, isAftersalesError, type JsonObject, type LocalizedText } from '@aftersales/core';
import { type Assessment, assessCoverage, type CoverageCheck } from '../../eligibility/assessCoverage';
import { compilePolicy } from '../../eligibility/compiledPolicy';
import { coverageStep, periodFacts } from '../../eligibility/coverageSteps';
import { floorStep } from '../../eligibility/floorSteps';
import { grouped } from '../../eligibility/numberText';
import { governingJurisdictions } from '../../jurisdiction/governingJurisdictions';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { repairFactsOf } from '../claimFacts';

/** The citation of the first reason the repair is not covered. */
function citeOf(assessment: Assessment, failed: readonly CoverageCheck[]): Citation {
  const { rules } = assessment.compiled;
  const first = failed[0];
  if (first === undefined) return assessment.floors[0]?.rules.period.cite ?? rules.scope.cite;
  if (first.status === 'voided' && first.voidedBy !== undefined) return rules[first.voidedBy].cite;
  return first.compiled.rules[first.basis].cite;
}

function notCovered(c: ClaimContext, assessment: Assessment): void {
  const { claim } = c;
  const { facts, startDate } = assessment;
  const failed = assessment.checks.filter((check) => check.status !== 'vehicle');
  const reasons: LocalizedText[] = failed.map((check) => coverageStep(check, startDate, facts.cause).message);
  for (const floor of assessment.floors) reasons.push(floorStep(floor, facts.cause).message);
  if (failed.length === 0) {
    const what = [facts.system, facts.partGroup, facts.failureCode].filter((x) => x !== undefined).join(', ');
    reasons.unshift({
      en: `no coverage of ${assessment.compiled.policy.id} covers the repair (${what})`,
      zh: `保修政策 ${assessment.compiled.policy.id} 没有覆盖该维修的保修项目（${what}）`,
    });
  }
  const km = grouped(claim.odometerKm);
  addFinding(
    c,
    'claim.out_of_coverage',
    'reject',
    'coverage',
    citeOf(assessment, failed),
    {
      en: `Not covered on ${claim.repairDate} at ${km} km: ${reasons.map((r) => r.en).join('; ')}`,
      zh: `${claim.repairDate}、${km} km 时不在保修范围内：${reasons.map((r) => r.zh).join('；')}`,
    },
    {
      policy: assessment.compiled.policy.id,
      repairDate: claim.repairDate,
      km: claim.odometerKm,
      startDate,
      system: facts.system ?? null,
      partGroup: facts.partGroup ?? null,
      failureCode: facts.failureCode ?? null,
      coverages: failed.map(
        (check): JsonObject => ({
          coverage: check.compiled.coverage.id,
          status: check.status,
          voidedBy: check.voidedBy ?? null,
          ...(check.period === undefined ? {} : periodFacts(check.period)),
        }),
      ),
      floors: assessment.floors.map(
        (floor): JsonObject => ({
          jurisdiction: floor.jurisdiction.id,
          status: floor.status,
          ...(floor.period === undefined ? {} : periodFacts(floor.period)),
        }),
      ),
    },
  );
}

/**
 * Coverage at the repair date and odometer, by the coverage engine (`assessCoverage`): the policy
 * in force at the sale date, its conditions, and each governing jurisdiction's legal floor (a
 * repair inside the 三包 包修期 counts as covered). `claim.out_of_coverage` (reject) says what
 * expired and by how much ("expired 12 days / 3,200 km ago"); `claim.coverage_unknown` (review)
 * when a fact it needs is missing (the start date; what was repaired).
 */
export function checkCoverage(run: AuditRun, c: ClaimContext): void {
  const { vehicle, policy } = c;
  if (vehicle === undefined || policy === undefined) {
    c.tally.notChecked(RULE.coverage);
    return;
  }
  const facts = repairFactsOf(run, c, vehicle);
  const compiled = compilePolicy(policy);
  if (facts.system === undefined && facts.partGroup === undefined && facts.failureCode === undefined) {
    c.tally.notChecked(RULE.coverage);
    addFinding(
      c,
      'claim.coverage_unknown',
      'review',
      'coverage',
      compiled.rules.scope.cite,
      {
        en: 'Neither the system (labor times), the causal part group nor a failure code of the repair is known: coverage not checked',
        zh: '维修的系统（标准工时）、主损件配件组与故障代码均未知：未检查保修范围',
      },
      { policy: policy.id },
    );
    return;
  }
  const { jurisdictions } = run.context;
  const governing = jurisdictions.length === 0 ? [] : governingJurisdictions(jurisdictions, facts);
  c.tally.checked(RULE.coverage);
  let assessment: Assessment;
  try {
    assessment = assessCoverage(compiled, facts, governing);
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    const before = error.code === 'time.invalid_range';
    addFinding(
      c,
      before ? 'claim.out_of_coverage' : 'claim.coverage_unknown',
      before ? 'reject' : 'review',
      'coverage',
      compiled.rules.start.cite,
      { en: `Coverage: ${error.messages.en}`, zh: `保修范围：${error.messages.zh}` },
      { policy: policy.id, code: error.code, path: error.path.join('.') },
    );
    return;
  }
  if (assessment.outcome === 'not_covered') notCovered(c, assessment);
}
