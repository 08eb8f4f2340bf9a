import { type AftersalesIssue, createIssue, epochMsOfInstant, type IssuePath } from '@aftersales/core';
import type { ValueType } from '../definition/expr';
import { type FactReader, fieldIndexes, isRecordObject } from './factReader';
import { divideHalfEven, SCALE, toFixedUnits } from './fixedPoint';
import { kpiSources } from './kpiSources';
import { type FactValue, readFactValue, typeName } from './readField';

/**
 * Reads a repair order (the core `RepairOrder` shape, as JSON) into its three fact sources: the
 * RO row, one row per labor line and one per part line. Only the fields the facts need are read,
 * each checked; a record with any bad field is rejected whole, with the field's path.
 *
 * Declined and deferred lines are left out of the RO's totals and its main payer (they were not
 * sold); their labor-line rows remain, with `authorization`, for KPIs that count them.
 */

const roSource = kpiSources.repairOrder as NonNullable<(typeof kpiSources)['repairOrder']>;
const laborSource = kpiSources.laborLine as NonNullable<(typeof kpiSources)['laborLine']>;
const partSource = kpiSources.partLine as NonNullable<(typeof kpiSources)['partLine']>;
const R = fieldIndexes(roSource);
const L = fieldIndexes(laborSource);
const P = fieldIndexes(partSource);
const at = (indexes: Readonly<Record<string, number>>, name: string): number => indexes[name] as number;

const RO_ID = at(R, 'id');
const RO_DEALER = at(R, 'dealerId');
const RO_ADVISOR = at(R, 'advisorId');
const RO_CUSTOMER = at(R, 'customerId');
const RO_VIN = at(R, 'vin');
const RO_KIND = at(R, 'kind');
const RO_STATUS = at(R, 'status');
const RO_PAY = at(R, 'payType');
const RO_CURRENCY = at(R, 'currency');
const RO_COUNTED = at(R, 'counted');
const RO_RESCUE = at(R, 'isRescue');
const RO_MAINTENANCE = at(R, 'isMaintenance');
const RO_APPOINTMENT = at(R, 'fromAppointment');
const RO_COMEBACK = at(R, 'isComeback');
const RO_PREVIOUS = at(R, 'previousRoId');
const RO_FOLLOWED = at(R, 'hasFollowUp');
const RO_FIRST_CALL = at(R, 'firstFollowUpAt');
const RO_ODOMETER = at(R, 'odometerInKm');
const RO_LABOR = at(R, 'laborSales');
const RO_PARTS = at(R, 'partsSales');
const RO_SUBLET = at(R, 'subletSales');
const RO_BODY = at(R, 'bodyPaintSales');
const RO_LABOR_COST = at(R, 'laborCost');
const RO_PARTS_COST = at(R, 'partsCost');
const RO_SOLD = at(R, 'soldHours');
const RO_CLOCKED = at(R, 'clockedHours');
const RO_OPENED = at(R, 'openedAt');
const RO_PROMISED = at(R, 'promisedAt');
const RO_RECEIVED = at(R, 'receivedAt');
const RO_COMPLETED = at(R, 'repairCompletedAt');
const RO_SETTLED = at(R, 'settledAt');
const RO_DELIVERED = at(R, 'deliveredAt');
const RO_CLOSED = at(R, 'closedAt');

const L_ID = at(L, 'lineId');
const L_RO = at(L, 'roId');
const L_DEALER = at(L, 'dealerId');
const L_ADVISOR = at(L, 'advisorId');
const L_TECHNICIAN = at(L, 'technicianId');
const L_KIND = at(L, 'roKind');
const L_COUNTED = at(L, 'counted');
const L_PAY = at(L, 'payType');
const L_CURRENCY = at(L, 'currency');
const L_OP = at(L, 'opCode');
const L_SYSTEM = at(L, 'system');
const L_AUTHORIZATION = at(L, 'authorization');
const L_SOLD = at(L, 'soldHours');
const L_CLOCKED = at(L, 'clockedHours');
const L_AMOUNT = at(L, 'laborAmount');
const L_COST = at(L, 'laborCost');
const L_DONE = at(L, 'completedAt');
const L_CLOSED = at(L, 'roClosedAt');

