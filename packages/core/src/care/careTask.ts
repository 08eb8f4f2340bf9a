import type { Citation } from '../decision/citation';
import type { AftersalesIssue } from '../errors/AftersalesError';
import type { LocalizedText } from '../i18n/LocalizedText';
import type { CalendarDate } from '../time/calendarDate';
import type { Instant } from '../time/instant';
import type { CareRuleId } from './careRules';

/**
 * Whom a care task concerns, as far as its events say: any of the customer, the vehicle, the
 * repair order and the dealer event (活动).
 *
 * @example
 * const subject: CareSubject = { customerId: 'CUS-000123', roId: 'RO-2024-0815' };
 */
export interface CareSubject {
  readonly customerId?: string;
  readonly vin?: string;
  readonly roId?: string;
  readonly eventId?: string;
}

/**
 * Where a care task stands.
 *
 * - `open`: to do (no `asOf` was given to tell more);
 * - with `asOf`, an open task is instead `upcoming` (its window has not begun), `due` (`asOf` is
 *   inside the window) or `overdue` (the window has ended);
 * - `done`: carried out (`doneAt`), possibly `early` or `late`;
 * - `closed`: no longer needed: the customer's request was answered (`care.escalate`).
 *
 * @example
 * const status: CareTaskStatus = 'overdue';
 */
export type CareTaskStatus = 'open' | 'upcoming' | 'due' | 'overdue' | 'done' | 'closed';

/**
 * One thing the customer-care team has to do, in a window of dealer-local calendar days
 * (`from` … `to`, both inclusive), as plain JSON.
 *
 * - `id`: stable and deterministic, `<rule>:<subject>@<date of the source event>` (plus `/<n>m`
 *   for each warranty inspection), e.g. `care.followup.first:RO-2024-0815@2024-09-27`; the subject
 *   part is the RO, else the VIN, else the customer (an event puts its `eventId` first), else the
 *   event's `id`, else `#<index>`. Two events that would make the same task make one, listing both.
 * - `anchor`: the date the window is counted from (the delivery, the first follow-up, the
 *   anniversary …).
 * - `movedFrom`: when a business calendar moved an end off a non-working day, the dates it had.
 * - `provisional`: the window is an estimate (the second follow-up, counted from the first
 *   window's start, until the first follow-up is recorded).
 * - `doneAt` / `doneOn`: when the task was done or closed; `early` / `late` when it was done
 *   outside the window.
 * - `sourceEvents`: indexes into the input events that made or completed the task.
 *
 * @example
 * const task: CareTask = {
 *   id: 'care.followup.first:RO-2024-0815@2024-09-27',
 *   rule: 'care.followup.first',
 *   cite: 'manual:care.followup.first',
 *   title: { en: 'First follow-up call after delivery', zh: '交车后第一次跟踪回访' },
 *   subject: { roId: 'RO-2024-0815' },
 *   anchor: '2024-09-27',
 *   from: '2024-09-30',
 *   to: '2024-10-08',
 *   movedFrom: { to: '2024-10-04' },
 *   status: 'open',
 *   sourceEvents: [0],
 * };
 */
export interface CareTask {
  readonly id: string;
  readonly rule: CareRuleId;
  readonly cite: Citation;
  readonly title: LocalizedText;
  readonly subject: CareSubject;
  readonly anchor: CalendarDate;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly movedFrom?: { readonly from?: CalendarDate; readonly to?: CalendarDate };
  readonly status: CareTaskStatus;
  readonly provisional?: true;
  readonly doneAt?: Instant;
  readonly doneOn?: CalendarDate;
  readonly early?: true;
  readonly late?: true;
  readonly sourceEvents: readonly number[];
}

/**
 * An input event that failed validation, with coded issues whose paths start with its index
 * (e.g. `[3, 'at']`).
 *
 * @example
 * const rejected: CareRejectedEvent = {
 *   index: 3,
 *   issues: [{ code: 'input.required', path: [3, 'at'], message: { en: '[3].at is required', zh: '[3].at 为必填项' } }],
 * };
 */
export interface CareRejectedEvent {
  readonly index: number;
  readonly issues: readonly AftersalesIssue[];
}

/**
 * Why a valid event made or changed no task.
 *
 * - `no_matching_delivery`: a follow-up with no delivery on or before it for the same RO (or VIN);
 * - `already_done`: that follow-up of that delivery was already recorded by an earlier event;
 * - `nothing_open`: a request was answered but no escalation of that customer was open.
 *
 * @example
 * const reason: CareIgnoredReason = 'nothing_open';
 */
export type CareIgnoredReason = 'no_matching_delivery' | 'already_done' | 'nothing_open';

/**
 * A valid input event that made or changed no task, and why.
 *
 * @example
 * const ignored: CareIgnoredEvent = {
 *   index: 4,
 *   reason: 'nothing_open',
 *   message: { en: 'no open escalation for this customer', zh: '该客户没有待处理的上报事项' },
 * };
 */
export interface CareIgnoredEvent {
  readonly index: number;
  readonly reason: CareIgnoredReason;
  readonly message: LocalizedText;
}

/**
 * What {@link scheduleCustomerCare} returns. Every input event is accounted for: it is listed in
 * some task's `sourceEvents`, in `rejected`, or in `ignored`.
 *
 * @example
 * const schedule: CareSchedule = { tasks: [], rejected: [], ignored: [] };
 */
export interface CareSchedule {
  /** Sorted by `from`, then `rule`, then `id`. */
  readonly tasks: readonly CareTask[];
  /** In input order. */
  readonly rejected: readonly CareRejectedEvent[];
  /** In input order. */
  readonly ignored: readonly CareIgnoredEvent[];
}
