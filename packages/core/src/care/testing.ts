import { createBusinessCalendar } from '../time/businessCalendar';
import { nationalDay2024 } from '../time/testing';
import type { CareEvent } from './careEvent';
import type { CareScheduleOptions } from './careScheduleOptions';
import type { CareSchedule, CareTask } from './careTask';
import { scheduleCustomerCare } from './scheduleCustomerCare';

/**
 * Test helpers for the customer-care schedule (not exported from the package, not published).
 */

/** A dealer in Shanghai, no calendar. */
export const shanghai: CareScheduleOptions = { timeZone: 'Asia/Shanghai' };

/** China's National Day week 2024 with its make-up days (see ../time/testing). */
export const nationalDayCalendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai', ...nationalDay2024 });

/** Two VINs with a correct check digit (mandatory for a Chinese WMI). */
export const VIN_A = 'LSVAU2187N2123456';
export const VIN_B = 'LFV2A21K7P3000001';

/** The parts of a task a test usually checks. */
export function windowOf(task: CareTask | undefined): [string, string, string, string] | undefined {
  return task === undefined ? undefined : [task.rule, task.from, task.to, task.status];
}

/** The one task of `rule` in a schedule; fails the test when there is not exactly one. */
export function only(schedule: CareSchedule, rule: CareTask['rule']): CareTask {
  const tasks = schedule.tasks.filter((task) => task.rule === rule);
  if (tasks.length !== 1) throw new Error(`expected one ${rule} task, found ${tasks.length}`);
  return tasks[0] as CareTask;
}

/** Schedules events typed loosely (tests pass invalid ones on purpose). */
export function schedule(events: readonly unknown[], options: CareScheduleOptions = shanghai): CareSchedule {
  return scheduleCustomerCare(events as readonly CareEvent[], options);
}
