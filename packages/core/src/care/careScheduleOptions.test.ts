import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { createBusinessCalendar } from '../time/businessCalendar';
import { safeScheduleCustomerCare, scheduleCustomerCare } from './scheduleCustomerCare';
import { nationalDayCalendar, only, schedule, shanghai } from './testing';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

const delivered = { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' };

describe('scheduleCustomerCare: options', () => {
  it('throws input.required at options.timeZone when the zone is missing', () => {
    expect(issuesOf(() => scheduleCustomerCare([], {} as never))).toEqual([
      { code: 'input.required', path: ['options', 'timeZone'] },
    ]);
  });

  it('reports every bad option at once', () => {
    expect(
      issuesOf(() =>
        scheduleCustomerCare([], {
          timeZone: 'China Standard Time',
          asOf: '2024-02-30',
          windows: { firstFollowUp: { start: 1.5 }, weekly: {} },
          timezone: 'Asia/Shanghai',
        } as never),
      ),
    ).toEqual([
      { code: 'input.unrecognized_keys', path: ['options'] },
      { code: 'time.invalid_zone', path: ['options', 'timeZone'] },
      { code: 'input.invalid_type', path: ['options', 'windows', 'firstFollowUp', 'start'] },
      { code: 'input.unrecognized_keys', path: ['options', 'windows'] },
      { code: 'time.invalid_date', path: ['options', 'asOf'] },
    ]);
  });

  it('throws time.invalid_range at the end of a window that ends before it starts', () => {
    const result = safeScheduleCustomerCare([], {
      ...shanghai,
      windows: { escalate: { start: 3, end: 1 } },
    });
    expect(result.ok ? undefined : result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "time.invalid_range",
          "message": {
            "en": "options.windows.escalate.end the range ends (1) before it starts (3): the escalate window must not end before it starts (day offsets)",
            "zh": "options.windows.escalate.end 区间结束（1）早于开始（3）：escalate 窗口的结束日不能早于开始日（按天偏移）",
          },
          "params": {
            "end": 1,
            "reason": "the escalate window must not end before it starts (day offsets)",
            "reasonZh": "escalate 窗口的结束日不能早于开始日（按天偏移）",
            "start": 3,
          },
          "path": [
            "options",
            "windows",
            "escalate",
            "end",
          ],
        },
      ]
    `);
  });

  it('rejects an override that only makes the window inconsistent with the other default end', () => {
    // start 9 with the default end 7.
    expect(
      issuesOf(() => scheduleCustomerCare([], { ...shanghai, windows: { firstFollowUp: { start: 9 } } })),
    ).toEqual([{ code: 'time.invalid_range', path: ['options', 'windows', 'firstFollowUp', 'end'] }]);
  });

  it('rejects anniversaries that are not whole months from 1, or listed twice', () => {
    const windows = { warrantyPrecheck: { anniversaryMonths: [6, 0, 6] } };
    expect(issuesOf(() => scheduleCustomerCare([], { ...shanghai, windows }))).toEqual([
      { code: 'input.too_small', path: ['options', 'windows', 'warrantyPrecheck', 'anniversaryMonths', 1] },
    ]);
    const twice = { warrantyPrecheck: { anniversaryMonths: [6, 12, 6] } };
    expect(issuesOf(() => scheduleCustomerCare([], { ...shanghai, windows: twice }))).toEqual([
      {
        code: 'input.inconsistent',
        path: ['options', 'windows', 'warrantyPrecheck', 'anniversaryMonths', 2],
      },
    ]);
  });

  it('rejects a calendar of another time zone, or a malformed one', () => {
    const berlin = createBusinessCalendar({ timeZone: 'Europe/Berlin' });
    expect(issuesOf(() => scheduleCustomerCare([], { ...shanghai, calendar: berlin }))).toEqual([
      { code: 'input.inconsistent', path: ['options', 'calendar', 'timeZone'] },
    ]);
    const broken = { ...nationalDayCalendar, holidays: ['2024-10-32'] };
    expect(issuesOf(() => scheduleCustomerCare([], { ...shanghai, calendar: broken }))).toEqual([
      { code: 'time.invalid_calendar', path: ['options', 'calendar', 'holidays', 0] },
    ]);
  });

  it('accepts a JSON copy of a calendar', () => {
    const copy = JSON.parse(JSON.stringify(nationalDayCalendar));
    expect(only(schedule([delivered], { ...shanghai, calendar: copy }), 'care.followup.first').to).toBe(
      '2024-10-08',
    );
  });

  it('throws input.invalid_type at events when they are not an array', () => {
    expect(issuesOf(() => scheduleCustomerCare({} as never, shanghai))).toEqual([
      { code: 'input.invalid_type', path: ['events'] },
    ]);
    expect(safeScheduleCustomerCare(null, null)).toMatchObject({
      ok: false,
      issues: [{ path: ['options'] }],
    });
  });
});
