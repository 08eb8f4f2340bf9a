import { AftersalesError, type WhicheverFirstPeriod } from '@aftersales/core';
import { addMonthsToDate, dayNumberOf } from './dayMath';

/** 9999-12-31: the last day a calendar date can name (as core's `evaluatePeriod`). */
const LAST_DAY = dayNumberOf('9999-12-31');

/**
 * Where a repair stands in a "whichever comes first" period, from numbers already checked. Same
 * counting as core's `evaluatePeriod`: the start day is not counted, the end date is inside, and
 * exactly the km limit driven is inside. `undefined` limits are not limited.
 */
export interface PeriodCheck {
  readonly within: boolean;
  /** The last day inside, as a day number; `undefined` when time is not limited. */
  readonly endDay: number | undefined;
  /** The highest km driven inside; `undefined` when distance is not limited. */
  readonly kmLimit: number | undefined;
  /** endDay − repair day: ≥ 0 inside, < 0 days over. */
  readonly dayMargin: number;
  /** kmLimit − km driven: ≥ 0 inside, < 0 km over. */
  readonly kmMargin: number;
}

const UNLIMITED = Number.POSITIVE_INFINITY;

/** The period from a start date to a repair; `'lifetime'` is never over. */
export function checkPeriod(
  period: WhicheverFirstPeriod | 'lifetime',
  startDate: string,
  startDay: number,
  repairDay: number,
  drivenKm: number,
): PeriodCheck {
  if (period === 'lifetime') {
    return { within: true, endDay: undefined, kmLimit: undefined, dayMargin: UNLIMITED, kmMargin: UNLIMITED };
  }
  const endDay =
    period.months !== undefined
      ? addMonthsToDate(startDate, period.months, startDay)
      : period.days !== undefined
        ? startDay + period.days
        : undefined;
  if (endDay !== undefined && endDay > LAST_DAY) {
    // An end no date can name would come out as a missing endDate: refuse it, as core does.
    const key = period.months !== undefined ? 'months' : 'days';
    throw AftersalesError.of('time.invalid_period', ['period', key], {
      reason: `${key} ${period[key]} from ${startDate} ends after 9999-12-31`,
      reasonZh: `自 ${startDate} 起 ${period[key]} ${key === 'days' ? '天' : '个月'}将超过 9999-12-31`,
    });
  }
  const kmLimit = period.km;
  const dayMargin = endDay === undefined ? UNLIMITED : endDay - repairDay;
  const kmMargin = kmLimit === undefined ? UNLIMITED : kmLimit - drivenKm;
  return { within: dayMargin >= 0 && kmMargin >= 0, endDay, kmLimit, dayMargin, kmMargin };
}
