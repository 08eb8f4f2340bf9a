import {
  AftersalesError,
  type BusinessCalendar,
  dateOfDayNumber,
  dayNumberOfDate,
  isWorkingDay,
} from '@aftersales/core';
import type { SqlDialect } from './dialect';
import { readDialect, requireObject } from './options';
import { CALENDAR_TABLE, readSchema } from './tableLayout';

/** One day of the `calendar_day` table. */
export interface CalendarDayRow {
  readonly day: string;
  readonly isWorking: boolean;
}

const MAX_DAYS = 36_600;

function dayOf(value: unknown, name: 'from' | 'to'): number {
  const day = dayNumberOfDate(value);
  if (day === undefined) {
    const shown = typeof value === 'string' ? value.slice(0, 40) : value === null ? 'null' : typeof value;
    throw AftersalesError.of('time.invalid_date', [name], { value: shown });
  }
  return day;
}

/**
 * The rows of the `calendar_day` table for a dealer calendar: every date from `from` to `to`
 * (inclusive) and whether the workshop works that day (holidays, weekends and make-up working
 * days, as `isWorkingDay` says). Compiled `workingDays` measures count these rows, so the table
 * must cover every date of the data when `compileKpis` is given a calendar.
 *
 * @param calendar - from `createBusinessCalendar`
 * @param from - first date, `YYYY-MM-DD`
 * @param to - last date (at most 36,600 days after `from`)
 * @returns one row per date
 * @throws AftersalesError `time.invalid_date`, `time.invalid_range`, `time.invalid_calendar`, `input.too_big`
 *
 * @example
 * calendarDayRows(calendar, '2024-10-01', '2024-10-02'); // [{ day: '2024-10-01', isWorking: false }, …]
 */
export function calendarDayRows(calendar: BusinessCalendar, from: string, to: string): CalendarDayRow[] {
  const first = dayOf(from, 'from');
  const last = dayOf(to, 'to');
  if (last < first) throw AftersalesError.of('time.invalid_range', ['to'], { start: from, end: to });
  if (last - first + 1 > MAX_DAYS)
    throw AftersalesError.of('input.too_big', ['to'], {
      maximum: `${MAX_DAYS} days`,
      maximumZh: `${MAX_DAYS} 天`,
    });
  const rows: CalendarDayRow[] = [];
  for (let day = first; day <= last; day += 1) {
    const date = dateOfDayNumber(day) as string;
    rows.push({ day: date, isWorking: isWorkingDay(calendar, date) });
  }
  return rows;
}

/**
 * `INSERT` statements filling the `calendar_day` table from {@link calendarDayRows}.
 *
 * @throws AftersalesError as {@link calendarDayRows}; `input.invalid_value` for an unknown dialect
 *
 * @example
 * for (const s of calendarDaysSql(calendar, { from: '2024-01-01', to: '2025-12-31', dialect: 'postgres' })) await client.query(s);
 */
export function calendarDaysSql(
  calendar: BusinessCalendar,
  options: {
    readonly from: string;
    readonly to: string;
    readonly dialect: SqlDialect;
    readonly schema?: string;
  },
): string[] {
  const given = requireObject(options, ['options']);
  readDialect(given.dialect);
  const schema = readSchema(given.schema);
  const rows = calendarDayRows(calendar, given.from as string, given.to as string);
  const table = schema === undefined ? CALENDAR_TABLE : `${schema}.${CALENDAR_TABLE}`;
  const statements: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const values = rows
      .slice(start, start + 1000)
      .map((row) => `(DATE '${row.day}', ${row.isWorking ? 'TRUE' : 'FALSE'})`);
    statements.push(`INSERT INTO ${table} (day, is_working) VALUES ${values.join(', ')}`);
  }
  return statements;
}
