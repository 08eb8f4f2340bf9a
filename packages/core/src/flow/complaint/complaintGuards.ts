import type { FlowGuardDefinition, GuardCheck } from '../types';
import type { ComplaintFlowData } from './complaintData';

/**
 * The guards of the complaint flow, from the customer-care manual: each a rule with a stable id,
 * a citation, the message shown when it blocks, and what would unblock it.
 */

type Check = GuardCheck<ComplaintFlowData>;

/** Guard definitions (data) of the complaint flow. */
export const complaintGuards: Record<string, FlowGuardDefinition> = {
  'complaint.category-known': {
    title: { en: 'The complaint is categorized', zh: '投诉已分类' },
    cite: 'manual:flows.complaint',
    message: {
      en: 'an uncategorized complaint cannot be routed for investigation',
      zh: '投诉未分类，无法分派调查',
    },
    unblock: {
      message: {
        en: 'record what the complaint is about (repair quality, price, attitude…)',
        zh: '请登记投诉类别（维修质量、收费、服务态度等）',
      },
      events: ['categorize'],
      fields: ['data.category'],
    },
  },
  'complaint.escalate-to-another-person': {
    title: { en: 'The complaint is reported to someone else', zh: '投诉上报给他人' },
    cite: 'manual:care.escalate',
    message: {
      en: 'a complaint is reported to a supervisor, not to the person reporting it',
      zh: '投诉须上报主管，不能上报给本人',
    },
    unblock: {
      message: { en: 'name the supervisor the complaint is reported to', zh: '请填写接收上报的主管' },
      fields: ['data.supervisorId'],
    },
    readsPayload: true,
  },
  'complaint.dissatisfied-escalated': {
    title: {
      en: 'A complaint the customer is still dissatisfied with was reported to a supervisor',
      zh: '客户仍不满意的投诉已上报主管',
    },
    cite: 'manual:flows.complaint',
    message: {
      en: 'the customer is still dissatisfied: an unresolved complaint is escalated before it is closed',
      zh: '客户仍不满意：未解决的投诉须先上报主管才能关闭',
    },
    unblock: {
      message: {
        en: 'report the complaint to the supervisor, or resume the investigation',
        zh: '请将投诉上报主管，或重新调查',
      },
      events: ['escalate', 'reject_resolution'],
    },
  },
  'complaint.dissatisfied-closed-by-supervisor': {
    title: {
      en: 'A complaint the customer is still dissatisfied with is closed by the supervisor',
      zh: '客户仍不满意的投诉由主管关闭',
    },
    cite: 'manual:flows.complaint',
    message: {
      en: 'the customer is still dissatisfied: only the supervisor it was reported to may close it',
      zh: '客户仍不满意：只有接收上报的主管可以关闭该投诉',
    },
    unblock: {
      message: { en: 'have the supervisor close the complaint', zh: '请由主管关闭投诉' },
      fields: ['actor'],
    },
    readsPayload: true,
  },
};

const dissatisfied = (data: ComplaintFlowData) => data.satisfied === false;

/** The checks behind the complaint guards. */
export const complaintGuardChecks: Record<string, Check> = {
  'complaint.category-known': (data) => data.category !== null,
  'complaint.escalate-to-another-person': (_data, event) => {
    const to = (event.data as { supervisorId?: unknown } | undefined)?.supervisorId;
    return to !== event.actor
      ? true
      : { passed: false, facts: { actor: event.actor, supervisorId: String(to) } };
  },
  'complaint.dissatisfied-escalated': (data) =>
    !dissatisfied(data) || data.escalated !== null
      ? true
      : { passed: false, facts: { satisfied: false, escalated: null } },
  // Checked once the complaint was reported; before that, 'complaint.dissatisfied-escalated' blocks.
  'complaint.dissatisfied-closed-by-supervisor': (data, event) => {
    if (!dissatisfied(data) || data.escalated === null || event.actor === data.escalated.to) return true;
    return { passed: false, facts: { actor: event.actor, supervisorId: data.escalated.to } };
  },
};
