import { payTypeSchema } from '../../schemas/payType';
import { repairOrderHoldSchema, repairOrderKindSchema } from '../../schemas/repairOrderCodes';
import { eventType, type On, type Payload, stateOf, to } from '../definitionBuilders';
import type {
  FlowDefinition,
  FlowEventDefinition,
  FlowSla,
  FlowStateDefinition,
  FlowTransitionDefinition,
} from '../types';
import { repairOrderGuards } from './repairOrderGuards';

/**
 * The repair-order flow of the dealer manuals (SEED-FIGURES "Flows described", FLOWS.md), as
 * data: appointment → reception & interview → walk-around → estimate → customer approval (per
 * line) → dispatch → repair (holds laid over it) → additional work → approval → self, peer and
 * final inspection (a failed check returns the job to repair) → wash → ready → settled →
 * delivered → follow-up → closed; plus cancelled, reopened for a comeback, and roadside rescue.
 * Each state carries its STAR stage as a tag.
 */

const id = { type: 'string', required: true } as const;
const kind: Payload = { kind: { type: 'string', enum: repairOrderKindSchema.options } };
const line: Payload = { lineId: id };
const newLine: Payload = {
  lineId: id,
  payType: { type: 'string', required: true, enum: payTypeSchema.options },
  priced: { type: 'boolean' },
};
const inspector: Payload = { inspectorId: id };

const events: Record<string, FlowEventDefinition> = {
  book_appointment: eventType('Book an appointment', '预约', false, kind),
  start_rescue: eventType('Start a roadside rescue', '救援出车'),
  receive_vehicle: eventType('Receive the vehicle and interview the customer', '接车问诊', false, kind),
  complete_walkaround: eventType('Complete the walk-around inspection', '完成环检'),
  add_line: eventType('Add a line', '添加维修项目', false, newLine),
  price_line: eventType('Price a line', '项目计价', false, line),
  submit_estimate: eventType('Give the estimate to the customer', '报价给客户'),
  approve_line: eventType('Customer approves a line', '客户同意项目', false, line),
  decline_line: eventType('Customer declines a line', '客户拒绝项目', false, line),
  defer_line: eventType('Customer defers a line', '客户暂缓项目', false, line),
  confirm_approval: eventType('Confirm the customer’s answers', '确认客户答复'),
  attach_eligibility: eventType('Attach a warranty eligibility decision', '附保修资格判定', false, {
    lineId: id,
    outcome: { type: 'string', required: true, enum: ['covered', 'not_covered', 'needs_preauthorization'] },
    decisionId: { type: 'string' },
  }),
  dispatch: eventType('Dispatch to a technician', '派工'),
  start_repair: eventType('Start the repair', '开工'),
  start_line: eventType('Start work on a line', '项目开工', false, line),
  complete_line: eventType('Complete a line', '项目完工', false, line),
  place_hold: eventType('Put on hold', '挂起', true, {
    hold: { type: 'string', required: true, enum: repairOrderHoldSchema.options },
  }),
  release_hold: eventType('Release the hold', '解除挂起'),
  find_additional_work: eventType('Report additional work found', '发现增项', false, newLine),
  complete_repair: eventType('Complete the repair', '维修完工'),
  pass_self_check: eventType('Pass the technician’s self-check', '自检通过', false, inspector),
  pass_peer_check: eventType('Pass the peer check', '互检通过', false, inspector),
  pass_final_inspection: eventType('Pass the final inspection', '终检通过', false, inspector),
  fail_check: eventType('Fail an inspection: back to repair', '检验不合格，返工', true),
  complete_wash: eventType('Complete the wash', '洗车完成'),
  skip_wash: eventType('Skip the wash', '不洗车', true),
  settle: eventType('Settle (invoice)', '结算'),
  deliver: eventType('Deliver to the customer', '交车'),
  record_follow_up: eventType('Record a follow-up call', '记录回访', false, {
    kind: { type: 'string', required: true, enum: ['first', 'second', 'other'] },
    outcome: { type: 'string', enum: ['satisfied', 'neutral', 'dissatisfied', 'unreachable', 'refused'] },
  }),
  archive_customer_record: eventType('Create the customer record', '建立客户档案'),
  close: eventType('Close the repair order', '关闭工单'),
  reopen: eventType('Reopen for a comeback', '返修重开', true),
  cancel: eventType('Cancel the repair order', '取消工单', true),
};

