import { type AftersalesIssue, createIssue, isAftersalesError } from '../errors/AftersalesError';
import { createFlow, type Flow } from './createFlow';
import type { FlowDefinition, FlowEvent, FlowImplementation } from './types';

/**
 * Test helpers for the flow engine (not exported from the package, not published): a small
 * hand-written support-ticket flow with every kind of step the engine handles, and helpers to
 * write events, freeze states and read thrown issues.
 *
 * The ticket flow's transitions (guards in brackets):
 *
 *   open        ─assign─▶ in_progress            open     ─cancel─▶ cancelled (final)
 *   in_progress ─resolve─▶ closed [has-notes, low-priority]   (first candidate: a fast close)
 *   in_progress ─resolve─▶ resolved [qc-passed, has-notes]   (second candidate)
 *   in_progress ─hold─▶ on_hold [not-escalated]              on_hold ─resume─▶ in_progress
 *   resolved    ─close─▶ closed (final)                      resolved ─reopen─▶ in_progress
 *
 * - in_progress has internal transitions: `note` and `set_priority` update data, `pass_qc` /
 *   `fail_qc` set and clear marks, `escalate` sets a mark behind a payload-reading guard.
 * - `resolve` has two candidates: first a fast close (guards `ticket.has-notes` and
 *   `ticket.low-priority`), then the normal way to `resolved` (`ticket.qc-passed`, a mark guard,
 *   and `ticket.has-notes` again).
 * - `hold`, `reopen` and `cancel` need a reason; `note`, `set_priority` and `escalate` declare
 *   their payload.
 */

/** The ticket flow's data. */
export type TicketData = { readonly notes: number; readonly priority: string | null };

const text = (en: string, zh: string) => ({ en, zh });

/** The ticket flow as data. */
export const ticketDefinition: FlowDefinition = {
  id: 'ticket',
  version: 1,
  title: text('Support ticket', '工单'),
  cite: 'manual:ticket.steps',
  initial: 'open',
  events: {
    assign: { title: text('Assign', '分派') },
    note: { title: text('Add a note', '添加备注'), payload: { text: { type: 'string', required: true } } },
    set_priority: {
      title: text('Set the priority', '设置优先级'),
      payload: {
        level: { type: 'string', required: true, enum: ['low', 'high'] },
        urgent: { type: 'boolean' },
        hours: { type: 'number' },
      },
    },
    pass_qc: { title: text('Pass the check', '检查通过') },
    fail_qc: { title: text('Fail the check', '检查未通过') },
    resolve: { title: text('Resolve', '解决') },
    hold: { title: text('Hold', '挂起'), requiresReason: true },
    resume: { title: text('Resume', '恢复') },
    reopen: { title: text('Reopen', '重新打开'), requiresReason: true },
    close: { title: text('Close', '关闭') },
    cancel: { title: text('Cancel', '取消'), requiresReason: true },
    escalate: {
      title: text('Escalate', '升级'),
      payload: { tier: { type: 'string', required: true, enum: ['l2', 'l3'] } },
    },
  },
  guards: {
    'ticket.qc-passed': {
      title: text('The check has passed', '检查已通过'),
      cite: 'manual:ticket.qc',
      message: text('the check has not passed', '检查尚未通过'),
      unblock: { message: text('pass the check first', '请先完成检查'), events: ['pass_qc'] },
      requireMarks: ['ticket.qc-passed'],
    },
    'ticket.has-notes': {
      title: text('The ticket has a note', '工单有备注'),
      cite: 'manual:ticket.notes',
      message: text('the ticket has no note', '工单没有备注'),
      unblock: { message: text('add a note', '请添加备注'), events: ['note'] },
    },
    'ticket.low-priority': {
      title: text('The priority is low', '优先级为低'),
      cite: 'manual:ticket.fast-close',
      message: text('the priority is not low', '优先级不是低'),
      unblock: {
        message: text('set the priority to low', '请将优先级设为低'),
        events: ['set_priority'],
        fields: ['priority'],
      },
    },
    'ticket.not-escalated': {
      title: text('The ticket is not escalated', '工单未升级'),
      cite: 'manual:ticket.hold',
      message: text('an escalated ticket cannot be held', '已升级的工单不能挂起'),
      unblock: { message: text('ask the L3 team', '请联系三线团队') },
      forbidMarks: ['ticket.escalated'],
    },
    'ticket.tier-allowed': {
      title: text('The tier suits the priority', '升级级别与优先级相符'),
      cite: 'regulation:ticket-policy-2024#3.2',
      message: text('only a high-priority ticket goes to L3', '只有高优先级工单可升级到三线'),
      unblock: { message: text('raise the priority first', '请先提高优先级'), events: ['set_priority'] },
      readsPayload: true,
    },
  },
  effects: {
    'ticket.notify-assignee': { title: text('Notify the assignee', '通知处理人') },
    'ticket.notify-customer': { title: text('Notify the customer', '通知客户') },
    'ticket.archive': { title: text('Archive the ticket', '归档工单') },
  },
  states: {
    open: {
      title: text('Open', '待分派'),
      on: {
        assign: [{ target: 'in_progress', effects: ['ticket.notify-assignee'] }],
        cancel: [{ target: 'cancelled' }],
      },
    },
    in_progress: {
      title: text('In progress', '处理中'),
      on: {
        note: [{ assign: ['ticket.add-note'] }],
        set_priority: [{ assign: ['ticket.set-priority'] }],
        pass_qc: [{ mark: ['ticket.qc-passed'] }],
        fail_qc: [{ unmark: ['ticket.qc-passed'], mark: ['ticket.qc-failed'] }],
        resolve: [
          {
            target: 'closed',
            guards: ['ticket.has-notes', 'ticket.low-priority'],
            effects: ['ticket.archive'],
          },
          {
            target: 'resolved',
            guards: ['ticket.qc-passed', 'ticket.has-notes'],
            effects: ['ticket.notify-customer'],
          },
        ],
        hold: [{ target: 'on_hold', guards: ['ticket.not-escalated'] }],
        escalate: [{ guards: ['ticket.tier-allowed'], mark: ['ticket.escalated'] }],
      },
      slas: [
        {
          id: 'ticket.resolve-in-2-days',
          title: text('Resolved within 2 days', '2日内解决'),
          cite: 'manual:ticket.sla',
          stop: { state: 'resolved' },
          limit: { days: 2 },
        },
      ],
    },
    on_hold: { title: text('On hold', '挂起'), on: { resume: [{ target: 'in_progress' }] } },
    resolved: {
      title: text('Resolved', '已解决'),
      on: {
        close: [{ target: 'closed', effects: ['ticket.archive'] }],
        reopen: [{ target: 'in_progress', unmark: ['ticket.qc-passed'] }],
      },
    },
    closed: { title: text('Closed', '已关闭'), final: true },
    cancelled: { title: text('Cancelled', '已取消'), final: true },
  },
  slas: [
    {
      id: 'ticket.close-window',
      title: text('Closed on day 1 to 5 after assignment', '分派后第1至5日内关闭'),
      cite: 'manual:ticket.sla',
      start: { event: 'assign' },
      stop: { event: 'close' },
      limit: { window: { from: 1, to: 5 } },
    },
  ],
};

