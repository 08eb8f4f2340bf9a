import { type AftersalesIssue, createIssue, isAftersalesError } from '../errors/AftersalesError';
import { issuesFromZod } from '../errors/fromZod';
import { isObjectLike, raise, typeName } from '../errors/guards';
import { attempt, type Result } from '../errors/Result';
import type { LocalizedText } from '../i18n/LocalizedText';
import { toEpochDay } from '../time/calendarDate';
import { DAY_MS } from '../time/epochDay';
import { toEpochMs } from '../time/instant';
import { toCalendarDate } from '../time/zonedTime';
import { answerRequests } from './answerRequests';
import { type CareEvent, CareEventSchema, careEventTypes } from './careEvent';
import { type CareScheduleOptions, readCareScheduleOptions } from './careScheduleOptions';
import { subjectKey, subjectOf } from './careSubject';
import type { CareIgnoredEvent, CareIgnoredReason, CareRejectedEvent, CareSchedule } from './careTask';
import { type CareBuild, CareTaskBook, type ParsedCareEvent } from './careTaskBook';
import { eventTasks } from './eventTasks';
import { scheduleFollowUps } from './scheduleFollowUps';

const IGNORED: Readonly<Record<CareIgnoredReason, LocalizedText>> = {
  no_matching_delivery: {
    en: 'no delivery of this RO (or VIN) on or before this follow-up',
    zh: '此次回访当天或之前没有该工单（或车辆）的交车记录',
  },
  already_done: {
    en: 'this follow-up of the delivery was already recorded by an earlier event',
    zh: '该次交车的这次回访已由更早的记录完成',
  },
  nothing_open: {
    en: 'no escalation of this customer was open when the request was answered',
    zh: '问题得到解答时，该客户没有待处理的上报事项',
  },
};

/** The field an event is dated by, for the path of an issue. */
function dateField(event: CareEvent): string {
  switch (event.type) {
    case 'event_planned':
      return 'eventDate';
    case 'vehicle_sold':
      return 'saleDate';
    case 'insurance_expires':
      return 'expiresOn';
    case 'annual_inspection_due':
      return 'dueOn';
    default:
      return 'at';
  }
}

/** Validates one event and dates it in the dealer's zone; the issues (paths from its index) when it fails. */
function readEvent(raw: unknown, index: number, timeZone: string): ParsedCareEvent | AftersalesIssue[] {
  if (isObjectLike(raw) && !(careEventTypes as readonly unknown[]).includes(raw.type)) {
    // Without a known type there is no schema to read the other fields by.
    return [
      raw.type === undefined
        ? createIssue('input.required', [index, 'type'])
        : createIssue('input.invalid_value', [index, 'type'], { allowed: [...careEventTypes] }),
    ];
  }
  const parsed = CareEventSchema.safeParse(raw);
  if (!parsed.success) return issuesFromZod(parsed.error, raw, [index]);
  const event = parsed.data;
  const field = dateField(event);
  try {
    const at = 'at' in event ? event.at : undefined;
    const on =
      at === undefined
        ? (event as unknown as Readonly<Record<string, string>>)[field]
        : toCalendarDate(at, timeZone);
    if (on === undefined) throw new Error(`care event of type ${event.type} has no date field ${field}`);
    const ms = at !== undefined ? toEpochMs(at, [field]) : toEpochDay(on, [field]) * DAY_MS;
    const subject = subjectOf(event);
    return { index, event, on, ms, subject, key: subjectKey(subject, event.id, index) };
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    // E.g. an instant of year 0000 that is still in year -1 on the dealer's clocks.
    return error.issues.map((issue) => createIssue(issue.code, [index, field], issue.params ?? {}));
  }
}

