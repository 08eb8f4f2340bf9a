import type { LocalizedText } from '@aftersales/core';
import type { Literal, ValueType } from '../definition/expr';

/** A dimension a report can group by (besides the calendar grains). */
export type GroupDimension = 'dealer' | 'advisor' | 'technician' | 'payType' | 'channel' | 'team';

/** The dimensions, in a stable order. */
export const groupDimensions: readonly GroupDimension[] = Object.freeze([
  'dealer',
  'advisor',
  'technician',
  'payType',
  'channel',
  'team',
]);

/** A field of a fact source: its type, and where a flat source reads it (a dotted path). */
export interface FactField {
  readonly type: ValueType;
  /** Dotted path in the input record (default: the field's name). */
  readonly path?: string;
  /** The value when the record has none (e.g. a survey's `scaleMin`, `'0'`). */
  readonly default?: Literal;
  /** A record without it is rejected. */
  readonly required?: boolean;
  /** Codes mapped to the field's values (e.g. a movement type to its sales channel). */
  readonly map?: Readonly<Record<string, Literal>>;
}

/**
 * A fact source: a flat table of rows a KPI counts over. It is also the table layout adapter-sql
 * documents: one table per source, one column per field.
 */
export interface KpiSource {
  readonly name: string;
  /** The key of `computeKpis`' records object the rows come from. */
  readonly input: string;
  readonly title: LocalizedText;
  readonly fields: Readonly<Record<string, FactField>>;
  /** Which field each dimension groups by. */
  readonly dimensions: Partial<Readonly<Record<GroupDimension, string>>>;
  /** The field that names a row in a drill-down. */
  readonly rowId: string;
  /** For a line: the field naming the record it belongs to (shown before `rowId`). */
  readonly parentId?: string;
  /** The field that holds the currency of the row's money fields, if any. */
  readonly currency?: string;
}

const t = (type: ValueType, more: Omit<FactField, 'type'> = {}): FactField => ({ type, ...more });
const id = t('string', { required: true });
const dealer = t('string', { required: true });

/**
 * The repair order as one row: header facts and totals over its lines. `payType` is the RO's
 * main payer (the pay type with the largest amount; ties CP, W, INS, I); `counted` is false for a
 * cancelled or voided RO; `isComeback` is the dealer's flag, or a detected comeback when the
 * report is given `comebacks`.
 */
