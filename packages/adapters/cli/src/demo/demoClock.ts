import { addCalendarDays } from '@aftersales/core';

/**
 * The demo dealer's clock. The dealer is in Asia/Shanghai, which has kept UTC+8 all year since
 * 1991 (no daylight saving), so an instant on its clock is epoch milliseconds written with a fixed
 * `+08:00`. Only UTC methods of `Date` are used: the host's time zone never leaks in.
 */

/**
 * One hour in milliseconds.
 *
 * @example
 * shanghaiInstant(Date.parse('2024-03-01T09:00:00+08:00') + 2 * HOUR_MS); // '2024-03-01T11:00:00+08:00'
 */
export const HOUR_MS = 3_600_000;
/**
 * One day (24 h) in milliseconds; Shanghai has no daylight saving, so every local day has 24 h.
 *
 * @example
 * startOfDayMs('2024-03-02') - startOfDayMs('2024-03-01') === DAY_MS; // true
 */
export const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = 8 * HOUR_MS;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Epoch milliseconds of local midnight (00:00 in Shanghai) at the start of `date`.
 *
 * @example
 * startOfDayMs('2024-03-01'); // Date.parse('2024-03-01T00:00:00+08:00')
 */
export function startOfDayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS;
}

/**
 * An instant as Shanghai wall-clock text with its offset, whole seconds.
 *
 * @example
 * shanghaiInstant(Date.parse('2024-03-01T01:30:00Z')); // '2024-03-01T09:30:00+08:00'
 */
export function shanghaiInstant(ms: number): string {
  const local = Math.floor(ms / 1000) * 1000 + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  const seconds = (local - day * DAY_MS) / 1000;
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return `${dateOfDay(day)}T${time}+08:00`;
}

// Instants are written many thousand times, mostly on a few hundred days: the date text is cached.
const dates = new Map<number, string>();
function dateOfDay(day: number): string {
  let text = dates.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size > 10_000) dates.clear();
    dates.set(day, text);
  }
  return text;
}

/**
 * An instant at `hour:minute` Shanghai time on `date`, as text.
 *
 * @example
 * at('2024-03-01', 9, 30); // '2024-03-01T09:30:00+08:00'
 */
export function at(date: string, hour: number, minute = 0): string {
  return `${date}T${two(hour)}:${two(minute)}:00+08:00`;
}

/**
 * Moves an instant written at `+08:00` by whole days, keeping its wall-clock time.
 *
 * @example
 * shiftInstant('2024-12-30T10:00:00+08:00', 3); // '2025-01-02T10:00:00+08:00'
 */
export function shiftInstant(instant: string, days: number): string {
  return days === 0 ? instant : `${addCalendarDays(instant.slice(0, 10), days)}${instant.slice(10)}`;
}
