import { createIssue } from '@aftersales/core';
import type { ScorecardRow } from '@aftersales/kpi';
import type { PartsHealthKpi } from '@aftersales/parts';
import type { AuditReport } from '../audit/auditTypes';

// A hand-built audit of a made-up dealer, for the report's tests. Every figure is chosen here and
// kept consistent by hand: ABC and ageing both add up to 711,830.75; 85 claims = 81 approved + 3
// with findings + 1 rejected; statuses follow the default at-risk margin (5 % of the bound).

const row = (
  fields: Pick<
    ScorecardRow,
    'kpi' | 'name' | 'value' | 'unit' | 'target' | 'status' | 'gap' | 'trend' | 'message'
  > &
    Partial<Pick<ScorecardRow, 'currency'>>,
): ScorecardRow => ({ group: {}, period: undefined, ...fields });

const scorecardRows: readonly ScorecardRow[] = [
  row({
    kpi: 'ro.comeback',
    name: { en: 'Comeback rate', zh: '返修率' },
    value: '1.8',
    unit: 'percent',
    target: { below: '2', cite: 'manual:ro.comeback' },
    status: 'met',
    gap: '0.2',
    trend: { previous: '2.1', change: '-0.3', direction: 'improving' },
    message: { en: 'Comeback rate 1.8 % meets the target < 2 %.', zh: '返修率 1.8% 达到目标 < 2%。' },
  }),
  row({
    kpi: 'tech.efficiency',
    name: { en: 'Technician efficiency', zh: '技师效率' },
    value: '104.5',
    unit: 'percent',
    target: { atLeast: '110', cite: 'manual:tech.efficiency' },
    status: 'missed',
    gap: '-5.5',
    trend: { previous: '103.0', change: '1.5', direction: 'improving' },
    message: {
      en: 'Technician efficiency 104.5 % misses the target ≥ 110 %.',
      zh: '技师效率 104.5% 未达到目标 ≥ 110%。',
    },
  }),
  row({
    kpi: 'care.csi',
    name: { en: 'Customer satisfaction', zh: '客户满意度' },
    value: '93.8',
    unit: 'percent',
    target: { atLeast: '93', cite: 'manual:care.csi' },
    status: 'at_risk',
    gap: '0.8',
    trend: { previous: '94.2', change: '-0.4', direction: 'worsening' },
    message: {
      en: 'Customer satisfaction 93.8 % is within 4.65 of the target ≥ 93 %.',
      zh: '客户满意度 93.8% 接近目标 ≥ 93%。',
    },
  }),
  row({
    kpi: 'ro.revenue.avg',
    name: { en: 'Revenue per repair order', zh: '单车产值' },
    value: '1812.40',
    unit: 'money',
    currency: 'CNY',
    target: { atLeast: '800', cite: 'manual:ro.revenue.avg' },
    status: 'met',
    gap: '1012.40',
    trend: { previous: null, change: null, direction: 'unknown' },
    message: {
      en: 'Revenue per RO 1,812.40 meets the target ≥ 800.',
      zh: '单车产值 1,812.40 达到目标 ≥ 800。',
    },
  }),
  row({
    kpi: 'ro.dwell',
    name: { en: 'Dwell time', zh: '在厂时长' },
    value: '26.5',
    unit: 'hours',
    target: undefined,
    status: 'no_target',
    gap: null,
    trend: { previous: null, change: null, direction: 'unknown' },
    message: { en: 'Dwell time has no target.', zh: '在厂时长没有目标。' },
  }),
];

const partsKpi = (
  fields: Pick<PartsHealthKpi, 'kpi' | 'name' | 'status' | 'value' | 'target' | 'gap' | 'message'>,
): PartsHealthKpi => ({
  ...fields,
  rule: `parts.health.${fields.kpi}`,
  cite: `manual:${fields.kpi}`,
  unit: 'percent',
  numerator: null,
  denominator: null,
  reason: null,
  decision: {
    outcome: fields.status,
    trace: [
      {
        rule: `parts.health.${fields.kpi}`,
        status: fields.status === 'missed' ? 'failed' : 'passed',
        facts: {},
        message: fields.message,
        cite: `manual:${fields.kpi}`,
      },
    ],
  },
});

const fillRateMessage = {
  en: 'Fill rate 97.2 % misses the target ≥ 98 %.',
  zh: '配件满足率 97.2% 未达到目标 ≥ 98%。',
};

/**
 * A complete audit report with known figures, for the HTML report's unit and browser tests.
 *
 * @example
 * const report = auditReportFixture();
 * report.parts.abc.length; // 4
 */
