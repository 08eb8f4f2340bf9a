import * as core from '@aftersales/core';
import {
  generatePartsData,
  generateRepairOrderLogs,
  generateWarrantyData,
  repairOrderRecords,
} from '@aftersales/testkit';
import type { ValidCalls } from './publicEntryPoints';

/**
 * A valid call of every callable @aftersales/core exports (mostly its TSDoc `@example`): the
 * starting points of the near misses in public-api.test.ts. A new export needs a row here, or
 * the completeness test names it.
 */

const ZONE = 'Asia/Shanghai';
const AT = '2024-03-01T09:30:00+08:00';
const LATER = '2024-03-04T16:00:00+08:00';

const repairOrders: unknown[] = [...repairOrderRecords({ seed: 3, count: 3, startDate: '2024-03-01' })];
const repairOrderLogs = generateRepairOrderLogs({ seed: 5, count: 3, startDate: '2024-03-01' });
const warrantyData = generateWarrantyData({ seed: 4, vehicles: 2, claims: 2, repairOrders: 2 });
const partsData = generatePartsData({ seed: 6, parts: 2, months: 2 });

const dealer = {
  id: 'DLR-SH-001',
  code: 'SVW-31008',
  name: '上海浦江汽车销售服务有限公司',
  brands: ['SAIC Volkswagen'],
  timeZone: ZONE,
  currency: 'CNY',
  laborRates: { CP: '180.00', W: '120.00', I: '100.00', INS: '180.00' },
  bays: 12,
  openingHours: [
    { weekday: 1, open: '08:30', close: '18:00' },
    { weekday: 6, open: '09:00', close: '17:00' },
  ],
};
const customer = {
  id: 'CUS-000123',
  name: '张伟',
  kind: 'private',
  phone: '13800000000',
  createdAt: '2022-06-18T10:20:00+08:00',
  dealerId: 'DLR-SH-001',
};
const stockCount = {
  countId: 'CNT-2024Q1',
  partNumber: 'G052195M4',
  bookQuantity: '187.5',
  countedQuantity: '186',
  unitCost: '62.00',
  countedAt: '2024-03-31T17:00:00+08:00',
};

/** One valid record of each kind the records come from (the testkit's generators, or above). */
export const recordBases: Partial<Record<core.RecordKind, readonly unknown[]>> = {
  dealer: [dealer],
  customer: [customer],
  vehicle: warrantyData.vehicles,
  repairOrder: repairOrders,
  part: partsData.parts.slice(0, 2),
  stockMovement: partsData.movements.slice(0, 3),
  warrantyClaim: warrantyData.claims,
  stockCount: [stockCount],
};

