import { AftersalesError, dayNumberOfDate, parseTimeZone } from '@aftersales/core';

/** The months a demand history covers, as day numbers, checked once. */
export interface DemandWindow {
  readonly timeZone: string;
  readonly months: readonly string[];
  /** Day number of the first day of each month, and one past the last month (length months + 1). */
  readonly monthStarts: readonly number[];
  /** Month index of each day from monthStarts[0] to the last day of the window. */
  readonly monthOfDay: Uint16Array;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Twenty years of months: a history is for stock planning, not an archive. */
const MAX_MONTHS = 240;

function monthAt(value: unknown, key: 'from' | 'to'): { year: number; month: number } {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  if (!match) {
    throw value === undefined
      ? AftersalesError.of('input.required', [key])
      : AftersalesError.of('input.invalid_format', [key], { format: 'month YYYY-MM (e.g. 2024-01)' });
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}

const monthLabel = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * Checks `from`–`to` (whole months, `YYYY-MM`, both included) and the time zone, and lays the
 * window out as day numbers so a movement finds its month by one array read.
 *
 * @throws AftersalesError `input.required` / `input.invalid_format` on `from` or `to`, `time.invalid_range` when `to` is before `from`, `input.too_big` for a window over 240 months, `time.invalid_zone`
 */
export function demandWindow(options: { timeZone: unknown; from: unknown; to: unknown }): DemandWindow {
  const timeZone = parseTimeZone(options.timeZone, ['timeZone']);
  const from = monthAt(options.from, 'from');
  const to = monthAt(options.to, 'to');
  const count = (to.year - from.year) * 12 + (to.month - from.month) + 1;
  if (count < 1) {
    throw AftersalesError.of('time.invalid_range', ['to'], {
      start: options.from as string,
      end: options.to as string,
    });
  }
  if (count > MAX_MONTHS) {
    throw AftersalesError.of('input.too_big', ['to'], { maximum: MAX_MONTHS, unit: 'months after from' });
  }
  const months: string[] = [];
  const monthStarts: number[] = [];
  let { year, month } = from;
  for (let index = 0; index <= count; index += 1) {
    monthStarts.push(dayNumberOfDate(`${monthLabel(year, month)}-01`) as number);
    if (index < count) months.push(monthLabel(year, month));
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  const first = monthStarts[0] as number;
  const monthOfDay = new Uint16Array((monthStarts[count] as number) - first);
  for (let index = 0; index < count; index += 1) {
    monthOfDay.fill(
      index,
      (monthStarts[index] as number) - first,
      // Stryker disable next-line ArithmeticOperator: a fill running past the month's end is overwritten by the next months' fills, and the last month's ends at the array's end either way
      (monthStarts[index + 1] as number) - first,
    );
  }
  return Object.freeze({ timeZone, months: Object.freeze(months), monthStarts, monthOfDay });
}
