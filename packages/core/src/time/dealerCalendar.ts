import { DealerSchema } from '../schemas/dealer';
import { parseRecord } from '../schemas/parse';
import {
  type BusinessCalendar,
  type BusinessCalendarOptions,
  createBusinessCalendar,
  type OpeningInterval,
} from './businessCalendar';
import type { IsoWeekday } from './calendarDate';

/** What {@link createDealerCalendar} takes besides the dealer: holidays and make-up days. */
export type DealerCalendarOptions = Omit<BusinessCalendarOptions, 'timeZone' | 'openingHours'>;

/**
 * The business calendar of a dealer record: its time zone and opening hours, plus the holidays
 * and 调休 make-up days the caller passes. The dealer's working weekdays are the weekdays it has
 * opening hours for (a workshop open seven days works seven days), unless `workingWeekdays` says
 * otherwise. A dealer without opening hours gets Monday–Friday, open around the clock.
 *
 * This is the workshop's calendar (SLAs, promised times). A statutory calendar, such as the
 * working days of the 三包 rules' Art. 28 deadlines, is Monday–Friday with the State Council's
 * holidays and make-up days: build it with {@link createBusinessCalendar}.
 *
 * @throws AftersalesError when the dealer record or the options are invalid (coded, with the path)
 * @example
 * const calendar = createDealerCalendar(dealer, { holidays: ['2024-10-01', '2024-10-02'] });
 * isOpenAt(calendar, '2024-10-08T09:00:00+08:00'); // true when the dealer opens at 08:30 on Tuesdays
 */
export function createDealerCalendar(dealer: unknown, options: DealerCalendarOptions = {}): BusinessCalendar {
  const { timeZone, openingHours } = parseRecord(DealerSchema, dealer);
  if (openingHours === undefined || openingHours.length === 0)
    return createBusinessCalendar({ ...options, timeZone });
  const byWeekday: Partial<Record<IsoWeekday, OpeningInterval[]>> = {};
  for (const { weekday, open, close } of openingHours) {
    const day = weekday as IsoWeekday;
    byWeekday[day] = [...(byWeekday[day] ?? []), { open, close }];
  }
  const openDays = (Object.keys(byWeekday).map(Number) as IsoWeekday[]).sort();
  return createBusinessCalendar({ workingWeekdays: openDays, ...options, timeZone, openingHours: byWeekday });
}
