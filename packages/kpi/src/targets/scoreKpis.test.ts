import { describe, expect, it } from 'vitest';
import { scorecardSummary } from './scorecardSummary';
import { scoreKpis } from './scoreKpis';
import type { TargetProfile } from './targetProfile';
import {
  approval,
  cell,
  comeback,
  csi,
  dwell,
  kpis,
  manualTargets,
  month,
  partsLabor,
  report,
  revenuePerRo,
} from './testing';

/** The error of one issue: its code, path and params. */
const refusal = (code: string, path: readonly (string | number)[], params: Record<string, unknown>) =>
  expect.objectContaining({ code, path, issues: [expect.objectContaining({ code, path, params })] });

const score = (cells: Parameters<typeof report>[0], targets: TargetProfile = manualTargets) =>
  scoreKpis(report(cells), { kpis, targets }).rows;

describe('scoreKpis: status, gap and message', () => {
  it('scores one row per cell, in order, with the target in force', () => {
    const rows = score([
      cell(comeback.id, '2.4'), // < 2: missed by 0.4
      cell(approval.id, '96'), // ≥ 95, margin 4.75: 96 − 95 = 1 < 4.75 → at risk
      cell(approval.id, '99.75', { group: { dealer: 'DLR-002' } }), // 4.75 is not < 4.75 → met
      cell(dwell.id, '5.5'), // no target in the catalog
      cell(comeback.id, null, { reason: { en: 'no closed ROs', zh: '无已结算工单' } }),
    ]);
    expect(rows.map((row) => [row.kpi, row.status, row.gap])).toEqual([
      ['ro.comeback', 'missed', '-0.4'],
      ['wty.approval', 'at_risk', '1'],
      ['wty.approval', 'met', '4.75'],
      ['ro.dwell', 'no_target', null],
      ['ro.comeback', 'no_data', null],
    ]);
    expect(rows[0]).toMatchObject({
      name: comeback.name,
      group: { dealer: 'DLR-001' },
      value: '2.4',
      unit: 'percent',
      target: comeback.target,
      message: {
        en: 'Comeback rate 2.4 % is above the target < 2 % by 0.4',
        zh: '返修率 2.4% 高于目标 <2%，差 0.4',
      },
    });
    expect(rows.slice(1).map((row) => row.message)).toEqual([
      {
        en: 'Claim approval rate 96 % meets the target ≥ 95 % by only 1 (at risk)',
        zh: '索赔通过率 96% 达到目标 ≥95%，仅余 1，存在风险',
      },
      {
        en: 'Claim approval rate 99.75 % meets the target ≥ 95 % by 4.75',
        zh: '索赔通过率 99.75% 达到目标 ≥95%，余 4.75',
      },
      { en: 'Time in workshop 5.5 h: no target set', zh: '在厂时长 5.5小时：未设目标' },
      { en: 'Comeback rate: no data (no closed ROs)', zh: '返修率：无数据（无已结算工单）' },
    ]);
    expect(rows[3]?.target).toBeUndefined();
  });

  it('misses a strict bound on equality, and says so', () => {
    // below 2 with 2: the gap is 2 − 2 = 0, on the wrong side of a strict bound.
    expect(score([cell(comeback.id, '2')])[0]).toMatchObject({
      status: 'missed',
      gap: '0',
      message: {
        en: 'Comeback rate 2 % misses the target < 2 %: it must be below 2 %',
        zh: '返修率 2% 未达到目标 <2%：须低于 2%',
      },
    });
  });

  it('reads a lower-bound miss, a band and money in the unit of the KPI', () => {
    const rows = score([
      cell(approval.id, '94.99'), // 94.99 − 95 = −0.01
      cell(partsLabor.id, '1.15'), // 0.8 … 1.2: 1.2 − 1.15 = 0.05 < 0.06 (5 % of 1.2)
      cell(revenuePerRo.id, '750'), // ≥ 800 CNY: 750 − 800 = −50
    ]);
    expect(rows.map((row) => [row.status, row.gap])).toEqual([
      ['missed', '-0.01'],
      ['at_risk', '0.05'],
      ['missed', '-50'],
    ]);
    expect(rows.map((row) => row.message)).toEqual([
      {
        en: 'Claim approval rate 94.99 % is below the target ≥ 95 % by 0.01',
        zh: '索赔通过率 94.99% 低于目标 ≥95%，差 0.01',
      },
      {
        en: 'Parts-to-labor ratio 1.15 meets the target ≥ 0.8 and ≤ 1.2 by only 0.05 (at risk)',
        zh: '配件工时比 1.15 达到目标 ≥0.8 且 ≤1.2，仅余 0.05，存在风险',
      },
      {
        en: 'Revenue per RO 750 CNY is below the target ≥ 800 CNY by 50',
        zh: '单车产值 750元 低于目标 ≥800元，差 50',
      },
    ]);
    expect(rows[2]?.currency).toBe('CNY');
  });

  it('gives a row every field, and no currency when the cell has none', () => {
    // below 2: 2 − 1.9 = 0.1, not less than the margin 5 % × 2 = 0.1 → met.
    expect(score([cell(comeback.id, '1.9', { period: month(3) })])[0]).toStrictEqual({
      kpi: 'ro.comeback',
      name: comeback.name,
      group: { dealer: 'DLR-001' },
      period: { grain: 'month', label: '2024-03', from: '2024-03-01', to: '2024-03-31' },
      value: '1.9',
      unit: 'percent',
      target: comeback.target,
      status: 'met',
      gap: '0.1',
      trend: { previous: null, change: null, direction: 'unknown' },
      message: {
        en: 'Comeback rate 1.9 % meets the target < 2 % by 0.1',
        zh: '返修率 1.9% 达到目标 <2%，余 0.1',
      },
    });
  });

  it('keeps the default at-risk band of a percentage below 100, and of no other unit', () => {
    // ≥ 93 with 96.8: the gap is 3.8 and 5 % × 93 = 4.65. As a percentage the band is at most half
    // the room left, (100 − 93) ÷ 2 = 3.5, and 3.8 ≥ 3.5 is met; as points 3.8 < 4.65 is at risk.
    const rows = score([cell(csi.id, '96.8'), cell(csi.id, '96.8', { unit: 'points' })]);
    expect(rows.map((row) => [row.status, row.gap])).toEqual([
      ['met', '3.8'],
      ['at_risk', '3.8'],
    ]);
    expect(rows.map((row) => row.message)).toEqual([
      {
        en: 'Customer satisfaction 96.8 % meets the target ≥ 93 % by 3.8',
        zh: '客户满意度 96.8% 达到目标 ≥93%，余 3.8',
      },
      {
        en: 'Customer satisfaction 96.8 points meets the target ≥ 93 points by only 3.8 (at risk)',
        zh: '客户满意度 96.8分 达到目标 ≥93分，仅余 3.8，存在风险',
      },
    ]);
  });

  it('takes a cell marked no_data, or without a value, as no data', () => {
    const rows = score([
      cell(comeback.id, '1', { status: 'no_data' }),
      cell(comeback.id, '1', { value: undefined as never }),
      cell(comeback.id, '1', { value: null }), // status 'value', value null
    ]);
    expect(rows.map((row) => [row.status, row.value, row.gap, row.message.en, row.message.zh])).toEqual([
      ['no_data', null, null, 'Comeback rate: no data', '返修率：无数据'],
      ['no_data', null, null, 'Comeback rate: no data', '返修率：无数据'],
      ['no_data', null, null, 'Comeback rate: no data', '返修率：无数据'],
    ]);
  });

  it("takes no target or margin a profile inherits from Object, for a KPI called 'constructor'", () => {
    const odd = { id: 'constructor', name: { en: 'Odd KPI', zh: '怪指标' }, direction: 'higher' } as const;
    const unset = scoreKpis(report([cell('constructor', '5')]), { kpis: [odd], targets: manualTargets });
    expect(unset.rows[0]?.status).toBe('no_target');
    // ≥ 1 with 5: gap 4, margin 5 % × 1 = 0.05 (no margin of its own: ro.comeback's is not it).
    const targets = {
      id: 'p',
      targets: { constructor: { atLeast: '1', cite: 'manual:x' } },
      atRisk: { 'ro.comeback': '0.5' },
    } as never;
    const set = scoreKpis(report([cell('constructor', '5')]), { kpis: [odd], targets });
    expect(set.rows[0]).toMatchObject({ status: 'met', gap: '4' });
  });

  it("uses the profile's at-risk margin", () => {
    const strict = { ...manualTargets, atRisk: { [approval.id]: '0.5' } };
    expect(score([cell(approval.id, '96'), cell(approval.id, '95.4')], strict).map((r) => r.status)).toEqual([
      'met', // 1 ≥ 0.5
      'at_risk', // 0.4 < 0.5
    ]);
  });

  it('refuses a null report, null definitions and a null cell, saying it received null', () => {
    expect(() => scoreKpis(null as never, { kpis, targets: manualTargets })).toThrowError(
      refusal('input.invalid_type', ['report', 'cells'], {
        expected: 'a KpiReport (with cells)',
        received: 'null',
      }),
    );
    expect(() => scoreKpis(report([]), { kpis: null as never, targets: manualTargets })).toThrowError(
      refusal('input.invalid_type', ['options', 'kpis'], {
        expected: 'array of KPI definitions',
        received: 'null',
      }),
    );
    expect(() => score([cell(comeback.id, '2.4'), null as never])).toThrowError(
      refusal('input.invalid_type', ['report', 'cells', 1], {
        expected: 'a KpiCell (with a kpi id)',
        received: 'null',
      }),
    );
  });

  it('refuses a definition without both names, or with a direction other than higher, lower or none', () => {
    const noZh = { id: 'ro.dwell', name: { en: 'Time in workshop' }, direction: 'lower' };
    expect(() =>
      scoreKpis(report([]), { kpis: [comeback, noZh as never], targets: manualTargets }),
    ).toThrowError(
      refusal('input.invalid_type', ['options', 'kpis', 1, 'name'], {
        expected: '{ en, zh }',
        received: 'object',
      }),
    );
    const up = { ...approval, direction: 'up' };
    expect(() => scoreKpis(report([]), { kpis: [up as never], targets: manualTargets })).toThrowError(
      refusal('input.invalid_value', ['options', 'kpis', 0, 'direction'], {
        allowed: ['higher', 'lower', 'none'],
      }),
    );
  });

  it('refuses a KPI it has no definition of, a value that is not a decimal, and a bad profile', () => {
    expect(() => score([cell('ro.unknown', '1')])).toThrowError(
      expect.objectContaining({ code: 'registry.unknown', path: ['report', 'cells', 0, 'kpi'] }),
    );
    expect(() => score([cell(comeback.id, '2.4'), cell(comeback.id, '2,4')])).toThrowError(
      expect.objectContaining({ code: 'input.invalid_format', path: ['report', 'cells', 1, 'value'] }),
    );
    const bad = { id: 'p', targets: { [comeback.id]: { below: 'two', cite: 'manual:ro.comeback' } } };
    expect(() => score([], bad as never)).toThrowError(
      expect.objectContaining({
        code: 'input.invalid_format',
        path: ['targets', 'targets', 'ro.comeback', 'below'],
      }),
    );
    expect(() => scoreKpis({} as never, { kpis, targets: manualTargets })).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['report', 'cells'] }),
    );
  });
});

