import { definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { defaultPlugins } from '../app/catalogs';
import { FlowAuditReportSchema } from '../schemas/flowSchemas';
import { post, useServer } from '../testing';
import { ComputeKpisResponseSchema } from './kpiEndpoint';

const server = useServer();

/** China's National Day 2024: 10-01 (Tue) … 10-07 off; Sunday 09-29 and Saturday 10-12 worked (调休). */
const nationalDay = {
  holidays: [
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
    '2024-10-07',
  ],
  workingWeekends: ['2024-09-29', '2024-10-12'],
};

/**
 * 38 ROs opened in October 2024 (Shanghai), two on each of the first 19 days, holidays included:
 * an RO opened on a holiday still counts; only the denominator depends on the calendar.
 */
const octoberRos = Array.from({ length: 38 }, (_, index) => {
  const day = String(Math.floor(index / 2) + 1).padStart(2, '0');
  return {
    id: `RO-${index}`,
    roNumber: `RO-${index}`,
    dealerId: 'DLR-1',
    vin: 'LSVAU2187N2123456',
    advisorId: 'SA-1',
    kind: 'maintenance',
    status: 'in_repair',
    // 23:30 in Shanghai is 15:30 UTC the same day: still that October day on the dealer's clock.
    openedAt: `2024-10-${day}T${index % 2 === 0 ? '08:30' : '23:30'}:00+08:00`,
  };
});

const dailyIntake = (more: Record<string, unknown> = {}) =>
  post(`${server.url()}/v1/kpis/compute`, {
    kpis: ['ro.intake.daily'],
    groupBy: ['month'],
    records: { repairOrders: octoberRos },
    ...more,
  });

const cellOf = (body: { cells: { value: string; numerator: string; denominator: string }[] }) => {
  const [cell] = body.cells;
  return [cell?.numerator, cell?.denominator, cell?.value];
};

describe('POST /v1/kpis/compute with a business calendar', () => {
  it('divides by the working days of a month with a holiday', async () => {
    const answer = await dailyIntake({ calendar: { timeZone: 'Asia/Shanghai', ...nationalDay } });
    expect(answer.status).toBe(200);
    ComputeKpisResponseSchema.parse(answer.body);
    // October 2024, Mon–Fri: 10-01…04 (4), 07…11 (5), 14…18 (5), 21…25 (5), 28…31 (4) = 23 weekdays;
    // minus the holidays on weekdays 10-01, 02, 03, 04, 07 (5) = 18; plus make-up Saturday 10-12 = 19
    // (Sunday 09-29 is in September). 38 ÷ 19 = 2.
    expect(cellOf(answer.body)).toEqual(['38', '19', '2']);
  });

  it('counts every day of the month as a working day without a calendar', async () => {
    const answer = await dailyIntake();
    // 31 days in October: 38 ÷ 31 = 1.2258… → 1.23 (2 places).
    expect(cellOf(answer.body)).toEqual(['38', '31', '1.23']);
  });

  it("takes the request's time zone for a calendar that names none", async () => {
    const answer = await dailyIntake({ timeZone: 'Asia/Shanghai', calendar: nationalDay });
    expect(cellOf(answer.body)).toEqual(['38', '19', '2']);
  });

  it("builds the calendar of a dealer record: its open weekdays, the request's holidays", async () => {
    const dealer = {
      id: 'DLR-1',
      name: '浦江汽车服务',
      brands: ['Huaxia'],
      timeZone: 'Asia/Shanghai',
      bays: 8,
      // Open Monday to Saturday, 08:30–18:00: six working weekdays.
      openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open: '08:30', close: '18:00' })),
    };
    const answer = await dailyIntake({ calendar: { dealer, holidays: nationalDay.holidays } });
    expect(answer.status).toBe(200);
    // October 2024, Mon–Sat: 23 weekdays + Saturdays 05, 12, 19, 26 = 27; minus holidays 10-01…05
    // (Tue–Sat) and 10-07 (Mon) = 6 (10-06 is a Sunday, not worked anyway) → 21.
    // 38 ÷ 21 = 1.8095… → 1.81.
    expect(cellOf(answer.body)).toEqual(['38', '21', '1.81']);
  });

  it('refuses a calendar core cannot accept, naming the field', async () => {
    // Shape: 2024-02-30 is no date (400, from the schema).
    const date = await dailyIntake({ calendar: { holidays: ['2024-02-30'] } });
    expect([date.status, date.body.error.issues[0].path]).toEqual([400, ['calendar', 'holidays', 0]]);
    // Sense: a make-up day on a Wednesday, already a working weekday (422, from core).
    const makeUp = await dailyIntake({ calendar: { workingWeekends: ['2024-10-09'] } });
    expect([makeUp.status, makeUp.body.error.code, makeUp.body.error.issues[0].path]).toEqual([
      422,
      'time.invalid_calendar',
      ['calendar', 'workingWeekends', 0],
    ]);
    // A dealer record without its bays: the record's issue, under calendar.dealer.
    const dealer = await dailyIntake({
      calendar: { dealer: { id: 'D', name: 'D', brands: ['B'], timeZone: 'Asia/Shanghai' } },
    });
    expect([dealer.status, dealer.body.error.code, dealer.body.error.issues[0].path]).toEqual([
      422,
      'input.required',
      ['calendar', 'dealer', 'bays'],
    ]);
  });

  it('refuses a calendar in another time zone than the request', async () => {
    const answer = await dailyIntake({
      timeZone: 'Asia/Shanghai',
      calendar: { timeZone: 'America/Los_Angeles', ...nationalDay },
    });
    expect([answer.status, answer.body.error.code, answer.body.error.issues[0].path]).toEqual([
      422,
      'input.inconsistent',
      ['calendar', 'timeZone'],
    ]);
  });
});

