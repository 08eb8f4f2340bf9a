import {
  createBusinessCalendar,
  elapsedDaysCeil,
  openMinutesBetween,
  parseCalendarDate,
  parseInstant,
  parseTimeZone,
  parseWhicheverFirstPeriod,
} from '@aftersales/core';
import type { ErrorExample } from './types';

/** Business time: dates, instants and zones are strict, so no rule depends on the host's clock. */
export const timeExamples: readonly ErrorExample[] = [
  {
    code: 'time.invalid_date',
    meaning:
      'A calendar date is not a real `YYYY-MM-DD` date (2023-02-29, 2024/03/01, a date-time) or falls outside the years the library counts in: send the date alone, as `YYYY-MM-DD`.',
    meaningZh:
      '日历日期不是真实存在的 `YYYY-MM-DD` 日期（如 2023-02-29、2024/03/01 或带时间），或超出本库可计算的年份：请只传日期，格式为 `YYYY-MM-DD`。',
    outcome: 'throws',
    example: () => parseCalendarDate('2023-02-29'),
  },
  {
    code: 'time.invalid_instant',
    meaning:
      'An instant is not ISO 8601 with a UTC offset; a local time without offset would mean different moments on different servers: add the offset (`+08:00`) or `Z`.',
    meaningZh:
      '时刻不是带时区偏移的 ISO 8601；不带偏移的本地时间在不同服务器上含义不同：请加上偏移（`+08:00`）或 `Z`。',
    outcome: 'throws',
    example: () => parseInstant('2024-03-01T09:30:00'),
  },
  {
    code: 'time.invalid_zone',
    meaning:
      'A time zone is not an IANA name the runtime knows; fixed offsets such as `+08:00` are refused because a dealer is in a place whose offset can change: use e.g. `Asia/Shanghai`.',
    meaningZh:
      '时区不是运行环境认可的 IANA 名称；`+08:00` 这类固定偏移不被接受，因为门店所在地的偏移可能变化：请使用如 `Asia/Shanghai`。',
    outcome: 'throws',
    example: () => parseTimeZone('+08:00'),
  },
  {
    code: 'time.invalid_range',
    meaning:
      'A range ends before it starts (to before from, a repair before the sale, an odometer reading below the start): swap or correct the ends.',
    meaningZh: '区间结束早于开始（to 早于 from、维修早于销售、里程小于起始里程）：请调换或更正两端。',
    outcome: 'throws',
    example: () => elapsedDaysCeil('2024-03-02T09:00:00+08:00', '2024-03-01T09:00:00+08:00'),
  },
  {
    code: 'time.invalid_period',
    meaning:
      'A "whichever first" period (months, days, km) has no limit, both days and months, a limit that is not a whole number ≥ 0, or an unknown field such as `years`: write e.g. `{ months: 24, km: 50000 }`.',
    meaningZh:
      '“以先到者为准”的期限（月、天、公里）没有限值、同时给了天和月、限值不是不小于 0 的整数，或含有 `years` 等未知字段：请写成如 `{ months: 24, km: 50000 }`。',
    outcome: 'throws',
    example: () => parseWhicheverFirstPeriod({ years: 3, km: 100_000 }),
  },
  {
    code: 'time.invalid_calendar',
    meaning:
      'A business calendar is inconsistent (opening hours that close before they open or overlap, a malformed holiday, a day both a holiday and a working weekend): correct the calendar.',
    meaningZh:
      '营业日历自相矛盾（营业时间关门早于开门或时段重叠、节假日格式错误、同一天既是节假日又是调休工作日）：请更正日历。',
    outcome: 'throws',
    example: () =>
      createBusinessCalendar({ timeZone: 'Asia/Shanghai', openingHours: { open: '17:30', close: '08:30' } }),
  },
  {
    code: 'time.range_too_long',
    meaning:
      'Business time was asked over more than 100 years, almost always a mistyped year (2204 for 2024): correct the year.',
    meaningZh: '计算营业时间的区间超过 100 年，几乎总是年份录入错误（如把 2024 写成 2204）：请更正年份。',
    outcome: 'throws',
    example: () => {
      const calendar = createBusinessCalendar({
        timeZone: 'Asia/Shanghai',
        openingHours: { open: '08:30', close: '17:30' },
      });
      return openMinutesBetween(calendar, '2024-03-01T16:00:00+08:00', '2204-03-04T09:00:00+08:00');
    },
  },
];