describe('scoreKpis: trend', () => {
  it('compares with the previous month of the same group, from the report or else from `previous`', () => {
    const january = report([cell(comeback.id, '2.1', { period: month(1) })]);
    const rows = scoreKpis(
      report([
        cell(comeback.id, '2.4', { period: month(2) }),
        cell(comeback.id, '1.8', { period: month(3) }),
        cell(comeback.id, '1.0', { period: month(3), group: { dealer: 'DLR-002' } }),
      ]),
      { kpis, targets: manualTargets, previous: january },
    ).rows;
    expect(rows.map((row) => row.trend)).toEqual([
      // February against January (from `previous`): 2.4 − 2.1 = 0.3, a comeback rate going up
      { previous: '2.1', change: '0.3', direction: 'worsening' },
      // March against February (from the report): 1.8 − 2.4 = −0.6
      { previous: '2.4', change: '-0.6', direction: 'improving' },
      // DLR-002 has no February: DLR-001's is not its previous month
      { previous: null, change: null, direction: 'unknown' },
    ]);
  });

  it("prefers the report's own previous period to `previous`", () => {
    const stale = report([cell(approval.id, '90', { period: month(2) })]);
    const rows = scoreKpis(
      report([
        cell(approval.id, '96', { period: month(2) }),
        cell(approval.id, '97.5', { period: month(3) }),
      ]),
      { kpis, targets: manualTargets, previous: stale },
    ).rows;
    // 97.5 − 96 = 1.5, higher is better; February itself is compared with nothing (no January).
    expect(rows[1]?.trend).toEqual({ previous: '96', change: '1.5', direction: 'improving' });
    expect(rows[0]?.trend.direction).toBe('unknown');
  });

  it('crosses years for ISO weeks and follows the direction of the KPI', () => {
    const week = (label: string, from: string, to: string) => ({ grain: 'week' as const, label, from, to });
    const previous = report([
      cell(approval.id, '97.50', { period: week('2023-W52', '2023-12-25', '2023-12-31') }),
      cell(partsLabor.id, '1.0', { period: week('2023-W52', '2023-12-25', '2023-12-31') }),
      cell(dwell.id, '6', { period: week('2023-W52', '2023-12-25', '2023-12-31') }),
    ]);
    const w01 = week('2024-W01', '2024-01-01', '2024-01-07');
    const rows = scoreKpis(
      report([
        cell(approval.id, '97.5', { period: w01 }),
        cell(partsLabor.id, '1.1', { period: w01 }),
        cell(dwell.id, '5.25', { period: w01 }),
      ]),
      { kpis, targets: manualTargets, previous },
    ).rows;
    expect(rows.map((row) => row.trend)).toEqual([
      { previous: '97.50', change: '0', direction: 'flat' }, // 97.5 − 97.50: unchanged
      { previous: '1.0', change: '0.1', direction: 'unknown' }, // direction none: neither better nor worse
      { previous: '6', change: '-0.75', direction: 'improving' }, // time in workshop down: better
    ]);
  });

  it('compares a cell without a period with the same KPI and group in `previous`, and knows no data', () => {
    const previous = report([cell(comeback.id, '1.5'), cell(approval.id, null)]);
    const rows = scoreKpis(
      report([cell(comeback.id, '1.5'), cell(approval.id, '96'), cell(dwell.id, null)]),
      {
        kpis,
        targets: manualTargets,
        previous,
      },
    ).rows;
    expect(rows.map((row) => row.trend)).toEqual([
      { previous: '1.5', change: '0', direction: 'flat' },
      { previous: null, change: null, direction: 'unknown' }, // no data last time
      { previous: null, change: null, direction: 'unknown' },
    ]);
  });
});