/** An OEM's rule, as a plugin: the customer record within 1 working day of the visit. */
const archiveInOneWorkingDay = definePlugin({
  id: '@acme/archive',
  version: '1.0.0',
  flows: [
    {
      id: 'acme.archive',
      flow: 'repair-order',
      slas: [
        {
          id: 'acme.archive.working-day',
          title: { en: 'Customer record within 1 working day', zh: '一个工作日内建档' },
          cite: 'oem:acme-2024#archive',
          start: { event: 'receive_vehicle' },
          stop: { event: 'archive_customer_record' },
          limit: { workingDays: 1 },
        },
      ],
    },
  ],
});

describe('POST /v1/repair-orders/audit with a business calendar', () => {
  const acme = useServer({ plugins: [...defaultPlugins, archiveInOneWorkingDay] });
  // Received Monday 09-30, archived Tuesday 10-08, after the National Day week.
  const histories = [
    {
      id: 'RO-1',
      events: [
        { type: 'receive_vehicle', at: '2024-09-30T09:00:00+08:00', actor: 'SA-1', data: { kind: 'repair' } },
        { type: 'archive_customer_record', at: '2024-10-08T10:00:00+08:00', actor: 'CC-1' },
      ],
    },
  ];
  const rulesOf = (body: { results: { findings: { rule: string }[] }[] }) =>
    body.results[0]?.findings.map((finding) => finding.rule).sort();

  it('counts working days by the calendar given', async () => {
    const answer = await post(`${acme.url()}/v1/repair-orders/audit`, {
      histories,
      calendar: { timeZone: 'Asia/Shanghai', ...nationalDay },
    });
    expect(answer.status).toBe(200);
    FlowAuditReportSchema.parse(answer.body);
    // Working days in (09-30, 10-08]: 10-01…07 are holidays, so only 10-08 → 1 ≤ 1, on time.
    // The built-in care.archive counts calendar days: 09-30 → 10-08 = 8 > 2, late.
    expect(rulesOf(answer.body)).toEqual(['care.archive']);
  });

  it('finds the same log late against a calendar without the holidays', async () => {
    const answer = await post(`${acme.url()}/v1/repair-orders/audit`, {
      histories,
      calendar: { timeZone: 'Asia/Shanghai' },
    });
    // Mon–Fri only: 10-01, 02, 03, 04, 07, 08 = 6 working days > 1.
    expect(rulesOf(answer.body)).toEqual(['acme.archive.working-day', 'care.archive']);
    const finding = answer.body.results[0].findings.find(
      (f: { rule: string }) => f.rule === 'acme.archive.working-day',
    );
    expect([finding.kind, finding.facts.workingDays]).toEqual(['late', 6]);
  });

  it('refuses to audit a working-day SLA without a calendar, naming the calendar field', async () => {
    const answer = await post(`${acme.url()}/v1/repair-orders/audit`, { histories });
    expect([answer.status, answer.body.error.code, answer.body.error.issues[0].path]).toEqual([
      422,
      'time.invalid_calendar',
      ['calendar'],
    ]);
  });

  it('audits the built-in flows without a calendar (their SLAs count calendar days)', async () => {
    const answer = await post(`${server.url()}/v1/repair-orders/audit`, { histories });
    expect([answer.status, rulesOf(answer.body)]).toEqual([200, ['care.archive']]);
  });
});
