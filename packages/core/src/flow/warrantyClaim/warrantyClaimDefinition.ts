import { eventType, type On, stateOf, to } from '../definitionBuilders';
import type { FlowDefinition, FlowEventDefinition, FlowStateDefinition } from '../types';
import { warrantyClaimGuards } from './warrantyClaimGuards';

/**
 * The warranty-claim flow of the dealer manuals (SEED-FIGURES "Flows described": judge
 * eligibility and scope → repair → retain the replaced part → submit the claim (over-authority
 * claims need pre-approval) → OEM review → paid or rejected → old part shipped back), as data.
 * Each state carries the WarrantyClaim schema status it corresponds to as a `status:<value>` tag.
 *
 * No SLAs: the manuals give no figure for the claim's own deadlines (submission within N days of
 * the repair, old-part return deadline); they are carmaker policy (`wty.old.parts`, `wty.preauth`:
 * "per OEM policy / threshold"), so a carmaker's plugin adds them with `oem:` citations.
 */

const events: Record<string, FlowEventDefinition> = {
  check_eligibility: eventType('Check warranty eligibility', '判定保修资格', false, {
    outcome: { type: 'string', required: true, enum: ['covered', 'not_covered', 'needs_preauthorization'] },
    decisionId: { type: 'string' },
  }),
  record_old_part: eventType('Record the replaced part', '登记旧件', false, {
    disposition: { type: 'string', required: true, enum: ['retained', 'none'] },
  }),
  request_preauthorization: eventType('Ask the carmaker for pre-authorization', '申请超权限预授权'),
  grant_preauthorization: eventType('The carmaker grants pre-authorization', '厂家批准预授权', false, {
    number: { type: 'string', required: true },
  }),
  deny_preauthorization: eventType('The carmaker denies pre-authorization', '厂家拒绝预授权', true),
  submit: eventType('Submit the claim to the carmaker', '提交索赔'),
  return_for_correction: eventType('The carmaker returns the claim for correction', '厂家退回修改', true),
  resubmit: eventType('Resubmit the corrected claim', '重新提交索赔'),
  approve: eventType('The carmaker approves the claim', '厂家批准索赔'),
  approve_partially: eventType('The carmaker approves part of the claim', '厂家部分批准索赔', true),
  reject: eventType('The carmaker rejects the claim', '厂家拒赔', true),
  appeal: eventType('Appeal the carmaker’s decision', '申诉', true),
  record_payment: eventType('Record the carmaker’s payment', '登记厂家结算', false),
  ship_old_part: eventType('Ship the old part to the carmaker', '旧件回运'),
  charge_back: eventType('The carmaker charges the claim back', '厂家索赔扣款', true),
  withdraw: eventType('Withdraw the claim', '撤回索赔', true),
};

const recordOldPart: On = { record_old_part: to(undefined, { assign: ['wty.record-old-part'] }) };
const withdraw: On = { withdraw: to('withdrawn') };
const submitted = (event: string, guards: string[] = []): On => ({
  [event]: to('submitted', { guards, assign: ['wty.count-submission'], effects: ['wty.send-claim'] }),
});
const submit = submitted('submit', [
  'wty.eligible',
  'wty.within-authority-or-preauthorized',
  'wty.old-part-recorded',
]);
const chargeBack: On = { charge_back: to('charged_back') };

const state = (en: string, zh: string, status: string, on: On = {}, final = false): FlowStateDefinition =>
  stateOf(en, zh, `status:${status}`, on, final);

const states: Record<string, FlowStateDefinition> = {
  draft: state('Draft', '草稿', 'draft', {
    check_eligibility: to('eligibility_checked', { assign: ['wty.set-outcome'] }),
    ...recordOldPart,
    ...withdraw,
  }),
  eligibility_checked: state('Eligibility checked', '已判定保修资格', 'draft', {
    check_eligibility: to(undefined, { assign: ['wty.set-outcome'] }),
    request_preauthorization: to('preauthorization_pending', {
      guards: ['wty.preauthorization-needed'],
      assign: ['wty.request-preauthorization'],
      effects: ['wty.send-preauthorization-request'],
    }),
    ...submit,
    ...recordOldPart,
    ...withdraw,
  }),
  preauthorization_pending: state('Waiting for the carmaker’s pre-authorization', '待厂家预授权', 'draft', {
    grant_preauthorization: to('preauthorized', { assign: ['wty.grant-preauthorization'] }),
    deny_preauthorization: to('rejected', { assign: ['wty.deny-preauthorization'] }),
    ...recordOldPart,
    ...withdraw,
  }),
  preauthorized: state('Pre-authorized', '已获预授权', 'draft', {
    ...submit,
    ...recordOldPart,
    ...withdraw,
  }),
  submitted: state('Submitted, under the carmaker’s review', '已提交，厂家审核中', 'submitted', {
    return_for_correction: to('returned', { assign: ['wty.count-return'] }),
    approve: to('approved'),
    approve_partially: to('partially_approved'),
    reject: to('rejected'),
  }),
  returned: state('Returned for correction', '退回修改', 'submitted', {
    ...submitted('resubmit'),
    ...recordOldPart,
  }),
  approved: state('Approved', '已批准', 'approved', {
    record_payment: to('paid'),
  }),
  partially_approved: state('Partially approved', '部分批准', 'partially_approved', {
    record_payment: to('paid'),
    ...submitted('appeal', ['wty.claim-submitted']),
  }),
  rejected: state('Rejected', '已拒赔', 'rejected', {
    ...submitted('appeal', ['wty.claim-submitted']),
  }),
  paid: state('Paid', '已结算', 'paid', {
    ship_old_part: to('old_part_shipped', {
      guards: ['wty.old-part-retained'],
      assign: ['wty.ship-old-part'],
    }),
    ...chargeBack,
  }),
  old_part_shipped: state('Paid, old part shipped back', '已结算，旧件已回运', 'paid', {
    ...chargeBack,
  }),
  charged_back: state('Charged back', '已扣款', 'charged_back', {}, true),
  withdrawn: state('Withdrawn before the carmaker decided', '已撤回', 'draft', {}, true),
};

/** The warranty-claim flow definition (data). */
export const warrantyClaimDefinition: FlowDefinition = {
  id: 'warranty-claim',
  version: 1,
  title: { en: 'Warranty claim', zh: '索赔' },
  cite: 'manual:flows.warranty-claim',
  initial: 'draft',
  states,
  events,
  guards: warrantyClaimGuards,
  effects: {
    'wty.send-claim': { title: { en: 'Send the claim to the carmaker', zh: '向厂家提交索赔单' } },
    'wty.send-preauthorization-request': {
      title: { en: 'Send the pre-authorization request to the carmaker', zh: '向厂家提交超权限申请' },
    },
  },
};