const lineEdit: On = {
  add_line: to(undefined, { guards: ['ro.line-is-new'], assign: ['ro.add-line'] }),
  price_line: to(undefined, { guards: ['ro.line-exists'], assign: ['ro.price-line'] }),
  attach_eligibility: to(undefined, { guards: ['ro.line-exists'], assign: ['ro.attach-eligibility'] }),
};
// Once work on a line has started, the customer's answer to it is history, not a choice.
const answerGuards = ['ro.line-exists', 'ro.line-not-started'];
const answers: On = {
  approve_line: to(undefined, { guards: answerGuards, assign: ['ro.approve-line'] }),
  decline_line: to(undefined, { guards: answerGuards, assign: ['ro.decline-line'] }),
  defer_line: to(undefined, { guards: answerGuards, assign: ['ro.defer-line'] }),
};
const archive: On = { archive_customer_record: to(undefined) };
const cancel = (guards: string[] = []): On => ({
  cancel: to('cancelled', { guards, effects: ['ro.notify-customer'] }),
});
const holds: On = {
  place_hold: to(undefined, { assign: ['ro.place-hold'] }),
  release_hold: to(undefined, { guards: ['ro.on-hold'], assign: ['ro.release-hold'] }),
};
const work: On = {
  start_line: to(undefined, { guards: ['ro.line-exists', 'ro.line-approved'], assign: ['ro.start-line'] }),
  complete_line: to(undefined, {
    guards: ['ro.line-exists', 'ro.line-approved'],
    assign: ['ro.complete-line'],
  }),
};
const failCheck: On = {
  fail_check: to('in_repair', { assign: ['ro.reset-checks'], unmark: ['qc.final-passed'] }),
};

const state = (en: string, zh: string, star: string, on: On = {}, final = false): FlowStateDefinition =>
  stateOf(en, zh, `star:${star}`, on, final);

