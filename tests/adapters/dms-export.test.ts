import { fileURLToPath } from 'node:url';
import {
  assembleRepairOrders,
  assembleWarrantyClaims,
  type FileKind,
  genericProfile,
  type ImportOptions,
  importRecords,
} from '@aftersales/adapter-files';
import { createBusinessCalendar } from '@aftersales/core';
import { catalogKpi, computeKpis } from '@aftersales/kpi';
import { auditClaims, huaxiaPolicy2022, huaxiaPolicy2024 } from '@aftersales/warranty';
import { describe, expect, it } from 'vitest';

/**
 * A Chinese DMS's export, end to end: six RO headers (工单主表), their labor (工时明细) and part
 * (配件明细) lines, and two warranty claims (索赔单) with their claimed ops (索赔工时) and parts
 * (索赔配件), as GB18030 CSV files with Chinese headers, CRLF line ends and local times
 * (`2024/03/31 23:30`, Asia/Shanghai, UTC+8 all year). Read with adapter-files, joined, then
 * counted by @aftersales/kpi and audited by @aftersales/warranty. Every expected value below is
 * worked out from the fixture files (tests/adapters/fixtures/dms/) by hand.
 *
 * The fixtures, one line each:
 * - R1 RO2403001 D0571 保养 closed 03-05 16:40; L1 0.8 h 96.00 客户付费; L2 洗车 pay type 月结 (bad);
 *   P1 4.5 L oil × 98.00 = 441.00.
 * - R2 RO2403002 D0571 opened 03-31 23:30, closed 03-31 23:50 local; L1 1.0 h 200.00 自费.
 * - R3 RO2404001 D0571 opened 03-31 22:00, closed 04-01 00:20 local; L1 1.5 h 300.00.
 * - R4 RO2403003 D0571 保修 closed 03-12 17:00; L1 21-0100 2.5 h 300.00 索赔; P1 TVB-100 1449.00 保修.
 * - R5 RO2403004 D0210 保养 closed 03-15 15:00; L1 1.5 h 180.00.
 * - R6 RO2403005 D0571 维修中 (not closed); L1 180.00; P1 1360.00.
 * - part line RO2403999 P1: no such RO (the orphan).
 * - claim C1 WC2403001 for R4's vehicle: 2.5 h × 120.00 = 300.00, TVB-100 1449.00, total 1749.00.
 * - claim C2 WC2403002, another HX5: 2.5 h × 150.00 = 375.00, TVB-100 1449.00, total 1824.00.
 */

const DIR = fileURLToPath(new URL('./fixtures/dms/', import.meta.url));
const ZONE = 'Asia/Shanghai';
const opts = <K extends FileKind>(kind: K): ImportOptions<K> => ({
  kind,
  profile: genericProfile,
  encoding: 'auto',
  timeZone: ZONE,
});

async function readExport() {
  const headers = await importRecords(`${DIR}ro-headers.csv`, opts('repairOrders'));
  const labor = await importRecords(`${DIR}labor-lines.csv`, opts('laborLines'));
  const parts = await importRecords(`${DIR}part-lines.csv`, opts('partLines'));
  const claims = await importRecords(`${DIR}claims.csv`, opts('warrantyClaims'));
  const claimOps = await importRecords(`${DIR}claim-labor-ops.csv`, opts('claimLaborOps'));
  const claimParts = await importRecords(`${DIR}claim-parts.csv`, opts('claimParts'));
  return { headers, labor, parts, claims, claimOps, claimParts };
}

const data = await readExport();
const ros = assembleRepairOrders({
  headers: data.headers.results,
  laborLines: data.labor.results,
  partLines: data.parts.results,
});
const claims = assembleWarrantyClaims({
  claims: data.claims.results,
  laborOps: data.claimOps.results,
  parts: data.claimParts.results,
});
const acceptedRos = ros.repairOrders.flatMap((r) => (r.ok ? [r.value] : []));
const acceptedClaims = claims.claims.flatMap((r) => (r.ok ? [r.value] : []));

