/**
 * Internal: checks a business calendar, in the options form or the stored form (the stored form
 * is a valid options form, so a calendar read back from JSON is checked the same way), and builds
 * the normalized, frozen {@link BusinessCalendar}. Every problem is collected, not just the first.
 */
import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  type IssuePath,
} from '../errors/AftersalesError';
import { describeValue, isObjectLike } from '../errors/guards';
import type { BusinessCalendar, OpeningInterval, WeeklyOpeningHours } from './businessCalendar';
import {
  type CalendarDate,
  compareCalendarDates,
  type IsoWeekday,
  isCalendarDate,
  isoWeekday,
} from './calendarDate';
import { parseTimeZone } from './timeZone';
import { type TimeOfDay, toMinuteOfDay } from './zonedTime';

const OPTION_KEYS = ['timeZone', 'workingWeekdays', 'holidays', 'workingWeekends', 'openingHours'];
const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_NAMES_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const AROUND_THE_CLOCK: readonly OpeningInterval[] = Object.freeze([
  Object.freeze({ open: '00:00', close: '24:00' }),
]);

/** Collects every problem of a calendar, so a user fixes them all in one go. */
class Problems {
  readonly issues: AftersalesIssue[] = [];
  add(path: IssuePath, reason: string, reasonZh: string): void {
    this.issues.push(createIssue('time.invalid_calendar', path, { reason, reasonZh }));
  }
}

function isoWeekdayOrUndefined(value: unknown): IsoWeekday | undefined {
  return WEEKDAYS.find((day) => day === value);
}

function readWeekdays(value: unknown, path: IssuePath, problems: Problems): IsoWeekday[] {
  if (value === undefined) return [1, 2, 3, 4, 5];
  if (!Array.isArray(value)) {
    problems.add(
      path,
      'workingWeekdays must be a list of ISO weekdays (1 = Monday … 7 = Sunday)',
      'workingWeekdays 应为 ISO 星期数组（1 = 星期一 … 7 = 星期日）',
    );
    return [];
  }
  const days = new Set<IsoWeekday>();
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    const day = isoWeekdayOrUndefined(item);
    if (day === undefined) {
      problems.add(
        [...path, index],
        `'${describeValue(item)}' is not an ISO weekday (1 = Monday … 7 = Sunday)`,
        `“${describeValue(item)}”不是 ISO 星期（1 = 星期一 … 7 = 星期日）`,
      );
    } else if (days.has(day)) {
      problems.add([...path, index], `weekday ${day} is listed twice`, `星期 ${day} 重复出现`);
    } else days.add(day);
  }
  if (value.length === 0)
    problems.add(
      path,
      'workingWeekdays must name at least one weekday',
      'workingWeekdays 至少应包含一个工作日',
    );
  return [...days].sort((a, b) => a - b);
}

function readDates(value: unknown, path: IssuePath, field: string, problems: Problems): CalendarDate[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(
      path,
      `${field} must be a list of dates (YYYY-MM-DD)`,
      `${field} 应为日期数组（YYYY-MM-DD）`,
    );
    return [];
  }
  const dates = new Set<CalendarDate>();
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (!isCalendarDate(item)) {
      problems.add(
        [...path, index],
        `'${describeValue(item)}' is not a calendar date (YYYY-MM-DD)`,
        `“${describeValue(item)}”不是有效日期（YYYY-MM-DD）`,
      );
    } else if (dates.has(item)) {
      problems.add([...path, index], `${item} is listed twice`, `${item} 重复出现`);
    } else dates.add(item);
  }
  return [...dates].sort(compareCalendarDates);
}

/** One `{ open, close }` interval, checked; with its minutes for the overlap check. */
interface CheckedInterval {
  readonly interval: OpeningInterval;
  readonly open: number;
  readonly close: number;
}

