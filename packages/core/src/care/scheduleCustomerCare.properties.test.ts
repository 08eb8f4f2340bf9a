import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isErrorCode } from '../errors/codes';
import { careEventTypes } from './careEvent';
import type { CareSchedule } from './careTask';
import { safeScheduleCustomerCare } from './scheduleCustomerCare';
import { nationalDayCalendar, VIN_A, VIN_B } from './testing';

// Days within a few weeks, so that deliveries, calls, requests and answers meet often.
const day = fc
  .integer({ min: 0, max: 20 })
  .map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const instant = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom('+08:00', 'Z', '-07:00', '+05:45'))
  .map(([date, hour, zone]) => `${date}T${String(hour).padStart(2, '0')}:30:00${zone}`);
// Few values, so that events of one RO disagree on the VIN or the customer now and then.
const subject = fc.record(
  {
    roId: fc.constantFrom('RO-1', 'RO-2'),
    vin: fc.constantFrom(VIN_A, VIN_B),
    customerId: fc.constantFrom('CUS-1', 'CUS-2'),
    id: fc.constantFrom('E-1', 'E-2'),
  },
  { requiredKeys: [] },
);

/** Deliveries, calls, requests and answers: the events that act on each other's tasks. */
const meetingEvent = fc.oneof(
  fc.record({ type: fc.constantFrom('ro_delivered', 'request_unanswered', 'request_answered'), at: instant }),
  fc.record(
    {
      type: fc.constant('follow_up_done'),
      at: instant,
      kind: fc.constantFrom('first', 'second'),
      resolved: fc.boolean(),
    },
    { requiredKeys: ['type', 'at', 'kind'] },
  ),
);
/** Well-formed care events of every type, mostly those that meet. */
const plausibleEvent = fc.oneof(
  { weight: 6, arbitrary: meetingEvent },
  fc.record({ type: fc.constant('vehicle_received'), at: instant }),
  fc.record({
    type: fc.constant('event_planned'),
    eventDate: day,
    eventId: fc.constantFrom('EVT-1', 'EVT-2'),
  }),
  fc.record({ type: fc.constant('vehicle_sold'), saleDate: day }),
  fc.record({ type: fc.constant('insurance_expires'), expiresOn: day }),
  fc.record({ type: fc.constant('annual_inspection_due'), dueOn: day }),
);
const event = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(plausibleEvent, subject).map(([body, who]) => ({ ...who, ...body })) },
  { weight: 1, arbitrary: fc.anything() },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom(...careEventTypes, 'other'),
      at: fc.string(),
      saleDate: fc.string(),
    }),
  },
);
const options = fc.record(
  {
    timeZone: fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'UTC'),
    asOf: day,
    windows: fc.record({ firstFollowUp: fc.record({ end: fc.integer({ min: 3, max: 30 }) }) }),
  },
  { requiredKeys: ['timeZone'] },
);

function scheduleOf(events: unknown, opts: unknown): CareSchedule {
  const result = safeScheduleCustomerCare(events, opts);
  if (!result.ok) throw new Error(`unexpected failure: ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('safeScheduleCustomerCare (properties)', () => {
  it('never throws, whatever the events and options', () => {
    const exotic = fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(exotic, exotic, (events, opts) => {
        const result = safeScheduleCustomerCare(events, opts);
        if (!result.ok) expect(result.issues.every((issue) => isErrorCode(issue.code))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(exotic, event)), exotic, (events, windows) => {
        const result = safeScheduleCustomerCare(events, { timeZone: 'Asia/Shanghai', windows });
        if (windows === undefined) expect(result.ok).toBe(true);
      }),
    );
  });

  it('accounts for every event: in a task, rejected or ignored, and only one of those', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), options, fc.boolean(), (events, opts, withCalendar) => {
        const calendar =
          withCalendar && opts.timeZone === 'Asia/Shanghai' ? { calendar: nationalDayCalendar } : {};
        const schedule = scheduleOf(events, { ...opts, ...calendar });
        const inTasks = new Set(schedule.tasks.flatMap((task) => task.sourceEvents));
        const rejected = schedule.rejected.map(({ index }) => index);
        const ignored = schedule.ignored.map(({ index }) => index);
        for (const index of [...rejected, ...ignored]) expect(inTasks.has(index)).toBe(false);
        expect(new Set([...rejected, ...ignored]).size).toBe(rejected.length + ignored.length);
        const accounted = new Set([...inTasks, ...rejected, ...ignored]);
        expect([...accounted].sort((a, b) => a - b)).toEqual(events.map((_, index) => index));
        for (const { index, issues } of schedule.rejected) {
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) expect(issue.path[0]).toBe(index);
        }
      }),
    );
  });

  it('returns sorted tasks with unique ids, each window from ≤ to', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), options, (events, opts) => {
        const { tasks } = scheduleOf(events, opts);
        expect(new Set(tasks.map((task) => task.id)).size).toBe(tasks.length);
        for (const task of tasks) expect(task.from <= task.to).toBe(true);
        const keys = tasks.map((task) => [task.from, task.rule, task.id].join('\u0000'));
        expect(keys).toEqual([...keys].sort());
      }),
    );
  });

  it('returns the same tasks whatever the order of the events', () => {
    // Only events that name someone: an event that names nobody is keyed by its index.
    const named = fc.tuple(meetingEvent, subject).map(([body, who]) => ({ ...who, id: undefined, ...body }));
    fc.assert(
      fc.property(
        fc.array(
          named.filter((e) => e.roId !== undefined || e.vin !== undefined || e.customerId !== undefined),
          { minLength: 8, maxLength: 30 },
        ),
        fc.infiniteStream(fc.nat()),
        options,
        (events, randoms, opts) => {
          const clean = events.map(({ id: _, ...rest }) => rest);
          const shuffled = clean
            .map((value) => ({ value, key: randoms.next().value }))
            .sort((a, b) => a.key - b.key)
            .map(({ value }) => value);
          const summary = (schedule: CareSchedule) =>
            schedule.tasks.map((task) => [
              task.id,
              task.anchor,
              task.from,
              task.to,
              task.status,
              task.provisional,
            ]);
          expect(summary(scheduleOf(shuffled, opts))).toEqual(summary(scheduleOf(clean, opts)));
        },
      ),
    );
  });
});