const P_ID = at(P, 'lineId');
const P_RO = at(P, 'roId');
const P_DEALER = at(P, 'dealerId');
const P_ADVISOR = at(P, 'advisorId');
const P_KIND = at(P, 'roKind');
const P_COUNTED = at(P, 'counted');
const P_PAY = at(P, 'payType');
const P_CURRENCY = at(P, 'currency');
const P_NUMBER = at(P, 'partNumber');
const P_SOURCE = at(P, 'source');
const P_QUANTITY = at(P, 'quantity');
const P_AMOUNT = at(P, 'amount');
const P_COST = at(P, 'cost');
const P_ISSUED = at(P, 'issuedAt');
const P_CLOSED = at(P, 'roClosedAt');

const PAYERS = ['CP', 'W', 'INS', 'I'] as const;
const KIND_PAYER: Readonly<Record<string, string>> = {
  warranty: 'W',
  recall: 'W',
  insurance: 'INS',
  internal: 'I',
};
const REACHED = new Set(['satisfied', 'neutral', 'dissatisfied']);

const EMPTY: readonly unknown[] = [];
const BAD = Symbol('bad');

/** A string, `undefined` when absent, or BAD. */
function str(value: unknown): string | undefined | typeof BAD {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? undefined : BAD;
}

/** A fixed-point number, `undefined` when absent, or BAD. */
function num(value: unknown): number | undefined | typeof BAD {
  if (typeof value === 'string' || typeof value === 'number') return toFixedUnits(value) ?? BAD;
  return value === undefined || value === null ? undefined : BAD;
}

/** Epoch milliseconds of an instant, `undefined` when absent, or BAD. */
function ms(value: unknown): number | undefined | typeof BAD {
  if (typeof value === 'string') return epochMsOfInstant(value) ?? BAD;
  return value === undefined || value === null ? undefined : BAD;
}

/** The slot of a payer in the per-payer totals, or -1. */
function payerSlot(payType: string | undefined): number {
  switch (payType) {
    case 'CP':
      return 0;
    case 'W':
      return 1;
    case 'INS':
      return 2;
    case 'I':
      return 3;
    default:
      return -1;
  }
}

function newRow(length: number): FactValue[] {
  return new Array<FactValue>(length).fill(undefined);
}