describe('reading the GB18030 files', () => {
  it('detects GB18030 (the Chinese header is not valid UTF-8) and counts every row', () => {
    const s = (name: keyof typeof data) => {
      const { encoding, rowsRead, accepted, rejected } = data[name].summary;
      return [encoding, rowsRead, accepted, rejected];
    };
    // rowsRead = accepted + rejected in each file: 6 = 6 + 0, 7 = 6 + 1 (月结), 4 = 4 + 0 (the
    // orphan is a good row; only the join finds it), 2 = 2 + 0 three times.
    expect(s('headers')).toEqual(['gb18030', 6, 6, 0]);
    expect(s('labor')).toEqual(['gb18030', 7, 6, 1]);
    expect(s('parts')).toEqual(['gb18030', 4, 4, 0]);
    expect(s('claims')).toEqual(['gb18030', 2, 2, 0]);
    expect(s('claimOps')).toEqual(['gb18030', 2, 2, 0]);
    expect(s('claimParts')).toEqual(['gb18030', 2, 2, 0]);
    for (const file of Object.values(data)) {
      expect(file.summary.rowsRead).toBe(file.summary.accepted + file.summary.rejected);
      expect(file.results.length).toBe(file.summary.rowsRead); // one result per row, none lost
    }
  });

  it('rejects the 月结 labor line at spreadsheet row 3 (header = row 1), naming the 付费类型 column', () => {
    const rejected = data.labor.results.filter((r) => !r.ok);
    expect(rejected.map((r) => (r.ok ? [] : [r.row, r.issues.map((i) => [i.code, i.path])]))).toEqual([
      [3, [['file.unmapped_code', ['付费类型']]]],
    ]);
    const issue = rejected[0]?.ok === false ? rejected[0].issues[0] : undefined;
    expect(issue?.message.zh).toContain('月结');
    expect(data.labor.summary.rejectionsByCode).toEqual({ 'file.unmapped_code': 1 });
  });

  it('reads local times on Shanghai clocks, whatever the process TZ', () => {
    const r2 = acceptedRos.find((ro) => ro.roNumber === 'RO2403002');
    // 2024/03/31 23:30 at UTC+8 = 2024-03-31T15:30Z; 23:50 = 15:50Z.
    expect(Date.parse(r2?.openedAt ?? '')).toBe(Date.parse('2024-03-31T15:30:00Z'));
    expect(Date.parse(r2?.closedAt ?? '')).toBe(Date.parse('2024-03-31T15:50:00Z'));
    const r3 = acceptedRos.find((ro) => ro.roNumber === 'RO2404001');
    // 2024/04/01 00:20 at UTC+8 = 2024-03-31T16:20Z (still 31 March in UTC).
    expect(Date.parse(r3?.closedAt ?? '')).toBe(Date.parse('2024-03-31T16:20:00Z'));
    // Code words: 一般维修 → repair, 已关闭 → closed, 人民币 → CNY, 维修中 → in_repair.
    expect([r3?.kind, r3?.status, r3?.currency]).toEqual(['repair', 'closed', 'CNY']);
    expect(acceptedRos.find((ro) => ro.roNumber === 'RO2403005')?.status).toBe('in_repair');
  });
});

describe('assembling ROs and claims', () => {
  it('keeps all six ROs; every line is placed or rejected, the orphan named', () => {
    expect(ros.repairOrders.map((r) => r.ok)).toEqual([true, true, true, true, true, true]);
    // Labor: 7 read = 6 placed + 1 rejected (月结). Parts: 4 read = 3 placed + 1 orphan.
    expect(ros.summary.laborLines).toMatchObject({ read: 7, placed: 6, rejected: 1 });
    expect(ros.summary.partLines).toMatchObject({ read: 4, placed: 3, rejected: 1 });
    const orphan = ros.lineRejections.filter((r) => r.issues.some((i) => i.code === 'file.orphan_line'));
    expect(orphan.map((r) => [r.file, r.row])).toEqual([['partLines', 4]]);
  });

  it('puts R1 together without the rejected line: one labor line 96.00 and the oil 441.00', () => {
    const r1 = acceptedRos.find((ro) => ro.roNumber === 'RO2403001');
    const labor = r1?.jobs.flatMap((j) => j.laborLines) ?? [];
    const parts = r1?.jobs.flatMap((j) => j.partLines) ?? [];
    expect(labor.map((l) => [l.id, l.soldHours, l.laborAmount, l.payType])).toEqual([
      ['L1', '0.8', '96.00', 'CP'],
    ]);
    expect(parts.map((p) => [p.partNumber, p.quantity, p.amount, p.source, p.payType])).toEqual([
      ['G052195M4', '4.5', '441.00', 'oem', 'CP'],
    ]);
  });

  it('joins each claim with its op and part by 索赔单号', () => {
    expect(claims.claims.map((r) => r.ok)).toEqual([true, true]);
    expect(claims.summary.laborOps).toMatchObject({ read: 2, placed: 2, rejected: 0 });
    expect(claims.summary.parts).toMatchObject({ read: 2, placed: 2, rejected: 0 });
    const c2 = acceptedClaims.find((c) => c.claimNumber === 'WC2403002');
    expect(c2?.laborOps.map((o) => [o.opCode, o.hours, o.laborRate, o.amount])).toEqual([
      ['21-0100', '2.5', '150.00', '375.00'],
    ]);
    // 是 → true; 2024/03/12 is a calendar date, kept as one.
    expect([c2?.parts[0]?.isCausal, c2?.repairDate, c2?.oldPart?.retained]).toEqual([
      true,
      '2024-03-12',
      true,
    ]);
    // 2024/03/13 10:30 at UTC+8 = 02:30Z.
    expect(Date.parse(c2?.submittedAt ?? '')).toBe(Date.parse('2024-03-13T02:30:00Z'));
  });
});

