import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../errors/Result';
import {
  type BusinessCalendar,
  type BusinessCalendarOptions,
  createBusinessCalendar,
  type DayOpeningHours,
  type OpeningHoursInput,
  type OpeningInterval,
  safeCreateBusinessCalendar,
  type WeeklyOpeningHours,
} from './businessCalendar';
import { addCalendarMonths, calendarDaysBetween } from './calendarArithmetic';
import {
  type CalendarDate,
  compareCalendarDates,
  type IsoWeekday,
  isCalendarDate,
  isoWeekday,
} from './calendarDate';
import { elapsedDaysCeil, type Instant, isInstant } from './instant';
import { isOpenAt, openMinutesBetween } from './openingHours';
import {
  evaluatePeriod,
  type PeriodEvaluation,
  type PeriodReading,
  safeEvaluatePeriod,
  type WhicheverFirstPeriod,
} from './period';
import { addWorkingDays, countWorkingDays } from './workingDays';
import { startOfCalendarDate, type TimeOfDay, toCalendarDate, zonedDateTime } from './zonedTime';

describe('dates, instants and times of day', () => {
  it('are plain strings, so a record field passes straight in', () => {
    expectTypeOf<CalendarDate>().toEqualTypeOf<string>();
    expectTypeOf<Instant>().toEqualTypeOf<string>();
    expectTypeOf<TimeOfDay>().toEqualTypeOf<string>();
    expectTypeOf(addCalendarMonths).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(toCalendarDate).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(startOfCalendarDate).returns.toEqualTypeOf<Instant>();
    expectTypeOf(zonedDateTime).parameters.toEqualTypeOf<[CalendarDate, TimeOfDay, string]>();
  });

  it('narrow unknown input through the isX guards', () => {
    expectTypeOf(isCalendarDate).guards.toEqualTypeOf<CalendarDate>();
    expectTypeOf(isInstant).guards.toEqualTypeOf<Instant>();
  });

  it('give numbers and orderings of precise types', () => {
    expectTypeOf<IsoWeekday>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7>();
    expectTypeOf(isoWeekday).returns.toEqualTypeOf<IsoWeekday>();
    expectTypeOf(compareCalendarDates).returns.toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(calendarDaysBetween).returns.toEqualTypeOf<number>();
    expectTypeOf(elapsedDaysCeil).returns.toEqualTypeOf<number>();
  });
});

describe('BusinessCalendar', () => {
  it('is readonly data made from options with only the zone required', () => {
    expectTypeOf<{ timeZone: string }>().toExtend<BusinessCalendarOptions>();
    expectTypeOf<{ workingWeekdays: [1, 2] }>().not.toExtend<BusinessCalendarOptions>();
    expectTypeOf(createBusinessCalendar).returns.toEqualTypeOf<BusinessCalendar>();
    expectTypeOf<BusinessCalendar['holidays']>().toEqualTypeOf<readonly CalendarDate[]>();
    expectTypeOf<BusinessCalendar['workingWeekdays']>().toEqualTypeOf<readonly IsoWeekday[]>();
    expectTypeOf<BusinessCalendar['openingHours']>().toEqualTypeOf<WeeklyOpeningHours>();
    expectTypeOf<BusinessCalendar['openingHours'][3]>().toEqualTypeOf<
      readonly OpeningInterval[] | undefined
    >();
    const calendar = createBusinessCalendar({ timeZone: 'Asia/Shanghai' });
    // @ts-expect-error the calendar is frozen data
    calendar.holidays.push('2024-10-01');
  });

  it('accepts the same hours every day or hours per ISO weekday 1–7, with lunch breaks', () => {
    expectTypeOf<OpeningInterval>().toExtend<DayOpeningHours>();
    expectTypeOf<readonly OpeningInterval[]>().toExtend<DayOpeningHours>();
    expectTypeOf<DayOpeningHours>().toExtend<OpeningHoursInput>();
    expectTypeOf<{ 1: OpeningInterval; 6: OpeningInterval[] }>().toExtend<OpeningHoursInput>();
    expectTypeOf<WeeklyOpeningHours>().toExtend<OpeningHoursInput>();
    expectTypeOf<BusinessCalendarOptions['openingHours']>().toEqualTypeOf<OpeningHoursInput | undefined>();
    expectTypeOf<{ open: '08:30' }>().not.toExtend<OpeningHoursInput>();
    expectTypeOf<[8]>().not.toExtend<BusinessCalendarOptions['workingWeekdays']>();
  });

  it('takes unknown input in its safe twin and answers with a Result', () => {
    expectTypeOf(safeCreateBusinessCalendar).parameter(0).toBeUnknown();
    expectTypeOf(safeCreateBusinessCalendar).returns.toEqualTypeOf<Result<BusinessCalendar>>();
  });

  it('is the first argument of the working-day and opening-hours functions', () => {
    expectTypeOf(countWorkingDays).parameters.toEqualTypeOf<[BusinessCalendar, CalendarDate, CalendarDate]>();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(isOpenAt).returns.toEqualTypeOf<boolean>();
    expectTypeOf(openMinutesBetween).parameters.toEqualTypeOf<[BusinessCalendar, Instant, Instant]>();
  });
});

describe('WhicheverFirstPeriod', () => {
  it('needs at least one limit, and days or months but not both', () => {
    expectTypeOf<{ months: 24; km: 50_000 }>().toExtend<WhicheverFirstPeriod>();
    expectTypeOf<{ days: 7 }>().toExtend<WhicheverFirstPeriod>();
    expectTypeOf<{ km: 3_000 }>().toExtend<WhicheverFirstPeriod>();
    expectTypeOf<Record<string, never>>().not.toExtend<WhicheverFirstPeriod>();
    expectTypeOf<{ days: 7; months: 1 }>().not.toExtend<WhicheverFirstPeriod>();
  });

  it('is evaluated against readings whose km may be missing or null', () => {
    expectTypeOf<{ date: string }>().toExtend<PeriodReading>();
    expectTypeOf<{ date: string; km: null }>().toExtend<PeriodReading>();
    expectTypeOf(evaluatePeriod).returns.toEqualTypeOf<PeriodEvaluation>();
    expectTypeOf(safeEvaluatePeriod).returns.toEqualTypeOf<Result<PeriodEvaluation>>();
  });

  it('answers within as true, false or null (not known), never a bare boolean', () => {
    expectTypeOf<PeriodEvaluation['within']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<PeriodEvaluation['endedBy']>().toEqualTypeOf<'time' | 'distance' | 'both' | null>();
    expectTypeOf<PeriodEvaluation['distance']>().toEqualTypeOf<
      'within' | 'ended' | 'unknown' | 'not_limited'
    >();
  });
});