/**
 * The customer-care schedule (客户关怀 / 跟踪服务计划): every task the care team has to do for a
 * batch of events, each in a window of dealer-local calendar days, with the manual rule it
 * implements, and its status.
 *
 * - A visit: the customer record within 2 days (`care.archive`).
 * - A delivery on D: the first follow-up call D+3 … D+7 (`care.followup.first`) and the second
 *   (`care.followup.second`) in the 7 days that start a week after the first: F+7 … F+13 once the
 *   first call is recorded on F, provisionally D+10 … D+16 until then. A `follow_up_done` completes
 *   its call (matched by RO, else VIN) and says whether it was early or late.
 * - A request not answered on the call (`request_unanswered`, or a follow-up with
 *   `resolved: false`): reported to the supervisor within 2 days (`care.escalate`), closed by
 *   `request_answered`.
 * - An event: phone notice 14 days ahead (`care.event.notice`), invitation letter within 2 days
 *   after (`care.event.invitation`).
 * - A sale: first-maintenance reminder (`wty.first.maintenance`, due 3 months after) and an
 *   inspection before each warranty-part anniversary (`wty.precheck`: 6 months, 1, 2, 3, 5 years).
 * - Insurance expiry and annual inspection: reminders (`care.insurance.renewal`,
 *   `care.annual.inspection`, both citing `manual:care.reminders`).
 *
 * Every figure can be changed through `options.windows`. Pure: the same events and options give
 * the same schedule, whatever the host's clock or time zone. No event is dropped silently: one
 * that fails validation is in `rejected` (with coded issues whose paths start with its index),
 * one that makes or changes no task is in `ignored` with the reason.
 *
 * @param events - the care events, in any order; each is validated against {@link CareEventSchema}
 * @param options - the dealer's time zone, and optionally its calendar, figures and the day to read
 *   the schedule on; see {@link CareScheduleOptions}
 * @returns the tasks sorted by `from`, `rule`, `id`, and the rejected and ignored events
 * @throws AftersalesError for bad options (paths `['options', …]`, every problem at once) or when
 *   `events` is not an array (`input.invalid_type` at `['events']`); never for a bad event
 *
 * @example
 * const schedule = scheduleCustomerCare(
 *   [
 *     { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' },
 *     { type: 'follow_up_done', kind: 'first', at: '2024-10-02T10:00:00+08:00', roId: 'RO-2024-0815' },
 *   ],
 *   { timeZone: 'Asia/Shanghai', asOf: '2024-10-10' },
 * );
 * schedule.tasks.map((task) => [task.rule, task.from, task.to, task.status]);
 * // [['care.followup.first', '2024-09-30', '2024-10-04', 'done'],
 * //  ['care.followup.second', '2024-10-09', '2024-10-15', 'due']]
 */
export function scheduleCustomerCare(
  events: readonly CareEvent[],
  options: CareScheduleOptions,
): CareSchedule {
  const settings = readCareScheduleOptions(options);
  if (!Array.isArray(events))
    raise('input.invalid_type', ['events'], { expected: 'array', received: typeName(events) });
  const rejected: CareRejectedEvent[] = [];
  const ignored: CareIgnoredEvent[] = [];
  const valid: ParsedCareEvent[] = [];
  // A for loop, not forEach: a hole in a sparse array is an event too (rejected as missing).
  for (let index = 0; index < events.length; index += 1) {
    const read = readEvent(events[index], index, settings.timeZone);
    if (Array.isArray(read)) rejected.push({ index, issues: read });
    else valid.push(read);
  }

  const build: CareBuild = {
    settings,
    book: new CareTaskBook(),
    reject(event, error) {
      if (!isAftersalesError(error)) throw error;
      const field = dateField(event.event);
      const issue = createIssue('time.invalid_period', [event.index, field], {
        reason: `the care windows counted from ${event.on} fall outside years 0000–9999`,
        reasonZh: `自 ${event.on} 起计算的关怀窗口超出 0000–9999 年`,
      });
      rejected.push({ index: event.index, issues: [issue] });
    },
    ignore(event, reason) {
      ignored.push({ index: event.index, reason, message: IGNORED[reason] });
    },
  };
  for (const event of valid) {
    let specs: ReturnType<typeof eventTasks>;
    try {
      specs = eventTasks(event, settings);
    } catch (error) {
      build.reject(event, error);
      continue;
    }
    for (const spec of specs) build.book.add(spec);
  }
  const ofType = (type: CareEvent['type']) => valid.filter((event) => event.event.type === type);
  scheduleFollowUps(build, ofType('ro_delivered'), ofType('follow_up_done'));
  answerRequests(build, ofType('request_answered'));

  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  return {
    tasks: build.book.finish(settings.asOf),
    rejected: rejected.sort(byIndex),
    ignored: ignored.sort(byIndex),
  };
}

/**
 * {@link scheduleCustomerCare} for untrusted input: bad options or a non-array come back as
 * issues instead of being thrown. Bad events are never a failure: they are in `rejected`.
 *
 * @param events - the care events, unchecked
 * @param options - the options, unchecked
 * @returns `{ ok: true, value: schedule }` or `{ ok: false, issues }`
 *
 * @example
 * const result = safeScheduleCustomerCare([{ type: 'ro_delivered', at: 'yesterday' }], { timeZone: 'Asia/Shanghai' });
 * if (result.ok) result.value.rejected[0]?.issues[0]?.path; // [0, 'at']
 * safeScheduleCustomerCare([], { timeZone: 'Asia/Shanghai', windows: { escalate: { start: 3, end: 1 } } });
 * // { ok: false, issues: [{ code: 'time.invalid_range', path: ['options', 'windows', 'escalate', 'end'], … }] }
 */
export function safeScheduleCustomerCare(events: unknown, options: unknown): Result<CareSchedule> {
  return attempt(() => scheduleCustomerCare(events as readonly CareEvent[], options as CareScheduleOptions));
}