/** The ticket flow's code: guard checks with facts, data updates, a payload check. */
export const ticketImplementation: FlowImplementation<TicketData> = {
  initialData: { notes: 0, priority: null },
  guards: {
    'ticket.has-notes': (data) => ({ passed: data.notes >= 1, facts: { notes: data.notes } }),
    'ticket.low-priority': (data) =>
      data.priority === 'low'
        ? { passed: true, facts: { priority: data.priority } }
        : {
            passed: false,
            facts: { priority: data.priority },
            message: text(
              `the priority is ${data.priority ?? 'not set'}`,
              `优先级为${data.priority ?? '未设置'}`,
            ),
          },
    'ticket.tier-allowed': (data, event) => event.data?.tier !== 'l3' || data.priority === 'high',
  },
  assign: {
    'ticket.add-note': (data) => ({ ...data, notes: data.notes + 1 }),
    'ticket.set-priority': (data, event) => ({ ...data, priority: String(event.data?.level) }),
  },
  payload: {
    set_priority: (data) => {
      const hours = (data as { hours?: unknown } | undefined)?.hours;
      return typeof hours === 'number' && hours > 72
        ? [createIssue('input.too_big', ['data', 'hours'], { maximum: 72, inclusive: true })]
        : [];
    },
  },
};

/** The ticket flow, ready to run. */
export const ticketFlow: Flow<TicketData> = createFlow(ticketDefinition, ticketImplementation);

/** An instant in March 2024, Beijing time (+08:00). */
export function at(day: number, hour: number, minute = 0): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `2024-03-${two(day)}T${two(hour)}:${two(minute)}:00+08:00`;
}

/** An event by the service agent `EMP-SA-01`. */
export function ev(type: string, time: string, extra: Partial<FlowEvent> = {}): FlowEvent {
  return { type, at: time, actor: 'EMP-SA-01', ...extra };
}

/** Freezes a value and everything in it, so a test fails when a function changes its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The issues of the AftersalesError `fn` throws; fails the test if it throws none or another. */
export function issuesOf(fn: () => unknown): readonly AftersalesIssue[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

/** A JSON copy of a definition that a test may change (a malformed one, a variant). */
export type MutableDefinition = { -readonly [K in keyof FlowDefinition]: DeepMutable<FlowDefinition[K]> };
type DeepMutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;

/** A fresh, changeable copy of the ticket definition. */
export function ticketCopy(): MutableDefinition {
  return JSON.parse(JSON.stringify(ticketDefinition)) as MutableDefinition;
}

/**
 * What blocks `resolve` on a fresh ticket in progress, worked out from ticketDefinition: no note
 * (ticket.has-notes), no low priority (ticket.low-priority), no passed check (ticket.qc-passed),
 * each failed step with its facts and citation, and what unblocks each.
 */
export const blockedResolve = {
  failed: [
    {
      rule: 'ticket.has-notes',
      status: 'failed',
      facts: { notes: 0 },
      message: { en: 'the ticket has no note', zh: '工单没有备注' },
      cite: 'manual:ticket.notes',
    },
    {
      rule: 'ticket.low-priority',
      status: 'failed',
      facts: { priority: null },
      message: { en: 'the priority is not set', zh: '优先级为未设置' },
      cite: 'manual:ticket.fast-close',
    },
    {
      rule: 'ticket.qc-passed',
      status: 'failed',
      facts: { marks: [] },
      message: { en: 'the check has not passed', zh: '检查尚未通过' },
      cite: 'manual:ticket.qc',
    },
  ],
  unblock: [
    { message: { en: 'add a note', zh: '请添加备注' }, events: ['note'] },
    {
      message: { en: 'set the priority to low', zh: '请将优先级设为低' },
      events: ['set_priority'],
      fields: ['priority'],
    },
    { message: { en: 'pass the check first', zh: '请先完成检查' }, events: ['pass_qc'] },
  ],
} as const;