const repairOrder: KpiSource = {
  name: 'repairOrder',
  input: 'repairOrders',
  title: { en: 'Repair orders', zh: '工单' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId', advisor: 'advisorId', payType: 'payType' },
  fields: {
    id,
    dealerId: dealer,
    advisorId: t('string'),
    customerId: t('string'),
    vin: t('string'),
    kind: t('string'),
    status: t('string'),
    payType: t('string'),
    currency: t('string'),
    counted: t('boolean'),
    isRescue: t('boolean'),
    isMaintenance: t('boolean'),
    fromAppointment: t('boolean'),
    isComeback: t('boolean'),
    previousRoId: t('string'),
    hasFollowUp: t('boolean'),
    openedAt: t('instant'),
    promisedAt: t('instant'),
    receivedAt: t('instant'),
    repairCompletedAt: t('instant'),
    settledAt: t('instant'),
    deliveredAt: t('instant'),
    closedAt: t('instant'),
    firstFollowUpAt: t('instant'),
    odometerInKm: t('number'),
    laborSales: t('money'),
    partsSales: t('money'),
    subletSales: t('money'),
    bodyPaintSales: t('money'),
    laborCost: t('money'),
    partsCost: t('money'),
    soldHours: t('number'),
    clockedHours: t('number'),
  },
};

/** A labor line with its RO's context: the unit technician KPIs credit. */
const laborLine: KpiSource = {
  name: 'laborLine',
  input: 'repairOrders',
  title: { en: 'Labor lines', zh: '工时行' },
  rowId: 'lineId',
  parentId: 'roId',
  currency: 'currency',
  dimensions: { dealer: 'dealerId', advisor: 'advisorId', technician: 'technicianId', payType: 'payType' },
  fields: {
    lineId: id,
    roId: t('string'),
    dealerId: dealer,
    advisorId: t('string'),
    technicianId: t('string'),
    roKind: t('string'),
    counted: t('boolean'),
    payType: t('string'),
    currency: t('string'),
    opCode: t('string'),
    system: t('string'),
    authorization: t('string'),
    soldHours: t('number'),
    clockedHours: t('number'),
    laborAmount: t('money'),
    laborCost: t('money'),
    completedAt: t('instant'),
    roClosedAt: t('instant'),
  },
};

/** A part line with its RO's context. `amount` is as charged (else quantity × unit price). */
const partLine: KpiSource = {
  name: 'partLine',
  input: 'repairOrders',
  title: { en: 'Part lines', zh: '配件行' },
  rowId: 'lineId',
  parentId: 'roId',
  currency: 'currency',
  dimensions: { dealer: 'dealerId', advisor: 'advisorId', payType: 'payType' },
  fields: {
    lineId: id,
    roId: t('string'),
    dealerId: dealer,
    advisorId: t('string'),
    roKind: t('string'),
    counted: t('boolean'),
    payType: t('string'),
    currency: t('string'),
    partNumber: t('string'),
    source: t('string'),
    quantity: t('number'),
    amount: t('money'),
    cost: t('money'),
    issuedAt: t('instant'),
    roClosedAt: t('instant'),
  },
};

const appointment: KpiSource = {
  name: 'appointment',
  input: 'appointments',
  title: { en: 'Appointments', zh: '预约' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId', advisor: 'advisorId' },
  fields: {
    id,
    dealerId: dealer,
    advisorId: t('string'),
    status: t('string', { required: true }),
    scheduledFor: t('instant', { required: true }),
    arrivedAt: t('instant'),
    roId: t('string'),
  },
};

const complaint: KpiSource = {
  name: 'complaint',
  input: 'complaints',
  title: { en: 'Complaints', zh: '投诉' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    roId: t('string'),
    status: t('string', { required: true }),
    category: t('string'),
    receivedAt: t('instant', { required: true }),
    resolvedAt: t('instant'),
    closedAt: t('instant'),
  },
};

const survey: KpiSource = {
  name: 'survey',
  input: 'surveys',
  title: { en: 'Surveys', zh: '调查' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    roId: t('string'),
    kind: t('string', { required: true }),
    surveyedAt: t('instant', { required: true }),
    score: t('number', { required: true }),
    scaleMin: t('number', { default: '0' }),
    scaleMax: t('number', { required: true }),
  },
};

const warrantyClaim: KpiSource = {
  name: 'warrantyClaim',
  input: 'warrantyClaims',
  title: { en: 'Warranty claims', zh: '索赔单' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    roId: t('string'),
    status: t('string', { required: true }),
    currency: t('string', { required: true }),
    claimedAmount: t('money', { path: 'amounts.total', required: true }),
    repairCompletedAt: t('instant'),
    repairDate: t('date', { required: true }),
    submittedAt: t('instant'),
    submissionCount: t('number'),
    adjudicatedAt: t('instant'),
    approvedAmount: t('money'),
    paidAt: t('instant'),
    paidAmount: t('money'),
    chargedBackAt: t('instant'),
    chargedBackAmount: t('money'),
    oldPartDeadline: t('date', { path: 'oldPart.deadline' }),
    oldPartShippedAt: t('instant', { path: 'oldPart.shippedAt' }),
  },
};

/**
 * Stock movements; `quantity` is signed (issues < 0), so value = quantity × unit cost. `channel` is
 * `workshop` or `counter` for sales and their returns. Core movements carry no dealer: a DMS export
 * adds `dealerId` when one file holds several dealers.
 */
// The sales channel of a movement: the workshop (issues to ROs) or the parts counter.
const CHANNELS = {
  issue_ro: 'workshop',
  return_from_ro: 'workshop',
  counter_sale: 'counter',
  return_from_customer: 'counter',
};

const stockMovement: KpiSource = {
  name: 'stockMovement',
  input: 'stockMovements',
  title: { en: 'Stock movements', zh: '出入库记录' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId', channel: 'channel' },
  fields: {
    id,
    dealerId: t('string'),
    partNumber: t('string', { required: true }),
    type: t('string', { required: true }),
    channel: t('string', { path: 'type', map: CHANNELS }),
    currency: t('string', { required: true }),
    quantity: t('number', { required: true }),
    unitCost: t('number', { required: true }),
    unitPrice: t('number'),
    occurredAt: t('instant', { required: true }),
  },
};

const stockCount: KpiSource = {
  name: 'stockCount',
  input: 'stockCounts',
  title: { en: 'Stocktake lines', zh: '盘点明细' },
  rowId: 'partNumber',
  currency: 'currency',
  dimensions: { dealer: 'dealerId' },
  fields: {
    countId: t('string', { required: true }),
    dealerId: t('string'),
    partNumber: t('string', { required: true }),
    bookQuantity: t('number', { required: true }),
    countedQuantity: t('number', { required: true }),
    unitCost: t('number', { required: true }),
    currency: t('string', { required: true }),
    countedAt: t('instant', { required: true }),
  },
};

const vehicle: KpiSource = {
  name: 'vehicle',
  input: 'vehicles',
  title: { en: 'Vehicles sold', zh: '销售车辆' },
  rowId: 'vin',
  dimensions: { dealer: 'sellingDealerId' },
  fields: {
    vin: id,
    sellingDealerId: dealer,
    saleDate: t('date'),
    deliveryDate: t('date'),
    isNev: t('boolean'),
  },
};

/** Fact sources with no core record: rows given as they are, each field checked by type. */
const technicianShift: KpiSource = {
  name: 'technicianShift',
  input: 'technicianShifts',
  title: { en: 'Technician attendance', zh: '技师出勤' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId', technician: 'technicianId' },
  fields: {
    id,
    dealerId: dealer,
    technicianId: t('string', { required: true }),
    shiftDate: t('date', { required: true }),
    attendedHours: t('number', { required: true }),
  },
};

const workshopDay: KpiSource = {
  name: 'workshopDay',
  input: 'workshopDays',
  title: { en: 'Workshop capacity', zh: '车间产能' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    date: t('date', { required: true }),
    bays: t('number', { required: true }),
    openHours: t('number', { required: true }),
  },
};

const ledgerMonth: KpiSource = {
  name: 'ledgerMonth',
  input: 'ledgerMonths',
  title: { en: 'Monthly ledger', zh: '月度财务' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    month: t('date', { required: true }),
    currency: t('string', { required: true }),
    fixedOpsGrossProfit: t('money'),
    overhead: t('money'),
    trainingSpend: t('money'),
    serviceInvestment: t('money'),
    serviceSpend: t('money'),
    salesRevenue: t('money'),
  },
};

const customerVisit: KpiSource = {
  name: 'customerVisit',
  input: 'customerVisits',
  title: { en: 'Visits by new customers', zh: '新客户到店' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId', advisor: 'advisorId' },
  fields: {
    id,
    dealerId: dealer,
    advisorId: t('string'),
    customerId: t('string'),
    visitedAt: t('instant', { required: true }),
    isNewCustomer: t('boolean', { required: true }),
    archivedAt: t('instant'),
  },
};

const firstMaintenance: KpiSource = {
  name: 'firstMaintenance',
  input: 'firstMaintenanceWindows',
  title: { en: 'First-maintenance windows', zh: '首保窗口' },
  rowId: 'vin',
  dimensions: { dealer: 'dealerId' },
  fields: {
    vin: id,
    dealerId: dealer,
    windowEnd: t('date', { required: true }),
    returnedOn: t('date'),
  },
};

const insurancePolicy: KpiSource = {
  name: 'insurancePolicy',
  input: 'insurancePolicies',
  title: { en: 'Insurance policies', zh: '保险保单' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    expiresOn: t('date', { required: true }),
    renewedThroughDealer: t('boolean', { required: true }),
  },
};

const partRequest: KpiSource = {
  name: 'partRequest',
  input: 'partRequests',
  title: { en: 'Part requests', zh: '配件需求行' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId', channel: 'channel' },
  fields: {
    id,
    dealerId: dealer,
    channel: t('string'),
    partNumber: t('string', { required: true }),
    requestedAt: t('instant', { required: true }),
    filledFromStock: t('boolean', { required: true }),
    ordered: t('boolean', { default: false }),
  },
};

const inventorySnapshot: KpiSource = {
  name: 'inventorySnapshot',
  input: 'inventorySnapshots',
  title: { en: 'Inventory value at cost', zh: '库存金额' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    asOf: t('date', { required: true }),
    currency: t('string', { required: true }),
    valueAtCost: t('money', { required: true }),
  },
};

const stockPosition: KpiSource = {
  name: 'stockPosition',
  input: 'stockPositions',
  title: { en: 'Stock positions', zh: '库存明细' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    partNumber: t('string', { required: true }),
    asOf: t('date', { required: true }),
    currency: t('string', { required: true }),
    quantity: t('number', { required: true }),
    unitCost: t('number', { required: true }),
    lastIssuedOn: t('date'),
    firstReceivedOn: t('date'),
  },
};

const purchaseLine: KpiSource = {
  name: 'purchaseLine',
  input: 'purchaseLines',
  title: { en: 'Purchase lines', zh: '采购明细' },
  rowId: 'id',
  currency: 'currency',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    partNumber: t('string'),
    orderType: t('string', { required: true }),
    channel: t('string', { required: true }),
    currency: t('string', { required: true }),
    value: t('money', { required: true }),
    orderedAt: t('instant'),
    receivedAt: t('instant'),
  },
};

// `team`: `front` (service front desk, 前台) or `workshop` (车间) for the train.sessions KPIs.
const training: KpiSource = {
  name: 'training',
  input: 'trainings',
  title: { en: 'Trainings held', zh: '培训记录' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId', team: 'team' },
  fields: {
    id,
    dealerId: dealer,
    team: t('string', { required: true }),
    heldOn: t('date', { required: true }),
  },
};

// `ownership`: `own` (自建) or `contracted` (委托) for net.own.ratio; one row per outlet per as-of date.
const outlet: KpiSource = {
  name: 'outlet',
  input: 'outlets',
  title: { en: 'Service outlets', zh: '服务网点' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    asOf: t('date', { required: true }),
    ownership: t('string', { required: true }),
  },
};

const salesRegion: KpiSource = {
  name: 'salesRegion',
  input: 'salesRegions',
  title: { en: 'Sales regions', zh: '销售区域' },
  rowId: 'id',
  dimensions: { dealer: 'dealerId' },
  fields: {
    id,
    dealerId: dealer,
    asOf: t('date', { required: true }),
    vehiclesSold: t('number', { required: true }),
    nearestOutletKm: t('number'),
  },
};

/**
 * Every fact source, by name: the tables the KPI catalog counts over. Repair orders give three
 * (`repairOrder`, `laborLine`, `partLine`); other core records one each; the rest are rows with no
 * core record (attendance, capacity, ledger, …), passed in as they are.
 *
 * @example
 * Object.keys(kpiSources.laborLine.fields); // ['lineId', 'roId', 'dealerId', …]
 */
export const kpiSources: Readonly<Record<string, KpiSource>> = Object.freeze({
  repairOrder,
  laborLine,
  partLine,
  appointment,
  complaint,
  survey,
  warrantyClaim,
  stockMovement,
  stockCount,
  vehicle,
  technicianShift,
  workshopDay,
  ledgerMonth,
  customerVisit,
  firstMaintenance,
  insurancePolicy,
  partRequest,
  inventorySnapshot,
  stockPosition,
  purchaseLine,
  training,
  outlet,
  salesRegion,
});

/** The fact source named `name`, or `undefined` (never an inherited key such as `toString`). */
export function sourceNamed(name: unknown): KpiSource | undefined {
  return typeof name === 'string' && Object.hasOwn(kpiSources, name) ? kpiSources[name] : undefined;
}

/** True when `name` is a field of `source` (an own key: `__proto__` or `toString` is none). */
export function isFieldOf(source: KpiSource, name: unknown): name is string {
  return typeof name === 'string' && Object.hasOwn(source.fields, name);
}