describe('scorecardSummary', () => {
  it('counts the statuses per KPI, in the order the KPIs appear, and in total', () => {
    const scorecard = scoreKpis(
      report([
        cell(comeback.id, '2.4'), // missed
        cell(approval.id, '99.75'), // met
        cell(comeback.id, '1.95', { group: { dealer: 'DLR-002' } }), // 2 − 1.95 = 0.05 < 0.1: at risk
        cell(comeback.id, null, { group: { dealer: 'DLR-003' } }), // no data
        cell(dwell.id, '4'), // no target
      ]),
      { kpis, targets: manualTargets },
    );
    const none = { met: 0, at_risk: 0, missed: 0, no_data: 0, no_target: 0 };
    expect(scorecardSummary(scorecard)).toEqual({
      kpis: [
        {
          kpi: 'ro.comeback',
          name: comeback.name,
          rows: 3,
          counts: { ...none, missed: 1, at_risk: 1, no_data: 1 },
        },
        { kpi: 'wty.approval', name: approval.name, rows: 1, counts: { ...none, met: 1 } },
        { kpi: 'ro.dwell', name: dwell.name, rows: 1, counts: { ...none, no_target: 1 } },
      ],
      rows: 5,
      counts: { met: 1, at_risk: 1, missed: 1, no_data: 1, no_target: 1 },
    });
    expect(() => scorecardSummary({} as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });

  it('refuses a scorecard without a rows array, naming scorecard.rows and what it got', () => {
    const summarize = scorecardSummary as (scorecard: unknown) => unknown;
    for (const [scorecard, received] of [
      [undefined, 'undefined'],
      [null, 'undefined'], // null has no rows: its rows are undefined
      [{}, 'undefined'],
      [{ rows: 'met' }, 'string'],
      [{ rows: { 0: {} } }, 'object'],
    ] as const) {
      expect(() => summarize(scorecard)).toThrowError(
        refusal('input.invalid_type', ['scorecard', 'rows'], { expected: 'array', received }),
      );
    }
  });

  it('refuses a row whose status is not one of the five, naming its index', () => {
    const allowed = ['met', 'at_risk', 'missed', 'no_data', 'no_target'];
    const row = (status: unknown) => ({ kpi: 'ro.comeback', name: comeback.name, status });
    for (const status of ['late', 'toString', undefined, 3]) {
      expect(() => scorecardSummary({ rows: [row('met'), row(status)] } as never)).toThrowError(
        refusal('input.invalid_value', ['scorecard', 'rows', 1, 'status'], { allowed }),
      );
    }
    expect(() => scorecardSummary({ rows: [null] } as never)).toThrowError(
      refusal('input.invalid_value', ['scorecard', 'rows', 0, 'status'], { allowed }),
    );
  });
});
