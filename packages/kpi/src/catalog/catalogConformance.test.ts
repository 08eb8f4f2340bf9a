import { describe, expect, it } from 'vitest';
import type { KpiDefinition, KpiTarget } from '../definition/kpiDefinition';
import { kpiCatalog } from './index';

/**
 * The after-sales KPI catalog (KPI-CATALOG.md) transcribed row by row, checked against the
 * definitions: each KPI's catalog 中文, unit, direction, period field, default target and citation.
 * A catalog row with two statistics or two targets is two KPIs (`SPLIT`): each keeps the row's
 * 中文 and adds a qualifier in full-width brackets, e.g. 在厂时长（90 分位）.
 *
 * Columns: id · the row's 中文 · unit and direction as the catalog writes them · the field that
 * places a row in a period (`source.field`) · the default target (`≥ a`, `< b`, `≤ b`, a band
 * `a–b`, or `—`) · the KPI's citation · the target's citation when it differs.
 */
type Row = readonly [string, string, string, '↑' | '↓' | '—', string, string, string, string?];

const ROWS: readonly Row[] = [
  // Service (workshop)
  ['ro.count', '维修台次', 'count', '↑', 'repairOrder.closedAt', '—', 'manual:catalog.ro.count'],
  [
    'ro.intake.daily',
    '日接车台次',
    'count/day',
    '↑',
    'repairOrder.openedAt',
    '≥ 20',
    'manual:ro.daily.intake',
  ],
  [
    'ro.revenue.avg',
    '单车产值',
    'money',
    '↑',
    'repairOrder.closedAt',
    '≥ 800',
    'manual:ro.avg.revenue.repair',
  ],
  [
    'ro.revenue.avg.insurance',
    '单车产值',
    'money',
    '↑',
    'repairOrder.closedAt',
    '≥ 1800',
    'manual:ro.avg.revenue.insurance',
  ],
  ['ro.hours.avg', '单车工时', 'h', '↑', 'repairOrder.closedAt', '1.5–2.5', 'manual:catalog.ro.hours.avg'],
  ['labor.elr', '有效工时单价', 'money/h', '↑', 'laborLine.roClosedAt', '—', 'manual:catalog.labor.elr'],
  [
    'tech.efficiency',
    '技师效率',
    '%',
    '↑',
    'laborLine.completedAt',
    '≥ 110',
    'manual:catalog.tech.efficiency',
  ],
  [
    'tech.productivity',
    '技师利用率',
    '%',
    '↑',
    'technicianShift.shiftDate',
    '≥ 85',
    'manual:catalog.tech.productivity',
  ],
  [
    'tech.proficiency',
    '技师综合效率',
    '%',
    '↑',
    'technicianShift.shiftDate',
    '≥ 95',
    'manual:catalog.tech.proficiency',
  ],
  ['labor.gp', '工时毛利率', '%', '↑', 'laborLine.roClosedAt', '65–75', 'manual:catalog.labor.gp'],
  [
    'parts.labor.ratio',
    '配件工时比',
    'ratio',
    '—',
    'repairOrder.closedAt',
    '0.8–1.2',
    'manual:catalog.parts.labor.ratio',
  ],
  ['ro.comeback', '返修率', '%', '↓', 'repairOrder.openedAt', '< 2', 'manual:ro.comeback'],
  ['ro.frft', '一次修复率', '%', '↑', 'repairOrder.openedAt', '≥ 98', 'manual:ro.comeback'],
  ['ro.bodyshop.share', '钣喷产值占比', '%', '↑', 'repairOrder.closedAt', '≥ 30', 'manual:ro.bodyshop.share'],
  [
    'ro.settle.ontime',
    '结算及时率',
    '%',
    '↑',
    'repairOrder.repairCompletedAt',
    '≥ 100',
    'manual:ro.settle.maintenance',
  ],
  ['ro.dwell', '在厂时长', 'h', '↓', 'repairOrder.deliveredAt', '—', 'manual:catalog.ro.dwell'],
  ['ro.dwell.p90', '在厂时长', 'h', '↓', 'repairOrder.deliveredAt', '—', 'manual:catalog.ro.dwell'],
  [
    'ro.promise.kept',
    '按时交车率',
    '%',
    '↑',
    'repairOrder.deliveredAt',
    '≥ 95',
    'manual:catalog.ro.promise.kept',
  ],
  ['appt.rate', '预约率', '%', '↑', 'repairOrder.openedAt', '≥ 30', 'manual:catalog.appt.rate'],
  ['appt.show', '预约到店率', '%', '↑', 'appointment.scheduledFor', '≥ 85', 'manual:catalog.appt.show'],
  ['bay.utilization', '工位利用率', '%', '↑', 'workshopDay.date', '≥ 80', 'manual:catalog.bay.utilization'],
  [
    'fixed.absorption',
    '售后吸收率',
    '%',
    '↑',
    'ledgerMonth.month',
    '≥ 100',
    'manual:catalog.fixed.absorption',
  ],
  // Customer care (and care.mystery, listed with the network rows)
  ['care.csi', '客户满意度', '%', '↑', 'survey.surveyedAt', '≥ 93', 'manual:care.csi'],
  ['care.csi.top2', '客户满意度', '%', '↑', 'survey.surveyedAt', '≥ 93', 'manual:care.csi'],
  [
    'care.followup.coverage',
    '回访率',
    '%',
    '↑',
    'repairOrder.deliveredAt',
    '≥ 100',
    'manual:care.followup.coverage',
  ],
  [
    'care.followup.ontime',
    '回访及时率',
    '%',
    '↑',
    'repairOrder.deliveredAt',
    '≥ 95',
    'manual:care.followup.first',
    'manual:catalog.care.followup.ontime',
  ],
  ['care.archive.ontime', '建档及时率', '%', '↑', 'customerVisit.visitedAt', '≥ 100', 'manual:care.archive'],
  ['care.complaint.rate', '投诉率', '%', '↓', 'complaint.receivedAt', '< 10', 'manual:care.complaint.rate'],
  [
    'care.complaint.resolved',
    '投诉解决率',
    '%',
    '↑',
    'complaint.receivedAt',
    '≥ 90',
    'manual:care.complaint.resolved',
  ],
  ['care.base', '基盘客户数', 'count', '↑', 'repairOrder.openedAt', '≥ 1500', 'manual:care.base'],
  ['care.retention', '客户保有率', '%', '↑', 'vehicle.saleDate', '≥ 60', 'manual:catalog.care.retention'],
  ['care.churn', '客户流失率', '%', '↓', 'repairOrder.openedAt', '—', 'manual:catalog.care.churn'],
  [
    'care.first.maintenance',
    '首保回厂率',
    '%',
    '↑',
    'firstMaintenance.windowEnd',
    '≥ 95',
    'manual:wty.first.maintenance',
  ],
  [
    'care.insurance.renewal',
    '续保率',
    '%',
    '↑',
    'insurancePolicy.expiresOn',
    '—',
    'manual:catalog.care.insurance.renewal',
  ],
  ['care.mystery', '神秘客得分', 'points', '↑', 'survey.surveyedAt', '≥ 950', 'manual:care.mystery'],
  // Parts
  [
    'parts.turnover',
    '库存周转率',
    'turns/yr',
    '↑',
    'stockMovement.occurredAt',
    '4–6',
    'manual:parts.turnover',
  ],
  [
    'parts.days.supply',
    '库存可供天数',
    'days',
    '—',
    'stockMovement.occurredAt',
    '45–60',
    'manual:catalog.parts.days.supply',
  ],
  [
    'parts.safety.stock',
    '安全库存达标',
    'ratio',
    '—',
    'stockMovement.occurredAt',
    '0.9–1.1',
    'manual:parts.safety.stock',
  ],
  ['parts.fill.rate', '配件满足率', '%', '↑', 'partRequest.requestedAt', '≥ 98', 'manual:parts.fill.rate'],
  [
    'parts.lost.sales',
    '缺件损失率',
    '%',
    '↓',
    'partRequest.requestedAt',
    '—',
    'manual:catalog.parts.lost.sales',
  ],
  ['parts.slow.share', '滞销件占比', '%', '↓', 'stockPosition.asOf', '≤ 6', 'manual:parts.slow.moving'],
  ['parts.gp', '配件毛利率', '%', '↑', 'stockMovement.occurredAt', '25–35', 'manual:catalog.parts.gp'],
  [
    'parts.stocktake.variance',
    '盘点差异率',
    '%',
    '↓',
    'stockCount.countedAt',
    '≤ 0.3',
    'manual:parts.stocktake',
  ],
  // The net variance is signed: a band around 0, no better direction.
  [
    'parts.stocktake.variance.net',
    '盘点差异率',
    '%',
    '—',
    'stockCount.countedAt',
    '-0.3–0.3',
    'manual:parts.stocktake',
  ],
  [
    'parts.outsourced.share',
    '外采件占比',
    '%',
    '↓',
    'purchaseLine.receivedAt',
    '—',
    'manual:parts.outsourced',
  ],
  [
    'parts.stock.order.share',
    '常规订货占比',
    '%',
    '↑',
    'purchaseLine.orderedAt',
    '≥ 80',
    'manual:catalog.parts.stock.order.share',
  ],
  // Warranty
  ['wty.first.pass', '一次赔付率', '%', '↑', 'warrantyClaim.paidAt', '≥ 98', 'manual:wty.first.pass'],
  ['wty.approval', '索赔通过率', '%', '↑', 'warrantyClaim.adjudicatedAt', '≥ 95', 'manual:wty.approval'],
  [
    'wty.days.to.submit',
    '索赔提交时效',
    'days',
    '↓',
    'warrantyClaim.submittedAt',
    '—',
    'manual:catalog.wty.days.to.submit',
  ],
  [
    'wty.cost.per.claim',
    '单车索赔金额',
    'money',
    '—',
    'warrantyClaim.paidAt',
    '—',
    'manual:catalog.wty.cost.per.claim',
  ],
  [
    'wty.old.parts.ontime',
    '旧件回运及时率',
    '%',
    '↑',
    'warrantyClaim.oldPartDeadline',
    '≥ 100',
    'manual:wty.old.parts',
  ],
  [
    'wty.chargeback',
    '索赔扣款率',
    '%',
    '↓',
    'warrantyClaim.chargedBackAt',
    '—',
    'manual:catalog.wty.chargeback',
  ],
  // Network, budget and training (the catalog's ≥ 30 % own outlets is the ratio 0.3)
  ['net.coverage', '服务网点覆盖率', '%', '↑', 'salesRegion.asOf', '≥ 70', 'manual:net.coverage'],
  ['net.own.ratio', '自建网点比例', 'ratio', '↑', 'outlet.asOf', '≥ 0.3', 'manual:net.own.ratio'],
  ['budget.training.share', '培训经费占比', '%', '↑', 'ledgerMonth.month', '≥ 5', 'manual:budget.training'],
  ['budget.service.share', '服务经费占比', '%', '↑', 'ledgerMonth.month', '≥ 3', 'manual:budget.service'],
  ['train.sessions.front', '培训场次', 'count', '↑', 'training.heldOn', '≥ 4', 'manual:train.front'],
  ['train.sessions.workshop', '培训场次', 'count', '↑', 'training.heldOn', '≥ 3', 'manual:train.workshop'],
];