const states: Record<string, FlowStateDefinition> = {
  new: state('Not started', '未开始', 'OPEN', {
    book_appointment: to('appointment', { assign: ['ro.set-kind'], effects: ['ro.confirm-appointment'] }),
    start_rescue: to('rescue', { assign: ['ro.start-rescue'], effects: ['ro.collect-rescue-fee'] }),
    receive_vehicle: to('received', { assign: ['ro.set-kind'] }),
    ...cancel(),
  }),
  appointment: state('Appointment booked', '已预约', 'APPOINTMENT_SCHEDULED', {
    receive_vehicle: to('received', { assign: ['ro.set-kind'] }),
    ...cancel(),
  }),
  rescue: state('Roadside rescue under way', '救援中', 'OTHER', {
    receive_vehicle: to('received', { assign: ['ro.set-kind'] }),
    ...lineEdit,
    ...cancel(),
  }),
  received: state('Received, interview done', '已接车问诊', 'VEHICLE_RECEIVED', {
    complete_walkaround: to('inspected'),
    ...lineEdit,
    ...archive,
    ...cancel(),
  }),
  inspected: state('Walk-around done, estimate being built', '已环检，估价中', 'PROPOSAL_BUILD', {
    submit_estimate: to('estimated', {
      guards: ['ro.has-lines', 'ro.estimate-priced'],
      effects: ['ro.send-estimate'],
    }),
    ...lineEdit,
    ...archive,
    ...cancel(),
  }),
  estimated: state(
    'Estimate given, waiting for the customer',
    '已报价，待客户确认',
    'AWAITING_CUSTOMER_AUTHORIZATION',
    {
      ...answers,
      confirm_approval: to('approved', { guards: ['ro.no-pending-lines', 'ro.some-line-approved'] }),
      ...lineEdit,
      ...archive,
      ...cancel(),
    },
  ),
  approved: state('Approved by the customer', '客户已确认', 'AWAITING_CUSTOMER_AUTHORIZATION', {
    dispatch: to('dispatched', {
      guards: ['ro.some-line-approved', 'ro.no-pending-lines'],
      effects: ['ro.print-job-card'],
    }),
    attach_eligibility: lineEdit.attach_eligibility as FlowTransitionDefinition[],
    price_line: lineEdit.price_line as FlowTransitionDefinition[],
    ...archive,
    ...cancel(['ro.no-work-started']),
  }),
  dispatched: state('Dispatched to a technician', '已派工', 'WORK_IN_PROGRESS', {
    start_repair: to('in_repair', { guards: ['ro.some-line-approved'] }),
    ...holds,
    ...archive,
    attach_eligibility: lineEdit.attach_eligibility as FlowTransitionDefinition[],
    ...cancel(['ro.no-work-started']),
  }),
  in_repair: state('In repair', '维修中', 'REPAIR', {
    ...work,
    ...holds,
    ...archive,
    price_line: lineEdit.price_line as FlowTransitionDefinition[],
    attach_eligibility: lineEdit.attach_eligibility as FlowTransitionDefinition[],
    find_additional_work: to('additional_work', {
      guards: ['ro.line-is-new'],
      assign: ['ro.add-additional-line'],
      effects: ['ro.ask-customer-approval'],
    }),
    complete_repair: to('self_check', { guards: ['ro.not-on-hold', 'ro.approved-lines-done'] }),
  }),
  additional_work: state(
    'Additional work waiting for the customer',
    '增项待客户确认',
    'AWAITING_CUSTOMER_AUTHORIZATION',
    {
      add_line: to(undefined, { guards: ['ro.line-is-new'], assign: ['ro.add-additional-line'] }),
      price_line: lineEdit.price_line as FlowTransitionDefinition[],
      attach_eligibility: lineEdit.attach_eligibility as FlowTransitionDefinition[],
      ...answers,
      ...work,
      ...holds,
      ...archive,
      confirm_approval: to('in_repair', { guards: ['ro.no-pending-lines'] }),
    },
  ),
  self_check: state('Waiting for the self-check', '待自检', 'QUALITY_ASSURANCE', {
    pass_self_check: to('peer_check', { assign: ['ro.pass-self-check'] }),
    ...failCheck,
    ...archive,
  }),
  peer_check: state('Waiting for the peer check', '待互检', 'QUALITY_ASSURANCE', {
    pass_peer_check: to('final_inspection', {
      guards: ['ro.peer-is-another-person'],
      assign: ['ro.pass-peer-check'],
    }),
    ...failCheck,
    ...archive,
  }),
  final_inspection: state('Waiting for the final inspection', '待终检', 'QUALITY_ASSURANCE', {
    pass_final_inspection: to('wash', { assign: ['ro.pass-final-inspection'], mark: ['qc.final-passed'] }),
    ...failCheck,
    ...archive,
  }),
  wash: state('Wash', '洗车', 'DETAILING', {
    complete_wash: to('ready'),
    skip_wash: to('ready'),
    ...archive,
  }),
  ready: state('Ready: work done and checked, waiting for settlement', '完工待结算', 'COMPLETED', {
    settle: to('settled', {
      guards: ['ro.lines-priced', 'ro.warranty-eligibility'],
      effects: ['ro.issue-invoice'],
    }),
    price_line: lineEdit.price_line as FlowTransitionDefinition[],
    attach_eligibility: lineEdit.attach_eligibility as FlowTransitionDefinition[],
    ...archive,
  }),
  settled: state('Settled, waiting for delivery', '已结算，待交车', 'INVOICE', {
    deliver: to('delivered', { guards: ['ro.final-inspection-passed'], effects: ['ro.schedule-follow-up'] }),
    ...archive,
  }),
  delivered: state('Delivered', '已交车', 'VEHICLE_DELIVERED', {
    record_follow_up: to('followed_up', { assign: ['ro.count-follow-up'] }),
    reopen: to('reopened', { assign: ['ro.reopen'], unmark: ['qc.final-passed'] }),
    ...archive,
  }),
  followed_up: state('Followed up', '已回访', 'FOLLOW_UP', {
    record_follow_up: to(undefined, { assign: ['ro.count-follow-up'] }),
    close: to('closed'),
    reopen: to('reopened', { assign: ['ro.reopen'], unmark: ['qc.final-passed'] }),
    ...archive,
  }),
  closed: state('Closed', '已关闭', 'CLOSED', {
    reopen: to('reopened', { assign: ['ro.reopen'], unmark: ['qc.final-passed'] }),
  }),
  reopened: state('Reopened for a comeback', '返修重开', 'RE_OPEN', {
    ...lineEdit,
    ...answers,
    dispatch: to('dispatched', {
      guards: ['ro.some-line-approved', 'ro.no-pending-lines'],
      effects: ['ro.print-job-card'],
    }),
  }),
  cancelled: state('Cancelled', '已取消', 'CLOSED', {}, true),
};

