import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../schemas/examples';
import { createDealerCalendar } from './dealerCalendar';
import { isOpenAt, openMinutesBetween } from './openingHours';
import { isWorkingDay } from './workingDays';

describe('createDealerCalendar', () => {
  // The example dealer: Mon–Fri 08:30–18:00, Sat–Sun 09:00–17:00, Asia/Shanghai (UTC+8, no DST).
  const dealer = exampleRecords.dealer;

  it('works the weekdays it has hours for, in its own zone', () => {
    const calendar = createDealerCalendar(dealer, { holidays: ['2024-10-01'] });
    expect(calendar.timeZone).toBe('Asia/Shanghai');
    // 2024-10-05 is a Saturday: the workshop is open, so it is a working day for it
    expect(isWorkingDay(calendar, '2024-10-05')).toBe(true);
    expect(isWorkingDay(calendar, '2024-10-01')).toBe(false);
    // Saturday 08:59 local = 00:59Z is before 09:00; 09:00 local = 01:00Z is open
    expect(isOpenAt(calendar, '2024-10-05T00:59:00Z')).toBe(false);
    expect(isOpenAt(calendar, '2024-10-05T01:00:00Z')).toBe(true);
    // Monday 2024-10-07 07:00–12:00 local: open from 08:30, so 3 h 30 min = 210 minutes
    expect(openMinutesBetween(calendar, '2024-10-07T07:00:00+08:00', '2024-10-07T12:00:00+08:00')).toBe(210);
  });

  it('lets the caller say which weekdays are worked', () => {
    const calendar = createDealerCalendar(dealer, { workingWeekdays: [1, 2, 3, 4, 5] });
    expect(isWorkingDay(calendar, '2024-10-05')).toBe(false);
  });

  it('keeps both intervals of a day with a lunch break', () => {
    const lunch = {
      ...dealer,
      openingHours: [
        { weekday: 1, open: '08:30', close: '12:00' },
        { weekday: 1, open: '13:00', close: '17:30' },
      ],
    };
    const calendar = createDealerCalendar(lunch);
    // 11:00–14:00 local on Monday 2024-10-07: 11:00–12:00 and 13:00–14:00 = 120 minutes
    expect(openMinutesBetween(calendar, '2024-10-07T11:00:00+08:00', '2024-10-07T14:00:00+08:00')).toBe(120);
    expect(isWorkingDay(calendar, '2024-10-08')).toBe(false);
  });

  it('rejects a bad dealer record with a coded error naming the field', () => {
    expect(() => createDealerCalendar({ ...dealer, timeZone: 'Shanghai' })).toThrowError(
      expect.objectContaining({ code: 'time.invalid_zone', path: ['timeZone'] }),
    );
    expect(() => createDealerCalendar(null)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });
});
