import { describeValue, raise } from '../errors/guards';
import {
  civilFromEpochDay,
  daysInMonth,
  epochDayFromCivil,
  formatEpochDay,
  isoWeekdayOfEpochDay,
  isWritableEpochDay,
} from './epochDay';

/**
 * The calendar grains a report groups by: `day`, ISO `week` (Monday to Sunday), `month`,
 * `quarter` and `year`, all on the dealer's calendar.
 *
 * @example
 * const grain: PeriodGrain = 'month';
 */
export type PeriodGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The grains, finest first. */
export const periodGrains: readonly PeriodGrain[] = Object.freeze([
  'day',
  'week',
  'month',
  'quarter',
  'year',
]);

/**
 * One period of a grain: its label (`2024-03-01`, `2024-W09`, `2024-03`, `2024-Q1`, `2024`), its
 * first and last dates, and the same as day numbers for bulk work.
 */
export interface PeriodBucket {
  readonly grain: PeriodGrain;
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

function bucket(grain: PeriodGrain, label: string, firstDay: number, lastDay: number): PeriodBucket {
  return Object.freeze({
    grain,
    label,
    from: formatEpochDay(firstDay),
    to: formatEpochDay(lastDay),
    firstDay,
    lastDay,
  });
}

function monthsBucket(grain: PeriodGrain, year: number, firstMonth: number, months: number, label: string) {
  const lastMonth = firstMonth + months - 1;
  return bucket(
    grain,
    label,
    epochDayFromCivil(year, firstMonth, 1),
    epochDayFromCivil(year, lastMonth, daysInMonth(year, lastMonth)),
  );
}

/**
 * The period of `grain` holding a day number (see `localDayNumber`). ISO weeks belong to the
 * year of their Thursday, so 2024-12-30 is in `2025-W01`.
 *
 * @throws AftersalesError `input.invalid_enum` when `grain` is not a {@link PeriodGrain}
 *
 * @example
 * periodBucketOf(19_783, 'quarter').label; // '2024-Q1' (19,783 is 2024-03-01)
 */
export function periodBucketOf(dayNumber: number, grain: PeriodGrain): PeriodBucket {
  // A period must start and end on writable dates: a week or a year at the edge of 0000–9999 would not.
  if (
    !isWritableEpochDay(dayNumber) ||
    !isWritableEpochDay(dayNumber - 7) ||
    !isWritableEpochDay(dayNumber + 366)
  ) {
    raise('time.invalid_date', ['dayNumber'], { value: describeValue(dayNumber) });
  }
  const { year, month } = civilFromEpochDay(dayNumber);
  switch (grain) {
    case 'day':
      return bucket(grain, formatEpochDay(dayNumber), dayNumber, dayNumber);
    case 'week': {
      const monday = dayNumber - isoWeekdayOfEpochDay(dayNumber) + 1;
      const thursday = civilFromEpochDay(monday + 3);
      const week = Math.floor((monday + 3 - epochDayFromCivil(thursday.year, 1, 1)) / 7) + 1;
      return bucket(grain, `${String(thursday.year).padStart(4, '0')}-W${pad2(week)}`, monday, monday + 6);
    }
    case 'month':
      return monthsBucket(grain, year, month, 1, `${String(year).padStart(4, '0')}-${pad2(month)}`);
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return monthsBucket(grain, year, quarter * 3 - 2, 3, `${String(year).padStart(4, '0')}-Q${quarter}`);
    }
    case 'year':
      return monthsBucket(grain, year, 1, 12, String(year).padStart(4, '0'));
    default:
      return raise('input.invalid_value', ['grain'], {
        allowed: ['day', 'week', 'month', 'quarter', 'year'],
      });
  }
}

function checkBucket(period: unknown): asserts period is PeriodBucket {
  const value = period as Partial<PeriodBucket> | null;
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof value.firstDay !== 'number' ||
    typeof value.lastDay !== 'number' ||
    !periodGrains.includes(value.grain as PeriodGrain)
  ) {
    raise('input.invalid_type', ['period'], {
      expected: 'a period from periodBucketOf',
      received: describeValue(period),
    });
  }
}

/**
 * The period after `period`, of the same grain.
 *
 * @example
 * nextPeriodBucket(periodBucketOf(19_783, 'month')).label; // '2024-04'
 */
export function nextPeriodBucket(period: PeriodBucket): PeriodBucket {
  checkBucket(period);
  return periodBucketOf(period.lastDay + 1, period.grain);
}

/**
 * The period before `period`, of the same grain (for trends against the previous period).
 *
 * @example
 * previousPeriodBucket(periodBucketOf(19_783, 'month')).label; // '2024-02'
 */
export function previousPeriodBucket(period: PeriodBucket): PeriodBucket {
  checkBucket(period);
  return periodBucketOf(period.firstDay - 1, period.grain);
}
