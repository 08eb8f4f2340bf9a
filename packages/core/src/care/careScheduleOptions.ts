import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  isAftersalesError,
} from '../errors/AftersalesError';
import { requireObject } from '../errors/guards';
import type { BusinessCalendar } from '../time/businessCalendar';
import { type CalendarDate, parseCalendarDate } from '../time/calendarDate';
import { type CalendarIndex, calendarIndexOf } from '../time/calendarIndex';
import { parseTimeZone } from '../time/timeZone';
import {
  type CareWindows,
  type CareWindowsInput,
  defaultCareWindows,
  resolveCareWindows,
} from './careWindows';

/**
 * Options of {@link scheduleCustomerCare}.
 *
 * @example
 * const options: CareScheduleOptions = {
 *   timeZone: 'Asia/Shanghai',
 *   windows: { firstMaintenance: { months: 6 } },
 *   asOf: '2024-10-08',
 * };
 */
export interface CareScheduleOptions {
  /**
   * The dealer's IANA time zone: an event's instant becomes the calendar date its clocks showed
   * (never the host's zone).
   */
  readonly timeZone: string;
  /**
   * The dealer's working days, from {@link createBusinessCalendar}. When given, a window that ends
   * on a non-working day ends on the next working day instead; one that starts on a non-working
   * day starts on the next working day (never after its end). The task's `movedFrom` keeps the
   * dates as the rule set them.
   */
  readonly calendar?: BusinessCalendar;
  /** Figures that differ from the dealer manuals; see {@link CareWindowsInput}. */
  readonly windows?: CareWindowsInput;
  /** The day the schedule is read on: open tasks become `upcoming`, `due` or `overdue`. */
  readonly asOf?: CalendarDate;
}

/** Internal: the options, checked. */
export interface CareSettings {
  readonly timeZone: string;
  readonly calendar: CalendarIndex | undefined;
  readonly windows: CareWindows;
  readonly asOf: CalendarDate | undefined;
}

const OPTION_KEYS: readonly string[] = ['timeZone', 'calendar', 'windows', 'asOf'];

/** Runs `read`, collecting its coded issues instead of throwing them. */
function collect<T>(issues: AftersalesIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/**
 * Internal: checks the options of {@link scheduleCustomerCare}, reporting every problem at once
 * with paths under `['options', …]`.
 *
 * @throws AftersalesError `input.required` / `time.invalid_zone` for `timeZone`,
 *   `time.invalid_calendar` for `calendar`, `input.inconsistent` when the calendar is of another
 *   time zone, the codes of {@link resolveCareWindows} for `windows`, `time.invalid_date` for
 *   `asOf`, `input.unrecognized_keys` for an unknown option
 */
export function readCareScheduleOptions(options: unknown): CareSettings {
  const bag = requireObject(options, ['options']);
  const issues: AftersalesIssue[] = [];
  const unknown = Object.keys(bag).filter((key) => !OPTION_KEYS.includes(key));
  if (unknown.length > 0) issues.push(createIssue('input.unrecognized_keys', ['options'], { keys: unknown }));
  const timeZone = collect(issues, () => parseTimeZone(bag.timeZone, ['options', 'timeZone']));
  const calendar =
    bag.calendar === undefined
      ? undefined
      : collect(issues, () => calendarIndexOf(bag.calendar, ['options', 'calendar']));
  if (calendar !== undefined && timeZone !== undefined && calendar.timeZone !== timeZone) {
    issues.push(
      createIssue('input.inconsistent', ['options', 'calendar', 'timeZone'], {
        reason: `the calendar is for ${calendar.timeZone} but the schedule is for ${timeZone}`,
        reasonZh: `营业日历的时区为 ${calendar.timeZone}，而关怀计划的时区为 ${timeZone}`,
      }),
    );
  }
  const windows = collect(issues, () =>
    resolveCareWindows(bag.windows as CareWindowsInput | undefined, ['options', 'windows']),
  );
  const asOf =
    bag.asOf === undefined
      ? undefined
      : collect(issues, () => parseCalendarDate(bag.asOf, ['options', 'asOf']));
  if (issues.length > 0) throw new AftersalesError(issues);
  return {
    timeZone: timeZone as string,
    calendar,
    windows: windows ?? defaultCareWindows,
    asOf,
  };
}