/** A reader that fills rows in place; `comebackOf` may name the earlier RO a detected comeback repeats. */
export function createRepairOrderReader(
  comebackOf?: (roId: string) => string | true | undefined,
  needs?: ReadonlyMap<string, ReadonlySet<string>>,
): FactReader {
  // Fields no KPI of the report reads are skipped (not read, not checked): each is a pointer to
  // follow into memory, and a million ROs make that the cost that counts. No `needs`: read all.
  const wants = (source: string, field: string): boolean =>
    needs === undefined || (needs.get(source)?.has(field) ?? false);
  const inRo = (field: string) => wants('repairOrder', field);
  const inLabor = (field: string) => wants('laborLine', field);
  const inPart = (field: string) => wants('partLine', field);
  const laborRowsWanted = needs === undefined || needs.has('laborLine');
  const partRowsWanted = needs === undefined || needs.has('partLine');
  const want = {
    advisorId: inRo('advisorId') || inLabor('advisorId') || inPart('advisorId'),
    customerId: inRo('customerId'),
    vin: inRo('vin'),
    promisedAt: inRo('promisedAt'),
    receivedAt: inRo('receivedAt'),
    repairCompletedAt: inRo('repairCompletedAt'),
    settledAt: inRo('settledAt'),
    deliveredAt: inRo('deliveredAt'),
    closedAt: inRo('closedAt') || inLabor('roClosedAt') || inPart('roClosedAt'),
    odometerInKm: inRo('odometerInKm'),
    followUps: inRo('hasFollowUp') || inRo('firstFollowUpAt'),
    laborLineId: inLabor('lineId'),
    technicianId: inLabor('technicianId'),
    opCode: inLabor('opCode'),
    completedAt: inLabor('completedAt'),
    partLineId: inPart('lineId'),
    partNumber: inPart('partNumber'),
    partSource: inPart('source'),
    issuedAt: inPart('issuedAt'),
    isRescue: inRo('isRescue'),
    fromAppointment: inRo('fromAppointment'),
    laborCost: inRo('laborCost') || inLabor('laborCost'),
    partsCost: inRo('partsCost') || inPart('cost'),
  };
  const roRow = newRow(Object.keys(roSource.fields).length);
  const laborRows: FactValue[][] = [];
  const partRows: FactValue[][] = [];
  const rows = [[roRow], laborRows, partRows];
  const counts = [0, 0, 0];
  const laborWidth = Object.keys(laborSource.fields).length;
  const partWidth = Object.keys(partSource.fields).length;
  // Where a line is written when no KPI reads that source's rows (its totals still count).
  const scratchLabor = newRow(laborWidth);
  const scratchPart = newRow(partWidth);
  let issues: AftersalesIssue[] = [];
  // Amount per payer, in the order of PAYERS.
  const byPayer = [0, 0, 0, 0];

  // The readers return BAD for a value of the wrong type or format; the caller then records the
  // issue with its path. Paths are built only then: the happy path allocates nothing per field.
  const fail = (raw: unknown, type: ValueType, path: IssuePath): undefined => {
    readFactValue(raw, type, path, issues);
    return undefined;
  };
  const failText = (raw: unknown, path: IssuePath): undefined => {
    issues.push(createIssue('input.invalid_type', path, { expected: 'a string', received: typeName(raw) }));
    return undefined;
  };
  const missing = (path: IssuePath): void => {
    issues.push(createIssue('input.required', path));
  };
  const notObject = (raw: unknown, path: IssuePath): void => {
    issues.push(createIssue('input.invalid_type', path, { expected: 'an object', received: typeName(raw) }));
  };
  // `job` < 0: a list of the RO itself.
  const listOf = (raw: unknown, job: number, key: string): readonly unknown[] => {
    if (Array.isArray(raw)) return raw;
    if (raw !== undefined && raw !== null) {
      const path = job < 0 ? [key] : ['jobs', job, key];
      issues.push(createIssue('input.invalid_type', path, { expected: 'an array', received: typeName(raw) }));
    }
    return EMPTY;
  };

  function read(record: unknown): readonly AftersalesIssue[] {
    counts[0] = 0;
    counts[1] = 0;
    counts[2] = 0;
    if (!isRecordObject(record)) {
      return [createIssue('input.invalid_type', [], { expected: 'an object', received: typeName(record) })];
    }
    // The list is handed out only when it holds issues; an empty one is reused (no garbage per RO).
    if (issues.length > 0) issues = [];
    const ro = record as Record<string, unknown>;
    let id = str(ro.id);
    if (id === BAD) id = failText(ro.id, ['id']);
    else if (id === undefined) missing(['id']);
    let dealerId = str(ro.dealerId);
    if (dealerId === BAD) dealerId = failText(ro.dealerId, ['dealerId']);
    else if (dealerId === undefined) missing(['dealerId']);
    let advisorId = want.advisorId ? str(ro.advisorId) : undefined;
    if (advisorId === BAD) advisorId = failText(ro.advisorId, ['advisorId']);
    let kind = str(ro.kind);
    if (kind === BAD) kind = failText(ro.kind, ['kind']);
    let status = str(ro.status);
    if (status === BAD) status = failText(ro.status, ['status']);
    let currency = ro.currency === undefined ? 'CNY' : str(ro.currency);
    if (currency === BAD) currency = failText(ro.currency, ['currency']);
    let customerId = want.customerId ? str(ro.customerId) : undefined;
    if (customerId === BAD) customerId = failText(ro.customerId, ['customerId']);
    let vin = want.vin ? str(ro.vin) : undefined;
    if (vin === BAD) vin = failText(ro.vin, ['vin']);
    roRow[RO_ID] = id;
    roRow[RO_DEALER] = dealerId;
    roRow[RO_ADVISOR] = advisorId;
    roRow[RO_CUSTOMER] = customerId;
    roRow[RO_VIN] = vin;
    roRow[RO_KIND] = kind;
    roRow[RO_STATUS] = status;
    roRow[RO_CURRENCY] = currency;

    let openedAt = ms(ro.openedAt);
    if (openedAt === BAD) openedAt = fail(ro.openedAt, 'instant', ['openedAt']);
    else if (openedAt === undefined) missing(['openedAt']);
    let promisedAt = want.promisedAt ? ms(ro.promisedAt) : undefined;
    if (promisedAt === BAD) promisedAt = fail(ro.promisedAt, 'instant', ['promisedAt']);
    let receivedAt = want.receivedAt ? ms(ro.receivedAt) : undefined;
    if (receivedAt === BAD) receivedAt = fail(ro.receivedAt, 'instant', ['receivedAt']);
    let completedAt = want.repairCompletedAt ? ms(ro.repairCompletedAt) : undefined;
    if (completedAt === BAD) completedAt = fail(ro.repairCompletedAt, 'instant', ['repairCompletedAt']);
    let settledAt = want.settledAt ? ms(ro.settledAt) : undefined;
    if (settledAt === BAD) settledAt = fail(ro.settledAt, 'instant', ['settledAt']);
    let deliveredAt = want.deliveredAt ? ms(ro.deliveredAt) : undefined;
    if (deliveredAt === BAD) deliveredAt = fail(ro.deliveredAt, 'instant', ['deliveredAt']);
    let closedAt = want.closedAt ? ms(ro.closedAt) : undefined;
    if (closedAt === BAD) closedAt = fail(ro.closedAt, 'instant', ['closedAt']);
    let cancelledAt = ms(ro.cancelledAt);
    if (cancelledAt === BAD) cancelledAt = fail(ro.cancelledAt, 'instant', ['cancelledAt']);
    let voidedAt = ms(ro.voidedAt);
    if (voidedAt === BAD) voidedAt = fail(ro.voidedAt, 'instant', ['voidedAt']);
    roRow[RO_OPENED] = openedAt;
    roRow[RO_PROMISED] = promisedAt;
    roRow[RO_RECEIVED] = receivedAt;
    roRow[RO_COMPLETED] = completedAt;
    roRow[RO_SETTLED] = settledAt;
    roRow[RO_DELIVERED] = deliveredAt;
    roRow[RO_CLOSED] = closedAt;
    const counted = !(
      cancelledAt !== undefined ||
      voidedAt !== undefined ||
      status === 'cancelled' ||
      status === 'voided'
    );
    roRow[RO_COUNTED] = counted;
    roRow[RO_RESCUE] = want.isRescue ? ro.isRescue === true : undefined;
    roRow[RO_MAINTENANCE] = kind === 'maintenance' || kind === 'first_maintenance';
    roRow[RO_APPOINTMENT] = want.fromAppointment ? typeof ro.appointmentId === 'string' : undefined;
    let odometer = want.odometerInKm ? num(ro.odometerInKm) : undefined;
    if (odometer === BAD) odometer = fail(ro.odometerInKm, 'number', ['odometerInKm']);
    roRow[RO_ODOMETER] = odometer;
    const comeback = ro.comeback;
    const flagged = isRecordObject(comeback) && comeback.isComeback === true;
    const detected = id !== undefined && comebackOf !== undefined ? comebackOf(id) : undefined;
    roRow[RO_COMEBACK] = flagged || detected !== undefined;
    roRow[RO_PREVIOUS] =
      flagged && typeof comeback.previousRoId === 'string'
        ? comeback.previousRoId
        : typeof detected === 'string'
          ? detected
          : undefined;
    if (want.followUps) readFollowUps(listOf(ro.followUps, -1, 'followUps'));
    else {
      roRow[RO_FOLLOWED] = undefined;
      roRow[RO_FIRST_CALL] = undefined;
    }

    byPayer.fill(0);
    let laborSales = 0;
    let partsSales = 0;
    let subletSales = 0;
    let bodyPaint = 0;
    let laborCost = 0;
    let partsCost = 0;
    let soldHours = 0;
    let clockedHours = 0;
    let firstJobPayer: string | undefined;
    let laborCount = 0;
    let partCount = 0;
    const jobs = listOf(ro.jobs, -1, 'jobs');
    for (let j = 0; j < jobs.length; j += 1) {
      const job = jobs[j];
      if (!isRecordObject(job)) {
        notObject(job, ['jobs', j]);
        continue;
      }
      let jobAuthorization = str(job.authorization);
      if (jobAuthorization === BAD)
        jobAuthorization = failText(job.authorization, ['jobs', j, 'authorization']);
      let jobPayer = str(job.payType);
      if (jobPayer === BAD) jobPayer = failText(job.payType, ['jobs', j, 'payType']);
      firstJobPayer ??= jobPayer;
      let system = str(job.system);
      if (system === BAD) system = failText(job.system, ['jobs', j, 'system']);
      let jobKind = str(job.kind);
      if (jobKind === BAD) jobKind = failText(job.kind, ['jobs', j, 'kind']);
      const effectiveKind = jobKind ?? kind;
      const isBody = effectiveKind === 'bodyshop' || system === 'body' || system === 'paint';
      const jobSold = jobAuthorization !== 'declined' && jobAuthorization !== 'deferred';

      const labor = listOf(job.laborLines, j, 'laborLines');
      for (let l = 0; l < labor.length; l += 1) {
        const line = labor[l];
        if (!isRecordObject(line)) {
          notObject(line, ['jobs', j, 'laborLines', l]);
          continue;
        }
        let lineId = want.laborLineId ? str(line.id) : undefined;
        if (lineId === BAD) lineId = failText(line.id, ['jobs', j, 'laborLines', l, 'id']);
        else if (lineId === undefined && want.laborLineId) missing(['jobs', j, 'laborLines', l, 'id']);
        let sold = num(line.soldHours);
        if (sold === BAD) sold = fail(line.soldHours, 'number', ['jobs', j, 'laborLines', l, 'soldHours']);
        else if (sold === undefined) missing(['jobs', j, 'laborLines', l, 'soldHours']);
        let clocked = num(line.clockedHours);
        if (clocked === BAD)
          clocked = fail(line.clockedHours, 'number', ['jobs', j, 'laborLines', l, 'clockedHours']);
        let amount = num(line.laborAmount);
        if (amount === BAD)
          amount = fail(line.laborAmount, 'money', ['jobs', j, 'laborLines', l, 'laborAmount']);
        if (amount === undefined) {
          // The rate is read only to price a line charged without an amount.
          let rate = num(line.laborRate);
          if (rate === BAD) rate = fail(line.laborRate, 'number', ['jobs', j, 'laborLines', l, 'laborRate']);
          if (rate !== undefined && sold !== undefined) amount = divideHalfEven(sold * rate, SCALE);
        }
        let cost = want.laborCost ? num(line.laborCost) : undefined;
        if (cost === BAD) cost = fail(line.laborCost, 'money', ['jobs', j, 'laborLines', l, 'laborCost']);
        let payType = str(line.payType);
        if (payType === BAD) payType = failText(line.payType, ['jobs', j, 'laborLines', l, 'payType']);
        else if (payType === undefined) missing(['jobs', j, 'laborLines', l, 'payType']);
        let technicianId = want.technicianId ? str(line.technicianId) : undefined;
        if (technicianId === BAD)
          technicianId = failText(line.technicianId, ['jobs', j, 'laborLines', l, 'technicianId']);
        let opCode = want.opCode ? str(line.opCode) : undefined;
        if (opCode === BAD) opCode = failText(line.opCode, ['jobs', j, 'laborLines', l, 'opCode']);
        let authorization = str(line.authorization);
        if (authorization === BAD)
          authorization = failText(line.authorization, ['jobs', j, 'laborLines', l, 'authorization']);
        authorization ??= jobAuthorization;
        let lineDone = want.completedAt ? ms(line.completedAt) : undefined;
        if (lineDone === BAD)
          lineDone = fail(line.completedAt, 'instant', ['jobs', j, 'laborLines', l, 'completedAt']);
        let row = laborRowsWanted ? laborRows[laborCount] : scratchLabor;
        if (row === undefined) {
          row = newRow(laborWidth);
          laborRows.push(row);
        }
        if (laborRowsWanted) laborCount += 1;
        row[L_ID] = lineId;
        row[L_RO] = id;
        row[L_DEALER] = dealerId;
        row[L_ADVISOR] = advisorId;
        row[L_TECHNICIAN] = technicianId;
        row[L_KIND] = kind;
        row[L_COUNTED] = counted;
        row[L_PAY] = payType;
        row[L_CURRENCY] = currency;
        row[L_OP] = opCode;
        row[L_SYSTEM] = system;
        row[L_AUTHORIZATION] = authorization;
        row[L_SOLD] = sold;
        row[L_CLOCKED] = clocked;
        row[L_AMOUNT] = amount;
        row[L_COST] = cost;
        row[L_DONE] = lineDone;
        row[L_CLOSED] = closedAt;
        if (authorization === 'declined' || authorization === 'deferred') continue;
        const slot = payerSlot(payType);
        if (amount !== undefined) {
          laborSales += amount;
          if (isBody) bodyPaint += amount;
          if (slot >= 0) byPayer[slot] = (byPayer[slot] as number) + amount;
        }
        if (cost !== undefined) laborCost += cost;
        if (sold !== undefined) soldHours += sold;
        if (clocked !== undefined) clockedHours += clocked;
      }

      const parts = listOf(job.partLines, j, 'partLines');
      for (let p = 0; p < parts.length; p += 1) {
        const line = parts[p];
        if (!isRecordObject(line)) {
          notObject(line, ['jobs', j, 'partLines', p]);
          continue;
        }
        let lineId = want.partLineId ? str(line.id) : undefined;
        if (lineId === BAD) lineId = failText(line.id, ['jobs', j, 'partLines', p, 'id']);
        else if (lineId === undefined && want.partLineId) missing(['jobs', j, 'partLines', p, 'id']);
        let quantity = num(line.quantity);
        if (quantity === BAD)
          quantity = fail(line.quantity, 'number', ['jobs', j, 'partLines', p, 'quantity']);
        let unitCost = want.partsCost ? num(line.unitCost) : undefined;
        if (unitCost === BAD)
          unitCost = fail(line.unitCost, 'money', ['jobs', j, 'partLines', p, 'unitCost']);
        let amount = num(line.amount);
        if (amount === BAD) amount = fail(line.amount, 'money', ['jobs', j, 'partLines', p, 'amount']);
        if (amount === undefined) {
          // The unit price is read only to price a line charged without an amount.
          let unitPrice = num(line.unitPrice);
          if (unitPrice === BAD)
            unitPrice = fail(line.unitPrice, 'money', ['jobs', j, 'partLines', p, 'unitPrice']);
          if (quantity !== undefined && unitPrice !== undefined) {
            amount = divideHalfEven(quantity * unitPrice, SCALE);
          }
        }
        const cost =
          quantity !== undefined && unitCost !== undefined
            ? divideHalfEven(quantity * unitCost, SCALE)
            : undefined;
        let payType = str(line.payType);
        if (payType === BAD) payType = failText(line.payType, ['jobs', j, 'partLines', p, 'payType']);
        else if (payType === undefined) missing(['jobs', j, 'partLines', p, 'payType']);
        let partNumber = want.partNumber ? str(line.partNumber) : undefined;
        if (partNumber === BAD)
          partNumber = failText(line.partNumber, ['jobs', j, 'partLines', p, 'partNumber']);
        let partSource = want.partSource ? str(line.source) : undefined;
        if (partSource === BAD) partSource = failText(line.source, ['jobs', j, 'partLines', p, 'source']);
        let issuedAt = want.issuedAt ? ms(line.issuedAt) : undefined;
        if (issuedAt === BAD)
          issuedAt = fail(line.issuedAt, 'instant', ['jobs', j, 'partLines', p, 'issuedAt']);
        let row = partRowsWanted ? partRows[partCount] : scratchPart;
        if (row === undefined) {
          row = newRow(partWidth);
          partRows.push(row);
        }
        if (partRowsWanted) partCount += 1;
        row[P_ID] = lineId;
        row[P_RO] = id;
        row[P_DEALER] = dealerId;
        row[P_ADVISOR] = advisorId;
        row[P_KIND] = kind;
        row[P_COUNTED] = counted;
        row[P_PAY] = payType;
        row[P_CURRENCY] = currency;
        row[P_NUMBER] = partNumber;
        row[P_SOURCE] = partSource;
        row[P_QUANTITY] = quantity;
        row[P_AMOUNT] = jobSold ? amount : undefined;
        row[P_COST] = jobSold ? cost : undefined;
        row[P_ISSUED] = issuedAt;
        row[P_CLOSED] = closedAt;
        if (!jobSold) continue;
        const slot = payerSlot(payType);
        if (amount !== undefined) {
          partsSales += amount;
          if (isBody) bodyPaint += amount;
          if (slot >= 0) byPayer[slot] = (byPayer[slot] as number) + amount;
        }
        if (cost !== undefined) partsCost += cost;
      }

      const sublets = listOf(job.subletLines, j, 'subletLines');
      for (let s = 0; s < sublets.length; s += 1) {
        const line = sublets[s];
        if (!isRecordObject(line)) {
          notObject(line, ['jobs', j, 'subletLines', s]);
          continue;
        }
        let amount = num(line.amount);
        if (amount === BAD) amount = fail(line.amount, 'money', ['jobs', j, 'subletLines', s, 'amount']);
        let payType = str(line.payType);
        if (payType === BAD) payType = failText(line.payType, ['jobs', j, 'subletLines', s, 'payType']);
        if (!jobSold || amount === undefined) continue;
        subletSales += amount;
        if (isBody) bodyPaint += amount;
        const slot = payerSlot(payType);
        if (slot >= 0) byPayer[slot] = (byPayer[slot] as number) + amount;
      }
    }
    roRow[RO_LABOR] = laborSales;
    roRow[RO_PARTS] = partsSales;
    roRow[RO_SUBLET] = subletSales;
    roRow[RO_BODY] = bodyPaint;
    roRow[RO_LABOR_COST] = laborCost;
    roRow[RO_PARTS_COST] = partsCost;
    roRow[RO_SOLD] = soldHours;
    roRow[RO_CLOCKED] = clockedHours;
    roRow[RO_PAY] = mainPayer(firstJobPayer, kind);
    if (issues.length > 0) return issues;
    counts[0] = 1;
    counts[1] = laborCount;
    counts[2] = partCount;
    return issues;
  }

  function mainPayer(firstJobPayer: string | undefined, kind: string | undefined): string {
    let best = -1;
    let bestAmount = 0;
    for (let slot = 0; slot < 4; slot += 1) {
      const amount = byPayer[slot] as number;
      if (amount > bestAmount) {
        best = slot;
        bestAmount = amount;
      }
    }
    if (best >= 0) return PAYERS[best] as string;
    if (firstJobPayer !== undefined) return firstJobPayer;
    return (kind !== undefined && Object.hasOwn(KIND_PAYER, kind) ? KIND_PAYER[kind] : undefined) ?? 'CP';
  }

  function readFollowUps(followUps: readonly unknown[]): void {
    let reached = false;
    let firstCall: number | undefined;
    for (let i = 0; i < followUps.length; i += 1) {
      const call = followUps[i];
      if (!isRecordObject(call)) {
        notObject(call, ['followUps', i]);
        continue;
      }
      let doneAt = ms(call.doneAt);
      if (doneAt === BAD) doneAt = fail(call.doneAt, 'instant', ['followUps', i, 'doneAt']);
      let outcome = str(call.outcome);
      if (outcome === BAD) outcome = failText(call.outcome, ['followUps', i, 'outcome']);
      if (doneAt === undefined || (outcome !== undefined && !REACHED.has(outcome))) continue;
      reached = true;
      if (call.kind === 'first' && (firstCall === undefined || doneAt < firstCall)) firstCall = doneAt;
    }
    roRow[RO_FOLLOWED] = reached;
    roRow[RO_FIRST_CALL] = firstCall;
  }

  return { input: roSource.input, sources: [roSource, laborSource, partSource], rows, counts, read };
}