const sla = (s: FlowSla): FlowSla => s;

/** The SLAs the audit checks on a repair order. */
const slas: FlowSla[] = [
  sla({
    id: 'ro.settle.maintenance',
    title: { en: 'A maintenance RO is settled within 3 days of completion', zh: '保养工单完工后3天内结算' },
    cite: 'manual:ro.settle.maintenance',
    start: { event: 'complete_repair' },
    stop: { event: 'settle' },
    limit: { days: 3 },
    when: { field: 'kind', in: ['maintenance', 'first_maintenance'] },
  }),
  sla({
    id: 'ro.settle.insurance',
    title: { en: 'An insurance RO is settled in the month it is completed', zh: '保险工单当月结算' },
    cite: 'manual:ro.settle.insurance',
    start: { event: 'complete_repair' },
    stop: { event: 'settle' },
    limit: { sameMonth: true },
    when: { field: 'kind', in: ['insurance'] },
  }),
  sla({
    id: 'care.archive',
    title: { en: 'The customer record is created within 2 days of the visit', zh: '两日内建立客户档案' },
    cite: 'manual:care.archive',
    start: { event: 'receive_vehicle' },
    stop: { event: 'archive_customer_record' },
    limit: { days: 2 },
  }),
  sla({
    id: 'care.followup.first',
    title: { en: 'First follow-up call on day 3 to 7 after delivery', zh: '交车后第3至7天内第一次回访' },
    cite: 'manual:care.followup.first',
    start: { event: 'deliver' },
    stop: { event: 'record_follow_up', where: { kind: 'first' } },
    limit: { window: { from: 3, to: 7 } },
  }),
  sla({
    id: 'care.followup.second',
    title: {
      en: 'Second follow-up call in the 7 days that start one week after the first',
      zh: '第一次回访一周后的七天内第二次回访',
    },
    cite: 'manual:care.followup.second',
    start: { event: 'record_follow_up', where: { kind: 'first' } },
    stop: { event: 'record_follow_up', where: { kind: 'second' } },
    limit: { window: { from: 7, to: 13 } },
  }),
];

/** The repair-order flow definition (data). */
export const repairOrderDefinition: FlowDefinition = {
  id: 'repair-order',
  version: 1,
  title: { en: 'Repair order', zh: '维修工单' },
  cite: 'manual:flows.repair-order',
  initial: 'new',
  states,
  events,
  guards: repairOrderGuards,
  effects: {
    'ro.confirm-appointment': {
      title: { en: 'Confirm the appointment to the customer', zh: '向客户确认预约' },
    },
    'ro.collect-rescue-fee': { title: { en: 'Collect the rescue fee', zh: '收取救援费' } },
    'ro.send-estimate': { title: { en: 'Send the estimate to the customer', zh: '向客户发送估价单' } },
    'ro.ask-customer-approval': {
      title: { en: 'Ask the customer to approve the additional work', zh: '请客户确认增项' },
    },
    'ro.print-job-card': { title: { en: 'Print the job card for the technician', zh: '打印派工单' } },
    'ro.issue-invoice': { title: { en: 'Issue the invoice', zh: '开具发票' } },
    'ro.schedule-follow-up': { title: { en: 'Schedule the follow-up calls', zh: '安排回访' } },
    'ro.notify-customer': { title: { en: 'Tell the customer', zh: '通知客户' } },
  },
  slas,
};
