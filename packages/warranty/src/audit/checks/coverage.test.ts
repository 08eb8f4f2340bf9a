import { describe, expect, it } from 'vitest';
import { parseWarrantyPolicy } from '../../policy/parseWarrantyPolicy';
import {
  audit,
  auditOne,
  claim,
  codesOf,
  floorPack,
  type Row,
  repairOrder,
  VIN,
  vehicle,
  vinOf,
} from '../testing';

// A vehicle invoiced 2022-03-01: policy huaxia-2022, powertrain 60 months or 150,000 km, so the last
// covered day is 2027-03-01 (start day not counted, the same date 60 months later inside) and
// 150,000 km driven is still inside; basic 36 months or 100,000 km ends 2025-03-01.
const sold2022 = {
  vehicles: [vehicle({ modelYear: 2022, invoiceDate: '2022-03-01', deliveryDate: '2022-03-01' })],
};

/** The standard claim repaired on `date` at `km`, submitted and its old part shipped that day. */
function repairedOn(date: string, km: number, more: Row = {}): Row {
  return claim({
    repairDate: date,
    odometerKm: km,
    submittedAt: `${date}T18:00:00+08:00`,
    oldPart: { retained: true, shippedAt: `${date}T19:00:00+08:00` },
    ...more,
  });
}
const asOf = (date: string) => ({ asOf: `${date}T23:00:00+08:00` });

