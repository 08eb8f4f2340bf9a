/**
 * Internal: the tasks one event makes on its own, without looking at other events: the customer
 * record after a visit, an escalation, an event's notice and invitation, the reminders after a
 * sale, an insurance expiry or an annual-inspection due date. (Follow-ups, which pair deliveries
 * with calls, and answers, which close escalations, are scheduled apart.)
 */
import { addCalendarDays, addCalendarMonths } from '../time/calendarArithmetic';
import type { CalendarDate } from '../time/calendarDate';
import type { CareRuleId } from './careRules';
import { precheckTitle } from './careRules';
import type { CareSettings } from './careScheduleOptions';
import { subjectKey } from './careSubject';
import type { CareSubject } from './careTask';
import type { ParsedCareEvent, TaskSpec } from './careTaskBook';
import type { DayWindow } from './careWindows';
import { placeCareWindow } from './placeCareWindow';

/**
 * The escalation (`care.escalate`) of a request not answered on the call, raised by `event` about
 * `subject`: reported to the supervisor in the escalate window from the day it was raised.
 *
 * @throws AftersalesError `time.invalid_date` when the window falls outside years 0000–9999
 */
export function escalationSpec(
  event: ParsedCareEvent,
  subject: CareSubject,
  settings: CareSettings,
): TaskSpec {
  return {
    id: `care.escalate:${subjectKey(subject, event.event.id, event.index)}@${event.on}`,
    rule: 'care.escalate',
    subject,
    anchor: event.on,
    window: placeCareWindow(event.on, settings.windows.escalate, settings.calendar),
    raisedMs: event.ms,
    sources: [event.index],
  };
}

/**
 * The tasks `event` makes by itself; none for deliveries, follow-ups and answers.
 *
 * @throws AftersalesError `time.invalid_date` when a window falls outside years 0000–9999
 */
export function eventTasks(event: ParsedCareEvent, settings: CareSettings): TaskSpec[] {
  const { windows, calendar } = settings;
  const task = (rule: CareRuleId, anchor: CalendarDate, window: DayWindow, suffix = ''): TaskSpec => ({
    id: `${rule}:${event.key}@${event.on}${suffix}`,
    rule,
    subject: event.subject,
    anchor,
    window: placeCareWindow(anchor, window, calendar),
    sources: [event.index],
  });
  switch (event.event.type) {
    case 'vehicle_received':
      return [task('care.archive', event.on, windows.archive)];
    case 'request_unanswered':
      return [escalationSpec(event, event.subject, settings)];
    case 'event_planned': {
      const { daysBefore, noticeLeadDays } = windows.eventNotice;
      const noticeDate = addCalendarDays(event.on, -daysBefore);
      return [
        task('care.event.notice', event.on, { start: -daysBefore - noticeLeadDays, end: -daysBefore }),
        task('care.event.invitation', noticeDate, windows.eventInvitation),
      ];
    }
    case 'vehicle_sold': {
      const { months, reminder } = windows.firstMaintenance;
      const precheck = windows.warrantyPrecheck;
      return [
        task('wty.first.maintenance', addCalendarMonths(event.on, months), reminder),
        ...precheck.anniversaryMonths.map((anniversary) => ({
          ...task(
            'wty.precheck',
            addCalendarMonths(event.on, anniversary),
            precheck.window,
            `/${anniversary}m`,
          ),
          title: precheckTitle(anniversary),
        })),
      ];
    }
    case 'insurance_expires':
      return [task('care.insurance.renewal', event.on, windows.insuranceRenewal)];
    case 'annual_inspection_due':
      return [task('care.annual.inspection', event.on, windows.annualInspection)];
    default:
      return [];
  }
}
