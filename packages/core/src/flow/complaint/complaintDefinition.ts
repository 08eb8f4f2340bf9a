import { complaintCategorySchema } from '../../schemas/complaint';
import { eventType, type On, type Payload, stateOf, to } from '../definitionBuilders';
import type { FlowDefinition, FlowEventDefinition, FlowSla, FlowStateDefinition } from '../types';
import { complaintGuards } from './complaintGuards';

/**
 * The complaint flow of the dealer manuals (SEED-FIGURES "Flows described": receive and record →
 * investigate → resolve → answer the complainant → follow up; unresolved items escalate), as
 * data. Each state carries the Complaint schema status it corresponds to as a `status:<value>` tag.
 */

const category = (required: boolean): Payload => ({
  category: { type: 'string', required, enum: complaintCategorySchema.options },
});

const events: Record<string, FlowEventDefinition> = {
  record_complaint: eventType('Receive and record the complaint', '受理并登记投诉', false, category(false)),
  categorize: eventType('Categorize the complaint', '投诉分类', false, category(true)),
  start_investigation: eventType('Start the investigation', '开始调查'),
  propose_resolution: eventType('Propose a resolution', '提出解决方案'),
  answer_customer: eventType('Answer the customer', '答复客户'),
  reject_resolution: eventType('The customer rejects the resolution', '客户不接受解决方案', true),
  record_follow_up: eventType('Record the follow-up call', '记录回访', false, {
    satisfied: { type: 'boolean', required: true },
  }),
  escalate: eventType('Report to the supervisor', '上报主管', true, {
    supervisorId: { type: 'string', required: true },
  }),
  close: eventType('Close the complaint', '关闭投诉'),
  withdraw: eventType('The customer withdraws the complaint', '客户撤回投诉', true),
};

const escalate: On = {
  escalate: to(undefined, {
    guards: ['complaint.escalate-to-another-person'],
    assign: ['complaint.escalate'],
    effects: ['complaint.notify-supervisor'],
  }),
};
const withdraw: On = { withdraw: to('withdrawn') };
const categorize: On = { categorize: to(undefined, { assign: ['complaint.set-category'] }) };
const rejectResolution: On = {
  reject_resolution: to('investigating', { assign: ['complaint.clear-satisfaction'] }),
};
const followUp = (target: string | undefined): On => ({
  record_follow_up: to(target, { assign: ['complaint.record-satisfaction'] }),
});

const state = (en: string, zh: string, status: string, on: On = {}, final = false): FlowStateDefinition =>
  stateOf(en, zh, `status:${status}`, on, final);

const states: Record<string, FlowStateDefinition> = {
  new: state('Being received', '受理中', 'received', {
    record_complaint: to('recorded', { assign: ['complaint.set-category'] }),
  }),
  recorded: state('Received and recorded', '已受理登记', 'received', {
    start_investigation: to('investigating', { guards: ['complaint.category-known'] }),
    ...categorize,
    ...escalate,
    ...withdraw,
  }),
  investigating: state('Under investigation', '调查中', 'investigating', {
    propose_resolution: to('resolution_proposed', { assign: ['complaint.count-proposal'] }),
    ...categorize,
    ...escalate,
    ...withdraw,
  }),
  resolution_proposed: state(
    'Resolution found, customer not answered yet',
    '已有解决方案，待答复客户',
    'resolved',
    {
      answer_customer: to('answered', { effects: ['complaint.schedule-follow-up'] }),
      ...escalate,
      ...withdraw,
    },
  ),
  answered: state('Customer answered, waiting for the follow-up', '已答复客户，待回访', 'resolved', {
    ...followUp('followed_up'),
    ...rejectResolution,
    ...escalate,
    ...withdraw,
  }),
  followed_up: state('Followed up', '已回访', 'resolved', {
    ...followUp(undefined),
    close: to('closed', {
      guards: ['complaint.dissatisfied-escalated', 'complaint.dissatisfied-closed-by-supervisor'],
    }),
    ...rejectResolution,
    ...escalate,
    ...withdraw,
  }),
  closed: state('Closed', '已关闭', 'closed', {}, true),
  withdrawn: state('Withdrawn by the customer', '客户已撤回', 'withdrawn', {}, true),
};

const sla = (s: FlowSla): FlowSla => s;

/**
 * The SLAs the audit checks on a complaint, both from `care.escalate` ("a customer request not
 * answered on the call is reported to the supervisor within 2 days; the customer is answered the
 * same day a solution is found"). An SLA has one stop point, so "report it within 2 days unless
 * it was answered" is written as the answer clock: a complaint answered more than 2 days after it
 * was recorded is a finding only when no `escalate` event falls within those 2 days (the audit
 * applies that exception).
 */
const slas: FlowSla[] = [
  sla({
    id: 'care.complaint.answer',
    title: {
      en: 'A complaint is answered within 2 days, or reported to the supervisor within them',
      zh: '投诉两日内答复客户，否则两日内上报主管',
    },
    cite: 'manual:care.escalate',
    start: { event: 'record_complaint' },
    // Whichever comes first stops the clock: the answer, or the report to the supervisor.
    stop: [{ event: 'answer_customer' }, { event: 'escalate' }],
    limit: { days: 2 },
  }),
  sla({
    id: 'care.answer.same-day',
    title: {
      en: 'The customer is answered the same day a solution is found',
      zh: '找到解决方案当天答复客户',
    },
    cite: 'manual:care.escalate',
    start: { event: 'propose_resolution' },
    stop: { event: 'answer_customer' },
    limit: { days: 0 },
  }),
];

/** The complaint flow definition (data). */
export const complaintDefinition: FlowDefinition = {
  id: 'complaint',
  version: 1,
  title: { en: 'Complaint', zh: '投诉处理' },
  cite: 'manual:flows.complaint',
  initial: 'new',
  states,
  events,
  guards: complaintGuards,
  effects: {
    'complaint.notify-supervisor': {
      title: { en: 'Tell the supervisor about the complaint', zh: '通知主管' },
    },
    'complaint.schedule-follow-up': { title: { en: 'Schedule the follow-up call', zh: '安排回访' } },
  },
  slas,
};
