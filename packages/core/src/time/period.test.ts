import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { evaluatePeriod, parseWhicheverFirstPeriod, safeEvaluatePeriod } from './period';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

describe('evaluatePeriod', () => {
  describe('a 2-year / 50,000 km 三包 period from 2022-03-15 at 0 km', () => {
    const period = { months: 24, km: 50_000 };
    const start = { date: '2022-03-15', km: 0 };

    it('returns within on the last day with 49,999 km', () => {
      expect(evaluatePeriod(period, start, { date: '2024-03-15', km: 49_999 })).toEqual({
        within: true,
        endedBy: null,
        time: 'within',
        distance: 'within',
        elapsedDays: 731, // 365 (2022-03-15 → 2023-03-15) + 366 (→ 2024-03-15, over 2024-02-29)
        endDate: '2024-03-15',
        daysLeft: 0,
        endKm: 50_000,
        drivenKm: 49_999,
        kmLeft: 1,
      });
    });

    it('returns ended by time the day after', () => {
      expect(evaluatePeriod(period, start, { date: '2024-03-16', km: 49_999 })).toEqual({
        within: false,
        endedBy: 'time',
        time: 'ended',
        distance: 'within',
        elapsedDays: 732,
        endDate: '2024-03-15',
        daysOver: 1,
        endKm: 50_000,
        drivenKm: 49_999,
        kmLeft: 1,
      });
    });

    it('returns ended by distance with kmOver 1 at 50,001 km inside the two years', () => {
      expect(evaluatePeriod(period, start, { date: '2023-01-01', km: 50_001 })).toEqual({
        within: false,
        endedBy: 'distance',
        time: 'within',
        distance: 'ended',
        elapsedDays: 292, // 16 days left of March 2022 + 275 (April … December) + 1
        endDate: '2024-03-15',
        daysLeft: 439, // 365 days of 2023 + 31 + 29 + 14
        endKm: 50_000,
        drivenKm: 50_001,
        kmOver: 1,
      });
    });

    it('returns ended by both when both limits are past (which came first is unknowable)', () => {
      const result = evaluatePeriod(period, start, { date: '2024-06-01', km: 60_000 });
      expect([result.within, result.endedBy, result.daysOver, result.kmOver]).toEqual([
        false,
        'both',
        78,
        10_000,
      ]);
    });
  });

  describe('counting days: the start day is not counted', () => {
    const sevenDays = { days: 7 };
    const sold = { date: '2024-03-01' };

    it('returns within on day 7 (03-08) and ended on day 8 (03-09) of a 7-day period', () => {
      expect(evaluatePeriod(sevenDays, sold, { date: '2024-03-08' })).toMatchObject({
        within: true,
        daysLeft: 0,
      });
      expect(evaluatePeriod(sevenDays, sold, { date: '2024-03-09' })).toMatchObject({
        within: false,
        endedBy: 'time',
        daysOver: 1,
        endDate: '2024-03-08',
      });
    });

    it('returns within on the start day itself with all 7 days left', () => {
      expect(evaluatePeriod(sevenDays, sold, sold)).toMatchObject({
        within: true,
        daysLeft: 7,
        elapsedDays: 0,
      });
    });

    it('returns within on day 60 (04-30) and ended on day 61 of a 60-day period', () => {
      // 03-01 + 60: 30 more days of March, then 30 of April.
      expect(evaluatePeriod({ days: 60 }, sold, { date: '2024-04-30' })).toMatchObject({
        within: true,
        daysLeft: 0,
      });
      expect(evaluatePeriod({ days: 60 }, sold, { date: '2024-05-01' })).toMatchObject({
        within: false,
        daysOver: 1,
      });
    });

    it('returns within only on the start day when the period is 0 days', () => {
      expect(evaluatePeriod({ days: 0 }, sold, sold).within).toBe(true);
      expect(evaluatePeriod({ days: 0 }, sold, { date: '2024-03-02' }).within).toBe(false);
    });
  });

  describe('counting months: the month-end rule', () => {
    it("returns the final month's last day as endDate when it has no corresponding day", () => {
      expect(evaluatePeriod({ months: 1 }, { date: '2024-01-31' }, { date: '2024-02-29' })).toMatchObject({
        within: true,
        endDate: '2024-02-29',
      });
      expect(evaluatePeriod({ months: 12 }, { date: '2024-02-29' }, { date: '2025-03-01' })).toMatchObject({
        within: false,
        endDate: '2025-02-28',
        daysOver: 1,
      });
    });
  });

  describe('counting km: within includes the number', () => {
    const period = { km: 3_000 };
    const start = { date: '2024-03-01', km: 1_000 };

    it('returns within at 2,999 and 3,000 km driven and ended at 3,001', () => {
      expect(evaluatePeriod(period, start, { date: '2024-03-05', km: 3_999 })).toMatchObject({
        within: true,
        kmLeft: 1,
      });
      expect(evaluatePeriod(period, start, { date: '2024-03-05', km: 4_000 })).toMatchObject({
        within: true,
        kmLeft: 0,
      });
      expect(evaluatePeriod(period, start, { date: '2024-03-05', km: 4_001 })).toMatchObject({
        within: false,
        endedBy: 'distance',
        endKm: 4_000,
        kmOver: 1,
        time: 'not_limited',
      });
    });
  });

  describe('a missing odometer', () => {
    const period = { months: 24, km: 50_000 };

    it('returns within null and distance unknown when the time limit still runs', () => {
      expect(evaluatePeriod(period, { date: '2022-03-15', km: 0 }, { date: '2023-01-01' })).toEqual({
        within: null,
        endedBy: null,
        time: 'within',
        distance: 'unknown',
        elapsedDays: 292,
        endDate: '2024-03-15',
        daysLeft: 439,
        endKm: 50_000,
        missing: ['at.km'],
      });
    });

    it('returns ended by time when the time limit is past, whatever the distance', () => {
      expect(
        evaluatePeriod(period, { date: '2022-03-15', km: null }, { date: '2024-03-16', km: 10 }),
      ).toMatchObject({
        within: false,
        endedBy: 'time',
        distance: 'unknown',
        missing: ['start.km'],
      });
    });

    it('returns within null when the only limit is distance and both readings are missing', () => {
      expect(evaluatePeriod({ km: 3_000 }, { date: '2024-03-01' }, { date: '2024-03-02' })).toMatchObject({
        within: null,
        missing: ['start.km', 'at.km'],
      });
    });
  });

  describe('bad input', () => {
    it('throws time.invalid_range at at.date when at is before start', () => {
      expect(
        issuesOf(() => evaluatePeriod({ days: 7 }, { date: '2024-03-01' }, { date: '2024-02-29' })),
      ).toEqual([{ code: 'time.invalid_range', path: ['at', 'date'] }]);
    });

    it('throws time.invalid_range at at.km with a rolled-back-odometer message when km goes down', () => {
      expect(() =>
        evaluatePeriod({ km: 3_000 }, { date: '2024-03-01', km: 15_000 }, { date: '2024-03-05', km: 12_000 }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[AftersalesError: [time.invalid_range] at.km the range ends (12000 km) before it starts (15000 km): the odometer reads less than at the start of the period (rolled back or replaced?)]`,
      );
    });

    it('throws time.invalid_period for each problem of the period', () => {
      const at = { date: '2024-03-01' };
      expect(issuesOf(() => evaluatePeriod({} as never, at, at))).toEqual([
        { code: 'time.invalid_period', path: ['period'] },
      ]);
      expect(issuesOf(() => evaluatePeriod({ days: 7, months: 1 } as never, at, at))).toEqual([
        { code: 'time.invalid_period', path: ['period'] },
      ]);
      expect(issuesOf(() => evaluatePeriod({ days: -1, km: 1.5 }, at, at))).toEqual([
        { code: 'time.invalid_period', path: ['period', 'days'] },
        { code: 'time.invalid_period', path: ['period', 'km'] },
      ]);
      expect(issuesOf(() => evaluatePeriod({ years: 2 } as never, at, at))).toEqual([
        { code: 'time.invalid_period', path: ['period', 'years'] },
        { code: 'time.invalid_period', path: ['period'] },
      ]);
    });

    it('throws at the reading field when a reading is missing or malformed', () => {
      const period = { days: 7 };
      expect(issuesOf(() => evaluatePeriod(period, undefined as never, { date: '2024-03-01' }))).toEqual([
        { code: 'input.required', path: ['start'] },
      ]);
      expect(
        issuesOf(() => evaluatePeriod(period, { date: '2024-03-01', km: -1 }, { date: '2024-03-01' })),
      ).toEqual([{ code: 'input.too_small', path: ['start', 'km'] }]);
      expect(issuesOf(() => evaluatePeriod(period, { date: '2024-03-01' }, { date: '2024/03/01' }))).toEqual([
        { code: 'time.invalid_date', path: ['at', 'date'] },
      ]);
    });

    it('throws time.invalid_period when the period would end after 9999-12-31', () => {
      expect(
        issuesOf(() => evaluatePeriod({ days: 3_000_000 }, { date: '2024-03-01' }, { date: '2024-03-01' })),
      ).toEqual([{ code: 'time.invalid_period', path: ['period', 'days'] }]);
    });
  });

  it('returns within on the last day and ended the day after, for any start and length', () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2090-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 3_650 }),
        (day, days) => {
          const start = { date: day.toISOString().slice(0, 10) };
          const last = new Date(day.getTime() - (day.getTime() % DAY) + days * DAY);
          const next = new Date(last.getTime() + DAY);
          expect(evaluatePeriod({ days }, start, { date: last.toISOString().slice(0, 10) }).within).toBe(
            true,
          );
          expect(evaluatePeriod({ days }, start, { date: next.toISOString().slice(0, 10) }).within).toBe(
            false,
          );
        },
      ),
    );
  });
});

describe('parseWhicheverFirstPeriod', () => {
  it('returns a frozen copy without undefined fields', () => {
    const period = parseWhicheverFirstPeriod({ months: 24, km: 50_000, days: undefined });
    expect(period).toEqual({ months: 24, km: 50_000 });
    expect(Object.keys(period)).toEqual(['months', 'km']);
    expect(Object.isFrozen(period)).toBe(true);
  });

  it('reads a limit of -0 (JSON.parse gives it for "-0") as 0, so the period writes back unchanged', () => {
    const period = parseWhicheverFirstPeriod(JSON.parse('{ "days": -0, "km": -0 }'));
    expect(Object.is(period.days, 0) && Object.is(period.km, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(period))).toEqual(period);
  });
});

describe('safeEvaluatePeriod', () => {
  it('returns ok with the evaluation when the input is valid', () => {
    const result = safeEvaluatePeriod({ days: 7 }, { date: '2024-03-01' }, { date: '2024-03-08' });
    expect(result.ok && result.value.within).toBe(true);
  });

  it('returns the issue with en and zh messages when the odometer was rolled back', () => {
    const result = safeEvaluatePeriod(
      { months: 24, km: 50_000 },
      { date: '2022-03-15', km: 12_000 },
      { date: '2023-01-01', km: 9_000 },
    );
    expect(result).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "time.invalid_range",
            "message": {
              "en": "at.km the range ends (9000 km) before it starts (12000 km): the odometer reads less than at the start of the period (rolled back or replaced?)",
              "zh": "at.km 区间结束（9000 km）早于开始（12000 km）：里程表读数低于期限开始时的读数（里程表被回调或更换？）",
            },
            "params": {
              "end": "9000 km",
              "reason": "the odometer reads less than at the start of the period (rolled back or replaced?)",
              "reasonZh": "里程表读数低于期限开始时的读数（里程表被回调或更换？）",
              "start": "12000 km",
            },
            "path": [
              "at",
              "km",
            ],
          },
        ],
        "ok": false,
      }
    `);
  });
});