describe('KPIs by dealer × month on Shanghai clocks', () => {
  const cells = async () => {
    const report = await computeKpis(
      { repairOrders: acceptedRos },
      {
        kpis: [catalogKpi('ro.count'), catalogKpi('ro.revenue.avg')],
        groupBy: ['dealer', 'month'],
        timeZone: ZONE,
      },
    );
    expect(report.inputs.repairOrders).toEqual({ read: 6, accepted: 6, rejected: 0 });
    return report.cells
      .filter((c) => c.status === 'value')
      .map((c) => [c.kpi, `${c.group.dealer} ${c.period?.label}`, c.value, c.numerator, c.denominator]);
  };

  it('counts R2 (opened 2024/03/31 23:30) in March and R3 (closed 04/01 00:20) in April', async () => {
    const got = await cells();
    // ro.count counts closed ROs by closedAt. D0571 March: R1, R2 (23:50 on 31 March), R4 = 3;
    // D0571 April: R3 (00:20 on 1 April, 16:20Z on 31 March: April only on Shanghai clocks) = 1;
    // D0210 March: R5 = 1. R6 is not closed.
    expect(got.filter((c) => c[0] === 'ro.count')).toEqual([
      ['ro.count', 'D0210 2024-03', '1', '1', null],
      ['ro.count', 'D0571 2024-03', '3', '3', null],
      ['ro.count', 'D0571 2024-04', '1', '1', null],
    ]);
  });

  it('averages labor + parts sales per closed RO (the rejected 24.00 line is not in R1)', async () => {
    const got = await cells();
    // D0571 March: R1 96.00 + 441.00 = 537.00; R2 200.00; R4 300.00 + 1449.00 = 1749.00;
    //   Σ = 537 + 200 + 1749 = 2486 over 3 ROs = 828.666… → 828.67.
    // D0571 April: R3 300.00 / 1 = 300. D0210 March: R5 180.00 / 1 = 180.
    expect(got.filter((c) => c[0] === 'ro.revenue.avg')).toEqual([
      ['ro.revenue.avg', 'D0210 2024-03', '180', '180', '1'],
      ['ro.revenue.avg', 'D0571 2024-03', '828.67', '2486', '3'],
      ['ro.revenue.avg', 'D0571 2024-04', '300', '300', '1'],
    ]);
  });
});

