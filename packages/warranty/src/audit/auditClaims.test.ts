import { describe, expect, it } from 'vitest';
import { auditClaims } from './auditClaims';
import {
  audit,
  auditOne,
  auditOptions,
  claim,
  codesOf,
  repairOrder,
  thrown,
  VIN,
  vehicle,
  vinOf,
} from './testing';

describe('auditClaims', () => {
  it('approves a claim that passes every check', () => {
    // Repaired 2024-09-10 at 15,000 km, invoiced 2024-03-01 (huaxia-2024: powertrain 60 months or
    // 150,000 km); submitted on day 2, old part shipped on day 10, 2.5 of 2.5 standard hours at
    // 120.00, part at 1260.00 × 1.15 = 1449.00, total 1749.00 under the 5000.00 authority.
    const result = auditOne(claim(), { repairOrders: [repairOrder()] });
    expect(result).toEqual({ row: 0, claimId: 'CLM-1', status: 'approved', findings: [] });
  });

  it('returns one result per claim, in order, a malformed row in the middle rejected with its row and field', () => {
    const rows = [
      claim({ id: 'CLM-A' }),
      claim({ id: 'CLM-B', odometerKm: '15000' }),
      'not a claim',
      // Another repair of the car (a gasket, no failure code): no duplicate of CLM-A.
      claim({
        id: 'CLM-C',
        roId: 'RO-200',
        repairDate: '2024-09-11',
        failureCode: undefined,
        causalPartNumber: 'GSK-7',
        parts: [{ partNumber: 'GSK-7', quantity: '1', unitPrice: '11.50' }],
        amounts: { labor: '300.00', parts: '11.50', total: '311.50' },
      }),
    ];
    const report = audit(rows);
    expect(report.results.map((result) => [result.row, result.claimId, result.status])).toEqual([
      [0, 'CLM-A', 'approved'],
      [1, 'CLM-B', 'rejected'],
      [2, null, 'rejected'],
      [3, 'CLM-C', 'approved'],
    ]);
    expect(report.results[1]?.issues).toEqual([
      expect.objectContaining({ code: 'input.invalid_type', path: [1, 'odometerKm'] }),
    ]);
    expect(report.results[2]?.issues?.[0]?.path).toEqual([2]);
    expect(report.summary).toMatchObject({ read: 4, approved: 2, withFindings: 0, rejected: 2, findings: 0 });
  });

  it('counts findings by code and severity, and the rules applied', () => {
    // 2.6 hours against 2.5 standard: one review finding.
    const report = audit([claim({ laborOps: [{ opCode: '21-0100', hours: '2.6', laborRate: '120.00' }] })]);
    expect(report.summary.byCode).toEqual({ 'claim.hours_above_standard': 1 });
    expect(report.summary.bySeverity).toEqual({ reject: 0, review: 1, info: 0 });
    expect(report.summary.checked['warranty.audit.standard-hours']).toBe(1);
    expect(report.summary.withFindings).toBe(1);
  });

  it('accepts rows the schema must read (numbers for decimals, lower-case VIN) like canonical ones', () => {
    const row = claim({
      vin: VIN.toLowerCase(),
      amounts: { labor: 300, parts: '1449.00', total: '1749.00' },
    });
    expect(auditOne(row).status).toBe('approved');
  });

  it('lists malformed history rows and never drops them silently', () => {
    const report = audit([claim()], {
      vehicles: [vehicle(), vehicle({ vin: vinOf(13), modelYear: 1800 }), vehicle()],
      repairOrders: [
        repairOrder(),
        repairOrder({ id: 'RO-9', openedAt: '2024-09-01 09:00' }),
        repairOrder({ id: 'RO-8', status: 'voided' }),
      ],
      claims: [claim({ id: 'CLM-0', amounts: { labor: '1', parts: '1', total: '3' } })],
      odometerReadings: [{ vin: VIN, km: -5, readAt: '2024-09-01T09:00:00+08:00', source: 'telematics' }],
    });
    expect(
      report.historyRejections.map((r) => [r.input, r.row, r.issues[0]?.code, r.issues[0]?.path]),
    ).toEqual([
      ['vehicles', 1, 'input.too_small', [1, 'modelYear']],
      ['vehicles', 2, 'warranty.duplicate', [2, 'vin']],
      ['claims', 0, 'input.inconsistent', [0, 'amounts', 'total']],
      ['repairOrders', 1, 'input.invalid_format', [1, 'openedAt']],
      ['odometerReadings', 0, 'input.too_small', [0, 'km']],
    ]);
    expect(report.summary.history).toEqual({ read: 8, rejected: 5, ignored: 1 });
    expect(report.results[0]?.status).toBe('approved');
  });

  it('rejects a null claim row with no claim id, saying it must be an object', () => {
    const report = audit([null, claim()]);
    expect(report.results[0]).toMatchObject({ row: 0, claimId: null, status: 'rejected' });
    expect(report.results[0]?.issues).toEqual([
      expect.objectContaining({
        code: 'input.invalid_type',
        path: [0],
        params: { expected: 'object', received: 'null' },
      }),
    ]);
    expect(report.results[1]?.status).toBe('approved');
  });

  it('rejects a history RO whose odometer-out reading is below its odometer-in reading', () => {
    const report = audit([claim()], { repairOrders: [repairOrder({ odometerOutKm: 14_999 })] });
    expect(report.historyRejections).toHaveLength(1);
    const rejection = report.historyRejections[0];
    expect([rejection?.input, rejection?.row]).toEqual(['repairOrders', 0]);
    expect(rejection?.issues).toHaveLength(1);
    expect(rejection?.issues[0]).toMatchObject({
      code: 'input.inconsistent',
      path: [0, 'odometerOutKm'],
      params: {
        reason: 'odometerOutKm (14999) is below odometerInKm (15000)',
        reasonZh: '出厂里程（14999）小于进厂里程（15000）',
      },
    });
    // Equal readings (no km driven in the workshop) are consistent.
    const same = audit([claim()], { repairOrders: [repairOrder({ odometerOutKm: 15_000 })] });
    expect(same.historyRejections).toEqual([]);
  });

  it('reads full core repair orders, checking only the header fields it uses', () => {
    const full = repairOrder({
      roNumber: 'R-100',
      dealerId: 'DLR-SH-001',
      advisorId: 'SA-1',
      kind: 'warranty',
      currency: 'CNY',
      jobs: [{ anything: 'not read by the audit' }],
    });
    const report = audit([claim()], { repairOrders: [full] });
    expect(report.historyRejections).toEqual([]);
  });

  it('throws coded errors naming the option', () => {
    const at = (options: unknown) => thrown(() => auditClaims([claim()], options as never));
    const base = auditOptions();
    expect(at({ ...base, options: { ...base.options, asOf: '2024-10-08' } }).path).toEqual([
      'options',
      'asOf',
    ]);
    expect(at({ ...base, options: { ...base.options, timeZone: '+08:00' } }).code).toBe('time.invalid_zone');
    expect(at({ ...base, policies: [] }).path).toEqual(['policies']);
    expect(at({ ...base, history: undefined }).code).toBe('input.required');
    expect(at({ ...base, history: { vehicles: 'x' } }).path).toEqual(['history', 'vehicles']);
    const badTime = at({ ...base, laborTimes: [{ opCode: '21-0100', standardHours: '-1' }] });
    expect(badTime.path).toEqual(['laborTimes', 0, 'standardHours']);
    const twice = at({
      ...base,
      laborTimes: [
        { opCode: 'A', standardHours: '1' },
        { opCode: 'A', standardHours: '2' },
      ],
    });
    expect([twice.code, twice.path]).toEqual(['warranty.duplicate', ['laborTimes', 1, 'opCode']]);
    const prices = [
      { partNumber: 'P', dealerNet: '1' },
      { partNumber: 'P', dealerNet: '2' },
    ];
    expect(at({ ...base, options: { ...base.options, partPrices: prices } }).path).toEqual([
      'options',
      'partPrices',
      1,
      'partNumber',
    ]);
    expect(at({ ...base, policies: [{ id: 'x' }] }).path[0]).toBe('policies');
    expect(thrown(() => auditClaims('x' as never, base)).path).toEqual(['claims']);
  });

  it('reads a claim without a currency as in yuan (CNY), the policy currency', () => {
    const row = claim();
    delete row.currency;
    expect(auditOne(row)).toEqual({ row: 0, claimId: 'CLM-1', status: 'approved', findings: [] });
  });

  it('says when a vehicle has no recorded sale, invoice or delivery date to choose a policy by', () => {
    const undated = vehicle({ invoiceDate: undefined, deliveryDate: undefined });
    const finding = auditOne(claim(), { vehicles: [undated] }).findings[0];
    expect(finding).toMatchObject({
      code: 'claim.no_policy',
      message: {
        en: 'No warranty policy is in force for Huaxia HX5 sold on an unrecorded date: coverage not checked',
        zh: 'Huaxia HX5（销售日期 无记录）没有适用的保修政策：未检查保修范围',
      },
      facts: { soldOn: null },
    });
  });

  it('rejects a history vehicle whose VIN is not a string', () => {
    const report = audit([claim()], { vehicles: [vehicle(), vehicle({ vin: 12345 })] });
    expect(
      report.historyRejections.map((r) => [r.input, r.row, r.issues[0]?.code, r.issues[0]?.path]),
    ).toEqual([['vehicles', 1, 'input.invalid_type', [1, 'vin']]]);
  });

  it('ignores an earlier claim of a vehicle not in the history, not counting it for another vehicle', () => {
    // The batch claim is for the second vehicle; the earlier claim (same op and part, 5 days
    // before) is for a VIN the history does not hold, so it is no duplicate of the batch claim.
    const second = vinOf(13);
    const report = audit([claim({ vin: second })], {
      vehicles: [vehicle(), vehicle({ vin: second })],
      claims: [
        claim({ id: 'CLM-0', vin: vinOf(99), roId: 'RO-050', repairDate: '2024-09-05', odometerKm: 14_000 }),
      ],
    });
    expect(report.results[0]?.status).toBe('approved');
  });

  it('rejects a missing (undefined) claim row with no claim id, saying the row is required', () => {
    const report = audit([undefined, claim()]);
    expect(report.results[0]).toEqual({
      row: 0,
      claimId: null,
      status: 'rejected',
      findings: [],
      issues: [expect.objectContaining({ code: 'input.required', path: [0] })],
    });
    expect(report.results[1]?.status).toBe('approved');
  });

  it("lists a claim with findings as 'findings' and counts each finding once in the summary", () => {
    // 2.6 hours against 2.5 standard (review) on the first claim, 2.7 on the second.
    const report = audit([
      claim({ id: 'CLM-A', laborOps: [{ opCode: '21-0100', hours: '2.6', laborRate: '120.00' }] }),
      claim({
        id: 'CLM-B',
        roId: 'RO-200',
        repairDate: '2024-09-11',
        failureCode: undefined,
        causalPartNumber: undefined,
        laborOps: [{ opCode: '46-1120', hours: '1.3', laborRate: '120.00' }],
        parts: [],
        amounts: { labor: '156.00', parts: '0.00', total: '156.00' },
      }),
    ]);
    expect(report.results.map((result) => [result.claimId, result.status, codesOf(result)])).toEqual([
      ['CLM-A', 'findings', ['claim.hours_above_standard']],
      ['CLM-B', 'findings', ['claim.hours_above_standard']],
    ]);
    expect(report.summary).toMatchObject({ approved: 0, withFindings: 2, rejected: 0, findings: 2 });
  });

  it('finds duplicates among the batch claims of a vehicle not in the history', () => {
    // No vehicle, so no policy: the window comes from the settings (30 days). CLM-B repeats
    // CLM-A's op 21-0100 and part TVB-100 two days later.
    const stranger = vinOf(50);
    const report = audit(
      [
        claim({ id: 'CLM-A', vin: stranger }),
        claim({ id: 'CLM-B', vin: stranger, roId: 'RO-200', repairDate: '2024-09-12', odometerKm: 15_100 }),
      ],
      {},
      { claimRules: { duplicateWindowDays: 30 } },
    );
    expect(report.results.map(codesOf)).toEqual([
      ['claim.unknown_vehicle'],
      ['claim.unknown_vehicle', 'claim.duplicate'],
    ]);
    expect(report.results[1]?.findings[1]).toMatchObject({
      cite: 'oem:audit-options#claimRules.duplicateWindowDays',
      facts: {
        duplicateOf: 'CLM-A',
        source: 'batch',
        row: 0,
        repairDate: '2024-09-10',
        daysApart: 2,
        windowDays: 30,
        opCode: '21-0100',
        partNumber: 'TVB-100',
      },
    });
  });
});
