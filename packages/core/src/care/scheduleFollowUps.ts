/**
 * Internal: the two follow-up calls after each delivery (交车后跟踪回访), and the calls made.
 *
 * A delivery on D makes the first call due D+3 … D+7 and, provisionally, the second D+10 … D+16
 * (a week after the first window's start, for seven days). When the first call is recorded on F,
 * the second is counted again from F: F+7 … F+13. A recorded call completes its task, early or
 * late when outside the window.
 *
 * A call is matched to a delivery by RO when both carry one, else by VIN: the latest delivery on or
 * before the day of the call. Calls are read in time order, so the earliest call of a kind counts
 * and a later one of the same kind is `already_done`.
 */
import { addCalendarDays } from '../time/calendarArithmetic';
import type { CalendarDate } from '../time/calendarDate';
import { mergeSubjects, sameSubject } from './careSubject';
import type { CareBuild, ParsedCareEvent, TaskDraft } from './careTaskBook';
import { escalationSpec } from './eventTasks';
import { type PlacedWindow, placeCareWindow } from './placeCareWindow';

interface Delivery {
  readonly date: CalendarDate;
  readonly first: TaskDraft;
  readonly second: TaskDraft;
}

/** Opens the follow-up tasks of each delivery (duplicates of one delivery make one pair). */
function openDeliveries(build: CareBuild, deliveries: readonly ParsedCareEvent[]): Delivery[] {
  const { windows, calendar } = build.settings;
  const byId = new Map<string, Delivery>();
  for (const delivery of deliveries) {
    let firstWindow: PlacedWindow;
    let secondWindow: PlacedWindow;
    let provisionalAnchor: CalendarDate;
    try {
      firstWindow = placeCareWindow(delivery.on, windows.firstFollowUp, calendar);
      provisionalAnchor = addCalendarDays(delivery.on, windows.firstFollowUp.start);
      secondWindow = placeCareWindow(provisionalAnchor, windows.secondFollowUp, calendar);
    } catch (error) {
      build.reject(delivery, error);
      continue;
    }
    const base = `${delivery.key}@${delivery.on}`;
    const first = build.book.add({
      id: `care.followup.first:${base}`,
      rule: 'care.followup.first',
      subject: delivery.subject,
      anchor: delivery.on,
      window: firstWindow,
      sources: [delivery.index],
    });
    const second = build.book.add({
      id: `care.followup.second:${base}`,
      rule: 'care.followup.second',
      subject: delivery.subject,
      anchor: provisionalAnchor,
      window: secondWindow,
      provisional: true,
      sources: [delivery.index],
    });
    if (!byId.has(base)) byId.set(base, { date: delivery.on, first, second });
  }
  return [...byId.values()];
}

/** The latest delivery on or before the call, of the same RO (or VIN); the smaller id on a tie. */
function deliveryOf(call: ParsedCareEvent, deliveries: readonly Delivery[]): Delivery | undefined {
  let best: Delivery | undefined;
  for (const delivery of deliveries) {
    if (delivery.date > call.on || !sameSubject(delivery.first.subject, call.subject, ['roId', 'vin']))
      continue;
    if (
      best === undefined ||
      delivery.date > best.date ||
      (delivery.date === best.date && delivery.first.id < best.first.id)
    ) {
      best = delivery;
    }
  }
  return best;
}

/**
 * Schedules the follow-up calls of `deliveries` and records `calls` (`follow_up_done` events) on
 * them. A call with `resolved: false` also opens an escalation.
 */
export function scheduleFollowUps(
  build: CareBuild,
  deliveries: readonly ParsedCareEvent[],
  calls: readonly ParsedCareEvent[],
): void {
  const open = openDeliveries(build, deliveries);
  const { windows, calendar } = build.settings;
  const inTimeOrder = [...calls].sort((a, b) => a.ms - b.ms || a.index - b.index);
  for (const call of inTimeOrder) {
    if (call.event.type !== 'follow_up_done') continue;
    const { kind, resolved } = call.event;
    const delivery = deliveryOf(call, open);
    const task = delivery === undefined ? undefined : kind === 'first' ? delivery.first : delivery.second;
    const records = task !== undefined && task.completion === undefined;
    // Every date is worked out before anything changes: a call is either applied or rejected whole.
    let escalation: ReturnType<typeof escalationSpec> | undefined;
    let secondWindow: PlacedWindow | undefined;
    try {
      if (resolved === false) {
        const subject =
          delivery === undefined ? call.subject : mergeSubjects(call.subject, delivery.first.subject);
        escalation = escalationSpec(call, subject, build.settings);
      }
      if (records && kind === 'first')
        secondWindow = placeCareWindow(call.on, windows.secondFollowUp, calendar);
    } catch (error) {
      build.reject(call, error);
      continue;
    }
    if (escalation !== undefined) build.book.add(escalation);
    if (delivery === undefined || task === undefined) {
      if (escalation === undefined) build.ignore(call, 'no_matching_delivery');
      continue;
    }
    if (!records) {
      if (escalation === undefined) build.ignore(call, 'already_done');
      continue;
    }
    const at = call.event.at;
    task.completion = { at, on: call.on, closed: false };
    task.sources.add(call.index);
    if (secondWindow !== undefined) {
      // The second call is counted from the day the first was actually made.
      delivery.second.anchor = call.on;
      delivery.second.window = secondWindow;
      delivery.second.provisional = false;
      delivery.second.sources.add(call.index);
    }
  }
}