/** KPIs that are one statistic or one target of a catalog row with two: the row's id. */
const SPLIT: Readonly<Record<string, string>> = {
  'ro.revenue.avg.insurance': 'ro.revenue.avg',
  'ro.dwell.p90': 'ro.dwell',
  'care.csi.top2': 'care.csi',
  'parts.stocktake.variance.net': 'parts.stocktake.variance',
  'train.sessions.front': 'train.sessions',
  'train.sessions.workshop': 'train.sessions',
};

/** The keys of SEED-FIGURES.md: a `manual:<key>` citation must name one of them. */
const SEED_KEYS = new Set([
  'ro.settle.maintenance',
  'ro.settle.insurance',
  'ro.insurance.collect',
  'ro.daily.intake',
  'ro.avg.revenue.repair',
  'ro.avg.revenue.insurance',
  'ro.bodyshop.share',
  'ro.comeback',
  'qc.three.checks',
  'ro.followup.advice',
  'care.archive',
  'care.followup.first',
  'care.followup.second',
  'care.escalate',
  'care.event.notice',
  'care.followup.coverage',
  'care.csi',
  'care.mystery',
  'care.base',
  'care.complaint.rate',
  'care.complaint.resolved',
  'care.reminders',
  'parts.safety.stock',
  'parts.slow.moving',
  'parts.turnover',
  'parts.fill.rate',
  'parts.outsourced',
  'parts.stocktake',
  'parts.genuine.purchase',
  'parts.accessories',
  'wty.first.maintenance',
  'wty.first.pass',
  'wty.approval',
  'wty.precheck',
  'wty.old.parts',
  'wty.preauth',
  'net.coverage',
  'net.own.ratio',
  'budget.training',
  'budget.service',
  'train.front',
  'train.workshop',
  'train.cases',
]);

