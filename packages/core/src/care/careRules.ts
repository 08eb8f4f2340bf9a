import type { Citation } from '../decision/citation';
import type { LocalizedText } from '../i18n/LocalizedText';

/**
 * The id of a customer-care rule: one kind of task the schedule produces.
 *
 * @example
 * const rule: CareRuleId = 'care.followup.first';
 */
export type CareRuleId =
  | 'care.archive'
  | 'care.followup.first'
  | 'care.followup.second'
  | 'care.escalate'
  | 'care.event.notice'
  | 'care.event.invitation'
  | 'wty.first.maintenance'
  | 'wty.precheck'
  | 'care.insurance.renewal'
  | 'care.annual.inspection';

/**
 * A customer-care rule as data: its stable id, the manual figure it comes from, and the title
 * of its tasks in English and 中文.
 *
 * @example
 * const rule: CareRule = careRules['care.escalate'];
 * rule.cite; // 'manual:care.escalate'
 */
export interface CareRule {
  readonly id: CareRuleId;
  readonly cite: Citation;
  readonly title: LocalizedText;
}

function rule(id: CareRuleId, cite: Citation, en: string, zh: string): CareRule {
  return Object.freeze({ id, cite, title: Object.freeze({ en, zh }) });
}

/**
 * Every customer-care rule, by id. Each cites the dealer-manual figure it implements
 * (`manual:<key>`, see SEED-FIGURES): the invitation letter cites `care.event.notice` (活动提前两周电话
 * 通知，两日内寄出邀请函), insurance and annual-inspection reminders cite `care.reminders`.
 *
 * @example
 * careRules['care.followup.second'].title.zh; // '第二次跟踪回访'
 * careRules['care.annual.inspection'].cite; // 'manual:care.reminders'
 */
export const careRules: Readonly<Record<CareRuleId, CareRule>> = Object.freeze({
  'care.archive': rule('care.archive', 'manual:care.archive', 'Create the customer record', '建立客户档案'),
  'care.followup.first': rule(
    'care.followup.first',
    'manual:care.followup.first',
    'First follow-up call after delivery',
    '交车后第一次跟踪回访',
  ),
  'care.followup.second': rule(
    'care.followup.second',
    'manual:care.followup.second',
    'Second follow-up call',
    '第二次跟踪回访',
  ),
  'care.escalate': rule(
    'care.escalate',
    'manual:care.escalate',
    'Report the unanswered customer request to the supervisor',
    '将未能解答的客户问题报告主管',
  ),
  'care.event.notice': rule(
    'care.event.notice',
    'manual:care.event.notice',
    'Phone the customer about the event, two weeks ahead',
    '活动提前两周电话通知客户',
  ),
  'care.event.invitation': rule(
    'care.event.invitation',
    'manual:care.event.notice',
    'Send the event invitation letter',
    '寄出活动邀请函',
  ),
  'wty.first.maintenance': rule(
    'wty.first.maintenance',
    'manual:wty.first.maintenance',
    'Remind the customer of the first maintenance',
    '提醒客户首次保养',
  ),
  'wty.precheck': rule(
    'wty.precheck',
    'manual:wty.precheck',
    'Invite the customer for an inspection before warranty parts expire',
    '索赔件到期前预约客户回厂检查',
  ),
  'care.insurance.renewal': rule(
    'care.insurance.renewal',
    'manual:care.reminders',
    'Remind the customer to renew the insurance',
    '提醒客户续保',
  ),
  'care.annual.inspection': rule(
    'care.annual.inspection',
    'manual:care.reminders',
    'Remind the customer of the annual inspection',
    '提醒客户车辆年检',
  ),
});

/**
 * The title of one warranty-part inspection task, naming the anniversary it comes before.
 *
 * @param months - the anniversary, in months after the sale
 * @returns e.g. `{ en: 'Invite … before the 1-year warranty-part anniversary', zh: '一年索赔件到期前…' }`
 *
 * @example
 * precheckTitle(6).zh; // '半年索赔件到期前预约客户回厂检查'
 * precheckTitle(24).en; // 'Invite the customer for an inspection before the 2-year warranty-part anniversary'
 */
export function precheckTitle(months: number): LocalizedText {
  const years = months / 12;
  const en = Number.isInteger(years) ? `${years}-year` : `${months}-month`;
  const zhNumbers = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
  const zh =
    months === 6
      ? '半年'
      : Number.isInteger(years)
        ? `${zhNumbers[years] ?? String(years)}年`
        : `${months}个月`;
  return {
    en: `Invite the customer for an inspection before the ${en} warranty-part anniversary`,
    zh: `${zh}索赔件到期前预约客户回厂检查`,
  };
}