function readInterval(value: unknown, path: IssuePath, problems: Problems): CheckedInterval | undefined {
  if (!isObjectLike(value)) {
    problems.add(
      path,
      'opening hours must be { open: "HH:mm", close: "HH:mm" }',
      '营业时间应为 { open: "HH:mm", close: "HH:mm" }',
    );
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'open' && key !== 'close')
      problems.add([...path, key], `unknown field '${key}'`, `未知字段“${key}”`);
  }
  const minutes = (key: 'open' | 'close'): number | undefined => {
    try {
      return toMinuteOfDay(value[key], [...path, key], key === 'close');
    } catch (error) {
      if (!(error instanceof AftersalesError)) throw error;
      problems.add(
        [...path, key],
        `${key} must be a time HH:mm (${key === 'close' ? '00:00–24:00' : '00:00–23:59'})`,
        `${key} 应为 HH:mm 格式的时间`,
      );
      return undefined;
    }
  };
  const open = minutes('open');
  const close = minutes('close');
  if (open === undefined || close === undefined) return undefined;
  if (open >= close) {
    problems.add(
      path,
      `opens at ${String(value.open)}, not before it closes at ${String(value.close)}`,
      `开门时间 ${String(value.open)} 不早于关门时间 ${String(value.close)}`,
    );
    return undefined;
  }
  const interval = Object.freeze({ open: value.open as TimeOfDay, close: value.close as TimeOfDay });
  return { interval, open, close };
}

/**
 * The hours of one day: one interval, or a list of them (a lunch break, 午休, splits the day in
 * two). Returned sorted; overlapping intervals are an error, touching ones are fine.
 */
function readDayHours(
  value: unknown,
  path: IssuePath,
  problems: Problems,
): readonly OpeningInterval[] | undefined {
  if (!Array.isArray(value)) {
    const one = readInterval(value, path, problems);
    return one === undefined ? undefined : Object.freeze([one.interval]);
  }
  const checked: CheckedInterval[] = [];
  let valid = true;
  for (let index = 0; index < value.length; index += 1) {
    const one = readInterval(value[index], [...path, index], problems);
    if (one === undefined) valid = false;
    else checked.push(one);
  }
  if (!valid) return undefined;
  checked.sort((a, b) => a.open - b.open);
  for (let index = 1; index < checked.length; index += 1) {
    const [earlier, later] = [checked[index - 1], checked[index]];
    if (earlier !== undefined && later !== undefined && later.open < earlier.close) {
      const [a, b] = [earlier.interval, later.interval];
      problems.add(
        path,
        `${a.open}–${a.close} and ${b.open}–${b.close} overlap`,
        `${a.open}–${a.close} 与 ${b.open}–${b.close} 重叠`,
      );
      return undefined;
    }
  }
  // An empty list is a day without hours: reported as missing if that weekday is worked.
  return checked.length === 0 ? undefined : Object.freeze(checked.map(({ interval }) => interval));
}

function readOpeningHours(value: unknown, path: IssuePath, problems: Problems): WeeklyOpeningHours {
  const byDay: { -readonly [Day in IsoWeekday]?: readonly OpeningInterval[] } = {};
  const sameEveryDay =
    value === undefined ||
    Array.isArray(value) ||
    (isObjectLike(value) && ('open' in value || 'close' in value));
  if (sameEveryDay) {
    const hours = value === undefined ? AROUND_THE_CLOCK : readDayHours(value, path, problems);
    if (hours !== undefined) for (const day of WEEKDAYS) byDay[day] = hours;
    return byDay;
  }
  if (!isObjectLike(value)) {
    problems.add(
      path,
      'openingHours must be { open, close }, a list of them, or an object keyed by ISO weekday 1–7',
      'openingHours 应为 { open, close }、其数组，或以星期 1–7 为键的对象',
    );
    return byDay;
  }
  for (const [key, entry] of Object.entries(value)) {
    const day = isoWeekdayOrUndefined(Number(key));
    if (day === undefined || String(day) !== key) {
      problems.add(
        [...path, key],
        `'${key}' is not an ISO weekday key (1 = Monday … 7 = Sunday)`,
        `“${key}”不是 ISO 星期键（1 = 星期一 … 7 = 星期日）`,
      );
      continue;
    }
    const hours = readDayHours(entry, [...path, day], problems);
    if (hours !== undefined) byDay[day] = hours;
  }
  return byDay;
}