const UNITS: Readonly<Record<string, KpiDefinition['unit']>> = {
  count: 'count',
  'count/day': 'count/day',
  money: 'money',
  h: 'hours',
  'money/h': 'money/hour',
  '%': 'percent',
  ratio: 'ratio',
  'turns/yr': 'turns/year',
  days: 'days',
  points: 'points',
};
const DIRECTIONS = { '↑': 'higher', '↓': 'lower', '—': 'none' } as const;

function bounds(target: KpiTarget | undefined): string {
  if (target === undefined) return '—';
  if (target.atLeast !== undefined && target.atMost !== undefined)
    return `${target.atLeast}–${target.atMost}`;
  if (target.atLeast !== undefined) return `≥ ${target.atLeast}`;
  if (target.above !== undefined) return `> ${target.above}`;
  if (target.atMost !== undefined) return `≤ ${target.atMost}`;
  if (target.below !== undefined) return `< ${target.below}`;
  return '?';
}

describe('the KPI catalog against KPI-CATALOG.md', () => {
  it('has one row here for every KPI, and a KPI for every row', () => {
    expect(ROWS.map(([id]) => id).sort()).toEqual(kpiCatalog.map((kpi) => kpi.id).sort());
  });

  for (const [id, zh, unit, dir, period, target, cite, targetCite] of ROWS) {
    it(`${id}: 中文, unit, direction, period, target and citation`, () => {
      const kpi = kpiCatalog.find((k) => k.id === id) as KpiDefinition;
      const name = kpi.name.zh;
      // The row's 中文, or (a row split in two) the row's 中文 and a qualifier: 在厂时长（平均）.
      expect(name === zh || (name.startsWith(`${zh}（`) && name.endsWith('）')), name).toBe(true);
      expect(kpi.unit).toBe(UNITS[unit]);
      expect(kpi.direction).toBe(DIRECTIONS[dir]);
      expect(`${kpi.source}.${kpi.periodBy}`).toBe(period);
      expect(bounds(kpi.target)).toBe(target);
      expect(kpi.cite).toBe(cite);
      if (kpi.target !== undefined) expect(kpi.target.cite).toBe(targetCite ?? cite);
    });
  }

  it('cites a SEED-FIGURES key, or the catalog row itself', () => {
    for (const kpi of kpiCatalog) {
      const row = SPLIT[kpi.id] ?? kpi.id;
      for (const cite of [kpi.cite, kpi.target?.cite]) {
        if (cite === undefined) continue;
        const key = cite.replace(/^manual:/, '');
        expect(key === `catalog.${row}` || SEED_KEYS.has(key), `${kpi.id}: ${cite}`).toBe(true);
      }
    }
  });

  it('scales a percentage by 100 (CSI averages scores already on 0–100)', () => {
    for (const kpi of kpiCatalog) {
      const expected = kpi.unit === 'percent' && kpi.id !== 'care.csi' ? 100 : 1;
      expect(kpi.scale ?? 1, kpi.id).toBe(expected);
    }
  });
});
