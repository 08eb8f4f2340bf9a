import { describe, expect, it } from 'vitest';
import type { CareEvent } from './careEvent';
import { scheduleCustomerCare } from './scheduleCustomerCare';
import { nationalDayCalendar, only, schedule, shanghai, VIN_A, VIN_B } from './testing';

const delivered = { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' };

describe('scheduleCustomerCare', () => {
  it('returns what its TSDoc example says', () => {
    const schedule = scheduleCustomerCare(
      [
        { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' },
        { type: 'follow_up_done', kind: 'first', at: '2024-10-02T10:00:00+08:00', roId: 'RO-2024-0815' },
      ],
      { timeZone: 'Asia/Shanghai', asOf: '2024-10-10' },
    );
    expect(schedule.tasks.map((task) => [task.rule, task.from, task.to, task.status])).toEqual([
      ['care.followup.first', '2024-09-30', '2024-10-04', 'done'],
      ['care.followup.second', '2024-10-09', '2024-10-15', 'due'],
    ]);
  });

  describe('dealer time zone', () => {
    // 2024-03-31 23:30 at −07:00 is 2024-04-01 06:30 UTC, 14:30 in Shanghai.
    const lateNight = { type: 'ro_delivered', at: '2024-03-31T23:30:00-07:00', roId: 'RO-LA-1' };

    it('returns 04-03 … 04-07 for a Los Angeles dealer (delivered 03-31 local)', () => {
      const task = only(schedule([lateNight], { timeZone: 'America/Los_Angeles' }), 'care.followup.first');
      expect([task.anchor, task.from, task.to]).toEqual(['2024-03-31', '2024-04-03', '2024-04-07']);
    });

    it('returns 04-04 … 04-08 for a Shanghai dealer (delivered 04-01 local)', () => {
      const task = only(schedule([lateNight], { timeZone: 'Asia/Shanghai' }), 'care.followup.first');
      expect([task.anchor, task.from, task.to]).toEqual(['2024-04-01', '2024-04-04', '2024-04-08']);
    });
  });

  describe('asOf', () => {
    // First follow-up window 09-30 … 10-04.
    const statusOn = (asOf: string) =>
      only(schedule([delivered], { ...shanghai, asOf }), 'care.followup.first').status;

    it('returns upcoming before the window, due on its first and last day, overdue after', () => {
      expect(['2024-09-29', '2024-09-30', '2024-10-04', '2024-10-05'].map(statusOn)).toEqual([
        'upcoming',
        'due',
        'due',
        'overdue',
      ]);
    });

    it('leaves a done task done whatever the day', () => {
      const result = schedule(
        [
          delivered,
          { type: 'follow_up_done', kind: 'first', at: '2024-10-01T10:00:00+08:00', roId: 'RO-2024-0815' },
        ],
        { ...shanghai, asOf: '2024-12-31' },
      );
      expect(only(result, 'care.followup.first').status).toBe('done');
      expect(only(result, 'care.followup.second').status).toBe('overdue');
    });
  });

  describe('rejected events', () => {
    it('returns each bad event with coded issues naming its index and field, and still schedules the good ones', () => {
      const result = schedule([
        delivered,
        { type: 'ro_delivered', at: '2024-09-27 18:30', roId: 'RO-2' }, // no offset
        { at: '2024-09-27T18:30:00+08:00' },
        { type: 'car_washed', at: '2024-09-27T18:30:00+08:00' },
        'ro_delivered',
        { type: 'follow_up_done', kind: 'third', at: '2024-10-01T10:00:00+08:00' },
        { type: 'vehicle_sold', saleDate: '2023-02-29' },
        { type: 'vehicle_sold', saleDate: '2024-08-31', vin: VIN_A, note: 'VIP' },
        { type: 'event_planned', eventDate: '2024-11-16' },
      ]);
      expect(
        result.rejected.map(({ index, issues }) => [index, issues.map(({ code, path }) => [code, path])]),
      ).toEqual([
        [1, [['input.invalid_format', [1, 'at']]]],
        [2, [['input.required', [2, 'type']]]],
        [3, [['input.invalid_value', [3, 'type']]]],
        [4, [['input.invalid_type', [4]]]],
        [5, [['input.invalid_value', [5, 'kind']]]],
        [6, [['input.invalid_format', [6, 'saleDate']]]],
        [7, [['input.unrecognized_keys', [7]]]],
        [8, [['input.required', [8, 'eventId']]]],
      ]);
      expect(result.tasks.map((task) => task.rule)).toEqual(['care.followup.first', 'care.followup.second']);
    });

    it('returns the issue with its message in English and Chinese', () => {
      const result = schedule([{ type: 'ro_delivered', at: '2024-09-27T18:30:00' }]);
      expect(result.rejected[0]?.issues[0]).toMatchInlineSnapshot(`
        {
          "code": "input.invalid_format",
          "message": {
            "en": "[0].at is not a valid ISO 8601 date-time with offset",
            "zh": "[0].at 不是有效的带时区偏移的 ISO 8601 日期时间",
          },
          "params": {
            "format": "ISO 8601 date-time with offset",
          },
          "path": [
            0,
            "at",
          ],
        }
      `);
    });

    it('rejects a hole in a sparse array as a missing event', () => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
      const result = schedule([, delivered]);
      expect(result.rejected.map(({ index, issues }) => [index, issues[0]?.code])).toEqual([
        [0, 'input.required'],
      ]);
      expect(result.tasks).toHaveLength(2);
    });

    it('rejects an event whose windows fall after 9999-12-31, with time.invalid_period on its date', () => {
      const result = schedule([
        { type: 'vehicle_sold', saleDate: '9999-01-31', vin: VIN_A }, // + 60 months is year 10003
        { type: 'ro_delivered', at: '9999-12-30T10:00:00+08:00', roId: 'RO-LAST' },
        { type: 'follow_up_done', kind: 'first', at: '9999-12-31T10:00:00+08:00', roId: 'RO-LAST' },
      ]);
      expect(
        result.rejected.map(({ index, issues }) => [index, issues.map(({ code, path }) => [code, path])]),
      ).toEqual([
        [0, [['time.invalid_period', [0, 'saleDate']]]],
        [1, [['time.invalid_period', [1, 'at']]]],
      ]);
      expect(result.ignored.map(({ index, reason }) => [index, reason])).toEqual([
        [2, 'no_matching_delivery'],
      ]);
      expect(result.tasks).toEqual([]);
    });

    it('rejects an instant whose local date is before year 0000 in the dealer zone', () => {
      const result = schedule([{ type: 'vehicle_received', at: '0000-01-01T03:00:00Z' }], {
        timeZone: 'America/Los_Angeles',
      });
      expect(result.rejected.map(({ issues }) => issues.map(({ code, path }) => [code, path]))).toEqual([
        [['time.invalid_date', [0, 'at']]],
      ]);
    });
  });

  describe('order', () => {
    const events: CareEvent[] = [
      { type: 'insurance_expires', expiresOn: '2024-11-01', vin: VIN_B },
      { type: 'vehicle_received', at: '2024-10-02T09:00:00+08:00', vin: VIN_B },
      { type: 'ro_delivered', at: '2024-09-29T17:00:00+08:00', roId: 'RO-B' },
      { type: 'request_unanswered', at: '2024-10-02T11:00:00+08:00', customerId: 'CUS-2' },
      delivered as CareEvent,
      { type: 'vehicle_received', at: '2024-10-02T09:00:00+08:00', vin: VIN_A },
    ];

    it('returns tasks sorted by from, then rule, then id', () => {
      // RO-2024-0815: 09-30 … 10-04 and provisional 10-07 … 10-13; RO-B (09-29): 10-02 … 10-06 and
      // 10-09 … 10-15; archive and escalation from 10-02; insurance 11-01 − 30 = 10-02 … 10-31.
      expect(scheduleCustomerCare(events, shanghai).tasks.map((task) => [task.from, task.id])).toEqual([
        ['2024-09-30', 'care.followup.first:RO-2024-0815@2024-09-27'],
        ['2024-10-02', `care.archive:${VIN_B}@2024-10-02`], // LFV… sorts before LSV…
        ['2024-10-02', `care.archive:${VIN_A}@2024-10-02`],
        ['2024-10-02', 'care.escalate:CUS-2@2024-10-02'],
        ['2024-10-02', 'care.followup.first:RO-B@2024-09-29'],
        ['2024-10-02', `care.insurance.renewal:${VIN_B}@2024-11-01`],
        ['2024-10-07', 'care.followup.second:RO-2024-0815@2024-09-27'],
        ['2024-10-09', 'care.followup.second:RO-B@2024-09-29'],
      ]);
    });

    it('returns the same tasks for the events in reverse order, apart from the indexes', () => {
      const forward = scheduleCustomerCare(events, shanghai).tasks;
      const backward = scheduleCustomerCare([...events].reverse(), shanghai).tasks;
      const last = events.length - 1;
      expect(backward).toEqual(
        forward.map((task) => ({
          ...task,
          sourceEvents: task.sourceEvents.map((index) => last - index).sort((a, b) => a - b),
        })),
      );
    });

    it('returns JSON-serializable output that survives a round trip', () => {
      const result = scheduleCustomerCare(events, {
        ...shanghai,
        calendar: nationalDayCalendar,
        asOf: '2024-10-08',
      });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  });
});