describe('KPIs by the time the RO was opened, and the report zone', () => {
  it('counts R2, opened 2024/03/31 23:30 local, among March intake: 5 ÷ 21 working days', async () => {
    // ro.intake.daily groups by openedAt. D0571 opened in March (Shanghai): R1 03-05, R2 03-31
    // 23:30, R3 03-31 22:00, R4 03-10, R6 03-30 = 5 (R6, in repair, still counts as opened);
    // D0210: R5 = 1. Had 23:30 been read as UTC, R2 would be 07:30 on 1 April and March 4.
    // March 2024, Monday–Friday: 1 March is a Friday (1) + four full weeks 4–29 (20) = 21 days.
    // 5 ÷ 21 = 0.238… → 0.24; 1 ÷ 21 = 0.047… → 0.05.
    const report = await computeKpis(
      { repairOrders: acceptedRos },
      {
        kpis: [catalogKpi('ro.intake.daily')],
        groupBy: ['dealer', 'month'],
        timeZone: ZONE,
        calendar: createBusinessCalendar({ timeZone: ZONE, workingWeekdays: [1, 2, 3, 4, 5] }),
      },
    );
    expect(
      report.cells.map((c) => [`${c.group.dealer} ${c.period?.label}`, c.numerator, c.denominator, c.value]),
    ).toEqual([
      ['D0210 2024-03', '1', '21', '0.05'],
      ['D0571 2024-03', '5', '21', '0.24'],
    ]);
  });

  it('places R3 (closed 2024-03-31T16:20Z) in March when the report is on UTC clocks', async () => {
    // The same ROs, grouped on UTC clocks: R3's close at 16:20Z is 31 March, so D0571 March =
    // R1, R2, R3, R4 = 4 and there is no April cell. The zone is the report's, not the process's.
    const report = await computeKpis(
      { repairOrders: acceptedRos },
      { kpis: [catalogKpi('ro.count')], groupBy: ['dealer', 'month'], timeZone: 'UTC' },
    );
    expect(report.cells.map((c) => [`${c.group.dealer} ${c.period?.label}`, c.value])).toEqual([
      ['D0210 2024-03', '1'],
      ['D0571 2024-03', '4'],
    ]);
  });
});

describe('auditing the claims against the example Huaxia policy', () => {
  // Both HX5s invoiced and delivered 2024-03-01: policy huaxia-2024 (sold from 2024-01-01) applies:
  // powertrain 60 months / 150,000 km covers the transmission; submit within 30 days; 1,000 km a
  // day at most; old parts within 30 days; claims.laborRate 120.00; parts at dealer net × 1.15;
  // pre-authorization above 5000.00.
  const vehicle = (vin: string) => ({
    vin,
    brand: 'Huaxia',
    model: 'HX5',
    modelYear: 2024,
    use: 'private',
    invoiceDate: '2024-03-01',
    deliveryDate: '2024-03-01',
  });
  const report = auditClaims(acceptedClaims, {
    policies: [huaxiaPolicy2022, huaxiaPolicy2024],
    history: { vehicles: [vehicle('LHXAB2C31R0000012'), vehicle('LHXAB2C33R0000013')] },
    laborTimes: [
      {
        opCode: '21-0100',
        standardHours: '2.5',
        system: 'transmission',
        partGroups: ['transmission-valve-body'],
      },
    ],
    options: {
      timeZone: ZONE,
      asOf: '2024-04-08T09:00:00+08:00',
      partGroups: { 'TVB-100': 'transmission-valve-body' },
      failureCodes: [{ code: 'P07', partGroups: ['transmission-valve-body'], opCodes: ['21-0100'] }],
      partPrices: [{ partNumber: 'TVB-100', dealerNet: '1260.00' }],
    },
  });

  it('approves C1 and flags C2 labor rate: (150.00 − 120.00) × 2.5 h = 75.00 above the agreed rate', () => {
    // C1: repaired 03-12 (11 days after the invoice), 3,000 km (≈ 273 km a day ≤ 1,000), submitted
    // 03-13 (1 day ≤ 30), old part shipped 03-20, 2.5 h = standard 2.5 h, rate 120.00 = agreed,
    // TVB-100 at 1449.00 = 1260.00 × 1.15, total 1749.00 ≤ 5000.00: no finding.
    // C2: the same but 150.00 an hour: one review finding.
    expect(report.results.map((r) => [r.claimId, r.status])).toEqual([
      ['C1', 'approved'],
      ['C2', 'findings'],
    ]);
    const finding = report.results[1]?.findings[0];
    expect(report.results[1]?.findings.map((f) => f.code)).toEqual(['claim.labor_rate_above_agreed']);
    expect(finding?.severity).toBe('review');
    expect(finding?.facts).toMatchObject({ laborRate: '150.00', agreedRate: '120.00', excess: '75.00' });
    expect(report.summary).toMatchObject({ read: 2, approved: 1, withFindings: 1, rejected: 0 });
  });
});
