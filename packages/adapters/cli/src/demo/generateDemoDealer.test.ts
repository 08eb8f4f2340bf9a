import { AftersalesError, calendarDaysBetween, toCalendarDate } from '@aftersales/core';
import {
  auditClaims,
  cnSanbao2013,
  cnSanbao2021,
  huaxiaPolicy2022,
  huaxiaPolicy2024,
} from '@aftersales/warranty';
import { describe, expect, it } from 'vitest';
import { generateDemoDealer } from './generateDemoDealer';

const dataset = generateDemoDealer();

interface Ro {
  id: string;
  vin: string;
  status: string;
  openedAt: string;
  deliveredAt?: string;
  comeback?: { isComeback: boolean; previousRoId?: string };
  jobs: { system?: string }[];
}
const ros = dataset.repairOrders as Ro[];
const SHANGHAI = 'Asia/Shanghai';

function codeOf(run: () => unknown): { code: string; path: readonly (string | number)[] } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AftersalesError) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
}

describe('generateDemoDealer', () => {
  // Generates three whole dealers (a year of ROs, claims and movements each): seconds on a busy machine.
  it('returns the same dataset for the same seed and a different one for another seed', {
    timeout: 30_000,
  }, () => {
    expect(generateDemoDealer({ seed: 8, asOf: '2025-01-01' })).toEqual(dataset);
    const other = generateDemoDealer({ seed: 9 });
    expect(other.repairOrders).not.toEqual(dataset.repairOrders);
    expect(other.warranty.claims).not.toEqual(dataset.warranty.claims);
    expect(other.parts.movements).not.toEqual(dataset.parts.movements);
  });

  it('refuses an asOf that is not a calendar date, naming the value or, for an object, its type', () => {
    const refusal = (asOf: unknown) => {
      try {
        generateDemoDealer({ asOf } as never);
        return 'no error';
      } catch (error) {
        return (error as { issues?: unknown }).issues;
      }
    };
    const invalid = (value: string) => [
      expect.objectContaining({ code: 'time.invalid_date', path: ['asOf'], params: { value } }),
    ];
    expect(refusal('2025-02-30')).toEqual(invalid('2025-02-30'));
    expect(refusal(20250101)).toEqual(invalid('20250101'));
    // Found by the public-API fuzz: String() of this object throws a TypeError.
    expect(refusal({ toString: 'not a function', valueOf: 1 })).toEqual(invalid('object'));
    expect(refusal(null)).toEqual(invalid('null'));
  });

  it('is a dealer in Asia/Shanghai keeping CNY, audited over the 12 months before asOf', () => {
    expect(dataset.dealer).toMatchObject({ timeZone: SHANGHAI, currency: 'CNY' });
    expect(dataset.asOf).toBe('2025-01-01');
    expect(dataset.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(generateDemoDealer({ asOf: '2025-07-15' }).period).toEqual({
      from: '2024-07-15',
      to: '2025-07-14',
    });
  });

  it('records nothing after asOf', () => {
    const asOfMs = Date.parse('2025-01-01T00:00:00+08:00');
    const late: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && Date.parse(value) > asOfMs) {
        late.push(path);
      } else if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`);
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
      }
    };
    walk({ ...dataset, appointments: [] }, 'dataset');
    // A booking for the next days is made before asOf; only its scheduled time is later.
    for (const appointment of dataset.appointments as { status: string; createdAt: string }[]) {
      if (appointment.status !== 'booked') walk(appointment, 'appointment');
      else walk(appointment.createdAt, 'appointment.createdAt');
    }
    // Promised delivery times are promises, not steps: they may lie after asOf.
    expect(late.filter((path) => !path.endsWith('.promisedAt'))).toEqual([]);
  });

  it('opens 18–22 repair orders a day over the period', () => {
    // The workshop is open every day, as Chinese 4S workshops are (weekends are their busiest
    // days), so every day of the period is a working day: 2024 is a leap year, 366 days.
    const days = calendarDaysBetween(dataset.period.from, dataset.period.to) + 1;
    expect(days).toBe(366);
    const opened = ros.filter((ro) => {
      const date = toCalendarDate(ro.openedAt, SHANGHAI);
      return date >= dataset.period.from && date <= dataset.period.to && ro.status !== 'cancelled';
    });
    const perDay = opened.length / days;
    expect(perDay).toBeGreaterThanOrEqual(18);
    expect(perDay).toBeLessThanOrEqual(22);
  });

  it('holds comebacks, flagged by the dealer and unflagged, of the same vehicle within 30 days', () => {
    const byId = new Map(ros.map((ro) => [ro.id, ro]));
    const flagged = ros.filter((ro) => ro.comeback?.isComeback === true);
    expect(flagged.length).toBeGreaterThan(0);
    for (const ro of flagged) {
      const previous = byId.get(ro.comeback?.previousRoId ?? '');
      expect(previous?.vin, ro.id).toBe(ro.vin);
      const gapDays = (Date.parse(ro.openedAt) - Date.parse(previous?.deliveredAt ?? '')) / 86_400_000;
      expect(gapDays, ro.id).toBeGreaterThan(0);
      expect(gapDays, ro.id).toBeLessThanOrEqual(30);
    }
    // Unflagged: the same VIN and system again within 30 days of a delivery, with no flag.
    const lastVisit = new Map<string, Ro>();
    let unflagged = 0;
    for (const ro of [...ros].sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt))) {
      if (ro.status === 'cancelled') continue;
      const key = `${ro.vin}|${ro.jobs[0]?.system}`;
      const before = lastVisit.get(key);
      const gap = before?.deliveredAt ? Date.parse(ro.openedAt) - Date.parse(before.deliveredAt) : Number.NaN;
      if (gap > 0 && gap <= 30 * 86_400_000 && ro.comeback === undefined) unflagged += 1;
      lastVisit.set(key, ro);
    }
    expect(unflagged).toBeGreaterThan(0);
    // The manual's target is under 2 %: the demo dealer is close to it.
    const rate = (flagged.length + unflagged) / ros.length;
    expect(rate).toBeGreaterThan(0.01);
    expect(rate).toBeLessThan(0.05);
  });

  it('holds complaints, appointments and surveys', () => {
    expect(dataset.complaints.length).toBeGreaterThan(50);
    expect(dataset.appointments.length).toBeGreaterThan(1_000);
    expect(dataset.surveys.length).toBeGreaterThan(1_000);
    const statuses = new Set(dataset.appointments.map((a) => (a as { status: string }).status));
    expect([...statuses].sort()).toEqual(['arrived', 'booked', 'cancelled', 'no_show']);
  });

  it('holds a parts master of a few thousand parts with two years of movements', () => {
    expect(dataset.parts.parts.length).toBeGreaterThanOrEqual(2_000);
    expect(dataset.parts.parts.length).toBeLessThanOrEqual(5_000);
    expect(dataset.parts.positions.length).toBe(dataset.parts.parts.length);
    const months = [
      ...new Set(dataset.parts.movements.map((m) => (m as { occurredAt: string }).occurredAt.slice(0, 7))),
    ].sort();
    const [first = '', last = ''] = [months[0], months[months.length - 1]];
    // 24 whole months before January 2025: January 2023 to December 2024.
    expect([first, last]).toEqual(['2023-01', '2024-12']);
    const span =
      (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
      Number(last.slice(5)) -
      Number(first.slice(5));
    expect(span).toBeGreaterThanOrEqual(23);
  });

  it('holds slow stock: parts in stock with no issue in the six months before asOf', () => {
    const issued = new Set(
      (dataset.parts.movements as { partNumber: string; type: string; occurredAt: string }[])
        .filter((m) => (m.type === 'issue_ro' || m.type === 'counter_sale') && m.occurredAt >= '2024-07-01')
        .map((m) => m.partNumber),
    );
    const slow = (dataset.parts.positions as { partNumber: string; onHand: string }[]).filter(
      (p) => Number(p.onHand) > 0 && !issued.has(p.partNumber),
    );
    expect(slow.length).toBeGreaterThan(100);
  });

  it('holds warranty claims the carmaker audit finds faults in', () => {
    const { warranty } = dataset;
    const report = auditClaims(warranty.claims, {
      policies: [huaxiaPolicy2022, huaxiaPolicy2024],
      jurisdictions: [cnSanbao2021, cnSanbao2013],
      history: { vehicles: warranty.vehicles, repairOrders: warranty.repairOrders },
      laborTimes: warranty.laborTimes,
      options: {
        timeZone: SHANGHAI,
        asOf: '2025-01-01T00:00:00+08:00',
        partGroups: warranty.partGroups,
        partPrices: warranty.partPrices,
      },
    });
    expect(report.summary.read).toBe(warranty.claims.length);
    expect(report.summary.rejected).toBe(0);
    expect(report.summary.findings).toBeGreaterThan(0);
    // Most claims are clean; the faults the demo plants each show up.
    expect(report.summary.approved).toBeGreaterThan(warranty.claims.length * 0.8);
    expect(Object.keys(report.summary.byCode)).toEqual(
      expect.arrayContaining(['claim.duplicate', 'claim.late_submission', 'claim.hours_above_standard']),
    );
  });

  it('refuses bad options with coded errors naming the field', () => {
    expect(codeOf(() => generateDemoDealer({ seed: 1.5 }))).toEqual({
      code: 'input.invalid_type',
      path: ['seed'],
    });
    expect(codeOf(() => generateDemoDealer({ seed: -1 }))).toEqual({
      code: 'input.too_small',
      path: ['seed'],
    });
    expect(codeOf(() => generateDemoDealer({ seed: 2 ** 32 }))).toEqual({
      code: 'input.too_big',
      path: ['seed'],
    });
    expect(codeOf(() => generateDemoDealer({ asOf: '2025-02-30' }))).toEqual({
      code: 'time.invalid_date',
      path: ['asOf'],
    });
    expect(codeOf(() => generateDemoDealer(null as never))).toEqual({
      code: 'input.invalid_type',
      path: ['options'],
    });
  });
});
