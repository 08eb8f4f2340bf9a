import { createBusinessCalendar } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { calendarDayRows, calendarDaysSql } from './calendarDays';

const calendar = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
  workingWeekends: ['2024-09-29', '2024-10-12'],
});

describe('calendarDayRows', () => {
  it('lists each date with whether the workshop works (holidays off, make-up days on)', () => {
    // Sat 09-28 off; Sun 09-29 make-up working day; Mon 09-30 works; Tue 10-01 holiday.
    expect(calendarDayRows(calendar, '2024-09-28', '2024-10-01')).toEqual([
      { day: '2024-09-28', isWorking: false },
      { day: '2024-09-29', isWorking: true },
      { day: '2024-09-30', isWorking: true },
      { day: '2024-10-01', isWorking: false },
    ]);
  });

  it('throws coded errors for bad dates and ranges', () => {
    expect(() => calendarDayRows(calendar, '2024-10-02', '2024-10-01')).toThrow(
      expect.objectContaining({ code: 'time.invalid_range' }),
    );
    expect(() => calendarDayRows(calendar, '2024-02-30', '2024-10-01')).toThrow(
      expect.objectContaining({ code: 'time.invalid_date' }),
    );
    expect(() => calendarDayRows(calendar, '1900-01-01', '2024-10-01')).toThrow(
      expect.objectContaining({ code: 'input.too_big' }),
    );
  });
});

describe('calendarDaysSql', () => {
  it('writes one INSERT per thousand days into calendar_day', () => {
    const statements = calendarDaysSql(calendar, {
      from: '2024-09-29',
      to: '2024-09-30',
      dialect: 'postgres',
    });
    expect(statements).toEqual([
      "INSERT INTO calendar_day (day, is_working) VALUES (DATE '2024-09-29', TRUE), (DATE '2024-09-30', TRUE)",
    ]);
    expect(
      calendarDaysSql(calendar, { from: '2024-01-01', to: '2026-12-31', dialect: 'duckdb' }),
    ).toHaveLength(2);
  });
});