const calendar = core.createBusinessCalendar({
  timeZone: ZONE,
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03'],
  workingWeekends: ['2024-09-29'],
  openingHours: [
    { open: '08:30', close: '12:00' },
    { open: '13:00', close: '18:00' },
  ],
});
const amount = core.money('1280.50', 'CNY');
const rule = core.defineRule({
  id: 'cn-sanbao-2021.seven-days',
  cite: 'regulation:cn-sanbao-2021#22',
  title: { en: '7-day replacement or return', zh: '7日内换车或退车' },
});
const step = rule.passed({ day: 5 }, { en: 'Day 5 of 7', zh: '第5日（7日内）' });
const decision = core.createDecision('covered', [step], { daysLeft: 12 });
const firstLog = repairOrderLogs[0] as (typeof repairOrderLogs)[number];
const state = core.replay(core.repairOrderFlow, firstLog.events.slice(0, 4));
const versions = core.createFlowVersions([core.repairOrderFlow]);
const doorDefinition = {
  id: 'door',
  version: 1,
  title: { en: 'Door', zh: '门' },
  initial: 'closed',
  events: { open: { title: { en: 'Open', zh: '开' }, payload: { by: { type: 'string', required: true } } } },
  states: {
    closed: { title: { en: 'Closed', zh: '关着' }, on: { open: [{ target: 'open' }] } },
    open: { title: { en: 'Open', zh: '开着' }, final: true },
  },
};
const checkExtension = {
  id: 'acme.extra-check',
  version: '1.0.0',
  flow: 'repair-order',
  guards: {
    'acme.checked': {
      title: { en: 'Checked', zh: '已检查' },
      cite: 'oem:acme-2024#check',
      message: { en: 'not checked', zh: '未检查' },
      unblock: { message: { en: 'check it', zh: '请先检查' } },
      requireMarks: ['acme.checked'],
    },
  },
  addGuards: [{ from: 'dispatched', event: 'start_repair', guards: ['acme.checked'] }],
};
const extensionPlugin = core.definePlugin({ id: '@acme/check', version: '1.0.0', flows: [checkExtension] });
const registry = core.createAftersales({ plugins: [extensionPlugin], timeZone: ZONE });
const careEvents = [
  { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' },
  { type: 'follow_up_done', kind: 'first', at: '2024-10-02T10:00:00+08:00', roId: 'RO-2024-0815' },
];
const zodFailure = core.VehicleSchema.safeParse({ vin: 'x' });
const issue = core.createIssue('money.currency_mismatch', ['total'], { left: 'CNY', right: 'USD' });
const exact = (text: string) => core.parseExact(text) as NonNullable<ReturnType<typeof core.parseExact>>;
const sanbao = { months: 24, km: 50_000 };
const complaintEvents = [{ type: 'receive', at: AT, actor: 'CR-1', data: { channel: 'phone' } }];

export const coreValidCalls: ValidCalls = {
  absExact: [[exact('-0.25')]],
  addCalendarDays: [
    ['2024-03-01', 7],
    ['2024-03-01', -1],
  ],
  addCalendarMonths: [['2024-01-31', 1]],
  addCalendarYears: [['2024-02-29', 1]],
  addExact: [[exact('0.1'), exact('0.2')]],
  addWorkingDays: [[calendar, '2024-09-28', 10]],
  allocate: [
    [core.money('100.00'), [1, 1, 1]],
    [core.money('-0.05'), ['0.5', '0.5']],
  ],
  attempt: [[() => core.money('1')]],
  auditFlowLogs: [[core.complaintFlow, [{ id: 'C-1', events: complaintEvents }], { timeZone: ZONE }]],
  auditRepairOrders: [[repairOrderLogs, { timeZone: ZONE, asOf: '2024-04-01T00:00:00+08:00' }]],
  calendarDaysBetween: [['2024-03-01', '2024-03-08']],
  can: [[core.repairOrderFlow, state, firstLog.events[4]]],
  citation: [['regulation:cn-sanbao-2021#22']],
  compareCalendarDates: [['2024-03-01', '2024-03-08']],
  compareExact: [[exact('30.00'), exact('3.0')]],
  computeVinCheckDigit: [['1M8GDM9AXKP042788']],
  countWorkingDays: [[calendar, '2024-09-27', '2024-10-14']],
  createAftersales: [[{ plugins: [extensionPlugin], timeZone: ZONE }]],
  createBusinessCalendar: [
    [{ timeZone: ZONE, holidays: ['2024-10-01'], workingWeekends: ['2024-09-29'] }],
    [{ timeZone: ZONE, openingHours: [{ open: '08:30', close: '17:30' }] }],
  ],
  createDealerCalendar: [[dealer, { holidays: ['2024-10-01', '2024-10-02'] }]],
  createDecision: [['covered', [step], { daysLeft: 12 }]],
  createFlow: [[doorDefinition, { initialData: {} }]],
  createFlowVersions: [[[core.repairOrderFlow]]],
  createInstantDayReader: [[ZONE]],
  civilDateOfDayNumber: [[19_783]],
  createIssue: [['money.currency_mismatch', ['total'], { left: 'CNY', right: 'USD' }]],
  createLocalDayReader: [[ZONE]],
  createMinorUnitSum: [['CNY']],
  createVinSchema: [[{ checkDigit: 'always' }]],
  createXStateImplementations: [[core.repairOrderFlow, { assign: (fn: unknown) => fn }]],
  currencyMinorDigits: [['CNY'], ['KWD']],
  dateOfDayNumber: [[19_783]],
  dayNumberOfDate: [['1970-01-02']],
  definePlugin: [
    [{ id: '@acme/brand-x', version: '1.0.0', policies: [{ id: 'brand-x-2024', coverages: [] }] }],
  ],
  defineRule: [[{ id: 'acme.rule', cite: 'manual:ro.comeback', title: { en: 'Rule', zh: '规则' } }]],
  describeError: [['money.currency_mismatch', { left: 'CNY', right: 'USD' }]],
  divideExact: [[exact('1'), exact('3'), 4]],
  elapsedDaysCeil: [[AT, LATER]],
  epochMsOfInstant: [['1970-01-01T08:00:00+08:00']],
  evaluatePeriod: [[sanbao, { date: '2022-03-15', km: 0 }, { date: '2024-03-15', km: 49_999 }]],
  eventIssues: [[{ type: 'settle', at: AT, actor: 'EMP-CASH-01' }, ['events', 3]]],
  exactDecimal: [[1875n, 1]],
  explainDecision: [
    [decision, 'zh'],
    [decision, 'en'],
  ],
  extendFlow: [[core.repairOrderFlow, checkExtension]],
  fail: [[[issue]]],
  failedSteps: [[decision]],
  fixedUnitsOf: [['12.5'], [-0.25]],
  flowWithPlugins: [[core.repairOrderFlow, registry]],
  formatExact: [[exact('-93.000'), 2]],
  formatFixedUnits: [[125_000], [-2_500n]],
  formatMoney: [
    [amount, 'zh-CN'],
    [amount, 'en', { display: 'code', rounding: 'half-even' }],
  ],
  formatPath: [[['jobs', 0, 'soldHours']]],
  hoursBetween: [[AT, LATER]],
  initialState: [[core.repairOrderFlow], [core.warrantyClaimFlow]],
  isAftersalesError: [[new core.AftersalesError([issue])]],
  isCalendarDate: [['2024-02-29']],
  isCheckDigitMandatory: [['LSVAU2187N2123456']],
  isCitation: [['manual:parts.fill.rate']],
  isCurrencyCode: [['CNY']],
  isErrorCode: [['money.currency_mismatch']],
  isFlowVersions: [[versions]],
  isInstant: [[AT]],
  isMoney: [[amount]],
  isOpenAt: [[calendar, '2024-03-01T08:30:00+08:00']],
  isRecordKind: [['repairOrder']],
  isRoundingMode: [['half-up']],
  isTimeZone: [[ZONE]],
  isValidVin: [['1M8GDM9AXKP042788']],
  isWorkingDay: [[calendar, '2024-10-01']],
  isZeroExact: [[exact('0.00')]],
  isoWeekday: [['2024-10-01']],
  issuesFromZod: [[zodFailure.error, { vin: 'x' }, ['vehicles', 0]]],
  localDayNumber: [[Date.UTC(2024, 1, 29, 16), ZONE]],
  maxMoney: [[[core.money('3'), core.money('1.5'), core.money('2')]]],
  migrateState: [[versions, state, core.repairOrderFlow.version]],
  minMoney: [[[core.money('3'), core.money('1.5'), core.money('2')]]],
  minorUnitsOf: [
    ['12.34', 'CNY'],
    ['2.345', 'CNY', 'half-even'],
  ],
  money: [['1280.50'], [3n, 'USD']],
  moneyFromJSON: [[{ amount: '1280.50', currency: 'CNY' }]],
  multiplyExact: [[exact('187.5'), exact('62.00')]],
  nextEvents: [[core.repairOrderFlow, state]],
  nextPeriodBucket: [[core.periodBucketOf(19_783, 'month')]],
  nextWorkingDay: [[calendar, '2024-09-30']],
  normalizeVin: [[' lsvau2187n2123456 ']],
  ok: [[{ id: 'x' }]],
  openMinutesBetween: [[calendar, '2024-03-01T16:00:00+08:00', '2024-03-04T09:00:00+08:00']],
  parseCalendarDate: [['2024-02-29', ['vehicle', 'saleDate']]],
  parseExact: [['62.00'], [-7]],
  parseInstant: [[AT, ['checkedInAt']]],
  parseRecord: [
    [core.RepairOrderSchema, repairOrders[0]],
    [core.VehicleSchema, warrantyData.vehicles[0]],
  ],
  parseRecords: [
    [core.PartSchema, partsData.parts],
    [core.WarrantyClaimSchema, warrantyData.claims],
  ],
  parseTimeZone: [[ZONE]],
  parseWhicheverFirstPeriod: [[sanbao]],
  periodBucketOf: [
    [19_783, 'quarter'],
    [19_783, 'week'],
  ],
  previousPeriodBucket: [[core.periodBucketOf(19_783, 'month')]],
  priceRepairOrder: [[repairOrders[0], { laborRates: dealer.laborRates }]],
  readCitation: [['regulation:cn-sanbao-2021#24']],
  recordJsonSchema: [['repairOrder']],
  replay: [
    [core.repairOrderFlow, firstLog.events],
    [versions, firstLog.events.slice(0, 3)],
  ],
  resolveCareWindows: [[{ firstFollowUp: { end: 10 } }]],
  safeCreateBusinessCalendar: [[{ timeZone: ZONE, workingWeekdays: [1, 2, 3, 4, 5] }]],
  safeEvaluatePeriod: [[sanbao, { date: '2022-03-15', km: 12_000 }, { date: '2023-01-01', km: 19_000 }]],
  safeMoney: [['12.50', 'CNY']],
  safeMoneyFromJSON: [[{ amount: '3.00', currency: 'USD' }]],
  safeParseRecord: [
    [core.VehicleSchema, warrantyData.vehicles[1]],
    [core.StockMovementSchema, partsData.movements[0]],
  ],
  safePriceRepairOrder: [[repairOrders[1], { laborRates: dealer.laborRates }]],
  safeReplay: [[core.repairOrderFlow, (repairOrderLogs[1] as (typeof repairOrderLogs)[number]).events]],
  safeScheduleCustomerCare: [[careEvents, { timeZone: ZONE, asOf: '2024-10-10' }]],
  scheduleCustomerCare: [[careEvents, { timeZone: ZONE, asOf: '2024-10-10' }]],
  signOfExact: [[exact('-4.5')]],
  startOfCalendarDate: [['2024-03-10', 'America/New_York']],
  subtractExact: [[exact('186'), exact('187.5')]],
  sumMinorUnits: [
    [[1234, 66, -100], 'CNY'],
    [new Int32Array([500, 250]), 'JPY'],
  ],
  sumMoney: [[[core.money('0.10'), core.money('0.20')]], [[], 'CNY']],
  toCalendarDate: [['2024-03-01T16:30:00Z', ZONE]],
  toMermaid: [[core.repairOrderFlow, { locale: 'zh' }]],
  toXStateConfig: [[core.complaintFlow]],
  transition: [[core.repairOrderFlow, state, firstLog.events[4]]],
  trustedRule: [
    [{ id: 'acme.period', cite: 'regulation:cn-sanbao-2021#18', title: { en: 'P', zh: '包修期' } }],
  ],
  typeName: [[null], [[1]], ['VIN']],
  unwrap: [[core.ok(1)]],
  validateVin: [['LSVAU2180N2123456'], ['WVWZZZ1JZXW000001']],
  zonedDateTime: [['2024-03-10', '02:30', 'America/New_York']],
  'AftersalesError.of': [['money.currency_mismatch', ['total'], { left: 'CNY', right: 'USD' }]],
  'Money.fromMinor': [[128_050, 'CNY']],
  'Money.zero': [['USD']],
};

/** The values core hands out, with valid calls of their methods. */
export const coreHolders = {
  money: {
    self: amount,
    calls: {
      add: [[core.money('1.00')]],
      subtract: [[core.money('1.00')]],
      multiply: [['1.5'], [2]],
      negate: [[]],
      abs: [[]],
      isZero: [[]],
      isPositive: [[]],
      isNegative: [[]],
      compare: [[core.money('1.00')]],
      equals: [[core.money('1280.50')]],
      lessThan: [[core.money('1.00')]],
      lessThanOrEqual: [[core.money('1.00')]],
      greaterThan: [[core.money('1.00')]],
      greaterThanOrEqual: [[core.money('1.00')]],
      round: [['half-up', 0], ['half-even']],
      toDecimalString: [[]],
      toMinorUnits: [[], ['half-even']],
      toDecimal: [[]],
      toJSON: [[]],
      toString: [[]],
    },
  },
  registry: {
    self: registry,
    calls: {
      list: [['policies']],
      find: [['kpis', 'ro.count']],
      get: [['flows', 'acme.extra-check']],
      ownerOf: [['flows', 'acme.extra-check']],
    },
  },
  rule: {
    self: rule,
    calls: {
      passed: [[{ day: 5 }, { en: 'Day 5', zh: '第5日' }]],
      failed: [[{ day: 9 }, { en: 'Day 9', zh: '第9日' }]],
      notApplicable: [[{}, { en: 'n/a', zh: '不适用' }]],
    },
  },
  minorUnitSum: {
    self: core.createMinorUnitSum('CNY'),
    calls: {
      add: [[1234]],
      addAll: [[[1, 2, 3]]],
      merge: [[core.createMinorUnitSum('CNY')]],
      totalUnits: [[]],
      total: [[]],
    },
  },
  instantDayReader: { self: { read: core.createInstantDayReader(ZONE) }, calls: { read: [[AT]] } },
  localDayReader: {
    self: { read: core.createLocalDayReader(ZONE) },
    calls: { read: [[Date.UTC(2024, 1, 29)]] },
  },
} as const;
