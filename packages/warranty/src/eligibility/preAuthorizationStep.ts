import type { TraceStep } from '@aftersales/core';
import type { Assessment } from './assessCoverage';

/** Whether the repair is within the dealer's authority, or pre-authorized. */
export function preAuthorizationStep(assessment: Assessment): TraceStep {
  const { compiled, facts, aboveAuthority, outcome } = assessment;
  const rule = compiled.rules.preAuthorization;
  const above = compiled.policy.preAuthorizationAbove ?? null;
  const shown = {
    amount: facts.amount ?? null,
    authority: above,
    preAuthorizationNumber: facts.preAuthorizationNumber ?? null,
  };
  if (above === null) {
    return rule.notApplicable(shown, {
      en: 'The policy sets no authority limit',
      zh: '政策未设定经销商权限额度',
    });
  }
  if (outcome === 'not_covered') {
    return rule.notApplicable(shown, {
      en: 'Not covered: nothing to authorize',
      zh: '不在保修范围内，无需授权',
    });
  }
  if (facts.amount === undefined) {
    return rule.notApplicable(shown, {
      en: `No amount given: compare it with the authority of ${above} before the repair`,
      zh: `未给出金额：维修前请与权限额度 ${above} 比较`,
    });
  }
  if (!aboveAuthority) {
    return rule.passed(shown, {
      en: `${facts.amount} is within the dealer's authority of ${above}`,
      zh: `${facts.amount} 未超过经销商权限额度 ${above}`,
    });
  }
  if (facts.preAuthorizationNumber !== undefined) {
    return rule.passed(shown, {
      en: `${facts.amount} is above the authority of ${above}: pre-authorized (${facts.preAuthorizationNumber})`,
      zh: `${facts.amount} 超过权限额度 ${above}，已获预授权（${facts.preAuthorizationNumber}）`,
    });
  }
  return rule.failed(shown, {
    en: `${facts.amount} is above the dealer's authority of ${above}: ask the carmaker for pre-authorization`,
    zh: `${facts.amount} 超过经销商权限额度 ${above}，须向厂家申请超权限预授权`,
  });
}
