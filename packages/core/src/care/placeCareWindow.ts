/**
 * Internal: turning a rule's window (day offsets from an anchor date) into the dates of a task,
 * and reading where a task stands on a given day.
 */
import { type CalendarDate, fromEpochDay, toEpochDay } from '../time/calendarDate';
import { addWorkingEpochDays, type CalendarIndex, isWorkingEpochDay } from '../time/calendarIndex';
import type { CareTaskStatus } from './careTask';
import type { DayWindow } from './careWindows';

/** The dates of a task window, and the dates a business calendar moved. */
export interface PlacedWindow {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly movedFrom?: { readonly from?: CalendarDate; readonly to?: CalendarDate };
}

/** The day itself when it is worked, else the next working day. */
function workingOnOrAfter(calendar: CalendarIndex, day: number): number {
  return isWorkingEpochDay(calendar, day) ? day : addWorkingEpochDays(calendar, day, 1);
}

/**
 * The window `anchor + start … anchor + end`. With a calendar, an end on a non-working day moves
 * to the next working day, and a start on a non-working day moves forward too, never past the
 * (moved) end.
 *
 * @throws AftersalesError `time.invalid_date` when a date falls outside years 0000–9999
 *
 * @example
 * placeCareWindow('2024-09-27', { start: 3, end: 7 }, undefined); // { from: '2024-09-30', to: '2024-10-04' }
 */
export function placeCareWindow(
  anchor: CalendarDate,
  window: DayWindow,
  calendar: CalendarIndex | undefined,
): PlacedWindow {
  const day = toEpochDay(anchor, ['anchor']);
  const rawFrom = day + window.start;
  const rawTo = day + window.end;
  const from = fromEpochDay(rawFrom, ['anchor']);
  const to = fromEpochDay(rawTo, ['anchor']);
  if (calendar === undefined) return { from, to };
  const movedTo = workingOnOrAfter(calendar, rawTo);
  const movedFrom = Math.min(workingOnOrAfter(calendar, rawFrom), movedTo);
  if (movedTo === rawTo && movedFrom === rawFrom) return { from, to };
  return {
    from: fromEpochDay(movedFrom, ['anchor']),
    to: fromEpochDay(movedTo, ['anchor']),
    movedFrom: {
      ...(movedFrom === rawFrom ? {} : { from }),
      ...(movedTo === rawTo ? {} : { to }),
    },
  };
}

/**
 * Where an open task stands on `asOf`: `upcoming` before its window, `due` inside it, `overdue`
 * after it; `open` when no `asOf` is given.
 *
 * @example
 * openStatus({ from: '2024-09-30', to: '2024-10-04' }, '2024-10-05'); // 'overdue'
 */
export function openStatus(window: PlacedWindow, asOf: CalendarDate | undefined): CareTaskStatus {
  if (asOf === undefined) return 'open';
  if (asOf < window.from) return 'upcoming';
  return asOf > window.to ? 'overdue' : 'due';
}
