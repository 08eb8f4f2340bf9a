import { describe, expect, it } from 'vitest';
import type { VehicleCase } from '../rights/vehicleCase';
import { endWithinCalendar, instantOutsideCalendar } from './calendarBounds';

const noRepairs = (more: Partial<VehicleCase>) => ({ repairs: [], ...more }) as unknown as VehicleCase;

describe('endWithinCalendar', () => {
  it('months by the month-end rule: 9996-12-31 + 36 months is 9999-12-31, 9997-01-01 + 36 is in 10000', () => {
    expect(endWithinCalendar('9996-12-31', { months: 36 })).toBe('9999-12-31');
    expect(endWithinCalendar('9997-01-01', { months: 36 })).toBeUndefined();
    // 2024-02-29 + 12 months: February 2025 has 28 days, so its last day.
    expect(endWithinCalendar('2024-02-29', { months: 12 })).toBe('2025-02-28');
  });

  it('days: 9999-12-24 + 7 days is 9999-12-31, 9999-12-25 + 7 is 10000-01-01', () => {
    expect(endWithinCalendar('9999-12-24', { days: 7 })).toBe('9999-12-31');
    expect(endWithinCalendar('9999-12-25', { days: 7 })).toBeUndefined();
  });
});

describe('instantOutsideCalendar', () => {
  it("reads each instant's local date: 9999-12-31T15:59:59Z is 23:59:59 in Shanghai, 16:00:00Z already 10000-01-01", () => {
    expect(
      instantOutsideCalendar(noRepairs({ asOf: '9999-12-31T15:59:59Z' }), 'Asia/Shanghai'),
    ).toBeUndefined();
    expect(instantOutsideCalendar(noRepairs({ asOf: '9999-12-31T16:00:00Z' }), 'Asia/Shanghai')).toEqual({
      path: ['asOf'],
      instant: '9999-12-31T16:00:00Z',
    });
  });

  it('and before 0000-01-01: midnight UTC on 0000-01-01 is still 31 December of year −1 in Los Angeles', () => {
    // Los Angeles kept local mean time (−07:52:58) before 1883: 00:00Z is 16:07:02 the day before.
    const repair = {
      roId: 'RO-1',
      agreedAt: '2024-03-01T09:00:00-08:00',
      finishedAt: '0000-01-01T00:00:00Z',
    };
    const input = { repairs: [repair] } as unknown as VehicleCase;
    expect(instantOutsideCalendar(input, 'America/Los_Angeles')).toEqual({
      path: ['repairs', 0, 'finishedAt'],
      instant: '0000-01-01T00:00:00Z',
    });
    expect(instantOutsideCalendar(input, 'UTC')).toBeUndefined();
  });
});