describe('coverage check', () => {
  it('says how long ago and how far past the coverage expired', () => {
    // 2027-03-13 is 12 days after 2027-03-01; 153,200 − 150,000 = 3,200 km. Basic: 2025-03-01 to
    // 2027-03-13 is 365 + 365 + 12 = 742 days, 153,200 − 100,000 = 53,200 km.
    const result = auditOne(repairedOn('2027-03-13', 153_200), sold2022, asOf('2027-03-13'));
    expect(codesOf(result)).toEqual(['claim.out_of_coverage']);
    const finding = result.findings[0];
    expect(finding?.severity).toBe('reject');
    expect(finding?.rule).toBe('warranty.audit.coverage');
    expect(finding?.cite).toBe('oem:huaxia-2022#coverages.powertrain.period');
    expect(finding?.message.en).toContain(
      'powertrain (60 months or 150,000 km from 2022-03-01) expired 12 days / 3,200 km ago',
    );
    expect(finding?.message.en).toContain(
      'basic (36 months or 100,000 km from 2022-03-01) expired 742 days / 53,200 km ago',
    );
    expect(finding?.message.zh).toContain('2027-03-13、153,200 km 时不在保修范围内');
    expect(finding?.facts).toMatchObject({ policy: 'huaxia-2022', startDate: '2022-03-01' });
    expect(((finding?.facts.coverages ?? []) as Row[])[0]).toMatchObject({
      coverage: 'powertrain',
      daysOver: 12,
      kmOver: 3_200,
    });
  });

  it('covers the last day and the last kilometre, not one past either', () => {
    expect(auditOne(repairedOn('2027-03-01', 150_000), sold2022, asOf('2027-03-01')).status).toBe('approved');
    const dayLate = auditOne(repairedOn('2027-03-02', 150_000), sold2022, asOf('2027-03-02'));
    expect(dayLate.findings[0]?.message.en).toContain(
      'powertrain (60 months or 150,000 km from 2022-03-01) expired 1 day ago',
    );
    const kmOver = auditOne(repairedOn('2027-03-01', 150_001), sold2022, asOf('2027-03-01'));
    expect(kmOver.findings[0]?.message.en).toContain('expired 1 km ago');
  });

  it('voids the powertrain when the first maintenance RO of the history was late', () => {
    // Due within 6 months of 2022-03-01: by 2022-09-01 inclusive. On 09-01: met; on 09-02: breached.
    const fm = (openedAt: string) =>
      repairOrder({ id: 'RO-FM', kind: 'first_maintenance', openedAt, odometerInKm: 5_000 });
    const onTime = { ...sold2022, repairOrders: [fm('2022-09-01T10:00:00+08:00')] };
    expect(auditOne(repairedOn('2024-09-10', 60_000), onTime, asOf('2024-09-10')).status).toBe('approved');
    // 2022-09-02T07:30+08:00 is still 09-01 in UTC: the day is the dealer's.
    const late = { ...sold2022, repairOrders: [fm('2022-09-02T07:30:00+08:00')] };
    const result = auditOne(repairedOn('2024-09-10', 60_000), late, asOf('2024-09-10'));
    expect(codesOf(result)).toEqual(['claim.out_of_coverage']);
    expect(result.findings[0]?.cite).toBe('oem:huaxia-2022#conditions.firstMaintenance');
    expect(result.findings[0]?.message.en).toContain(
      'powertrain is void: the first maintenance was not done on time',
    );
  });

  it('dates the first maintenance by the earliest first-maintenance RO, not the first listed', () => {
    // Due by 2022-09-01 inclusive: RO-FM2 (09-02) is late, RO-FM1 (09-01) on time, so it was done.
    const fm = (id: string, openedAt: string) =>
      repairOrder({ id, kind: 'first_maintenance', openedAt, odometerInKm: 5_000 });
    const late = fm('RO-FM2', '2022-09-02T10:00:00+08:00');
    const onTime = fm('RO-FM1', '2022-09-01T10:00:00+08:00');
    for (const repairOrders of [
      [late, onTime],
      [onTime, late],
    ]) {
      const result = auditOne(
        repairedOn('2024-09-10', 60_000),
        { ...sold2022, repairOrders },
        asOf('2024-09-10'),
      );
      expect(result.status).toBe('approved');
    }
  });

  it('counts the legal floor of a jurisdiction as coverage', () => {
    // A policy of 12 months or 20,000 km; the floor pack gives 36 months or 60,000 km. Repair on
    // 2025-09-10 at 25,000 km: past the policy's 2025-03-01 by 31 + 30 + 31 + 30 + 31 + 31 (to
    // 09-01) + 9 = 193 days and 5,000 km, inside the floor.
    const short = parseWarrantyPolicy({
      id: 'short-2024',
      version: '1.0.0',
      name: { en: 'Short', zh: '短期' },
      oem: 'Huaxia Motors',
      soldFrom: '2024-01-01',
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12, km: 20_000 },
          covers: { systems: ['transmission'] },
        },
      ],
    });
    const row = repairedOn('2025-09-10', 25_000);
    const options = { policies: [short] };
    const without = auditOne(row, {}, asOf('2025-09-10'), options);
    expect(without.findings[0]?.message.en).toContain(
      'basic (12 months or 20,000 km from 2024-03-01) expired 193 days / 5,000 km ago',
    );
    expect(auditOne(row, {}, asOf('2025-09-10'), { ...options, jurisdictions: [floorPack] }).status).toBe(
      'approved',
    );
    // A vehicle in commercial use is outside the household-vehicle floor.
    const commercial = auditOne(row, { vehicles: [vehicle({ use: 'commercial' })] }, asOf('2025-09-10'), {
      ...options,
      jurisdictions: [floorPack],
    });
    expect(codesOf(commercial)).toEqual(['claim.out_of_coverage']);
    expect(commercial.findings[0]?.message.en).toContain('outside the household-vehicle rules');
  });

  it('reports a repair before coverage starts', () => {
    const result = auditOne(claim(), {
      vehicles: [vehicle({ invoiceDate: '2024-09-20', deliveryDate: '2024-09-20' })],
    });
    expect(codesOf(result)).toEqual(['claim.out_of_coverage']);
    expect(result.findings[0]?.facts).toMatchObject({ code: 'time.invalid_range' });
  });

  it('asks for review when coverage cannot be checked', () => {
    const noInvoice = auditOne(claim(), { vehicles: [vehicle({ invoiceDate: undefined })] });
    expect(codesOf(noInvoice)).toEqual(['claim.coverage_unknown']);
    expect(noInvoice.findings[0]?.severity).toBe('review');
    const unknown = auditOne(claim({ vin: vinOf(99) }));
    expect(codesOf(unknown)).toEqual(['claim.unknown_vehicle']);
    expect(unknown.findings[0]?.message.en).toBe(
      `Vehicle ${vinOf(99)} is not in the vehicle history: coverage not checked`,
    );
    const sold2021 = auditOne(claim(), {
      vehicles: [vehicle({ invoiceDate: '2021-05-01', deliveryDate: '2021-05-01' })],
    });
    expect(codesOf(sold2021)).toEqual(['claim.no_policy']);
    expect(sold2021.findings[0]?.facts).toEqual({
      vin: VIN,
      brand: 'Huaxia',
      model: 'HX5',
      soldOn: '2021-05-01',
    });
  });

  describe('what the repair is', () => {
    // An oil service (system maintenance, which no Huaxia coverage lists) and the transmission op.
    const laborTimes = [
      { opCode: '01-0001', standardHours: '1.0', system: 'maintenance' },
      { opCode: '21-0100', standardHours: '2.5', system: 'transmission' },
    ];
    const unmapped = { partNumber: 'ZZ-1', quantity: '1', unitPrice: '1449.00', amount: '1449.00' };
    /** One hour of `opCode`, the given parts, no causal part number and no failure code unless given. */
    const repair = (opCode: string, more: Row = {}): Row =>
      claim({
        laborOps: [{ opCode, hours: '1.0', laborRate: '120.00', amount: '120.00' }],
        amounts: { labor: '120.00', parts: '1449.00', total: '1569.00' },
        failureCode: undefined,
        causalPartNumber: undefined,
        parts: [unmapped],
        ...more,
      });
    const coverageFindings = (row: Row) =>
      auditOne(row, {}, {}, { laborTimes }).findings.filter(
        (finding) => finding.rule === 'warranty.audit.coverage',
      );

    it('rejects a repair no coverage lists, naming the policy and what was repaired', () => {
      const [finding, ...more] = coverageFindings(repair('01-0001'));
      expect(more).toEqual([]);
      expect(finding).toMatchObject({
        code: 'claim.out_of_coverage',
        severity: 'reject',
        // No coverage failed and no legal floor: the policy's list of coverages is the reason.
        cite: 'oem:huaxia-2024#coverages',
        message: {
          en: 'Not covered on 2024-09-10 at 15,000 km: no coverage of huaxia-2024 covers the repair (maintenance)',
          zh: '2024-09-10、15,000 km 时不在保修范围内：保修政策 huaxia-2024 没有覆盖该维修的保修项目（maintenance）',
        },
      });
      expect(finding?.facts).toMatchObject({ system: 'maintenance', partGroup: null, failureCode: null });
      const withCode = coverageFindings(repair('01-0001', { failureCode: 'X9' }))[0];
      expect(withCode?.message.en).toBe(
        'Not covered on 2024-09-10 at 15,000 km: no coverage of huaxia-2024 covers the repair (maintenance, X9)',
      );
    });

    it('asks for review, not checking coverage, when neither system, part group nor failure code is known', () => {
      // Op 99-0001 has no labor time (no system); part ZZ-1 has no group; no failure code.
      const report = audit([repair('99-0001')], {}, {}, { laborTimes });
      expect(report.results[0]?.findings.filter((f) => f.rule === 'warranty.audit.coverage')).toEqual([
        {
          code: 'claim.coverage_unknown',
          severity: 'review',
          rule: 'warranty.audit.coverage',
          cite: 'oem:huaxia-2024#coverages',
          message: {
            en: 'Neither the system (labor times), the causal part group nor a failure code of the repair is known: coverage not checked',
            zh: '维修的系统（标准工时）、主损件配件组与故障代码均未知：未检查保修范围',
          },
          facts: { policy: 'huaxia-2024' },
        },
      ]);
      expect(report.summary.notChecked['warranty.audit.coverage']).toBe(1);
    });

    it('checks coverage when only the causal part group is known, the part marked causal being the causal one', () => {
      // No causalPartNumber: the part marked isCausal (the second) is causal, not the first.
      const parts = [
        { ...unmapped, unitPrice: '0.00', amount: '0.00' },
        { partNumber: 'TVB-100', quantity: '1', unitPrice: '1449.00', amount: '1449.00', isCausal: true },
      ];
      const [finding] = coverageFindings(repair('99-0001', { parts }));
      expect(finding?.code).toBe('claim.out_of_coverage');
      expect(finding?.facts).toMatchObject({ system: null, partGroup: 'transmission-valve-body' });
      expect(finding?.message.en).toContain('covers the repair (transmission-valve-body)');
    });

    it('checks coverage when only the failure code is known', () => {
      // B-CORR: body corrosion, covered 72 months from 2024-03-01.
      expect(coverageFindings(repair('99-0001', { failureCode: 'B-CORR' }))).toEqual([]);
    });
  });
  it('lists every coverage that failed, in policy order, with its facts and the condition that voided it', () => {
    // Late first maintenance voids powertrain and basic (both cover the transmission). At 2024-09-10
    // and 60,000 km both periods still run: powertrain to 2027-03-01 (365 + 365 + 172 = 902 days,
    // 90,000 km left), basic to 2025-03-01 (20 + 31 + 30 + 31 + 31 + 28 + 1 = 172 days, 40,000 km).
    const fm = repairOrder({
      id: 'RO-FM',
      kind: 'first_maintenance',
      openedAt: '2022-09-02T10:00:00+08:00',
      odometerInKm: 5_000,
    });
    const result = auditOne(
      repairedOn('2024-09-10', 60_000),
      { ...sold2022, repairOrders: [fm] },
      asOf('2024-09-10'),
    );
    expect(codesOf(result)).toEqual(['claim.out_of_coverage']);
    const finding = result.findings[0];
    expect(finding?.message).toEqual({
      en: 'Not covered on 2024-09-10 at 60,000 km: powertrain is void: the first maintenance was not done on time; basic is void: the first maintenance was not done on time',
      zh: '2024-09-10、60,000 km 时不在保修范围内：powertrain 失效：未按时完成首保；basic 失效：未按时完成首保',
    });
    const voided = { status: 'voided', voidedBy: 'firstMaintenance', daysOver: null, kmOver: null };
    expect(finding?.facts).toEqual({
      policy: 'huaxia-2022',
      repairDate: '2024-09-10',
      km: 60_000,
      startDate: '2022-03-01',
      system: 'transmission',
      partGroup: 'transmission-valve-body',
      failureCode: 'P0700',
      coverages: [
        {
          coverage: 'powertrain',
          ...voided,
          endDate: '2027-03-01',
          kmLimit: 150_000,
          daysLeft: 902,
          kmLeft: 90_000,
        },
        {
          coverage: 'basic',
          ...voided,
          endDate: '2025-03-01',
          kmLimit: 100_000,
          daysLeft: 172,
          kmLeft: 40_000,
        },
      ],
      floors: [],
    });
  });

  it('leaves out a coverage for other vehicles and lists one that does not take the cause, without a period', () => {
    // The transmission is covered by "battery" only on NEVs (this vehicle is not one) and by
    // "gearbox" only for wear, while a claim asserts a quality problem.
    const policy = parseWarrantyPolicy({
      id: 'custom-2024',
      version: '1.0.0',
      name: { en: 'Custom', zh: '自定义' },
      oem: 'Huaxia Motors',
      soldFrom: '2024-01-01',
      coverages: [
        {
          id: 'battery',
          class: 'traction_battery',
          period: { months: 96 },
          covers: { systems: ['transmission'] },
          vehicles: 'nev',
        },
        {
          id: 'gearbox',
          class: 'powertrain',
          period: { months: 24 },
          covers: { systems: ['transmission'] },
          causes: ['wear'],
        },
      ],
    });
    const [finding, ...more] = auditOne(claim(), {}, {}, { policies: [policy] }).findings;
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      code: 'claim.out_of_coverage',
      cite: 'oem:custom-2024#coverages.gearbox.period',
      message: {
        en: 'Not covered on 2024-09-10 at 15,000 km: gearbox does not cover a failure caused by quality',
        zh: '2024-09-10、15,000 km 时不在保修范围内：gearbox 不保修原因为 quality 的故障',
      },
    });
    expect(finding?.facts.coverages).toEqual([{ coverage: 'gearbox', status: 'cause', voidedBy: null }]);
  });

  it('lists the legal floor that also ended, with its period, and one that does not apply, without', () => {
    // Short policy: 12 months or 20,000 km from 2024-03-01; the floor: 36 months or 60,000 km, to
    // 2027-03-01. At 2025-09-10 and 65,000 km: the policy is 193 days / 45,000 km over, the floor
    // 5,000 km over with 365 + 172 = 537 days left.
    const short = parseWarrantyPolicy({
      id: 'short-2024',
      version: '1.0.0',
      name: { en: 'Short', zh: '短期' },
      oem: 'Huaxia Motors',
      soldFrom: '2024-01-01',
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12, km: 20_000 },
          covers: { systems: ['transmission'] },
        },
      ],
    });
    const more = { policies: [short], jurisdictions: [floorPack] };
    const ended = auditOne(repairedOn('2025-09-10', 65_000), {}, asOf('2025-09-10'), more).findings[0];
    expect(ended?.cite).toBe('oem:short-2024#coverages.basic.period');
    expect(ended?.message).toEqual({
      en: 'Not covered on 2025-09-10 at 65,000 km: basic (12 months or 20,000 km from 2024-03-01) expired 193 days / 45,000 km ago; Test repair floor: the legal period (36 months or 60,000 km from 2024-03-01) ended 5,000 km ago',
      zh: '2025-09-10、65,000 km 时不在保修范围内：basic（自 2024-03-01 起 12个月或20,000 km）已过期，超出193天 / 45,000 km；测试包修期：法定包修期（自 2024-03-01 起 36个月或60,000 km）已过，超出5,000 km',
    });
    expect(ended?.facts.floors).toEqual([
      {
        jurisdiction: 'test-floor',
        status: 'expired',
        endDate: '2027-03-01',
        kmLimit: 60_000,
        daysLeft: 537,
        daysOver: null,
        kmLeft: null,
        kmOver: 5_000,
      },
    ]);
    const commercial = auditOne(
      repairedOn('2025-09-10', 25_000),
      { vehicles: [vehicle({ use: 'commercial' })] },
      asOf('2025-09-10'),
      more,
    ).findings[0];
    expect(commercial?.facts.floors).toEqual([{ jurisdiction: 'test-floor', status: 'out_of_scope' }]);
  });

  it('lists a legal floor that has not started yet as before_start, without a period', () => {
    // Invoiced 2024-09-01 (the policy counts from it), delivered 2024-09-15 (the floor counts from
    // the delivery where it differs): the repair on 2024-09-10 is inside the policy's dates but 15,000
    // − 10,000 = 5,000 km past its km limit, and five days before the floor starts.
    const brief = parseWarrantyPolicy({
      id: 'brief-2024',
      version: '1.0.0',
      name: { en: 'Brief', zh: '短期' },
      oem: 'Huaxia Motors',
      soldFrom: '2024-01-01',
      coverages: [
        {
          id: 'basic',
          class: 'basic',
          period: { months: 12, km: 10_000 },
          covers: { systems: ['transmission'] },
        },
      ],
    });
    const result = auditOne(
      claim(),
      { vehicles: [vehicle({ invoiceDate: '2024-09-01', deliveryDate: '2024-09-15' })] },
      asOf('2024-09-20'),
      { policies: [brief], jurisdictions: [floorPack] },
    );
    const finding = result.findings.find((f) => f.rule === 'warranty.audit.coverage');
    expect(finding?.code).toBe('claim.out_of_coverage');
    expect(finding?.message).toEqual({
      en: 'Not covered on 2024-09-10 at 15,000 km: basic (12 months or 10,000 km from 2024-09-01) expired 5,000 km ago; Test repair floor: the repair is before the legal period starts (2024-09-15)',
      zh: '2024-09-10、15,000 km 时不在保修范围内：basic（自 2024-09-01 起 12个月或10,000 km）已过期，超出5,000 km；测试包修期：维修早于法定期限起算日（2024-09-15）',
    });
    expect(finding?.facts.floors).toEqual([{ jurisdiction: 'test-floor', status: 'before_start' }]);
  });

  it('rejects a repair dated before coverage starts, citing the start event', () => {
    // An issue's message starts with the field it concerns (createIssue), here repair.date.
    const result = auditOne(claim(), {
      vehicles: [vehicle({ invoiceDate: '2024-09-20', deliveryDate: '2024-09-20' })],
    });
    expect(result.findings).toEqual([
      {
        code: 'claim.out_of_coverage',
        severity: 'reject',
        rule: 'warranty.audit.coverage',
        cite: 'oem:huaxia-2024#startEvent',
        message: {
          en: 'Coverage: repair.date the range ends (2024-09-10) before it starts (2024-09-20)',
          zh: '保修范围：repair.date 区间结束（2024-09-10）早于开始（2024-09-20）',
        },
        facts: { policy: 'huaxia-2024', code: 'time.invalid_range', path: 'repair.date' },
      },
    ]);
  });

  it('asks for review when the date coverage starts from is not recorded, naming the field', () => {
    const result = auditOne(claim(), { vehicles: [vehicle({ invoiceDate: undefined })] });
    expect(result.findings).toEqual([
      {
        code: 'claim.coverage_unknown',
        severity: 'review',
        rule: 'warranty.audit.coverage',
        cite: 'oem:huaxia-2024#startEvent',
        message: {
          en: "Coverage: vehicle.invoiceDate the vehicle's invoiceDate (the policy's start event) is needed to decide (warranty.policy.start)",
          zh: '保修范围：vehicle.invoiceDate 判定需要车辆的购车发票日期（保修起算日）（warranty.policy.start）',
        },
        facts: { policy: 'huaxia-2024', code: 'warranty.missing_fact', path: 'vehicle.invoiceDate' },
      },
    ]);
  });
});
