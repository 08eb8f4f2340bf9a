import * as core from '@aftersales/core';
import * as kpi from '@aftersales/kpi';
import { repairOrderRecords } from '@aftersales/testkit';
import type { ValidCalls } from './publicEntryPoints';

/**
 * A valid call of every callable @aftersales/kpi exports (mostly its TSDoc `@example`): the
 * starting points of the near misses in kpi-public-api.test.ts. A new export needs a row here,
 * or the completeness test names it.
 */

const ZONE = 'Asia/Shanghai';
const CITE = 'manual:ro.comeback';

export const kpiRepairOrders: unknown[] = [
  ...repairOrderRecords({ seed: 12, count: 6, dealers: 2, startDate: '2024-01-30' }),
];
const someKpis = ['ro.count', 'labor.elr', 'ro.comeback'].map((id) => kpi.catalogKpi(id));
const options: kpi.ComputeKpisOptions = { kpis: someKpis, groupBy: ['dealer', 'month'], timeZone: ZONE };
const records = { repairOrders: kpiRepairOrders };
const report = kpi.computeKpisSync(records, options);
const profile = kpi.defaultTargetProfile(kpi.kpiCatalog);
const scorecard = kpi.scoreKpis(report, { kpis: someKpis, targets: profile });
const comebacks = kpi.detectComebacks(kpiRepairOrders, { timeZone: ZONE });
const cell = report.cells.find((c) => c.kpi === 'ro.count') as kpi.KpiCell;
const registry = core.createAftersales({
  timeZone: ZONE,
  plugins: [
    kpi.kpiCatalogPlugin,
    core.definePlugin({
      id: '@acme/brand-x',
      version: '1.0.0',
      targets: [{ id: 'brand-x.targets', scope: { brand: 'brand-x' }, targets: {} }],
    }),
  ],
});
const roCount = {
  id: 'acme.ro.count',
  area: 'service',
  source: 'repairOrder',
  periodBy: 'closedAt',
  name: { en: 'Repair orders closed', zh: '维修台次' },
  formula: { en: 'closed ROs', zh: '关闭的工单数' },
  where: kpi.field('counted'),
  measures: { ros: kpi.count() },
  numerator: 'ros',
  unit: 'count',
  direction: 'higher',
  precision: 0,
  cite: CITE,
};
const dealerTargets = {
  id: 'dlr-001.targets',
  scope: { dealer: 'DLR-001' },
  targets: { 'ro.comeback': { below: '1.5', cite: 'oem:brand-x-2024#kpi.comeback' } },
};

export const kpiValidCalls: ValidCalls = {
  abs: [[kpi.sub(kpi.field('countedQuantity'), kpi.field('bookQuantity'))]],
  add: [[kpi.field('laborSales'), kpi.field('partsSales')]],
  and: [[kpi.field('counted'), kpi.isSet(kpi.field('closedAt'))]],
  catalogKpi: [['labor.elr']],
  coalesce: [[kpi.field('deliveredAt'), kpi.field('closedAt')]],
  computeKpis: [[records, options]],
  computeKpisSync: [
    [records, options],
    [records, { ...options, groupBy: ['advisor', 'week'], comebacks, compile: 'closures' }],
  ],
  count: [[{ where: kpi.field('fromAppointment') }]],
  countDistinct: [[kpi.field('vin'), { window: { months: 12 } }]],
  createFactRowReader: [[{ comebacks }]],
  createKpiAccumulator: [[options]],
  datePart: [['yearMonth', kpi.field('settledAt')]],
  daysBetween: [[kpi.field('deliveredAt'), kpi.field('firstFollowUpAt')]],
  defaultTargetProfile: [[[{ id: 'ro.comeback', target: { below: '2', cite: CITE } }, { id: 'ro.dwell' }]]],
  defineKpi: [[roCount]],
  detectComebacks: [[kpiRepairOrders, { timeZone: ZONE }]],
  div: [[kpi.field('score'), 10]],
  drillDown: [[records, { kpi: someKpis[0], cell, groupBy: ['dealer', 'month'], timeZone: ZONE }]],
  eq: [[kpi.field('payType'), 'INS']],
  field: [['soldHours']],
  ge: [[kpi.field('score'), 9]],
  gt: [[kpi.field('soldHours'), 0]],
  hoursBetween: [[kpi.field('receivedAt'), kpi.field('deliveredAt')]],
  isIn: [[kpi.field('payType'), ['CP', 'W', 'INS']]],
  isSet: [[kpi.field('promisedAt')]],
  kpisFrom: [[registry]],
  le: [[kpi.field('deliveredAt'), kpi.field('promisedAt')]],
  lt: [[kpi.field('score'), 7]],
  money: [['0']],
  mul: [[kpi.field('quantity'), kpi.field('unitCost')]],
  ne: [[kpi.field('kind'), 'internal']],
  neg: [[kpi.field('quantity')]],
  not: [[kpi.field('isComeback')]],
  or: [[kpi.eq(kpi.field('kind'), 'bodyshop'), kpi.eq(kpi.field('payType'), 'INS')]],
  param: [['settleDays']],
  parseTargetProfile: [[dealerTargets]],
  resolveTargets: [[[profile, dealerTargets], { dealer: 'DLR-001' }]],
  scoreKpis: [[report, { kpis: someKpis, targets: profile }]],
  scoreValue: [
    ['96', { atLeast: '95', cite: 'manual:wty.approval' }],
    ['99.5', { atLeast: '98', cite: 'manual:parts.fill.rate' }, undefined, '100'],
  ],
  scorecardSummary: [[scorecard]],
  sub: [[kpi.field('laborSales'), kpi.field('laborCost')]],
  sum: [[kpi.field('soldHours')]],
  targetProfilesFrom: [[registry]],
  when: [[kpi.eq(kpi.field('payType'), 'INS'), 31, 3]],
};

/** The values kpi hands out, with valid calls of their methods (a fresh accumulator per test). */
export const kpiHolders = {
  accumulator: {
    self: kpi.createKpiAccumulator(options),
    calls: {
      add: [
        ['repairOrders', kpiRepairOrders[0]],
        ['repairOrders', kpiRepairOrders[1], 7],
      ],
      merge: [[kpi.createKpiAccumulator(options)]],
      result: [[]],
    },
  },
  factRowReader: {
    self: { read: kpi.createFactRowReader({ comebacks }) },
    calls: { read: [['repairOrders', kpiRepairOrders[0]]] },
  },
} as const;
