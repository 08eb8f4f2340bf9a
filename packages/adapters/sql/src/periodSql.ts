import { dateOfDayNumber, dayNumberOfDate, type PeriodGrain } from '@aftersales/core';
import type { DialectOps } from './dialect';

/** A date literal of a checked date, written anew from its day number (nothing of the input is pasted). */
export function dateLiteral(date: string): string {
  return `DATE '${dateOfDayNumber(dayNumberOfDate(date) as number) as string}'`;
}

/** The last day of the period starting on `start`. */
export function periodEndSql(ops: DialectOps, start: string, grain: PeriodGrain): string {
  switch (grain) {
    case 'day':
      return start;
    case 'week':
      return ops.addDays(start, 6);
    case 'month':
      return ops.addDays(ops.addMonths(start, 1), -1);
    case 'quarter':
      return ops.addDays(ops.addMonths(start, 3), -1);
    case 'year':
      return ops.addDays(ops.addMonths(start, 12), -1);
  }
}