/** Internal: checks any value as a calendar (options or a stored calendar) and normalizes it. */
export function normalizeCalendar(value: unknown, path: IssuePath): BusinessCalendar {
  const problems = new Problems();
  if (!isObjectLike(value)) {
    problems.add(
      path,
      'a business calendar must be an object with at least a timeZone',
      '营业日历应为至少包含 timeZone 的对象',
    );
    throw new AftersalesError(problems.issues);
  }
  for (const key of Object.keys(value)) {
    if (!OPTION_KEYS.includes(key))
      problems.add([...path, key], `unknown field '${key}'`, `未知字段“${key}”`);
  }
  let timeZone = '';
  try {
    timeZone = parseTimeZone(value.timeZone, [...path, 'timeZone']);
  } catch (error) {
    if (!(error instanceof AftersalesError)) throw error;
    problems.issues.push(...error.issues);
  }
  const workingWeekdays = readWeekdays(value.workingWeekdays, [...path, 'workingWeekdays'], problems);
  const holidays = readDates(value.holidays, [...path, 'holidays'], 'holidays', problems);
  const workingWeekends = readDates(
    value.workingWeekends,
    [...path, 'workingWeekends'],
    'workingWeekends',
    problems,
  );
  const problemsBeforeHours = problems.issues.length;
  const openingHours = readOpeningHours(value.openingHours, [...path, 'openingHours'], problems);
  // A weekday whose hours were malformed is already reported; do not report it as missing too.
  const hoursComplete = problems.issues.length === problemsBeforeHours;

  const holidaySet = new Set(holidays);
  for (const date of workingWeekends) {
    // Paths point at the entry as the user wrote it, so find its index in the input.
    const at = [...path, 'workingWeekends', (value.workingWeekends as unknown[]).indexOf(date)];
    const day = isoWeekday(date);
    if (holidaySet.has(date)) {
      problems.add(
        at,
        `${date} is both a holiday and a make-up working day`,
        `${date} 同时是节假日和调休工作日`,
      );
    } else if (workingWeekdays.includes(day)) {
      problems.add(
        at,
        `${date} is a ${DAY_NAMES[day]}, already a working weekday`,
        `${date} 是${DAY_NAMES_ZH[day]}，本来就是工作日`,
      );
    } else if (hoursComplete && openingHours[day] === undefined) {
      problems.add(
        at,
        `${date} is a ${DAY_NAMES[day]} and openingHours has no hours for weekday ${day}`,
        `${date} 是${DAY_NAMES_ZH[day]}，但 openingHours 没有星期 ${day} 的营业时间`,
      );
    }
  }
  for (const day of workingWeekdays) {
    if (hoursComplete && openingHours[day] === undefined) {
      problems.add(
        [...path, 'openingHours'],
        `no hours for working weekday ${day} (${DAY_NAMES[day]})`,
        `缺少工作日星期 ${day}（${DAY_NAMES_ZH[day]}）的营业时间`,
      );
    }
  }
  if (problems.issues.length > 0) throw new AftersalesError(problems.issues);

  const hoursInOrder: { -readonly [Day in IsoWeekday]?: readonly OpeningInterval[] } = {};
  for (const day of WEEKDAYS) {
    const hours = openingHours[day];
    if (hours !== undefined) hoursInOrder[day] = hours;
  }
  return Object.freeze({
    timeZone,
    workingWeekdays: Object.freeze(workingWeekdays),
    holidays: Object.freeze(holidays),
    workingWeekends: Object.freeze(workingWeekends),
    openingHours: Object.freeze(hoursInOrder),
  });
}
