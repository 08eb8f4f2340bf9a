import type { FlowGuardDefinition, GuardCheck } from '../types';
import type { WarrantyClaimFlowData } from './warrantyClaimData';

/**
 * The guards of the warranty-claim flow, from the dealer manuals: each a rule with a stable id, a
 * citation, the message shown when it blocks, and what would unblock it.
 */

type Check = GuardCheck<WarrantyClaimFlowData>;

/** Guard definitions (data) of the warranty-claim flow. */
export const warrantyClaimGuards: Record<string, FlowGuardDefinition> = {
  'wty.eligible': {
    title: { en: 'The repair is covered by the warranty', zh: '维修在保修范围内' },
    cite: 'manual:flows.warranty-claim',
    message: {
      en: 'the eligibility decision says the repair is not covered: no claim can be submitted',
      zh: '保修资格判定为不在保修范围内，不能提交索赔',
    },
    unblock: {
      message: {
        en: 'correct the data and check eligibility again, or withdraw the claim and charge the repair elsewhere',
        zh: '请更正数据后重新判定保修资格，或撤回索赔、改由其他方付费',
      },
      events: ['check_eligibility', 'withdraw'],
    },
  },
  'wty.preauthorization-needed': {
    title: { en: 'The claim is above the dealer’s authority', zh: '索赔超出经销商权限' },
    cite: 'manual:wty.preauth',
    message: {
      en: 'the eligibility decision does not call for the carmaker’s pre-authorization',
      zh: '保修资格判定不需要厂家超权限预授权',
    },
    unblock: {
      message: { en: 'submit the claim directly', zh: '请直接提交索赔' },
      events: ['submit'],
    },
  },
  'wty.within-authority-or-preauthorized': {
    title: {
      en: 'The claim is within the dealer’s authority or pre-authorized',
      zh: '索赔在经销商权限内或已获预授权',
    },
    cite: 'manual:wty.preauth',
    message: {
      en: 'the claim is above the dealer’s authority and not pre-authorized by the carmaker',
      zh: '索赔超出经销商权限，且未获厂家预授权',
    },
    unblock: {
      message: { en: 'ask the carmaker for pre-authorization', zh: '请向厂家申请超权限预授权' },
      events: ['request_preauthorization'],
    },
  },
  'wty.old-part-recorded': {
    title: { en: 'The replaced part is retained (or there is none)', zh: '旧件已保留（或无旧件）' },
    cite: 'manual:wty.old.parts',
    message: {
      en: 'record that the replaced part is retained for the carmaker, or that nothing was replaced',
      zh: '须登记旧件已保留待回运，或登记本次无更换件',
    },
    unblock: {
      message: { en: 'record the old part', zh: '请登记旧件' },
      events: ['record_old_part'],
      fields: ['data.disposition'],
    },
  },
  'wty.claim-submitted': {
    title: { en: 'The carmaker decided on a submitted claim', zh: '厂家已审核提交的索赔' },
    cite: 'manual:flows.warranty-claim',
    message: {
      en: 'the carmaker denied the pre-authorization: the claim was never submitted, so there is no decision to appeal',
      zh: '厂家拒绝了预授权，索赔从未提交，没有可申诉的审核结果',
    },
    unblock: {
      message: {
        en: 'the repair is not covered by the carmaker: charge it to the customer or as goodwill',
        zh: '厂家不承担该维修：请由客户付费或按善意维修处理',
      },
    },
  },
  'wty.old-part-retained': {
    title: { en: 'A replaced part was retained', zh: '已保留旧件' },
    cite: 'manual:wty.old.parts',
    message: {
      en: 'no replaced part was retained for this claim: there is nothing to ship',
      zh: '该索赔没有保留旧件，无件可回运',
    },
    unblock: {
      message: { en: 'a labour-only claim has no old part to return', zh: '纯工时索赔无旧件需回运' },
    },
  },
};

/** The checks behind the warranty-claim guards. */
export const warrantyClaimGuardChecks: Record<string, Check> = {
  'wty.eligible': (data) =>
    data.outcome !== null && data.outcome !== 'not_covered'
      ? true
      : { passed: false, facts: { outcome: data.outcome } },
  'wty.preauthorization-needed': (data) =>
    data.outcome === 'needs_preauthorization' ? true : { passed: false, facts: { outcome: data.outcome } },
  'wty.within-authority-or-preauthorized': (data) =>
    data.preauthorization === 'not_needed' || data.preauthorization === 'granted'
      ? true
      : { passed: false, facts: { preauthorization: data.preauthorization } },
  'wty.old-part-recorded': (data) => data.oldPart !== null,
  'wty.claim-submitted': (data) =>
    data.submissions > 0 ? true : { passed: false, facts: { submissions: data.submissions } },
  'wty.old-part-retained': (data) =>
    data.oldPart === 'retained' ? true : { passed: false, facts: { oldPart: data.oldPart } },
};