export function auditReportFixture(): AuditReport {
  return {
    dealer: {
      id: 'D0571',
      name: 'Huaxia Motors Hangzhou',
      brand: 'Huaxia',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    },
    period: { from: '2024-01-01', to: '2024-06-30' },
    asOf: '2024-07-01',
    inputs: {
      repairOrders: { read: 2400, accepted: 2398, rejected: 2 },
      complaints: { read: 12, accepted: 12, rejected: 0 },
      'warranty.claims': { read: 85, accepted: 84, rejected: 1 },
      'parts.movements': { read: 15000, accepted: 15000, rejected: 0 },
    },
    rejections: [
      { input: 'repairOrders', row: 17, issues: [createIssue('input.required', ['closedAt'])] },
      {
        input: 'repairOrders',
        row: 948,
        issues: [createIssue('input.required', ['jobs', 0, 'laborLines', 1, 'soldHours'])],
      },
      { input: 'warranty.claims', row: 40, issues: [createIssue('input.required', ['vin'])] },
    ],
    service: {
      repairOrderAudit: {
        audited: 2398,
        withFindings: 2,
        byCode: { late: 1, refused: 1 },
        findings: [
          {
            repairOrderId: 'RO-2024-0311',
            code: 'late',
            rule: 'repairOrder.sla.followUp',
            cite: 'manual:care.followup.ontime',
            message: {
              en: 'Follow-up call made 9 days after delivery (due within 7).',
              zh: '交车后第 9 天才回访（应在 7 天内）。',
            },
          },
          {
            repairOrderId: 'RO-2024-0520',
            code: 'refused',
            rule: 'repairOrder.flow.deliver',
            cite: 'manual:ro.flow',
            message: { en: 'Delivered before the final inspection.', zh: '未经终检即交车。' },
          },
        ],
      },
      scorecard: {
        rows: scorecardRows,
        summary: {
          kpis: scorecardRows.map((scored) => ({
            kpi: scored.kpi,
            name: scored.name,
            rows: 1,
            counts: { met: 0, at_risk: 0, missed: 0, no_data: 0, no_target: 0, [scored.status]: 1 },
          })),
          rows: 5,
          counts: { met: 2, at_risk: 1, missed: 1, no_data: 0, no_target: 1 },
        },
      },
      trends: [
        {
          kpi: 'ro.comeback',
          name: { en: 'Comeback rate', zh: '返修率' },
          unit: 'percent',
          target: '2',
          months: [
            { month: '2024-01', value: '2.4' },
            { month: '2024-02', value: '2.1' },
            { month: '2024-03', value: null },
            { month: '2024-04', value: '1.9' },
            { month: '2024-05', value: '1.7' },
            { month: '2024-06', value: '1.6' },
          ],
        },
        {
          kpi: 'tech.efficiency',
          name: { en: 'Technician efficiency', zh: '技师效率' },
          unit: 'percent',
          target: '110',
          months: [
            { month: '2024-01', value: '101.0' },
            { month: '2024-02', value: '103.5' },
            { month: '2024-03', value: '104.0' },
            { month: '2024-04', value: '105.2' },
            { month: '2024-05', value: '106.1' },
            { month: '2024-06', value: '107.0' },
          ],
        },
        {
          kpi: 'ro.dwell',
          name: { en: 'Dwell time', zh: '在厂时长' },
          unit: 'hours',
          months: [
            { month: '2024-04', value: '27.0' },
            { month: '2024-05', value: '26.2' },
            { month: '2024-06', value: '26.5' },
          ],
        },
      ],
      comebacks: [
        {
          id: 'RO-2024-0415',
          date: '2024-04-15',
          label: { en: 'Brake noise again after pad replacement', zh: '更换刹车片后制动异响复现' },
          facts: { vin: 'LHGCV1650M8012345', previousRepairOrder: 'RO-2024-0402', days: 13, km: 412 },
        },
        {
          id: 'RO-2024-0603',
          date: '2024-06-03',
          label: { en: 'A/C not cooling after recharge', zh: '空调加氟后仍不制冷' },
          facts: { vin: 'LFV2A21K8M4123456', previousRepairOrder: 'RO-2024-0528', days: 6, km: null },
        },
      ],
      complaints: [
        {
          id: 'CP-2024-007',
          date: '2024-05-21',
          label: { en: 'Car not ready at the promised time', zh: '未按承诺时间交车' },
          facts: { channel: 'phone', resolved: true, escalated: false },
        },
      ],
    },
    parts: {
      health: {
        kpis: [
          partsKpi({
            kpi: 'parts.fill.rate',
            name: { en: 'Fill rate', zh: '配件满足率' },
            status: 'missed',
            value: '97.2',
            target: { atLeast: '98', cite: 'manual:parts.fill.rate' },
            gap: '-0.8',
            message: fillRateMessage,
          }),
          partsKpi({
            kpi: 'parts.slow.share',
            name: { en: 'Slow-moving share', zh: '滞销件占比' },
            status: 'met',
            value: '5.1',
            target: { atMost: '6', cite: 'manual:parts.slow.share' },
            gap: '0.9',
            message: {
              en: 'Slow-moving share 5.1 % meets the target ≤ 6 %.',
              zh: '滞销件占比 5.1% 达到目标 ≤ 6%。',
            },
          }),
        ],
        findings: [
          {
            rule: 'parts.health.parts.fill.rate',
            kpi: 'parts.fill.rate',
            group: {},
            severity: 'major',
            status: 'missed',
            value: '97.2',
            unit: 'percent',
            target: { atLeast: '98', cite: 'manual:parts.fill.rate' },
            gap: '-0.8',
            cite: 'manual:parts.fill.rate',
            targetCite: 'manual:parts.fill.rate',
            message: fillRateMessage,
          },
        ],
      },
      abc: [
        { class: 'A', parts: 320, stockValue: '412500.00' },
        { class: 'B', parts: 610, stockValue: '187320.50' },
        { class: 'C', parts: 1840, stockValue: '96410.25' },
        { class: 'none', parts: 230, stockValue: '15600.00' },
      ],
      ageing: [
        { bucket: '0-3m', label: { en: '0–3 months', zh: '0–3 个月' }, stockValue: '402100.00' },
        { bucket: '3-6m', label: { en: '3–6 months', zh: '3–6 个月' }, stockValue: '158000.25' },
        { bucket: '6-12m', label: { en: '6–12 months', zh: '6–12 个月' }, stockValue: '96230.50' },
        { bucket: '12m+', label: { en: '12 months and more', zh: '12 个月以上' }, stockValue: '55500.00' },
      ],
      suggestedOrder: {
        lines: 42,
        value: '86420.00',
        top: [
          {
            partNumber: '04465-0K390',
            quantity: '24',
            value: '8640.00',
            reason: { en: 'Below the reorder point (class A)', zh: '低于再订货点（A 类）' },
          },
          {
            partNumber: '90915-YZZD4',
            quantity: '60',
            value: '2580.00',
            reason: { en: 'Below the reorder point (class A)', zh: '低于再订货点（A 类）' },
          },
          {
            partNumber: '17801-0Y040',
            quantity: '30',
            value: '1950.00',
            reason: { en: 'Below the safety stock (class B)', zh: '低于安全库存（B 类）' },
          },
        ],
      },
    },
    warranty: {
      claims: {
        summary: {
          read: 85,
          approved: 81,
          withFindings: 3,
          rejected: 1,
          findings: 3,
          byCode: { 'claim.late_submission': 1, 'claim.hours_above_standard': 1, 'claim.resubmission': 1 },
          bySeverity: { reject: 1, review: 1, info: 1 },
          checked: {},
          notChecked: {},
          history: { read: 300, rejected: 0, ignored: 2 },
        },
        findings: [
          {
            claimId: 'CLM-0007',
            row: 6,
            code: 'claim.late_submission',
            severity: 'reject',
            rule: 'warranty.audit.submission-deadline',
            cite: 'oem:huaxia-2024#claims.submitWithinDays',
            message: {
              en: 'Submitted 41 days after the repair; the limit is 30.',
              zh: '维修后第 41 天提交，期限为 30 天。',
            },
            facts: { days: 41, limit: 30 },
          },
          {
            claimId: 'CLM-0031',
            row: 30,
            code: 'claim.hours_above_standard',
            severity: 'review',
            rule: 'warranty.audit.standard-hours',
            cite: 'oem:audit-options#laborTimes',
            message: {
              en: 'Claimed 2.4 h for op 12-100; the standard is 1.8 h.',
              zh: '工序 12-100 申报 2.4 工时，标准为 1.8 工时。',
            },
            facts: { claimed: '2.4', standard: '1.8' },
          },
          {
            claimId: null,
            row: 52,
            code: 'claim.resubmission',
            severity: 'info',
            rule: 'warranty.audit.duplicate',
            cite: 'oem:huaxia-2024#claims.duplicateWindowDays',
            message: {
              en: 'Like claim CLM-0012, which the carmaker rejected.',
              zh: '与主机厂已拒付的索赔单 CLM-0012 相同。',
            },
            facts: { previous: 'CLM-0012' },
          },
        ],
      },
      sanbao: [
        {
          vin: 'LHGCV1650M8012345',
          jurisdiction: 'cn-sanbao-2021',
          decision: {
            outcome: 'replacement_or_return',
            trace: [
              {
                rule: 'cn-sanbao-2021.scope',
                status: 'passed',
                facts: {},
                message: { en: 'A household car.', zh: '家用汽车产品。' },
                cite: 'regulation:cn-sanbao-2021#2',
              },
              {
                rule: 'cn-sanbao-2021.seven-days',
                status: 'not_applicable',
                facts: {},
                message: { en: 'No fault within 7 days.', zh: '7 日内无故障。' },
                cite: 'regulation:cn-sanbao-2021#22',
              },
              {
                rule: 'cn-sanbao-2021.same-problem',
                status: 'passed',
                facts: { repairs: 5 },
                message: { en: 'Same problem repaired 5 times.', zh: '同一质量问题累计修理 5 次。' },
                cite: 'regulation:cn-sanbao-2021#24',
              },
            ],
          },
        },
        {
          vin: 'LFV2A21K8M4123456',
          jurisdiction: 'cn-sanbao-2021',
          decision: {
            outcome: 'repair',
            trace: [
              {
                rule: 'cn-sanbao-2021.repair-time',
                status: 'failed',
                facts: { days: 21 },
                message: {
                  en: 'Cumulative repair time 21 days, under 35.',
                  zh: '累计修理时间 21 日，未超过 35 日。',
                },
                cite: 'regulation:cn-sanbao-2021#24',
              },
            ],
          },
        },
      ],
    },
    findingCount: 6,
  };
}
