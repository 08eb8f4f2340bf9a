import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { checkPartsHealth, safeCheckPartsHealth } from './checkPartsHealth';
import type { PartsHealthOptions } from './partsHealthTypes';
import { countFact, kpiOf, movement, position, purchase, Q1, requests, snapshot, TIME_ZONE } from './testing';

const quarter: PartsHealthOptions = { timeZone: TIME_ZONE, period: Q1 };
const byDealer: PartsHealthOptions = { ...quarter, groupBy: ['dealer'] };

function codeOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (isAftersalesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

describe('checkPartsHealth', () => {
  describe('fill rate (≥ 98 %, manual:parts.fill.rate)', () => {
    const dealerTwo = {
      id: 'd2.targets',
      scope: { dealer: 'D2' },
      targets: { 'parts.fill.rate': { atLeast: '98', cite: 'manual:parts.fill.rate' as const } },
      atRisk: { 'parts.fill.rate': '1' },
    };
    // Run inside each test, not here: a mutation run switches its mutant on only for the tests.
    const run = () => {
      const report = checkPartsHealth(
        // D1: 195 of 200 filled = 97.5 %; D2: 199 of 200 = 99.5 %; D3: 4 of 4 = 100 %
        { partRequests: [...requests(200, 195, 'D1'), ...requests(200, 199, 'D2'), ...requests(4, 4, 'D3')] },
        { ...byDealer, targets: dealerTwo },
      );
      return { report, fillFindings: report.findings.filter((finding) => finding.kpi === 'parts.fill.rate') };
    };

    it('finds a missed target: 97.5 % is 0.5 below 98 %', () => {
      const { report, fillFindings } = run();
      expect(kpiOf(report, 'parts.fill.rate', 'D1')).toMatchObject({
        status: 'missed',
        numerator: '195',
        denominator: '200',
        value: '97.5',
        gap: '-0.5', // 97.5 − 98
        rule: 'parts.health.fill.rate',
      });
      expect(fillFindings[0]).toEqual({
        rule: 'parts.health.fill.rate',
        kpi: 'parts.fill.rate',
        group: { dealer: 'D1' },
        severity: 'major',
        status: 'missed',
        value: '97.5',
        unit: 'percent',
        target: { atLeast: '98', cite: 'manual:parts.fill.rate' },
        gap: '-0.5',
        cite: 'manual:parts.fill.rate',
        targetCite: 'manual:parts.fill.rate',
        message: {
          en: 'dealer D1: Parts fill rate 97.5 % is below the target ≥ 98 % by 0.5',
          zh: '经销商 D1：配件满足率 97.5% 低于目标 ≥98%，差 0.5',
        },
      });
    });

    it('has no finding for a met target (99.5 % with an at-risk margin of 1: 1.5 above 98)', () => {
      const { report, fillFindings } = run();
      const row = kpiOf(report, 'parts.fill.rate', 'D2');
      expect(row).toMatchObject({ status: 'met', value: '99.5', gap: '1.5' });
      expect(row.decision.trace[0]).toMatchObject({ rule: 'parts.health.fill.rate', status: 'passed' });
      expect(report.groups.find((g) => g.group.dealer === 'D2')?.targetProfile).toBe(
        'manual.defaults < d2.targets',
      );
      expect(fillFindings.map((finding) => finding.group.dealer)).not.toContain('D2');
    });

    it('meets the target at 100 %: 2 above 98, beyond the at-risk margin of 1 (half the room left below 100 %)', () => {
      const { report, fillFindings } = run();
      expect(kpiOf(report, 'parts.fill.rate', 'D3')).toMatchObject({ status: 'met', value: '100', gap: '2' });
      expect(fillFindings.map((finding) => finding.group.dealer)).toEqual(['D1']);
    });

    it('is at risk within a point above 98 % (98.4 % of 1,000 requests)', () => {
      const close = checkPartsHealth({ partRequests: requests(1000, 984, 'D4') }, byDealer);
      // 984 ÷ 1,000 = 98.4 %: 0.4 above the bound, inside the margin min(5 % × 98, (100 − 98) ÷ 2) = 1
      expect(kpiOf(close, 'parts.fill.rate', 'D4')).toMatchObject({ status: 'at_risk', gap: '0.4' });
      expect(close.findings.find((finding) => finding.kpi === 'parts.fill.rate')?.severity).toBe('minor');
    });
  });

  describe('slow-moving share (≤ 6 %, manual:parts.slow.moving)', () => {
    const positions = [
      // D1: 6 × 100 = 600 last issued 2023-09-30, 6 whole months before 2024-03-31: slow
      position('2024-03-31', '6', '100.00', '2023-09-30', 'D1'),
      position('2024-03-31', '94', '100.00', '2024-03-01', 'D1'), // 9,400, issued this month
      // D2: 6.01 L × 100 = 601 slow; 93.99 × 100 = 9,399 not
      position('2024-03-31', '6.01', '100.00', '2023-09-30', 'D2'),
      position('2024-03-31', '93.99', '100.00', '2024-03-01', 'D2'),
    ];

    it('meets the target at exactly 6 % (at risk: 0 from the bound) and misses it at 6.01 %', () => {
      const report = checkPartsHealth({ stockPositions: positions }, byDealer);
      // 600 ÷ 10,000 = 6 %
      expect(kpiOf(report, 'parts.slow.share', 'D1')).toMatchObject({
        status: 'at_risk',
        numerator: '600',
        denominator: '10000',
        value: '6',
        gap: '0',
      });
      // 601 ÷ 10,000 = 6.01 %: 0.01 over
      expect(kpiOf(report, 'parts.slow.share', 'D2')).toMatchObject({
        status: 'missed',
        value: '6.01',
        gap: '-0.01',
      });
      const slow = report.findings.filter((finding) => finding.kpi === 'parts.slow.share');
      expect(
        slow.map((finding) => [finding.group.dealer, finding.severity, finding.rule, finding.cite]),
      ).toEqual([
        ['D1', 'minor', 'parts.health.slow.share', 'manual:parts.slow.moving'],
        ['D2', 'major', 'parts.health.slow.share', 'manual:parts.slow.moving'],
      ]);
      expect(slow[1]?.message.en).toBe(
        'dealer D2: Slow-moving stock share 6.01 % is above the target ≤ 6 % by 0.01',
      );
    });

    it('takes the slow threshold in months as a parameter', () => {
      // 6 months since the last issue is not slow against 12: 0 ÷ 10,000 = 0 %, 6 below the bound
      const report = checkPartsHealth(
        { stockPositions: positions },
        { ...byDealer, params: { 'parts.slow.share': { months: 12 } } },
      );
      expect(kpiOf(report, 'parts.slow.share', 'D1')).toMatchObject({ status: 'met', value: '0', gap: '6' });
    });
  });

  describe('stocktake variance (≤ 0.3 %, manual:parts.stocktake)', () => {
    it('misses the gross target while gains and losses cancel to a net of 0 %', () => {
      const report = checkPartsHealth(
        {
          stockCounts: [
            countFact('50', '52', '10.00'), // +20; book 500
            countFact('100', '98', '10.00'), // −20; book 1,000
            countFact('850', '850', '10.00'), // book 8,500
          ],
        },
        quarter,
      );
      // gross (20 + 20) ÷ 10,000 = 0.4 %: 0.1 over; net (20 − 20) ÷ 10,000 = 0 %: 0.3 inside either bound
      expect(kpiOf(report, 'parts.stocktake.variance')).toMatchObject({
        status: 'missed',
        numerator: '40',
        denominator: '10000',
        value: '0.4',
        gap: '-0.1',
      });
      expect(kpiOf(report, 'parts.stocktake.variance.net')).toMatchObject({
        status: 'met',
        value: '0',
        gap: '0.3',
      });
      expect(report.findings.map((finding) => [finding.rule, finding.severity])).toContainEqual([
        'parts.health.stocktake.variance',
        'major',
      ]);
      expect(report.findings.map((finding) => finding.kpi)).not.toContain('parts.stocktake.variance.net');
    });

    it('passes 0.30 % (at risk) and misses 0.31 %', () => {
      const report = checkPartsHealth(
        {
          stockCounts: [
            countFact('1000', '997', '10.00', { dealerId: 'D1' }), // −30 of 10,000 = 0.3 %
            countFact('1000', '996.9', '10.00', { dealerId: 'D2' }), // −31 of 10,000 = 0.31 %
          ],
        },
        byDealer,
      );
      expect(kpiOf(report, 'parts.stocktake.variance', 'D1')).toMatchObject({
        status: 'at_risk',
        value: '0.3',
      });
      expect(kpiOf(report, 'parts.stocktake.variance', 'D2')).toMatchObject({
        status: 'missed',
        value: '0.31',
        gap: '-0.01',
      });
      // Net −0.3 sits on the lower bound −0.3; −0.31 is below it
      expect(kpiOf(report, 'parts.stocktake.variance.net', 'D1')).toMatchObject({
        status: 'at_risk',
        value: '-0.3',
      });
      expect(kpiOf(report, 'parts.stocktake.variance.net', 'D2')).toMatchObject({
        status: 'missed',
        gap: '-0.01',
      });
    });

    it('places a count by its local date in the dealer zone', () => {
      const report = checkPartsHealth(
        {
          stockCounts: [
            // 2024-01-01 00:30 in Shanghai is still 2023-12-31 in UTC: in Q1
            countFact('100', '100', '10.00', { countedAt: '2024-01-01T00:30:00+08:00' }),
            // the last evening of the quarter in Shanghai: in Q1
            countFact('900', '897', '10.00', { countedAt: '2024-03-31T23:30:00+08:00' }),
            // 2024-04-01 07:30 in Shanghai is 2024-03-31T23:30Z: April for the dealer, out
            countFact('500', '0', '10.00', { countedAt: '2024-04-01T07:30:00+08:00' }),
            // 2023-12-31 23:30 in Shanghai: out
            countFact('500', '0', '10.00', { countedAt: '2023-12-31T23:30:00+08:00' }),
          ],
        },
        quarter,
      );
      // book 1,000 + 9,000 = 10,000; variance 3 × 10 = 30 → 0.3 %
      expect(kpiOf(report, 'parts.stocktake.variance')).toMatchObject({
        numerator: '30',
        denominator: '10000',
        value: '0.3',
      });
      expect(report.counts.stockCounts).toEqual({ read: 4, accepted: 4, rejected: 0 });
    });
  });

  it('computes turnover and days of supply with the KPI engine', () => {
    const report = checkPartsHealth(
      {
        inventorySnapshots: ['2024-01-01', '2024-01-31', '2024-02-29', '2024-03-31'].map((asOf) =>
          snapshot(asOf, '100000.00'),
        ),
        // issued 1,000 × 100 = 100,000, 90 returned: 100,000 − 9,000 = 91,000 at cost
        stockMovements: [movement('issue_ro', '-1000', '100.00'), movement('return_from_ro', '90', '100.00')],
      },
      quarter,
    );
    // turnover = 91,000 × 365 ÷ 91 days ÷ (400,000 ÷ 4 snapshots) = 365,000 ÷ 100,000 = 3.65: 0.35 below 4
    expect(kpiOf(report, 'parts.turnover')).toMatchObject({ status: 'missed', value: '3.65', gap: '-0.35' });
    // days of supply = 100,000 (last snapshot) ÷ (91,000 ÷ 91 days) = 100 days: 40 above 60
    expect(kpiOf(report, 'parts.days.supply')).toMatchObject({ status: 'missed', value: '100', gap: '-40' });
    const turnover = report.findings.find((finding) => finding.kpi === 'parts.turnover');
    expect(turnover?.message.en).toBe(
      'Parts inventory turnover 3.65 turns/yr is below the target ≥ 4 turns/yr and ≤ 6 turns/yr by 0.35',
    );
    expect(turnover?.rule).toBe('parts.health.turnover');
  });

  it('scores the outsourced share only against a target it is given', () => {
    // 2,000 of 10,000 bought outside the OEM channel = 20 %
    const records = { purchaseLines: [purchase('8000.00', 'oem'), purchase('2000.00', 'outsourced')] };
    const tracked = checkPartsHealth(records, quarter);
    expect(kpiOf(tracked, 'parts.outsourced.share')).toMatchObject({
      status: 'no_target',
      value: '20',
      target: null,
    });
    const capped = checkPartsHealth(records, {
      ...quarter,
      targets: {
        id: 'acme.targets',
        targets: { 'parts.outsourced.share': { atMost: '10', cite: 'oem:acme-2024#parts.outsourced' } },
      },
    });
    expect(capped.findings.find((finding) => finding.kpi === 'parts.outsourced.share')).toMatchObject({
      rule: 'parts.health.outsourced.share',
      severity: 'major',
      gap: '-10', // 10 − 20
      cite: 'manual:parts.outsourced',
      targetCite: 'oem:acme-2024#parts.outsourced',
    });
  });

  it('reports a KPI without data as no_data, never met, and finds nothing in it', () => {
    const report = checkPartsHealth({ partRequests: requests(50, 50) }, quarter);
    const outsourced = kpiOf(report, 'parts.outsourced.share');
    expect(outsourced).toMatchObject({
      status: 'no_data',
      value: null,
      reason: { en: 'no purchases received', zh: '无采购入库' },
      message: {
        en: 'Outsourced parts share: no data (no purchases received)',
        zh: '外采件占比：无数据（无采购入库）',
      },
    });
    expect(outsourced.decision.trace[0]?.status).toBe('not_applicable');
    expect(report.findings.every((finding) => finding.kpi === 'parts.fill.rate')).toBe(true);
  });

  it('reports every KPI as no_data when no record was read', () => {
    const report = checkPartsHealth({}, quarter);
    expect(report.groups).toHaveLength(1);
    // 11 parts KPIs, safety stock skipped for a quarter: 10 rows, all without data
    expect(report.summary).toEqual({ met: 0, at_risk: 0, missed: 0, no_data: 10, no_target: 0 });
    expect(report.findings).toEqual([]);
  });

  it('computes safety stock for one calendar month only', () => {
    expect(checkPartsHealth({}, quarter).skipped.map((skip) => skip.kpi)).toEqual(['parts.safety.stock']);
    const march = checkPartsHealth(
      {
        inventorySnapshots: [snapshot('2024-03-31', '15000.00')],
        stockMovements: [movement('issue_ro', '-100', '100.00')], // 10,000 issued in March
      },
      { timeZone: TIME_ZONE, period: { from: '2024-03-01', to: '2024-03-31' } },
    );
    // 15,000 ÷ (1.5 × 10,000) = 1: 0.1 inside 0.9–1.1
    expect(kpiOf(march, 'parts.safety.stock')).toMatchObject({ status: 'met', value: '1', gap: '0.1' });
    expect(march.skipped).toEqual([]);
  });

  it('passes the engine’s rejections through, with read = accepted + rejected per input', () => {
    const report = checkPartsHealth(
      {
        partRequests: [
          ...requests(2, 2),
          { id: 'RQ-BAD', dealerId: 'D1', partNumber: 'P1', requestedAt: 'yesterday', filledFromStock: true },
        ],
        stockCounts: [countFact('10', '10', '1.00'), countFact('10', '9', '1.00', { currency: 'USD' })],
      },
      quarter,
    );
    expect(report.counts).toEqual({
      stockMovements: { read: 0, accepted: 0, rejected: 0 },
      stockCounts: { read: 2, accepted: 1, rejected: 1 },
      partRequests: { read: 3, accepted: 2, rejected: 1 },
      inventorySnapshots: { read: 0, accepted: 0, rejected: 0 },
      stockPositions: { read: 0, accepted: 0, rejected: 0 },
      purchaseLines: { read: 0, accepted: 0, rejected: 0 },
    });
    // Inputs are read in a fixed order (movements, counts, requests, …), each in row order.
    expect(report.rejected.map((r) => [r.input, r.row, r.path, r.code])).toEqual([
      ['stockCounts', 1, ['currency'], 'kpi.currency_mismatch'],
      ['partRequests', 2, ['requestedAt'], 'input.invalid_format'],
    ]);
    expect(report.rejected[0]?.message.en).toBe(
      'currency is in USD, but this report sums CNY (pass currency to report another)',
    );
  });

  it('throws a coded error naming a bad option or records object', () => {
    const run =
      (options: unknown, records: unknown = {}) =>
      () =>
        checkPartsHealth(records as never, options as PartsHealthOptions);
    expect(codeOf(run({ ...quarter, timeZone: 'Mars/Base' }))).toEqual({
      code: 'time.invalid_zone',
      path: ['timeZone'],
    });
    expect(codeOf(run({ ...quarter, period: { from: '2024-02-30', to: '2024-03-31' } }))).toEqual({
      code: 'time.invalid_date',
      path: ['period', 'from'],
    });
    expect(codeOf(run({ ...quarter, period: { from: '2024-04-01', to: '2024-03-31' } }))).toEqual({
      code: 'time.invalid_range',
      path: ['period', 'to'],
    });
    expect(codeOf(run({ ...quarter, groupBy: ['month'] }))).toEqual({
      code: 'input.invalid_value',
      path: ['groupBy', 0],
    });
    expect(codeOf(run({ ...quarter, params: { 'parts.slow.share': { months: '6' } } }))).toEqual({
      code: 'input.invalid_type',
      path: ['params', 'parts.slow.share', 'months'],
    });
    expect(codeOf(run({ ...quarter, params: { 'parts.fill.rate': {} } }))).toEqual({
      code: 'input.invalid_value',
      path: ['params', 'parts.fill.rate'],
    });
    expect(
      codeOf(
        run({
          ...quarter,
          targets: {
            id: 'x',
            targets: { 'parts.fill.rate': { atLeast: 98, cite: 'manual:parts.fill.rate' } },
          },
        }),
      ),
    ).toEqual({ code: 'input.invalid_type', path: ['targets', 'targets', 'parts.fill.rate', 'atLeast'] });
    expect(codeOf(run({ ...quarter, currency: 'ABC' }))).toEqual({
      code: 'money.invalid_currency',
      path: ['currency'],
    });
    expect(codeOf(run(quarter, { repairOrders: [] }))).toEqual({
      code: 'input.unrecognized_keys',
      path: ['records'],
    });
    expect(codeOf(run(quarter, { partRequests: 'rows' }))).toEqual({
      code: 'input.invalid_type',
      path: ['records', 'partRequests'],
    });
    const result = safeCheckPartsHealth({}, { ...quarter, timeZone: '+08:00' });
    expect(result.ok ? undefined : result.issues[0]?.code).toBe('time.invalid_zone');
  });

  it('returns plain JSON', () => {
    const report = checkPartsHealth(
      { partRequests: requests(200, 195) },
      { ...quarter, groupBy: ['dealer'] },
    );
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('checkPartsHealth: groups, targets in force and decisions', () => {
  // Stocktake lines of 10,000.00 on the books counting 31.00 short: 0.31 % > 0.3 %, missed.
  const overTolerance = (more: Record<string, unknown> = {}) => countFact('1000', '996.9', '10.00', more);

  it('gives a finding without grouping the KPI’s own sentence, in both languages', () => {
    const report = checkPartsHealth({ stockCounts: [overTolerance()] }, quarter);
    const finding = report.findings.find((f) => f.kpi === 'parts.stocktake.variance');
    expect(finding?.message).toEqual(kpiOf(report, 'parts.stocktake.variance').message);
    // 31 ÷ 10,000 = 0.31 %: 0.01 over 0.3 %; no "dealer …: " before it
    expect(finding?.message.en).toBe('Stocktake variance (gross) 0.31 % is above the target ≤ 0.3 % by 0.01');
    expect(finding?.message.zh.startsWith('盘点差异率（总差异）')).toBe(true);
  });

  it('prefixes each dimension of the group, and says (none) for a record without the value', () => {
    // Parts sales at 100.00 that cost 80.00: (500 − 400) ÷ 500 = 20 %, 5 below the 25–35 % range
    const sale = { ...movement('issue_ro', '-5', '80.00'), unitPrice: '100.00' };
    const byChannel = checkPartsHealth(
      { stockMovements: [sale] },
      { ...quarter, groupBy: ['dealer', 'channel'] },
    );
    const gp = byChannel.findings.find((f) => f.kpi === 'parts.gp');
    expect(gp?.group).toEqual({ dealer: 'D1', channel: 'workshop' });
    expect(gp?.value).toBe('20');
    expect(gp?.message.en.startsWith('dealer D1, channel workshop: ')).toBe(true);
    expect(gp?.message.zh.startsWith('经销商 D1，渠道 workshop：')).toBe(true);
    expect(gp?.message.en.endsWith(' by 5')).toBe(true);

    // A stocktake line without a dealer id is grouped under none
    const { dealerId: _dealer, ...noDealer } = overTolerance();
    const none = checkPartsHealth({ stockCounts: [noDealer] }, byDealer);
    const variance = none.findings.find((f) => f.kpi === 'parts.stocktake.variance');
    expect(variance?.group).toEqual({ dealer: null });
    expect(variance?.message.en.startsWith('dealer (none): ')).toBe(true);
    expect(variance?.message.zh.startsWith('经销商 （无）：')).toBe(true);
    expect(none.groups.map((g) => g.targetProfile)).toEqual(['manual.defaults']);
  });

  it('has no group at all when grouping finds no record, and one no-data group without grouping', () => {
    const grouped = checkPartsHealth({}, byDealer);
    expect(grouped.groups).toEqual([]);
    expect(grouped.summary).toEqual({ met: 0, at_risk: 0, missed: 0, no_data: 0, no_target: 0 });
    const whole = checkPartsHealth({}, quarter);
    expect(whole.groups.map((g) => g.group)).toEqual([{}]);
    expect(kpiOf(whole, 'parts.fill.rate')).toMatchObject({
      status: 'no_data',
      value: null,
      numerator: null,
      denominator: null,
      reason: { en: 'no records in the period', zh: '本期间无记录' },
    });
  });

  it('resolves the targets for the group’s dealer within the scope given', () => {
    // Fill rate 99 of 100 = 99 %: met against 98 %, missed against a dealer's 99.5 %
    const strict = {
      id: 'acme.d1',
      scope: { oem: 'ACME', dealer: 'D1' },
      targets: { 'parts.fill.rate': { atLeast: '99.5', cite: 'oem:acme-2024#parts.fill' as const } },
    };
    const records = { partRequests: requests(100, 99, 'D1') };
    // grouped by dealer, with the OEM as the scope: both of the profile's fields match
    const grouped = checkPartsHealth(records, { ...byDealer, targets: strict, scope: { oem: 'ACME' } });
    expect(grouped.groups[0]?.targetProfile).toBe('manual.defaults < acme.d1');
    expect(kpiOf(grouped, 'parts.fill.rate', 'D1')).toMatchObject({ status: 'missed', gap: '-0.5' });
    // another OEM: the profile does not apply
    const other = checkPartsHealth(records, { ...byDealer, targets: strict, scope: { oem: 'OTHER' } });
    expect(other.groups[0]?.targetProfile).toBe('manual.defaults');
    expect(kpiOf(other, 'parts.fill.rate', 'D1')).toMatchObject({ status: 'met', gap: '1' });
    // not grouped: the scope alone names the dealer
    const scoped = checkPartsHealth(records, {
      ...quarter,
      targets: strict,
      scope: { oem: 'ACME', dealer: 'D1' },
    });
    expect(scoped.groups[0]?.targetProfile).toBe('manual.defaults < acme.d1');
  });

  it('scores a group with a blank dealer id against the scope’s targets instead of failing', () => {
    const dealerProfile = {
      id: 'd1.targets',
      scope: { dealer: 'D1' },
      targets: { 'parts.fill.rate': { atLeast: '99.5', cite: 'oem:acme-2024#parts.fill' as const } },
    };
    const report = checkPartsHealth(
      { stockCounts: [overTolerance({ dealerId: '  ' }), overTolerance({ dealerId: 'D1' })] },
      { ...byDealer, targets: dealerProfile },
    );
    expect(report.groups.map((g) => [g.group.dealer, g.targetProfile])).toEqual([
      ['  ', 'manual.defaults'],
      ['D1', 'manual.defaults < d1.targets'],
    ]);
  });

  it('sums money in the currency given, rejecting records in another', () => {
    const report = checkPartsHealth(
      { stockCounts: [overTolerance({ currency: 'USD' }), overTolerance()] },
      { ...quarter, currency: 'USD' },
    );
    expect(report.currency).toBe('USD');
    expect(report.counts.stockCounts).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(report.rejected.map((r) => [r.row, r.code])).toEqual([[1, 'kpi.currency_mismatch']]);
    expect(checkPartsHealth({}, quarter).currency).toBe('CNY');
  });

  it('decides each KPI by its status: met and at risk pass, missed fails, no data or target does not apply', () => {
    const outsourcedBand = {
      id: 'acme.band',
      targets: {
        'parts.outsourced.share': {
          above: '5',
          below: '30',
          atRisk: '2',
          cite: 'oem:acme-2024#parts.outsourced' as const,
        },
      },
    };
    const report = checkPartsHealth(
      {
        // 984 of 1,000 = 98.4 %: at risk (0.4 above 98, inside the margin of 1)
        partRequests: requests(1000, 984, 'D1'),
        stockCounts: [overTolerance()], // 0.31 %: missed
        // 2,000 of 10,000 outsourced = 20 %: 15 above 5 and 10 below 30, outside the margin of 2
        purchaseLines: [purchase('8000.00', 'oem'), purchase('2000.00', 'outsourced')],
      },
      { ...quarter, targets: outsourcedBand },
    );
    const decided = (kpi: string) => {
      const row = kpiOf(report, kpi);
      return [row.status, row.decision.outcome, row.decision.trace.map((step) => [step.rule, step.status])];
    };
    expect(decided('parts.fill.rate')).toEqual([
      'at_risk',
      'at_risk',
      [['parts.health.fill.rate', 'passed']],
    ]);
    expect(decided('parts.stocktake.variance')).toEqual([
      'missed',
      'missed',
      [['parts.health.stocktake.variance', 'failed']],
    ]);
    expect(decided('parts.outsourced.share')).toEqual([
      'met',
      'met',
      [['parts.health.outsourced.share', 'passed']],
    ]);
    expect(decided('parts.turnover')).toEqual([
      'no_data',
      'no_data',
      [['parts.health.turnover', 'not_applicable']],
    ]);
    // the facts: the cell's numerator and denominator, the value, the target's bounds and the gap
    expect(kpiOf(report, 'parts.outsourced.share').decision.trace[0]?.facts).toEqual({
      value: '20',
      numerator: '2000',
      denominator: '10000',
      unit: 'percent',
      target: { cite: 'oem:acme-2024#parts.outsourced', above: '5', below: '30', atRisk: '2' },
      gap: '10', // the nearer bound: 30 − 20
    });
    expect(kpiOf(report, 'parts.fill.rate').decision.trace[0]?.facts).toMatchObject({
      value: '98.4',
      numerator: '984',
      denominator: '1000',
      target: { cite: 'manual:parts.fill.rate', atLeast: '98' },
      gap: '0.4',
    });
    expect(kpiOf(report, 'parts.turnover').decision.trace[0]?.facts).toMatchObject({
      value: null,
      target: { cite: 'manual:parts.turnover', atLeast: '4', atMost: '6' },
    });
  });
});
