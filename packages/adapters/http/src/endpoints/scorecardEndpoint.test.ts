import { definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { defaultPlugins } from '../app/catalogs';
import { get, post, useServer } from '../testing';
import { ScoreKpisResponseSchema } from './scorecardEndpoint';

const server = useServer();

/** ROs opened by a dealer in the week of 2024-10-08 (Tue) … 10-12 (Sat, a 调休 make-up day). */
const ros = (dealerId: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${dealerId}-${index}`,
    roNumber: `${dealerId}-${index}`,
    dealerId,
    vin: 'LSVAU2187N2123456',
    advisorId: 'SA-1',
    kind: 'repair',
    status: 'in_repair',
    openedAt: `2024-10-${String(8 + (index % 5)).padStart(2, '0')}T09:00:00+08:00`,
  }));

/**
 * Working days from 10-08 to 10-12 by the National Day 2024 calendar: Tue–Fri 10-08…11 (4) and
 * the make-up Saturday 10-12 → 5. Daily intake: A 110 ÷ 5 = 22, B 100 ÷ 5 = 20, C 95 ÷ 5 = 19.
 */
const week = {
  kpis: ['ro.intake.daily', 'ro.count'],
  groupBy: ['dealer'],
  period: { from: '2024-10-08', to: '2024-10-12' },
  calendar: {
    timeZone: 'Asia/Shanghai',
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
  },
  records: { repairOrders: [...ros('A', 110), ...ros('B', 100), ...ros('C', 95)] },
};

type Row = { kpi: string; group: { dealer: string }; value: string; status: string; gap: string | null };
const statuses = (rows: Row[], kpi = 'ro.intake.daily') =>
  rows.filter((row) => row.kpi === kpi).map((row) => [row.group.dealer, row.value, row.status, row.gap]);

describe('POST /v1/kpis/scorecard', () => {
  it("scores against the manuals' defaults: ≥ 20 a day, at risk within 5 % of 20 = 1", async () => {
    const answer = await post(`${server.url()}/v1/kpis/scorecard`, week);
    expect(answer.status).toBe(200);
    ScoreKpisResponseSchema.parse(answer.body);
    expect(answer.body.targets.id).toBe('manual.defaults');
    expect(statuses(answer.body.rows)).toEqual([
      // 22 − 20 = 2, not within the margin 1 → met
      ['A', '22', 'met', '2'],
      // 20 − 20 = 0: meets ≥ 20 (inclusive) but within 1 of it → at risk
      ['B', '20', 'at_risk', '0'],
      // 19 − 20 = −1 → missed
      ['C', '19', 'missed', '-1'],
    ]);
    // ro.count has no target in the catalog.
    expect(statuses(answer.body.rows, 'ro.count').map((row) => row[2])).toEqual([
      'no_target',
      'no_target',
      'no_target',
    ]);
    // The report it scored is in the answer: 110 + 100 + 95 = 305 ROs read, all accepted.
    expect(answer.body.report.inputs.repairOrders).toEqual({ read: 305, accepted: 305, rejected: 0 });
  });

  it('scores against a profile given as data, with its own at-risk margin', async () => {
    const answer = await post(`${server.url()}/v1/kpis/scorecard`, {
      ...week,
      targets: {
        id: 'dlr.targets',
        targets: { 'ro.intake.daily': { atLeast: '20.5', cite: 'oem:acme-2024#intake' } },
        atRisk: { 'ro.intake.daily': '2' },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.targets).toEqual({ id: 'dlr.targets' });
    expect(statuses(answer.body.rows)).toEqual([
      // 22 − 20.5 = 1.5 < margin 2 → at risk
      ['A', '22', 'at_risk', '1.5'],
      // 20 − 20.5 = −0.5; 19 − 20.5 = −1.5 → missed
      ['B', '20', 'missed', '-0.5'],
      ['C', '19', 'missed', '-1.5'],
    ]);
    // A profile that names only this KPI leaves ro.count without a target.
    expect(answer.body.rows.find((row: Row) => row.kpi === 'ro.count').status).toBe('no_target');
  });

  it('refuses a profile parseTargetProfile rejects with 422, naming each field', async () => {
    const answer = await post(`${server.url()}/v1/kpis/scorecard`, {
      ...week,
      targets: {
        id: 'bad',
        targets: { 'ro.intake.daily': { atLeast: 'twenty', cite: 'oem:acme-2024#intake' } },
      },
    });
    expect([answer.status, answer.body.error.code, answer.body.error.issues[0].path]).toEqual([
      422,
      'input.invalid_format',
      ['targets', 'targets', 'ro.intake.daily', 'atLeast'],
    ]);
  });

  it('refuses a scope beside a given profile (400), and a profile that is not an object', async () => {
    const both = await post(`${server.url()}/v1/kpis/scorecard`, {
      ...week,
      targets: { id: 'x', targets: {} },
      scope: { dealer: 'A' },
    });
    expect([both.status, both.body.error.code, both.body.error.issues[0].path]).toEqual([
      400,
      'input.inconsistent',
      ['scope'],
    ]);
    const list = await post(`${server.url()}/v1/kpis/scorecard`, { ...week, targets: [] });
    expect([list.status, list.body.error.issues[0].path]).toEqual([400, ['targets']]);
  });
});

describe('POST /v1/kpis/scorecard with the profiles of plugins', () => {
  const brandX = definePlugin({
    id: '@acme/brand-x',
    version: '1.0.0',
    targets: [
      {
        id: 'brand-x.targets',
        scope: { brand: 'brand-x' },
        targets: { 'ro.intake.daily': { atLeast: '21', cite: 'oem:brand-x-2024#intake' } },
      },
    ],
  });
  const oem = useServer({ plugins: [...defaultPlugins, brandX] });

  it("layers a brand's profile over the defaults when the scope names the brand", async () => {
    const answer = await post(`${oem.url()}/v1/kpis/scorecard`, { ...week, scope: { brand: 'brand-x' } });
    expect(answer.body.targets).toEqual({
      id: 'manual.defaults < brand-x.targets',
      scope: { brand: 'brand-x' },
    });
    // ≥ 21, margin 5 % of 21 = 1.05: 22 − 21 = 1 < 1.05 → at risk; 20 and 19 fail.
    expect(statuses(answer.body.rows)).toEqual([
      ['A', '22', 'at_risk', '1'],
      ['B', '20', 'missed', '-1'],
      ['C', '19', 'missed', '-2'],
    ]);
  });

  it('keeps the defaults for another brand, and lists the profiles in /v1/catalog', async () => {
    const other = await post(`${oem.url()}/v1/kpis/scorecard`, { ...week, scope: { brand: 'brand-y' } });
    expect(other.body.targets.id).toBe('manual.defaults');
    expect(statuses(other.body.rows).map((row) => row[2])).toEqual(['met', 'at_risk', 'missed']);
    const catalog = await get(`${oem.url()}/v1/catalog`);
    expect(catalog.body.targetProfiles).toEqual([
      { id: 'manual.defaults' },
      { id: 'brand-x.targets', scope: { brand: 'brand-x' } },
    ]);
  });

  it('answers a given profile with a long scope in a body its own response schema accepts', async () => {
    // parseTargetProfile takes any non-blank scope; the answer echoes it. The response schema
    // limited it to 128 characters: the 200 broke the OpenAPI contract (found by fuzzing).
    const dealer = 'D'.repeat(400);
    const answer = await post(`${server.url()}/v1/kpis/scorecard`, {
      kpis: ['ro.count'],
      targets: { id: 'long', scope: { dealer }, targets: { 'ro.count': { atLeast: '1', cite: 'oem:x#1' } } },
      records: { repairOrders: ros('A', 1) },
    });
    expect(answer.status).toBe(200);
    expect(ScoreKpisResponseSchema.parse(answer.body).targets.scope).toEqual({ dealer });
  });
});
