import type { LocalizedText } from '@aftersales/core';
import type { Assessment, CoverageCheck } from './assessCoverage';
import { leftText, overText } from './coverageSteps';
import { dateOf } from './dayMath';
import type { PeriodCheck } from './periodCheck';

/**
 * The details of a warranty decision, as plain JSON (`null` where a value does not apply):
 * - `policy`, `policyVersion`: the policy applied; `startDate` when the paying coverage started
 *   (the policy's start event, or the jurisdiction's start when the legal minimum pays);
 * - `coverage`, `coverageClass`: the coverage that pays; `basis` `policy` (the carmaker's) or
 *   `jurisdiction` (the legal minimum, `jurisdiction` names the pack);
 * - `endDate`, `daysLeft`, `kmLeft`: of the coverage that pays (`null`: not limited);
 * - `deductible` of that coverage;
 * - `preAuthorization`: `not_needed`, `required` (outcome `needs_preauthorization`), `granted`;
 * - `expired`: when not covered, the coverage that came nearest: how many days and km it is past
 *   (`null` for a limit not past);
 * - `hint`: when not covered or not yet authorized, what would change the answer, en/zh.
 */
export type WarrantyDetails = {
  readonly policy: string;
  readonly policyVersion: string;
  readonly startDate: string;
  readonly coverage: string | null;
  readonly coverageClass: string | null;
  readonly basis: 'policy' | 'jurisdiction' | null;
  readonly jurisdiction: string | null;
  readonly endDate: string | null;
  readonly daysLeft: number | null;
  readonly kmLeft: number | null;
  readonly deductible: string | null;
  readonly preAuthorization: 'not_needed' | 'required' | 'granted';
  readonly expired: {
    readonly coverage: string;
    readonly daysAgo: number | null;
    readonly kmAgo: number | null;
  } | null;
  readonly hint: { readonly en: string; readonly zh: string } | null;
};

const finite = (value: number): number | null => (Number.isFinite(value) && value >= 0 ? value : null);

/** Of the coverages past their period, the one nearest: fewest days past, then fewest km. */
function nearestMiss(checks: readonly CoverageCheck[]): CoverageCheck | undefined {
  let best: CoverageCheck | undefined;
  for (const check of checks) {
    if (check.status !== 'expired' || check.period === undefined) continue;
    const period = check.period;
    const bestPeriod = best?.period;
    if (bestPeriod === undefined) best = check;
    else if (
      Math.min(period.dayMargin, 0) > Math.min(bestPeriod.dayMargin, 0) ||
      (Math.min(period.dayMargin, 0) === Math.min(bestPeriod.dayMargin, 0) &&
        Math.min(period.kmMargin, 0) > Math.min(bestPeriod.kmMargin, 0))
    ) {
      best = check;
    }
  }
  return best;
}

const CONDITION_NAMES = {
  firstMaintenance: { en: 'first maintenance done on time', zh: '按时完成首保' },
  noCommercialUse: { en: 'no commercial use', zh: '非营运使用' },
  noModification: { en: 'no forbidden modification', zh: '未擅自改装' },
  notAccidentDamage: { en: 'not accident damage', zh: '非事故损伤' },
} as const;

const STATUS_NAMES = {
  within: { en: 'within its period', zh: '在保修期内' },
  expired: { en: 'expired', zh: '已过期' },
  voided: { en: 'void by a condition', zh: '因保修条件失效' },
  not_transferred: { en: 'it does not pass to a later owner', zh: '不随车辆转让给后续车主' },
  vehicle: { en: 'it is for another kind of vehicle', zh: '适用于其他类型车辆' },
  cause: { en: 'it does not pay for this cause', zh: '不保修该原因造成的故障' },
} as const;

function notCoveredHint(assessment: Assessment, miss: CoverageCheck | undefined): LocalizedText {
  const voided = assessment.checks.find((check) => check.status === 'voided');
  if (voided?.period?.within) {
    const left = leftText(voided.period);
    const condition = CONDITION_NAMES[voided.voidedBy as keyof typeof CONDITION_NAMES];
    return {
      en: `${voided.compiled.coverage.id} would cover it (${left.en}) but a warranty condition is not met: ${condition.en}`,
      zh: `本可由 ${voided.compiled.coverage.id} 保修（${left.zh}），但未满足保修条件：${condition.zh}`,
    };
  }
  if (miss?.period !== undefined) {
    const over = overText(miss.period);
    return {
      en: `${miss.compiled.coverage.id} expired ${over.en}`,
      zh: `${miss.compiled.coverage.id} 已过期，超出${over.zh}`,
    };
  }
  const other = assessment.checks[0];
  if (other !== undefined) {
    return {
      en: `${other.compiled.coverage.id} covers the part but not this case: ${STATUS_NAMES[other.status].en}`,
      zh: `${other.compiled.coverage.id} 覆盖该部件，但不适用于本情形：${STATUS_NAMES[other.status].zh}`,
    };
  }
  return {
    en: 'No coverage of the policy covers this system, part group or failure code',
    zh: '政策中没有覆盖该系统、配件组或故障代码的保修项目',
  };
}

/** The details of a decision from its assessment. */
export function warrantyDetails(assessment: Assessment): WarrantyDetails {
  const { compiled, chosen, floor, outcome } = assessment;
  const policy = compiled.policy;
  const period: PeriodCheck | undefined = chosen?.period ?? floor?.period;
  const miss = outcome === 'not_covered' ? nearestMiss(assessment.checks) : undefined;
  const above = policy.preAuthorizationAbove;
  return {
    policy: policy.id,
    policyVersion: policy.version,
    startDate: chosen === undefined && floor !== undefined ? floor.startDate : assessment.startDate,
    coverage: chosen?.compiled.coverage.id ?? (floor === undefined ? null : floor.jurisdiction.id),
    coverageClass: chosen?.compiled.coverage.class ?? null,
    basis: chosen !== undefined ? 'policy' : floor !== undefined ? 'jurisdiction' : null,
    jurisdiction: chosen === undefined && floor !== undefined ? floor.jurisdiction.id : null,
    endDate: period?.endDay === undefined ? null : dateOf(period.endDay),
    daysLeft: period === undefined ? null : finite(period.dayMargin),
    kmLeft: period === undefined ? null : finite(period.kmMargin),
    deductible: chosen?.compiled.deductible ?? null,
    preAuthorization:
      outcome === 'needs_preauthorization'
        ? 'required'
        : assessment.aboveAuthority && assessment.facts.preAuthorizationNumber !== undefined
          ? 'granted'
          : 'not_needed',
    expired:
      miss?.period === undefined
        ? null
        : {
            coverage: miss.compiled.coverage.id,
            daysAgo: miss.period.dayMargin < 0 ? -miss.period.dayMargin : null,
            kmAgo: miss.period.kmMargin < 0 ? -miss.period.kmMargin : null,
          },
    hint:
      outcome === 'not_covered'
        ? notCoveredHint(assessment, miss)
        : outcome === 'needs_preauthorization'
          ? {
              en: `Ask the carmaker for pre-authorization: ${assessment.facts.amount} is above ${above}`,
              zh: `请向厂家申请超权限预授权：${assessment.facts.amount} 超过 ${above}`,
            }
          : null,
  };
}
